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

/**
 * Buckets are kept at four levels, so that a read merges few of them: per day or per month, and either per
 * survey, touchpoint, channel and language (`d`, `M`) or per survey alone (`s`, `m`). A read without a
 * touchpoint or channel (filter or group) takes the survey levels; one that needs no day or week takes the
 * months whole, and the days only at the ends of its range.
 */
export const LEVELS = {
  d: { months: false, dims: true },
  M: { months: true, dims: true },
  s: { months: false, dims: false },
  m: { months: true, dims: false },
} as const;
export type Level = keyof typeof LEVELS;

export interface BucketKey {
  level: Level;
  /** `YYYY-MM-DD`: the UTC day of `submittedAt`, or the first day of its month. */
  day: string;
  surveyId: string;
  /** On the survey levels, touchpoint, channel and language are `null`, `''` and `''`. */
  touchpoint: string | null;
  channel: string;
  lang: string;
}

export interface BucketRow extends BucketKey {
  state: SummaryState;
}

/** The buckets of one level a read merges: days (or months) both included, and the filter's dimensions. */
export interface BucketRange {
  level: Level;
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

/** The four buckets a response counts in. */
export const bucketKeys = (r: Response): BucketKey[] => withParents(dayKey(r));

const dayKey = (r: Response, day = dayOf(r.submittedAt)): BucketKey => ({
  level: 'd',
  day,
  surveyId: r.surveyId,
  touchpoint: r.touchpoint,
  channel: r.channel,
  lang: r.lang,
});

/**
 * One text per day bucket, different for different keys: the day has a fixed length, the language and the
 * channel cannot hold `|` (the schema), the touchpoint is prefixed with its length (none: empty), and the
 * survey, which may hold any character, comes last.
 */
const dayId = (day: string, r: Response) =>
  `${day}|${r.lang}|${r.channel}|${r.touchpoint === null ? '' : `${r.touchpoint.length}:${r.touchpoint}`}|${r.surveyId}`;

/** A day's bucket (level `d`) and the three that hold it. */
function withParents(key: BucketKey): BucketKey[] {
  const month = `${key.day.slice(0, 8)}01`;
  const survey = { surveyId: key.surveyId, touchpoint: null, channel: '', lang: '' };
  return [
    key,
    { ...key, level: 'M', day: month },
    { ...survey, level: 's', day: key.day },
    { ...survey, level: 'm', day: month },
  ];
}

/** The key columns in one order, for SQL parameters and for sorting (locks are taken in this order). */
export const keyColumns = (k: BucketKey): [string, string, string, string, string, string] => [
  k.level,
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
  const deltaOf = (key: BucketKey) => {
    const id = JSON.stringify(keyColumns(key));
    let delta = deltas.get(id);
    if (!delta) deltas.set(id, (delta = { key, acc: new SummaryAccumulator() }));
    return delta.acc;
  };
  // Each response is added once, to its day's bucket; the coarser buckets merge the days' states. The
  // day's id is built per response, so it is cheap text rather than the JSON of the key (see `dayId`).
  const days = new Map<string, BucketDelta>();
  for (const r of responses) {
    const day = dayOf(r.submittedAt);
    const id = dayId(day, r);
    let entry = days.get(id);
    if (!entry) {
      const key = dayKey(r, day);
      days.set(id, (entry = { key, acc: deltaOf(key) }));
    }
    entry.acc.add(r);
  }
  for (const { key, acc } of days.values()) {
    const state = acc.toState();
    for (const parent of withParents(key).slice(1)) deltaOf(parent).merge(state);
  }
  return [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

const DAY_MS = 86_400_000;
const dayStart = (ms: number) => ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const monthStart = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonth = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/**
 * Splits a filter into the buckets that answer it (`ranges`) and the filters of the rows left (`edges`):
 * the part of the first day from `from` and of the last day up to `to` when a bound falls inside a day.
 * `dims`: the read needs touchpoint, channel or language; `months`: it may take whole months at once.
 * Bounds are milliseconds, as `submitted_at` is stored.
 */
export function splitRange(
  filter: ResponseFilter,
  need: { dims: boolean; months: boolean },
): { ranges: BucketRange[]; edges: ResponseFilter[] } {
  const { surveyId, touchpoint, channel } = filter;
  const dims = need.dims || touchpoint !== undefined || channel !== undefined;
  const base = (level: Level): BucketRange => {
    const range: BucketRange = { level };
    if (surveyId !== undefined) range.surveyId = surveyId;
    if (touchpoint !== undefined) range.touchpoint = touchpoint;
    if (channel !== undefined) range.channel = channel;
    return range;
  };
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  if (from !== undefined && to !== undefined && from > to) return { ranges: [], edges: [] };
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
  if (first !== undefined && last !== undefined && first > last) return { ranges: [], edges };
  const days = (a: number | undefined, b: number | undefined): BucketRange => {
    const range = base(dims ? 'd' : 's');
    if (a !== undefined) range.fromDay = isoDay(a);
    if (b !== undefined) range.toDay = isoDay(b);
    return range;
  };
  if (!need.months) return { ranges: [days(first, last)], edges };
  // The whole months within the whole days; the days before and after them.
  const firstMonth = first === undefined ? undefined : first === monthStart(first) ? first : nextMonth(first);
  const endMonth = last === undefined ? undefined : monthStart(last + DAY_MS);
  if (firstMonth !== undefined && endMonth !== undefined && firstMonth >= endMonth) {
    return { ranges: [days(first, last)], edges };
  }
  const months = base(dims ? 'M' : 'm');
  if (firstMonth !== undefined) months.fromDay = isoDay(firstMonth);
  if (endMonth !== undefined) months.toDay = isoDay(endMonth - DAY_MS);
  const ranges = [months];
  if (first !== undefined && first < firstMonth!) ranges.push(days(first, firstMonth! - DAY_MS));
  if (last !== undefined && endMonth! <= last) ranges.push(days(endMonth, last));
  return { ranges, edges };
}

/**
 * A rebuild's tally: each response added to every bucket it belongs to, in the order added. `entries()`
 * gives each bucket's key columns and its state as JSON, as both stores write them.
 */
export class BucketTally {
  readonly #buckets = new Map<string, { columns: string[]; acc: SummaryAccumulator }>();

  add(response: Response) {
    for (const key of bucketKeys(response)) {
      const columns = keyColumns(key);
      const id = JSON.stringify(columns);
      let entry = this.#buckets.get(id);
      if (!entry) this.#buckets.set(id, (entry = { columns, acc: new SummaryAccumulator() }));
      entry.acc.add(response);
    }
  }

  entries(): { columns: string[]; state: string }[] {
    return [...this.#buckets.values()].map(({ columns, acc }) => ({ columns, state: JSON.stringify(acc.toState()) }));
  }
}
