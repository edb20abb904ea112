/**
 * The storage the collector needs, small enough that SQLite and PostgreSQL implement it the same way.
 * Nothing personal is stored: no IP, no headers; only the validated response and when it arrived.
 */
import type { Channel, Response } from '../schema/response.js';
import type { RecoveryStore } from './recovery.js';
import type { WebhookOutbox } from './webhooks.js';
import type { BucketRange, BucketRow } from './buckets.js';

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

/**
 * What an insert did: `created` a new row; `duplicate`, the id was stored with the same body (a retry);
 * `conflict`, the id was stored with another body, which stays as it was.
 */
export type InsertOutcome = 'created' | 'duplicate' | 'conflict';

export interface ResponseStore {
  /**
   * Stores the response once per id. A store written before 1.1 may answer `true` (created) or `false`
   * (the id was already stored): the collector then takes every repeat for a duplicate.
   */
  insert(response: Response, receivedAt: Date): Promise<InsertOutcome | boolean>;
  /** Up to `limit` matching rows with `seq > afterSeq`, in `seq` order. */
  page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]>;
  /**
   * Up to `limit` matching rows with `seq < beforeSeq` (any `seq` when it is `undefined`), newest first
   * (1.1, for `GET /api/comments`). Optional so that a store written before 1.1 still compiles; without
   * it that read answers 501.
   */
  pageNewest?(filter: ResponseFilter, beforeSeq: number | undefined, limit: number): Promise<StoredRow[]>;
  count(filter?: ResponseFilter): Promise<number>;
  /**
   * The summary buckets of the whole days in `range` (issue 15, `buckets.ts`), kept in each insert's
   * transaction; `null` while they are not built for this version of the summary. Optional: without it
   * (or while `null`) reads scan the rows.
   */
  summaryBuckets?(range: BucketRange): Promise<BucketRow[] | null>;
  /** Fills the summary buckets again from every stored row; answers how many rows were read. */
  rebuildBuckets?(): Promise<number>;
  close(): Promise<void>;
  /** Recovery cases (1.1, CONTRACT §10); without them the worklist answers 501. */
  recovery?: RecoveryStore;
  /** The webhook outbox (1.1); without it no webhook is sent. */
  outbox?: WebhookOutbox;
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

/**
 * Whether two bodies of one id are the same response: compared as canonical JSON (keys sorted, ids in
 * lower case), `scores` left out since the collector recomputes them and a newer version may score
 * differently. Both sides must be what validation gave: the stored body is, and so is a new one.
 */
export function sameResponse(a: Response, b: Response): boolean {
  return canonicalBody(a) === canonicalBody(b);
}

function canonicalBody(response: Response): string {
  return canonicalJson({ ...response, scores: undefined, id: response.id.toLowerCase() });
}

/** JSON with every object's keys sorted; `undefined` members dropped, as `JSON.stringify` does. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const member = (value as Record<string, unknown>)[key];
      return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
    });
  return `{${entries.join(',')}}`;
}

/**
 * An instant already in `toISOString()`'s form: parsing it and writing it back gives the same text. Each
 * insert canonicalizes `submittedAt` (and takes its day for the buckets), and `Date` took a few µs of the
 * write path for what is, from a survey, nearly always this form already.
 */
const CANONICAL = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCanonical(iso: string): boolean {
  const m = CANONICAL.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day <= MONTH_DAYS[month - 1]!) return true;
  return month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** `submittedAt` in one canonical form, so that text comparison in SQLite orders instants correctly. */
export const canonicalInstant = (iso: string) => (isCanonical(iso) ? iso : new Date(iso).toISOString());

/**
 * The clauses of a response filter (survey, touchpoint, channel, period), for a WHERE in either dialect:
 * `add(column, operator, value)` writes the placeholder its database uses and skips an undefined value.
 * `table` prefixes the columns (`r.` where the responses are joined).
 */
export function addFilterClauses(
  filter: ResponseFilter,
  add: (column: string, operator: string, value: string | undefined) => void,
  table = '',
) {
  add(`${table}survey_id`, '=', filter.surveyId);
  add(`${table}touchpoint`, '=', filter.touchpoint);
  add(`${table}channel`, '=', filter.channel);
  add(`${table}submitted_at`, '>=', filter.from && canonicalInstant(filter.from));
  add(`${table}submitted_at`, '<=', filter.to && canonicalInstant(filter.to));
}
