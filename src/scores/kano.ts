/**
 * The Kano model (INSTRUMENTS.md, "More instruments"; CONTRACT §9 `<feelback-kano>`). Pure: the evaluation
 * table, the classification of one answer, and the per-feature summary with Berger's coefficients.
 */
import { isKanoAnswer, KANO_ANSWERS, type KanoAnswer } from '../schema/plain.js';
import type { AnswerOf } from './answers.js';
import { mayTally, TALLIED_NAMES, TALLIED_VALUES } from './bounds.js';

// Declared without zod or the tally (schema/plain.ts), so that <feelback-kano> draws before the schema chunk.
export { isKanoAnswer, KANO_ANSWERS, type KanoAnswer };

/**
 * A attractive (delighter), O one-dimensional (satisfier), M must-be (basic expectation), I indifferent,
 * R reverse, Q questionable.
 */
export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

export type KanoCounts = Record<KanoCategory, number>;

/** One feature's figures; `n` counts every answer, Q and R included. */
export interface KanoSummary {
  n: number;
  /** The feature as asked; the most frequent wording when answers differ (e.g. by language). */
  feature: string | null;
  counts: KanoCounts;
  /** `null` when nobody answered. */
  category: KanoCategory | null;
  /** (A + O) / (A + O + M + I); `null` when that denominator is 0. */
  better: number | null;
  /** −(O + M) / (A + O + M + I); `null` when that denominator is 0. */
  worse: number | null;
}

// Rows: the functional answer; columns, in KANO_ANSWERS order: the dysfunctional answer.
const TABLE: Record<KanoAnswer, string> = {
  like: 'QAAAO',
  expect: 'RIIIM',
  neutral: 'RIIIM',
  tolerate: 'RIIIM',
  dislike: 'RRRRQ',
};

/** The category of one answer by the Kano evaluation table. */
export function classify(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[functional][KANO_ANSWERS.indexOf(dysfunctional)] as KanoCategory;
}

/** Zero of every category. */
export const kanoCounts = (): KanoCounts => ({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 });

// The tie order of INSTRUMENTS.md: a tie is resolved towards the category that costs more to ignore.
const TIE_ORDER = ['M', 'O', 'A', 'I'] as const;

/**
 * The most frequent of A, O, M, I (ties: M, O, A, I); R or Q only when it outnumbers all four (R before Q
 * when they tie, since a reverse answer still says something and a questionable one does not).
 */
export function kanoCategory(counts: KanoCounts): KanoCategory | null {
  let best: KanoCategory = TIE_ORDER[0];
  for (const c of TIE_ORDER) if (counts[c] > counts[best]) best = c;
  const odd = counts.Q > counts.R ? 'Q' : 'R';
  if (counts[odd] > counts[best]) return odd;
  return counts[best] === 0 ? null : best;
}

/** Berger et al. 1993: Q and R are left out of both coefficients. */
export function kanoCoefficients(counts: KanoCounts): { better: number | null; worse: number | null } {
  const { A, O, M, I } = counts;
  const d = A + O + M + I;
  if (d === 0) return { better: null, worse: null };
  // 0 − x rather than −x: no −0 when O + M is 0 (it would fail a strict comparison with 0).
  return { better: (A + O) / d, worse: 0 - (O + M) / d };
}

/** The summary of one feature from its counts. */
export function kanoSummary(counts: KanoCounts, feature: string | null = null): KanoSummary {
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return { n, feature, counts: { ...counts }, category: kanoCategory(counts), ...kanoCoefficients(counts) };
}

/** One Kano question's answers, added one at a time. */
class KanoTally {
  private readonly counts = kanoCounts();
  // Counted, so the reported wording does not depend on the order answers arrive in.
  private readonly features = new Map<string, number>();

  add(answer: AnswerOf<'kano'>): void {
    this.counts[classify(answer.value.functional, answer.value.dysfunctional)] += 1;
    if (mayTally(this.features, answer.feature, TALLIED_VALUES)) {
      this.features.set(answer.feature, (this.features.get(answer.feature) ?? 0) + 1);
    }
  }

  result(): KanoSummary {
    return kanoSummary(this.counts, mostFrequent(this.features));
  }

  toState(): KanoTallyState {
    return [KANO_CATEGORIES.map((c) => this.counts[c]), [...this.features]];
  }

  merge([counts, features]: KanoTallyState): void {
    KANO_CATEGORIES.forEach((c, i) => (this.counts[c] += counts[i] ?? 0));
    for (const [feature, count] of features) {
      if (mayTally(this.features, feature, TALLIED_VALUES)) {
        this.features.set(feature, (this.features.get(feature) ?? 0) + count);
      }
    }
  }
}

const KANO_CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const satisfies readonly KanoCategory[];

/** One question's tally as JSON: counts in `KANO_CATEGORIES` order, then `[feature, count]` pairs. */
type KanoTallyState = [number[], [string, number][]];
/** `KanoAccumulator.toState()`: `[name, tally]` pairs, in the order the names were first met. */
export type KanoState = [string, ...KanoTallyState][];

/**
 * Streaming Kano summary, by answer `name`: `add` one answer at a time, `result()` at any time. An answer
 * whose radios are not Kano answers is skipped (the schema rejects it before it gets here).
 */
export class KanoAccumulator {
  private readonly byName = new Map<string, KanoTally>();

  add(answer: AnswerOf<'kano'>): this {
    const { functional, dysfunctional } = answer.value ?? {};
    if (!isKanoAnswer(functional) || !isKanoAnswer(dysfunctional)) return this;
    if (!mayTally(this.byName, answer.name, TALLIED_NAMES)) return this;
    const tally = this.byName.get(answer.name) ?? new KanoTally();
    tally.add(answer);
    this.byName.set(answer.name, tally);
    return this;
  }

  /** `{ [name]: KanoSummary }`, names sorted; own properties only, so any name is safe as a key. */
  result(): Record<string, KanoSummary> {
    return Object.fromEntries([...this.byName.keys()].sort().map((name) => [name, this.byName.get(name)!.result()]));
  }

  /** The counts so far as JSON, for `merge` into another accumulator (summary buckets). */
  toState(): KanoState {
    return [...this.byName].map(([name, tally]) => [name, ...tally.toState()]);
  }

  /** Adds the counts of `toState()`, within the same bounds as `add`. */
  merge(state: KanoState): this {
    for (const [name, ...tallyState] of state) {
      if (!mayTally(this.byName, name, TALLIED_NAMES)) continue;
      const tally = this.byName.get(name) ?? new KanoTally();
      tally.merge(tallyState);
      this.byName.set(name, tally);
    }
    return this;
  }
}

/** The key counted most often; ties go to the first in sort order. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [key, count] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && key < best!)) best = key;
  }
  return best;
}
