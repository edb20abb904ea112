import type { Emotion } from '../../schema/emotions.js';

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
