/**
 * The reads of CONTRACT §10 besides recovery: the summary by group, the trend by period and the comments.
 * Each takes the filters of `GET /api/summary` and reads the stored rows once, page by page.
 */
import type { Issue, Response } from '../schema/response.js';
import { firstOf } from '../scores/answers.js';
import { compareNps } from '../scores/compare.js';
import { scoreResponse } from '../scores/response-scores.js';
import { SummaryAccumulator, type SummarizeOptions, type Summary } from '../scores/summarize.js';
import { foldBuckets } from './bucket-reads.js';
import type { RangeNeed } from './bucket-ranges.js';
import { encodeCursor, pageParams } from './cursor.js';
import type { BucketKey } from './buckets.js';
import { parseFilter } from './filter.js';
import { isInterval, nextPeriod, periodsBetween, periodStart, type Interval } from './periods.js';
import { errorReply, jsonReply, type Reply } from './reply.js';
import { streamRows, type ResponseFilter, type ResponseStore, type StoredRow } from './store.js';

/**
 * At most this many periods in a trend, empty ones included (2.7 years of days, 19 of weeks): beyond it
 * the trend answers 400 and asks for a narrower `from`/`to` or a longer interval. One response with a
 * wrong clock can stretch the span: `submittedAt` is the browser's.
 */
export const MAX_PERIODS = 1000;
/** At most this many groups; `touchpoint` is free text. Values met later share `other`. */
export const MAX_GROUPS = 100;
/** Most comments on one page, and the page size without `limit`. */
export const MAX_COMMENTS = 50;
export const DEFAULT_COMMENTS = 20;

type Params = URLSearchParams;
const badRequest = (errors: Issue[]): Reply => jsonReply(400, { errors });

/**
 * Feeds every row matching `filter` to `each` until it answers `false`. Answers the 503 of a read cut
 * off by the client or a shutdown, or `null` when the rows were read.
 */
async function readRows(
  store: ResponseStore,
  filter: ResponseFilter,
  signal: AbortSignal | undefined,
  each: (row: StoredRow) => boolean | void,
): Promise<Reply | null> {
  try {
    for await (const row of streamRows(store, filter, undefined, signal)) if (each(row) === false) break;
  } catch (error) {
    // A page in flight when a shutdown closed the store: the reader is gone, nothing to report.
    if (!signal?.aborted) throw error;
  }
  return signal?.aborted ? errorReply(503, 'the request was cut off') : null;
}

const GROUP_KEYS = {
  touchpoint: (r: Response) => r.touchpoint,
  channel: (r: Response) => r.channel,
  surveyId: (r: Response) => r.surveyId,
  lang: (r: Response) => r.lang,
} satisfies Record<string, (r: Response) => string | null>;
type GroupBy = keyof typeof GROUP_KEYS;

/** Code-unit order, the same on every machine; a missing touchpoint (`null`) first. */
const byKey = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/**
 * `GET /api/summary?…&groupBy=`: `{ groups: [{ key, summary }], other }`, largest `n` first, ties by key.
 * From summary buckets, the `MAX_GROUPS` largest values get a group each; from a store without them, in
 * one pass over the rows, the first `MAX_GROUPS` values met (oldest rows first). The other values share
 * the summary `other` (`null` when there are none), kept apart from `groups` so that it cannot be taken
 * for a touchpoint named "other".
 */
