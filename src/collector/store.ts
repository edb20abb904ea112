/**
 * The storage the collector needs, small enough that SQLite and PostgreSQL implement it the same way.
 * Nothing personal is stored: no IP, no headers; only the validated response and when it arrived.
 */
import type { Channel, Response } from '../schema/response.js';

export interface ResponseFilter {
  surveyId?: string;
  touchpoint?: string;
  channel?: Channel;
  /** Inclusive bound on `submittedAt`, ISO 8601 in UTC. */
  from?: string;
  /** Inclusive bound on `submittedAt`, ISO 8601 in UTC. */
  to?: string;
  /** Only rows up to this sequence number: pins a two-pass read (the CSV header) to one snapshot. */
  maxSeq?: number;
}

export interface StoredRow {
  /** Insertion order; the key of keyset pagination. */
  seq: number;
  receivedAt: string;
  response: Response;
}

export interface ResponseStore {
  /** Stores the response once per id: `true` when new, `false` when that id was already stored. */
  insert(response: Response, receivedAt: Date): Promise<boolean>;
  /** Up to `limit` matching rows with `seq > afterSeq`, in `seq` order. */
  page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]>;
  count(filter?: ResponseFilter): Promise<number>;
  close(): Promise<void>;
}

/**
 * Every matching row, fetched in keyset-paginated batches so memory stays bounded by `batchSize`
 * whatever the table holds, and no read transaction stays open while a slow client consumes the rows.
 * An aborted `signal` ends the rows quietly before the next batch: the reader has gone away.
 */
export async function* streamRows(
  store: ResponseStore,
  filter: ResponseFilter,
  batchSize = 500,
  signal?: AbortSignal,
): AsyncGenerator<StoredRow, void, undefined> {
  let after = 0;
  while (!signal?.aborted) {
    const batch = await store.page(filter, after, batchSize);
    if (signal?.aborted) return;
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.seq;
  }
}

/** `submittedAt` in one canonical form, so that text comparison in SQLite orders instants correctly. */
export const canonicalInstant = (iso: string) => new Date(iso).toISOString();
