import * as z from 'zod/mini';
import { Valence } from '../../schema/response.js';

const Label = z.string().check(z.minLength(1), z.maxLength(80));

/** One emotion a respondent can choose. */
export const Emotion = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
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

/** The core set of INSTRUMENTS.md, in its table order; `interleave` gives the order shown. */
export const CORE_EMOTIONS: EmotionSet = [
  ['happy', 'Blij', 'Happy'],
  ['relieved', 'Opgelucht', 'Relieved'],
  ['valued', 'Gewaardeerd', 'Valued'],
  ['confident', 'Vol vertrouwen', 'Confident'],
  ['surprised', 'Aangenaam verrast', 'Pleasantly surprised'],
  ['angry', 'Boos', 'Angry'],
  ['disappointed', 'Teleurgesteld', 'Disappointed'],
  ['worried', 'Bezorgd', 'Worried'],
  ['frustrated', 'Gefrustreerd', 'Frustrated'],
  ['sad', 'Verdrietig', 'Sad'],
].map(([id, nl, en], i) => ({ id: id!, valence: i < 5 ? 'positive' : 'negative', label: { nl: nl!, en: en! } }));

/**
 * Positive and negative alternate in a fixed order, so the set never reads as a good column and a bad
 * column (INSTRUMENTS.md): grouping nudges respondents towards one side. Applied to custom sets too.
 */
export function interleave(set: readonly Emotion[]): Emotion[] {
  const pos = set.filter((e) => e.valence === 'positive');
  const neg = set.filter((e) => e.valence === 'negative');
  const out: Emotion[] = [];
  for (let i = 0; i < Math.max(pos.length, neg.length); i++) out.push(...[pos[i], neg[i]].filter((e) => !!e));
  return out;
}
