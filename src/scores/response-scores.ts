/**
 * Scores of one response (INSTRUMENTS.md, "Scores of one response"). Pure: no DOM, no I/O.
 * The browser computes them for `feelback-change` and the POST body; the collector recomputes them.
 */
import type { Answer, Balance, EmotionChoice, NpsCategory, RecoveryRule, Scores } from '../schema/response.js';
import { firstOf } from './answers.js';

/** Reichheld: promoter 9–10, passive 7–8, detractor 0–6. */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Intensity counts 1 when the question was asked `without-intensity`. */
const weight = (c: EmotionChoice) => c.intensity ?? 1;
const hasIntensity = (choices: readonly EmotionChoice[]) => choices.some((c) => c.intensity !== undefined);

/** (P − N) / (P + N) over summed intensities; the answer "none" (`[]`) is 0. */
export function emotionValence(choices: readonly EmotionChoice[]): number {
  let p = 0;
  let n = 0;
  for (const c of choices) {
    if (c.valence === 'positive') p += weight(c);
    else n += weight(c);
  }
  return p + n === 0 ? 0 : (p - n) / (p + n);
}

export function emotionBalance(choices: readonly EmotionChoice[]): Balance {
  const pos = choices.some((c) => c.valence === 'positive');
  const neg = choices.some((c) => c.valence === 'negative');
  if (pos && neg) return 'mixed';
  if (pos) return 'positive';
  if (neg) return 'negative';
  return 'neutral';
}

const strong = (choices: readonly EmotionChoice[], valence: EmotionChoice['valence']) =>
  choices.some((c) => c.valence === valence && (c.intensity ?? 0) >= 4);

/** Some positive emotion at intensity ≥ 4 and no negative one at ≥ 4; `null` when asked without intensity. */
export function isStrongPositive(choices: readonly EmotionChoice[]): boolean | null {
  if (choices.length > 0 && !hasIntensity(choices)) return null;
  return strong(choices, 'positive') && !strong(choices, 'negative');
}

/** Some negative emotion at intensity ≥ 4; without intensity: the balance is negative. */
export function isStrongNegative(choices: readonly EmotionChoice[]): boolean {
  if (choices.length > 0 && !hasIntensity(choices)) return emotionBalance(choices) === 'negative';
  return strong(choices, 'negative');
}

/** CES 2.0 on 7 points: disagreement (1–3) with "made it easy" is high effort. */
export function isHighEffort(effort: number): boolean {
  return effort <= 3;
}

/** The first answer of each kind feeds the scores; later ones of that kind are read by name (`answerNamed`). */
export function scoreResponse(answers: readonly Answer[]): Scores {
  const nps = firstOf(answers, 'nps');
  const emotion = firstOf(answers, 'emotion');
  const effort = firstOf(answers, 'effort');
  return {
    npsCategory: nps ? npsCategory(nps.value) : null,
    valence: emotion ? emotionValence(emotion.value) : null,
    balance: emotion ? emotionBalance(emotion.value) : null,
    strongPositive: emotion ? isStrongPositive(emotion.value) : null,
    strongNegative: emotion ? isStrongNegative(emotion.value) : null,
    highEffort: effort ? isHighEffort(effort.value) : null,
  };
}

/** Which of the survey's `recovery` rules the scores match, in the order of the rules. */
export function recoveryReasons(scores: Scores, rules: readonly RecoveryRule[]): RecoveryRule[] {
  const matches: Record<RecoveryRule, boolean> = {
    detractor: scores.npsCategory === 'detractor',
    'strong-negative': scores.strongNegative === true,
    'high-effort': scores.highEffort === true,
  };
  return rules.filter((rule) => matches[rule]);
}
