/**
 * Summary buckets (issue 15): the summary state (`SummaryAccumulator.toState()`) of the responses of one
 * UTC day (or ISO week, or month) of `submittedAt` and one survey, touchpoint, channel and language, kept by
 * the store in the same transaction as the insert. A summary, a trend or a group is then the merge of the
 * buckets of the whole days, weeks and months in range, finished with the rows of the days `from` and `to`
 * cut in two: exact for any range, and the same as `summarize()` over the rows (see
 * `SummaryAccumulator.merge` for the bounds).
 *
 * This file holds what both stores share; the SQL is in `sqlite-buckets.ts` and `pg-buckets.ts`.
 */
import type { Response } from '../schema/response.js';
import { SummaryAccumulator, type SummaryState } from '../scores/summarize.js';
import { periodStart, type Interval } from './periods.js';
import { canonicalInstant } from './store.js';

/**
 * Buckets are kept at six levels, so that a read merges few of them: per day, per ISO week (UTC, from
 * Monday) or per month, and either per survey, touchpoint, channel and language (`d`, `W`, `M`) or per
 * survey alone (`s`, `w`, `m`). A read without a touchpoint or channel (filter or group) takes the survey
 * levels. Parsing and merging the states is most of a read's time, so a range takes whole months where it
 * can, whole weeks in what is left, and days only at its ends (`splitRange`). A response counts in six
 * buckets, two per period.
 */
export const LEVELS = {
  d: { period: 'day', dims: true },
  W: { period: 'week', dims: true },
  M: { period: 'month', dims: true },
  s: { period: 'day', dims: false },
  w: { period: 'week', dims: false },
  m: { period: 'month', dims: false },
} as const satisfies Record<string, { period: Interval; dims: boolean }>;
export type Level = keyof typeof LEVELS;

/** The level of a period, per dimension (`dims`) or per survey alone. */
export const levelOf = (period: Interval, dims: boolean): Level =>
  (Object.keys(LEVELS) as Level[]).find((level) => LEVELS[level].period === period && LEVELS[level].dims === dims)!;

export interface BucketKey {
  level: Level;
  /** `YYYY-MM-DD`: the UTC day of `submittedAt`, the Monday of its ISO week or the first day of its month. */
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

/**
 * The buckets of one level a read merges: those whose `day` is from `fromDay` to `toDay` (both included,
 * either open), and the filter's dimensions.
 */
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

/** The six buckets a response counts in. */
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

/** The Monday of the ISO week of a day, both `YYYY-MM-DD`. */
export const mondayOf = (day: string) => isoDay(periodStart(Date.parse(`${day}T00:00:00.000Z`), 'week'));

/** A day's bucket (level `d`) and the five that hold it. */
function withParents(key: BucketKey): BucketKey[] {
  const month = `${key.day.slice(0, 8)}01`;
  const week = mondayOf(key.day);
  const survey = { surveyId: key.surveyId, touchpoint: null, channel: '', lang: '' };
  return [
    key,
    { ...key, level: 'W', day: week },
    { ...key, level: 'M', day: month },
    { ...survey, level: 's', day: key.day },
    { ...survey, level: 'w', day: week },
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

/** A day start (epoch milliseconds) as `YYYY-MM-DD`. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
