/**
 * Calendar periods of `GET /api/trend`, all in UTC: a day, an ISO 8601 week (Monday to Sunday) or a month.
 * Periods are half-open: `[start, end)`, `end` being the next period's `start`.
 */
export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

export const isInterval = (value: string): value is Interval => (INTERVALS as readonly string[]).includes(value);

/** The start (epoch milliseconds) of the period holding `ms`. */
export function periodStart(ms: number, interval: Interval): number {
  const d = new Date(ms);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (interval === 'month') return Date.UTC(y, m, 1);
  // getUTCDay counts from Sunday = 0; ISO weeks from Monday.
  const back = interval === 'week' ? (d.getUTCDay() + 6) % 7 : 0;
  return Date.UTC(y, m, day - back);
}

/** The start of the period after the one starting at `start`. */
export function nextPeriod(start: number, interval: Interval): number {
  const d = new Date(start);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (interval === 'month') return Date.UTC(y, m + 1, 1);
  return Date.UTC(y, m, day + (interval === 'week' ? 7 : 1));
}

/** How many periods run from the one holding `first` to the one holding `last`, both included. */
export function periodsBetween(first: number, last: number, interval: Interval): number {
  const a = new Date(periodStart(first, interval));
  const b = new Date(periodStart(last, interval));
  if (interval === 'month') {
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  }
  // Whole days apart: UTC has no daylight saving time, so every day is 86 400 000 ms.
  const days = Math.round((b.getTime() - a.getTime()) / 86_400_000);
  return (interval === 'week' ? days / 7 : days) + 1;
}
