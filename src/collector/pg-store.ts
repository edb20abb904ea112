/** The PostgreSQL store, used when `DATABASE_URL` is set: a connection pool, `jsonb` bodies. */
import pg from 'pg';
import type { Response } from '../schema/response.js';
import { PgRecovery, setUpLoop } from './recovery-pg.js';
import type { BucketRange, BucketRow } from './buckets.js';
import { addToBuckets, readBuckets, rebuildBuckets } from './pg-buckets.js';
import { migrate } from './pg-migrations.js';
import { inTransaction } from './pg-transaction.js';
import {
  addFilterClauses,
  canonicalInstant,
  sameResponse,
  type InsertOutcome,
  type ResponseFilter,
  type ResponseStore,
  type StoredRow,
} from './store.js';
import type { WebhookEvents } from './webhooks.js';
import { PgOutbox } from './webhooks-pg.js';

export interface PgStoreOptions {
  connectionString: string;
  /** A PostgreSQL schema of its own (created when missing), e.g. for tests sharing one database. */
  schema?: string;
  /** Pool size; the default suits one collector process. */
  max?: number;
  /** Which responses get a webhook event in the outbox (`FEELBACK_WEBHOOK_EVENTS`); default `none`. */
  webhookEvents?: WebhookEvents;
}

interface Row {
  seq: string;
  received_at: Date;
  body: Response;
}

/** Rows per statement: large enough to absorb a burst, small enough to keep one statement short. */
const MAX_BATCH = 500;

interface PendingInsert {
  response: Response;
  receivedAt: Date;
  resolve(outcome: InsertOutcome): void;
  reject(error: unknown): void;
}

