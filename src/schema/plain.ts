/**
 * The schema's plain values: the ones the elements draw with, kept free of zod so that drawing a question
 * does not wait for the `schema` chunk (vite.config.ts puts this file in the `shared` chunk). The schemas
 * build on them and re-export them where they were declared before.
 */
/** The `scale` of a rating answer, and what `<feelback-rating kind>` accepts. */
export const RATING_SCALES = ['csat', 'effectiveness', 'ease', 'emotion', 'custom'] as const;

/**
 * U+0000 or a lone surrogate: PostgreSQL's `text` cannot hold the first and UTF-8 has no bytes for the second,
 * so one store would fail on them where another stores them. With `u` a surrogate pair is one code point, so
 * only a lone half matches. Global for `replace` (`<feelback-comment>`); `search` ignores the flag.
 */
export const ILL_FORMED = /[\0\ud800-\udfff]/gu;

/** The five radios of each of the two Kano questions. */
export const KANO_ANSWERS = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;
export type KanoAnswer = (typeof KANO_ANSWERS)[number];

/** Is this one of the five Kano radios? */
export const isKanoAnswer = (x: unknown): x is KanoAnswer => (KANO_ANSWERS as readonly unknown[]).includes(x);
