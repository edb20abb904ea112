/**
 * Every kind of answer a question sends, declared once (CONTRACT §4). `ANSWER_SCHEMAS` is the one list: the
 * browser's `Answer` is a plain union of it, the collector's a discriminated union of it on `kind`
 * (src/collector/validate.ts), and `responseOf` in response.ts wraps either into the POST body. A new kind
 * is a new schema here and an entry in the list.
 */
import * as z from 'zod/mini';
import { intBetween, notInherited, text, wellFormed } from './checks.js';
import { KANO_ANSWERS, RATING_SCALES } from './plain.js';

// Declared without zod, so that <feelback-rating> draws before the schema chunk arrives.
export { RATING_SCALES };
export const RatingScale = z.enum(RATING_SCALES);
export type RatingScale = z.infer<typeof RatingScale>;

const AnswerName = z.string().check(z.minLength(1), z.maxLength(64), notInherited, wellFormed);

/**
 * An emotion's id, in a response and in a custom set alike: the `[a-z0-9-]+` of the `show-if` grammar
 * (CONTRACT §9), so that ids are a bounded vocabulary a summary and a condition can name.
 */
export const EmotionId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/), notInherited);

export const Valence = z.enum(['positive', 'negative']);
export type Valence = z.infer<typeof Valence>;

/** One chosen emotion. `intensity` is absent when the question has `without-intensity`. */
export const EmotionChoice = z.object({
  id: EmotionId,
  valence: Valence,
  intensity: z.optional(intBetween(1, 5)),
});
export type EmotionChoice = z.infer<typeof EmotionChoice>;

export const NpsAnswer = z.object({ name: AnswerName, kind: z.literal('nps'), value: intBetween(0, 10) });
/** `[]` is the explicit answer "no particular feeling". */
export const EmotionAnswer = z.object({
  name: AnswerName,
  kind: z.literal('emotion'),
  value: z.array(EmotionChoice).check(z.maxLength(20)),
});
export const EffortAnswer = z.object({ name: AnswerName, kind: z.literal('effort'), value: intBetween(1, 7) });
export const RatingAnswer = z.object({
  name: AnswerName,
  kind: z.literal('rating'),
  value: intBetween(1, 10),
  /** Which rating: the element's `kind` attribute. */
  scale: RatingScale,
  points: intBetween(3, 10),
});
export const CommentAnswer = z.object({ name: AnswerName, kind: z.literal('comment'), value: text(5000) });

/** One of the five radios of each Kano question (the list lives with the evaluation table, in scores/kano.ts). */
export const KanoOption = z.enum(KANO_ANSWERS);
/** A Kano pair (CONTRACT §9): how the respondent would feel with the feature, and without it. */
export const KanoAnswer = z.object({
  name: AnswerName,
  kind: z.literal('kano'),
  /** The feature as asked, in the page's language: free text, so the shared checks of free text. */
  feature: text(200),
  value: z.object({ functional: KanoOption, dysfunctional: KanoOption }),
});
export type KanoAnswer = z.infer<typeof KanoAnswer>;

/** A statement's id: the `[a-z0-9-]+` of the `show-if` grammar, as emotion ids. */
export const StatementId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/), notInherited);
/** An agreement battery (CONTRACT §9): the answered statements by id, each 1 (disagree) … 5 (agree). */
export const StatementsAnswer = z.object({
  name: AnswerName,
  kind: z.literal('statements'),
  value: z
    .record(StatementId, intBetween(1, 5))
    .check(z.refine((v) => Object.keys(v).length <= 50, 'at most 50 statements')),
});
export type StatementsAnswer = z.infer<typeof StatementsAnswer>;

/** A choice option's id: the `[a-z0-9-]+` that `show-if` reads (`reason has price`), as an emotion's. */
export const ChoiceId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/), notInherited);
/**
 * `<feelback-choice>` (CONTRACT §9): `value` is always a list, even of one radio; each option once, since a
 * summary counts answers that chose it. `other` is the redacted free text, present only when chosen.
 */
export const ChoiceAnswer = z.object({
  name: AnswerName,
  kind: z.literal('choice'),
  value: z.array(ChoiceId).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((ids) => new Set(ids).size === ids.length, 'lists an option twice'),
  ),
  other: z.optional(text(1000)),
});
export type ChoiceAnswer = z.infer<typeof ChoiceAnswer>;

/** Every answer kind, each an object whose `kind` is a distinct literal. */
export const ANSWER_SCHEMAS = [
  NpsAnswer,
  EmotionAnswer,
  EffortAnswer,
  RatingAnswer,
  CommentAnswer,
  KanoAnswer,
  StatementsAnswer,
  ChoiceAnswer,
] as const;

// A plain union, not z.discriminatedUnion: 450 bytes less in the browser bundle; formatIssues() still
// reports the error inside the answer's own kind. The collector builds its discriminated union from the list.
export const Answer = z.union(ANSWER_SCHEMAS);
export type Answer = z.infer<typeof Answer>;
export type AnswerKind = Answer['kind'];
