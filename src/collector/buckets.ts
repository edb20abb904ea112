/**
 * Summary buckets (issue 15): the summary state (`SummaryAccumulator.toState()`) of the responses of one
 * UTC day of `submittedAt` and one survey, touchpoint, channel and language, kept by the store in the same
 * transaction as the insert. A summary, a trend or a group is then the merge of the buckets of the whole
 * days in range, finished with the rows of the days `from` and `to` cut in two: exact for any range, and
 * the same as `summarize()` over the rows (see `SummaryAccumulator.merge` for the bounds).
 *
 * This file holds what both stores share; the SQL is in `sqlite-buckets.ts` and `pg-buckets.ts`.
 */
import type { Response } from '../schema/response.js';
import { SummaryAccumulator, type SummaryState } from '../scores/summarize.js';
import { canonicalInstant, type ResponseFilter } from './store.js';

export interface BucketKey {
  /** `YYYY-MM-DD`, the UTC day of `submittedAt`. */
  day: string;
  surveyId: string;
  touchpoint: string | null;
  channel: string;
  lang: string;
}

export interface BucketRow extends BucketKey {
  state: SummaryState;
}

/** The buckets a read merges: whole days, both included, and the dimensions of the filter. */
export interface BucketRange {
  surveyId?: string;
  touchpoint?: string;
  channel?: string;
  fromDay?: string;
  toDay?: string;
}

export const dayOf = (submittedAt: string) => canonicalInstant(submittedAt).slice(0, 10);

/**
 * A touchpoint is at least one character (the schema), so the empty string stands for "none" in a bucket
 * key column, where SQL's NULL would make every missing touchpoint a key of its own.
 */
export const touchpointColumn = (touchpoint: string | null) => touchpoint ?? '';
export const touchpointOf = (column: string) => (column === '' ? null : column);

export const bucketKey = (r: Response): BucketKey => ({
  day: dayOf(r.submittedAt),
  surveyId: r.surveyId,
  touchpoint: r.touchpoint,
  channel: r.channel,
  lang: r.lang,
});

/** The key columns in one order, for SQL parameters and for sorting (locks are taken in this order). */
export const keyColumns = (k: BucketKey): [string, string, string, string, string] => [
  k.day,
  k.surveyId,
  touchpointColumn(k.touchpoint),
  k.channel,
  k.lang,
];

export interface BucketDelta {
  key: BucketKey;
  acc: SummaryAccumulator;
}

/**
 * The responses of one insert transaction grouped by bucket, in key order: two transactions that touch
 * the same buckets lock them in the same order, so they wait for each other rather than deadlock.
 */
export function bucketDeltas(responses: Iterable<Response>): BucketDelta[] {
  const deltas = new Map<string, BucketDelta>();
  for (const r of responses) {
    const key = bucketKey(r);
    const id = JSON.stringify(keyColumns(key));
    let delta = deltas.get(id);
    if (!delta) deltas.set(id, (delta = { key, acc: new SummaryAccumulator() }));
    delta.acc.add(r);
  }
  return [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

const DAY_MS = 86_400_000;
const dayStart = (ms: number) => ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Splits a filter into the whole days that buckets answer (`range`, `null` when none) and the filters of
 * the rows left (`edges`): the part of the first day from `from` and of the last day up to `to` when a
 * bound falls inside a day. Bounds are milliseconds, as `submitted_at` is stored.
 */
export function splitRange(filter: ResponseFilter): { range: BucketRange | null; edges: ResponseFilter[] } {
  const { surveyId, touchpoint, channel } = filter;
  const dims: BucketRange = {};
  if (surveyId !== undefined) dims.surveyId = surveyId;
  if (touchpoint !== undefined) dims.touchpoint = touchpoint;
  if (channel !== undefined) dims.channel = channel;
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  if (from !== undefined && to !== undefined && from > to) return { range: null, edges: [] };
  const edges: ResponseFilter[] = [];
  const edge = (a: number, b: number) =>
    edges.push({ ...filter, from: new Date(a).toISOString(), to: new Date(b).toISOString() });
  // The first and last whole days, as day starts.
  let first = from === undefined ? undefined : dayStart(from);
  let last = to === undefined ? undefined : dayStart(to);
  if (from !== undefined && from !== first) {
    // `from` cuts its day: its rows up to the day's end (or `to`) are read.
    edge(from, Math.min(first! + DAY_MS - 1, to ?? Infinity));
    first! += DAY_MS;
  }
  if (to !== undefined && to !== last! + DAY_MS - 1) {
    // `to` cuts its day; when `from` cut the same one, that edge holds it already.
    if (last! >= (first ?? -Infinity)) edge(Math.max(last!, from ?? -Infinity), to);
    last! -= DAY_MS;
  }
  if (first !== undefined && last !== undefined && first > last) return { range: null, edges };
  const range = { ...dims };
  if (first !== undefined) range.fromDay = isoDay(first);
  if (last !== undefined) range.toDay = isoDay(last);
  return { range, edges };
}