export async function groupedSummary(
  store: ResponseStore,
  params: Params,
  signal: AbortSignal | undefined,
  options: SummarizeOptions | undefined,
): Promise<Reply> {
  const groupBy = params.get('groupBy')!;
  if (!Object.hasOwn(GROUP_KEYS, groupBy)) {
    return errorReply(400, `groupBy must be one of ${Object.keys(GROUP_KEYS).join(', ')}`, 'groupBy');
  }
  const parsed = parseFilter(params);
  if ('errors' in parsed) return jsonReply(400, parsed);
  const keyOf = GROUP_KEYS[groupBy as GroupBy];
  const folded = await readFolded(
    store,
    parsed.filter,
    signal,
    options,
    {
      ofBucket: (bucket) => bucket[groupBy as GroupBy],
      ofRow: keyOf,
    },
    { dims: groupBy !== 'surveyId' },
  );
  if (folded instanceof Map) return largestGroups(folded, options);
  if (folded) return folded;
  const groups = new Map<string | null, SummaryAccumulator>();
  let other = null as SummaryAccumulator | null;
  const cut = await readRows(store, parsed.filter, signal, ({ response }) => {
    const key = keyOf(response);
    let acc = groups.get(key);
    if (!acc && groups.size < MAX_GROUPS) groups.set(key, (acc = new SummaryAccumulator(options)));
    (acc ?? (other ??= new SummaryAccumulator(options))).add(response);
  });
  if (cut) return cut;
  const results = [...groups].map(([key, acc]) => ({ key, summary: acc.result() }));
  results.sort((a, b) => b.summary.n - a.summary.n || byKey(a.key, b.key));
  return jsonReply(200, { groups: results, other: other && { summary: other.result() } });
}

/**
 * `GET /api/trend?…&interval=`: one summary per period of `submittedAt` (the instant `from`/`to` filter
 * on), from the first period with a response to the last, empty ones included with `n: 0`; `change`
 * compares the NPS of the last two (`null` with fewer than two periods).
 */
export async function trend(
  store: ResponseStore,
  params: Params,
  signal: AbortSignal | undefined,
  options: SummarizeOptions | undefined,
): Promise<Reply> {
  const interval = params.get('interval') ?? '';
  if (!isInterval(interval)) return errorReply(400, 'interval must be day, week or month', 'interval');
  const parsed = parseFilter(params);
  if ('errors' in parsed) return jsonReply(400, parsed);
  const { from, to } = parsed.filter;
  const tooMany = badRequest([
    { path: 'interval', message: `more than ${MAX_PERIODS} periods: narrow from/to or take a longer interval` },
  ]);
  // A span known beforehand is refused before reading anything.
  if (from && to && from <= to && periodsBetween(Date.parse(from), Date.parse(to), interval) > MAX_PERIODS) {
    return tooMany;
  }
  const ofInstant = (iso: string) => periodStart(Date.parse(iso), interval);
  const folded = await readFolded(
    store,
    parsed.filter,
    signal,
    options,
    {
      ofBucket: (bucket) => ofInstant(`${bucket.day}T00:00:00.000Z`),
      ofRow: (response) => ofInstant(response.submittedAt),
    },
    { dims: false, within: interval },
  );
  if (folded instanceof Map) {
    const starts = [...folded.keys()];
    const low = starts.reduce((a, b) => Math.min(a, b), Infinity);
    const high = starts.reduce((a, b) => Math.max(a, b), -Infinity);
    if (starts.length > 0 && periodsBetween(low, high, interval) > MAX_PERIODS) return tooMany;
    return trendReply(interval, periodPoints(folded, low, high, interval, options));
  }
  if (folded) return folded;
  const buckets = new Map<number, SummaryAccumulator>();
  let first = Infinity;
  let last = -Infinity;
  let over = false;
  const cut = await readRows(store, parsed.filter, signal, ({ response }) => {
    const start = periodStart(Date.parse(response.submittedAt), interval);
    let acc = buckets.get(start);
    if (!acc) {
      first = Math.min(first, start);
      last = Math.max(last, start);
      // Checked as periods appear, so memory stays bounded whatever the rows hold.
      if (periodsBetween(first, last, interval) > MAX_PERIODS) return !(over = true);
      buckets.set(start, (acc = new SummaryAccumulator(options)));
    }
    acc.add(response);
  });
  if (cut) return cut;
  if (over) return tooMany;
  return trendReply(interval, periodPoints(buckets, first, last, interval, options));
}

function trendReply(interval: Interval, points: ReturnType<typeof periodPoints>): Reply {
  const [previous, current] = points.slice(-2).map((p) => p.summary.nps);
  const change = current && previous ? { nps: compareNps(previous, current) } : null;
  return jsonReply(200, { interval, points, change });
}

/**
 * The summaries by key from the store's summary buckets (`bucket-reads.ts`); `null` when it keeps none,
 * and the caller reads the rows; the 503 of a read cut off.
 */
