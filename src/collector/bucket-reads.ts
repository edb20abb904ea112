/**
 * Reads from summary buckets (`buckets.ts`): the buckets of the whole days in range merged by a key (one
 * summary, a period, a group), then the rows of the days `from` and `to` cut in two added by the same key.
 */
import type { Response } from '../schema/response.js';
import { SummaryAccumulator, type SummarizeOptions } from '../scores/summarize.js';
import { splitRange, type BucketKey } from './buckets.js';
import { streamRows, type ResponseFilter, type ResponseStore } from './store.js';

/**
 * The summaries of `filter` by key, or `null` when the store keeps no buckets (or has not built them):
 * the caller then reads every row. Stops early, with what it has, once `signal` is aborted.
 */
export async function foldBuckets<K>(
  store: ResponseStore,
  filter: ResponseFilter,
  keys: { ofBucket(bucket: BucketKey): K; ofRow(response: Response): K },
  need: { dims: boolean; months: boolean },
  options: SummarizeOptions | undefined,
  signal: AbortSignal | undefined,
): Promise<Map<K, SummaryAccumulator> | null> {
  if (!store.summaryBuckets) return null;
  const { ranges, edges } = splitRange(filter, need);
  const buckets = [];
  // Asked even when no whole day is in range, to know that the buckets are there at all.
  for (const range of ranges.length > 0 ? ranges : [{ level: 's' as const, fromDay: '9', toDay: '0' }]) {
    const some = await store.summaryBuckets(range);
    if (some === null) return null;
    buckets.push(...some);
  }
  const accs = new Map<K, SummaryAccumulator>();
  const accOf = (key: K) => {
    let acc = accs.get(key);
    if (!acc) accs.set(key, (acc = new SummaryAccumulator(options)));
    return acc;
  };
  for (const bucket of buckets) accOf(keys.ofBucket(bucket)).merge(bucket.state);
  for (const edge of edges) {
    for await (const { response } of streamRows(store, edge, undefined, signal))
      accOf(keys.ofRow(response)).add(response);
  }
  return accs;
}
