/**
 * A partial summary as JSON (`SummaryAccumulator.toState()`), so summaries kept apart (the collector's
 * buckets per day and dimension) merge into one (`merge`). Every figure of a summary is a count or a sum of
 * whole numbers, so merging is exact: the merge of the states of any split of the responses gives the
 * summary of them all, as long as no bound of `bounds.ts` is reached (see `merge`).
 *
 * Compact arrays rather than objects: a collector stores and parses one per bucket. Names and values that
 * anyone may post are the first members of pairs, never object keys.
 */
import type { ChoiceState } from './choice.js';
import type { KanoState } from './kano.js';
import type { StatementsState } from './statements.js';

/** Raised when a figure is added to the summary, so states written before it are known to lack it. */
export const SUMMARY_STATE_VERSION = 1;

export interface SummaryState {
  v: typeof SUMMARY_STATE_VERSION;
  n: number;
  /** promoter, passive, detractor. */
  nps: number[];
  /** positive, negative, mixed, neutral. */
  balances: number[];
  /** strong positive, strength known, strong negative. */
  strength: number[];
  /** `[id, count, intensitySum, intensityCount]`, in the order first met. */
  emotions: [string, number, number, number][];
  /** n, sum, agree. */
  effort: number[];
  /** n, top. */
  csat: number[];
  cxiN: number;
  /** `[part, n, top, bottom]`. */
  cxi: [string, number, number, number][];
  /** NPS category (promoter, passive, detractor) × balance (positive, negative, mixed, neutral), row by row. */
  crosstab: number[];
  kano: KanoState;
  statements: StatementsState;
  choice: ChoiceState;
}