async function readFolded<K>(
  store: ResponseStore,
  filter: ResponseFilter,
  signal: AbortSignal | undefined,
  options: SummarizeOptions | undefined,
  keys: { ofBucket(bucket: BucketKey): K; ofRow(response: Response): K },
  need: RangeNeed,
): Promise<Map<K, SummaryAccumulator> | Reply | null> {
  try {
    const folded = await foldBuckets(store, filter, keys, need, options, signal);
    return signal?.aborted ? errorReply(503, 'the request was cut off') : folded;
  } catch (error) {
    if (!signal?.aborted) throw error;
    return errorReply(503, 'the request was cut off');
  }
}

/**
 * The `MAX_GROUPS` largest groups (ties by key), the others merged into `other`: with buckets every
 * group's size is known before any is chosen.
 */
function largestGroups(folded: Map<string | null, SummaryAccumulator>, options: SummarizeOptions | undefined) {
  const all = [...folded].map(([key, acc]) => ({ key, acc, summary: acc.result() }));
  all.sort((a, b) => b.summary.n - a.summary.n || byKey(a.key, b.key));
  let other = null as SummaryAccumulator | null;
  for (const { acc } of all.slice(MAX_GROUPS)) (other ??= new SummaryAccumulator(options)).merge(acc.toState());
  const groups = all.slice(0, MAX_GROUPS).map(({ key, summary }) => ({ key, summary }));
  return jsonReply(200, { groups, other: other && { summary: other.result() } });
}

function periodPoints(
  buckets: Map<number, SummaryAccumulator>,
  first: number,
  last: number,
  interval: Interval,
  options: SummarizeOptions | undefined,
): { start: string; end: string; summary: Summary }[] {
  const points = [];
  let empty: Summary | undefined;
  for (let start = first; start <= last; start = nextPeriod(start, interval)) {
    const summary = buckets.get(start)?.result() ?? (empty ??= new SummaryAccumulator(options).result());
    const end = nextPeriod(start, interval);
    points.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString(), summary });
  }
  return points;
}

/** Rows read per page while looking for comments: most responses carry none. */
const SCAN_BATCH = 200;

/**
 * `GET /api/comments?…&cursor=&limit=`: responses with a comment, newest first (by insertion order, so
 * `receivedAt` order), `limit` (≤ `MAX_COMMENTS`) per page. `next` continues below the last item: rows
 * stored meanwhile come after it in no page of this listing, so no item shows twice or is skipped.
 */
export async function comments(store: ResponseStore, params: Params, signal: AbortSignal | undefined): Promise<Reply> {
  const parsed = parseFilter(params);
  const errors = 'errors' in parsed ? [...parsed.errors] : [];
  const { limit, before: first } = pageParams(params, DEFAULT_COMMENTS, MAX_COMMENTS, errors);
  let before = first;
  if (errors.length > 0 || 'errors' in parsed) return badRequest(errors);
  if (!store.pageNewest) return errorReply(501, 'this store cannot list newest first (pageNewest)');

  const found: { seq: number; item: object }[] = [];
  try {
    // One more than the page, to know whether a next page exists.
    while (found.length <= limit && !signal?.aborted) {
      const rows = await store.pageNewest(parsed.filter, before, SCAN_BATCH);
      for (const row of rows) {
        const item = commentItem(row);
        if (item) found.push({ seq: row.seq, item });
        if (found.length > limit) break;
      }
      if (rows.length < SCAN_BATCH) break;
      before = rows[rows.length - 1]!.seq;
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
  if (signal?.aborted) return errorReply(503, 'the request was cut off');
  const page = found.slice(0, limit);
  const next = found.length > limit ? encodeCursor(page[page.length - 1]!.seq) : null;
  return jsonReply(200, { items: page.map((f) => f.item), next });
}

/** The response's first comment answer (redacted in the browser) with what tells its context; scores recomputed. */
function commentItem({ response: r, receivedAt }: StoredRow) {
  const comment = firstOf(r.answers, 'comment');
  if (!comment) return null;
  const { id, touchpoint, channel, recovery } = r;
  return { id, receivedAt, touchpoint, channel, comment: comment.value, scores: scoreResponse(r.answers), recovery };
}
