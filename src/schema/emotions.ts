/**
 * The emotions a respondent can choose (INSTRUMENTS.md, "The core emotion set"), and the shape of the
 * `<feelback-emotion>` value: read by the element, the report and the scores, so they live here once.
 */
import * as z from 'zod/mini';
import { EmotionId, Valence } from './response.js';

const Label = z.string().check(z.minLength(1), z.maxLength(80));

/** One emotion a respondent can choose. */
export const Emotion = z.object({
  /** What the response carries: an id the collector refuses would make every answer from this set fail. */
  id: EmotionId,
  valence: Valence,
  label: z.object({ nl: Label, en: Label }),
});
export type Emotion = z.infer<typeof Emotion>;

/** A custom set for the `emotions` property: 1–20 emotions (the response allows 20) with unique ids. */
export const EmotionSet = z.array(Emotion).check(
  z.minLength(1),
  z.maxLength(20),
  z.refine((set) => new Set(set.map((e) => e.id)).size === set.length, { message: 'emotion ids must be unique' }),
);
export type EmotionSet = z.infer<typeof EmotionSet>;

// Declared without zod, so that <feelback-emotion> draws before the schema chunk arrives.
export { CORE_EMOTIONS } from './core-emotions.js';

/**
 * The `value` of `<feelback-emotion>`: the chosen emotions by id, with the intensity once picked; `[]` is
 * "no particular feeling".
 */
export const EmotionValue = z.array(
  z.object({ id: z.string(), intensity: z.optional(z.int().check(z.gte(1), z.lte(5))) }),
);
export type EmotionValue = z.infer<typeof EmotionValue>;
