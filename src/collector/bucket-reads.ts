/**
 * Reads from summary buckets (`buckets.ts`): the buckets of the whole days in range merged by a key (one
 * summary, a period, a group), then the rows of the days `from` and `to` cut in two added by the same key.
 */
import type { Response } from '../schema/response.js';
import { SummaryAccumulator, type SummarizeOptions } from '../scores/summarize.js';
import { splitRange, type RangeNeed } from './bucket-ranges.js';
import type { BucketKey } from './buckets.js';
import { streamRows, type ResponseFilter, type ResponseStore } from './store.js';

/**
 * The summaries of `filter` by key, or `null` when the store keeps no buckets (or has not built them):
 * the caller then reads every row. Stops early, with what it has, once `signal` is aborted.
 */
export async function foldBuckets<K>(
  store: ResponseStore,
  filter: ResponseFilter,
  keys: { ofBucket(bucket: BucketKey): K; ofRow(response: Response): K },
  need: RangeNeed,
  options: SummarizeOptions | undefined,
  signal: AbortSignal | undefined,
): Promise<Map<K, SummaryAccumulator> | null> {
  if (!store.summaryBuckets) return null;
  const { ranges, edges } = splitRange(filter, need);
  // Asked even when no whole day is in range, to know that the buckets are there at all. The ranges and
  // the edges' rows are asked for at once: on PostgreSQL each is a round trip of its own, on a connection
  // of its own, and a cut day waited for them one after the other.
  const read = (ranges.length > 0 ? ranges : [{ level: 's' as const, fromDay: '9', toDay: '0' }]).map((range) =>
    store.summaryBuckets!(range),
  );
  const rows = edges.map(async (edge) => {
    const responses: Response[] = [];
    for await (const { response } of streamRows(store, edge, undefined, signal)) responses.push(response);
    return responses;
  });
  const [bucketsByRange, rowsByEdge] = await Promise.all([Promise.all(read), Promise.all(rows)]);
  if (bucketsByRange.some((buckets) => buckets === null)) return null;
  const accs = new Map<K, SummaryAccumulator>();
  const accOf = (key: K) => {
    let acc = accs.get(key);
    if (!acc) accs.set(key, (acc = new SummaryAccumulator(options)));
    return acc;
  };
  for (const buckets of bucketsByRange) for (const bucket of buckets!) accOf(keys.ofBucket(bucket)).merge(bucket.state);
  for (const responses of rowsByEdge) for (const response of responses) accOf(keys.ofRow(response)).add(response);
  return accs;
}