export class PgStore implements ResponseStore {
  private pending: PendingInsert[] = [];
  private readonly flushing = new Set<Promise<void>>();
  private inFlight: Promise<void> | null = null;
  /** Recovery cases and webhook events, written by a trigger in each insert's statement. */
  readonly recovery = new PgRecovery(this.pool);
  readonly outbox = new PgOutbox(this.pool);

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and migrates; resolves once the store can take responses. */
  static async open(options: PgStoreOptions): Promise<PgStore> {
    const { schema } = options;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its server must not crash the process; the next query reports the error.
    pool.on('error', () => {});
    const store = new PgStore(pool);
    try {
      await migrate(pool, schema);
      await setUpLoop(pool, options.webhookEvents ?? 'none');
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  /**
   * Group commit: the inserts that arrive while the previous batch is in flight go to the server as one
   * statement (arrays through `unnest`, so the statement text and its plan stay the same whatever the batch
   * size). Each promise resolves after the commit.
   */
  insert(response: Response, receivedAt: Date): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ response, receivedAt, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /**
   * One batch in flight per process: the inserts that arrive meanwhile wait and go as the next batch. Every
   * batch's transaction locks the same few bucket rows (today's, of the surveys it holds), so batches on
   * several connections at once would only queue on those locks, each holding its connection for several
   * round trips: under 100 concurrent posts that fell to 5 % of a bare server. One at a time, the batches
   * grow with the load instead.
   */
  private flush() {
    if (this.inFlight || this.pending.length === 0) return;
    const batch = this.pending.splice(0, MAX_BATCH);
    const done = this.insertBatch(batch)
      .catch(async (error: unknown) => {
        if (batch.length === 1) throw error;
        // One bad row must not fail its neighbours: retry each alone, so only the culprit sees its error.
        await Promise.all(batch.map((p) => this.insertBatch([p]).catch((e: unknown) => p.reject(e))));
      })
      .catch((error: unknown) => batch.forEach((p) => p.reject(error)))
      .finally(() => {
        this.flushing.delete(done);
        this.inFlight = null;
        this.flush();
      });
    this.inFlight = done;
    this.flushing.add(done);
  }

  /**
   * One statement inserts the batch and, for the ids already there, returns their stored bodies, so a
   * repeat is told from a conflict without another round trip; a new id costs one more index probe. The
   * statement sees the table as it was when it began: an id that another statement committed meanwhile
   * (two copies of one response in flight at once) is read back after it.
   */
  private async insertBatch(batch: readonly PendingInsert[]): Promise<void> {
    const rows = await inTransaction(this.pool, async (client) => {
      const { rows } = await this.insertRows(client, batch);
      // The summary buckets change in the same transaction: a stored row is always counted in them.
      const ids = new Set(rows.filter((r) => r.body === null).map((r) => r.id));
      await addToBuckets(
        client,
        batch.filter((p) => ids.delete(p.response.id.toLowerCase())).map((p) => p.response),
      );
      return rows;
    });
    await this.settle(batch, rows);
  }

  private insertRows(client: pg.PoolClient, batch: readonly PendingInsert[]) {
    return client.query<{ id: string; body: Response | null }>({
      name: 'feelback_insert_responses',
      text: `WITH created AS (
               INSERT INTO responses (id, survey_id, touchpoint, channel, submitted_at, received_at, body)
               SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[],
                                    $6::timestamptz[], $7::jsonb[])
               ON CONFLICT (id) DO NOTHING RETURNING id)
             SELECT id, NULL::jsonb AS body FROM created
             UNION ALL
             SELECT id, body FROM responses WHERE id = ANY($1::uuid[])`,
      values: [
        batch.map((p) => p.response.id),
        batch.map((p) => p.response.surveyId),
        batch.map((p) => p.response.touchpoint),
        batch.map((p) => p.response.channel),
        batch.map((p) => canonicalInstant(p.response.submittedAt)),
        batch.map((p) => p.receivedAt.toISOString()),
        batch.map((p) => JSON.stringify(p.response)),
      ],
    });
  }

  /** Resolves each insert of a committed batch: created, or compared with the stored body. */
  private async settle(batch: readonly PendingInsert[], rows: { id: string; body: Response | null }[]) {
    const created = new Set<string>();
    const stored = new Map<string, Response>();
    for (const row of rows) {
      if (row.body === null) created.add(row.id);
      else stored.set(row.id, row.body);
    }
    const late: PendingInsert[] = [];
    for (const p of batch) {
      const id = p.response.id.toLowerCase();
      // The same id twice in one batch: the first is new, the second compared with it, as if sent one by one.
      if (created.delete(id)) {
        stored.set(id, p.response);
        p.resolve('created');
      } else if (stored.has(id)) p.resolve(compare(stored.get(id)!, p.response));
      else late.push(p);
    }
    if (late.length > 0) await this.compareLate(late);
  }

  private async compareLate(late: readonly PendingInsert[]): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ id: string; body: Response }>(
        'SELECT id, body FROM responses WHERE id = ANY($1::uuid[])',
        [late.map((p) => p.response.id)],
      );
      const stored = new Map(rows.map((r) => [r.id, r.body]));
      for (const p of late) {
        const body = stored.get(p.response.id.toLowerCase());
        if (body) p.resolve(compare(body, p.response));
        else p.reject(new Error('a conflicting row is not visible after its commit'));
      }
    } catch (error) {
      for (const p of late) p.reject(error);
    }
  }

  async page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]> {
    const { where, params } = whereClause(filter, afterSeq);
    const { rows } = await this.pool.query<Row>(
      `SELECT seq, received_at, body FROM responses ${where} ORDER BY seq LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return rows.map(toStored);
  }

  /** As `page`, newest first: keyset on the same `seq`. */
  async pageNewest(filter: ResponseFilter, beforeSeq: number | undefined, limit: number): Promise<StoredRow[]> {
    const { where, params } = whereClause(filter, beforeSeq ?? Number.MAX_SAFE_INTEGER, '<');
    const { rows } = await this.pool.query<Row>(
      `SELECT seq, received_at, body FROM responses ${where} ORDER BY seq DESC LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return rows.map(toStored);
  }

  async count(filter: ResponseFilter = {}): Promise<number> {
    const { where, params } = whereClause(filter, 0);
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM responses ${where}`, params);
    return Number(rows[0]!.n);
  }

  /** The summary buckets in range (`buckets.ts`), or `null` until they are built. */
  summaryBuckets(range: BucketRange): Promise<BucketRow[] | null> {
    return readBuckets(this.pool, range);
  }

  /** Fills the summary buckets again from every row (`rebuild-buckets`); inserts wait for it. */
  rebuildBuckets(): Promise<number> {
    return inTransaction(this.pool, rebuildBuckets);
  }

  async close(): Promise<void> {
    // Each batch starts the next when it ends: wait until none is in flight and none waits.
    while (this.pending.length > 0 || this.flushing.size > 0) {
      this.flush();
      await Promise.all(this.flushing);
    }
    await this.pool.end();
  }
}

const compare = (stored: Response, sent: Response): InsertOutcome =>
  sameResponse(stored, sent) ? 'duplicate' : 'conflict';

const toStored = (r: Row): StoredRow => ({
  seq: Number(r.seq),
  receivedAt: r.received_at.toISOString(),
  response: r.body,
});

/** The filter's clauses after `seq > bound` (`page`) or `seq < bound` (`pageNewest`). */
function whereClause(filter: ResponseFilter, bound: number, op: '>' | '<' = '>') {
  const clauses = [`seq ${op} $1`];
  const params: (string | number)[] = [bound];
  const add = (column: string, op: string, value: string | number | undefined) => {
    if (value === undefined) return;
    params.push(value);
    clauses.push(`${column} ${op} $${params.length}`);
  };
  addFilterClauses(filter, add);
  add('seq', '<=', filter.maxSeq);
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
