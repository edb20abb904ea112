/**
 * Which summary buckets (`buckets.ts`) answer a filter's range, and which rows are left to read: whole
 * months, then whole ISO weeks in what is left, then days, and the rows of the days `from` and `to` cut.
 * Fewer buckets is less JSON to parse and fewer states to merge, which is most of a read's time.
 */
import { levelOf, isoDay, type BucketRange } from './buckets.js';
import { nextPeriod, periodStart, type Interval } from './periods.js';
import type { ResponseFilter } from './store.js';

/**
 * What a read needs of its buckets. `dims`: touchpoint, channel or language (the survey levels lack them).
 * `within`: every bucket must lie within one period of this length, as a trend's points are; a summary or a
 * group needs nothing of the kind, so its buckets may be any.
 */
export interface RangeNeed {
  dims: boolean;
  within?: Interval;
}

const DAY_MS = 86_400_000;
const dayStart = (ms: number) => ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
/** The start of the first whole period on or after the day `day`. */
const firstWhole = (day: number, period: Interval) =>
  periodStart(day, period) === day ? day : nextPeriod(periodStart(day, period), period);

/** Whole days, as day starts, both included; `undefined`: the range is open on that side. */
type Span = [first: number | undefined, last: number | undefined];

/**
 * Splits a filter into the buckets that answer it (`ranges`) and the filters of the rows left (`edges`):
 * the part of the first day from `from` and of the last day up to `to` when a bound falls inside a day.
 * Bounds are milliseconds, as `submitted_at` is stored.
 *
 * The whole days are taken as whole months (unless `within` is a day or a week); what is left at each end
 * lies within one month, and is taken as whole ISO weeks (unless `within` is a day) and the days before and
 * after them. A range holding no whole month is one stretch, and its weeks may straddle a month's end:
 * no month bucket covers either side, and a summary does not mind, but a trend by month does, so there
 * the stretch is cut at the month's end first.
 */
export function splitRange(
  filter: ResponseFilter,
  need: RangeNeed,
): { ranges: BucketRange[]; edges: ResponseFilter[] } {
  const { surveyId, touchpoint, channel } = filter;
  const dims = need.dims || touchpoint !== undefined || channel !== undefined;
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

  const ranges: BucketRange[] = [];
  /** The buckets of one period from the day `a` to the day `b`, both whole periods' days (or open). */
  const take = (period: Interval, [a, b]: Span) => {
    const range: BucketRange = { level: levelOf(period, dims) };
    if (surveyId !== undefined) range.surveyId = surveyId;
    if (touchpoint !== undefined) range.touchpoint = touchpoint;
    if (channel !== undefined) range.channel = channel;
    if (a !== undefined) range.fromDay = isoDay(a);
    if (b !== undefined) range.toDay = isoDay(b);
    ranges.push(range);
  };
  /**
   * The whole periods of `period` within `span`, and the spans before and after them (none when empty);
   * `null` when it holds no whole period. An open side is whole periods to its end.
   */
  const whole = (period: Interval, [a, b]: Span): Span[] | null => {
    const start = a === undefined ? undefined : firstWhole(a, period);
    const end = b === undefined ? undefined : periodStart(b + DAY_MS, period);
    if (start !== undefined && end !== undefined && start >= end) return null;
    take(period, [start, end === undefined ? undefined : end - DAY_MS]);
    const rest: Span[] = [];
    if (a !== undefined && a < start!) rest.push([a, start! - DAY_MS]);
    if (b !== undefined && end! <= b) rest.push([end, b]);
    return rest;
  };
  const within = need.within;
  let stretches: Span[] = [[first, last]];
  if (within === undefined || within === 'month') {
    const rest = whole('month', [first, last]);
    if (rest) stretches = rest;
    else if (within === 'month') {
      // No whole month, so both ends are known and at most one month's end lies between them.
      const next = nextPeriod(periodStart(first!, 'month'), 'month');
      if (next <= last!)
        stretches = [
          [first, next - DAY_MS],
          [next, last],
        ];
    }
  }
  for (const stretch of stretches) {
    const aroundWeeks = within === 'day' ? null : whole('week', stretch);
    for (const days of aroundWeeks ?? [stretch]) take('day', days);
  }
  return { ranges, edges };
}
