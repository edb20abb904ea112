/** The default store: one SQLite file in WAL mode, through better-sqlite3 (synchronous, in process). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { Response } from '../schema/response.js';
import { SqliteRecovery } from './recovery-sqlite.js';
import type { BucketRange, BucketRow } from './buckets.js';
import { SqliteBuckets } from './sqlite-buckets.js';
import { BackgroundCheckpointer, type CheckpointOptions } from './sqlite-checkpoint.js';
import { GroupCommit } from './sqlite-group-commit.js';
import { SqliteDays, type SeqRange } from './sqlite-days.js';
import { migrate } from './sqlite-migrations.js';
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
import { SqliteOutbox } from './webhooks-sqlite.js';

export interface SqliteStoreOptions {
  /**
   * `normal` (default) survives a crash of the process, which is what graceful shutdown and restarts need;
   * `full` also survives power loss, at the price of an fsync per commit (per group of responses).
   */
  synchronous?: 'normal' | 'full';
  /** The background WAL checkpoints: how often, and the size past which the WAL is emptied. */
  checkpoint?: CheckpointOptions;
  /** Which responses get a webhook event in the outbox (`FEELBACK_WEBHOOK_EVENTS`); default `none`. */
  webhookEvents?: WebhookEvents;
  /** How long a statement waits for a lock another connection holds (SQLite's busy timeout); default 5 000. */
  busyTimeoutMs?: number;
  /**
   * How long a group commit that found the database locked keeps trying again, a turn of the event loop
   * apart, before its inserts fail; default 10 000.
   */
  busyRetryMs?: number;
}

interface PendingInsert {
  response: Response;
  receivedAt: Date;
}

interface Row {
  seq: number;
  received_at: string;
  body: string;
}

export class SqliteStore implements ResponseStore {
  private readonly db: Database.Database;
  private readonly insertStmt: Database.Statement;
  private readonly storedStmt: Database.Statement;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly commits: GroupCommit<PendingInsert, InsertOutcome>;
  private readonly checkpointer: BackgroundCheckpointer | null = null;
  /** Recovery cases and webhook events, written by triggers in each insert's transaction. */
  readonly recovery: SqliteRecovery;
  readonly outbox: SqliteOutbox;
  private readonly buckets: SqliteBuckets;
  private readonly days: SqliteDays;

  /** Opens (creating the folder and file when missing) and migrates the schema. */
  constructor(file: string, options: SqliteStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    // Another process (a second server, an analyst's sqlite3 shell) may hold the write lock briefly.
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    migrate(this.db);
    this.recovery = new SqliteRecovery(this.db);
    this.outbox = new SqliteOutbox(this.db, options.webhookEvents ?? 'none');
    if (file !== ':memory:') {
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new BackgroundCheckpointer(file, options.checkpoint);
    }
    this.insertStmt = this.db.prepare(
      `INSERT INTO responses (id, survey_id, touchpoint, channel, submitted_at, received_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.storedStmt = this.db.prepare('SELECT body FROM responses WHERE id = ?').pluck();
    this.buckets = new SqliteBuckets(this.db);
    this.days = new SqliteDays(this.db);
    const insertBatch = this.db.transaction((batch: readonly PendingInsert[]) => {
      this.days.begin();
      const outcomes = batch.map((p) => this.insertOne(p));
      this.days.write();
      // The summary buckets change in the same transaction: a stored row is always counted in them.
      this.buckets.add(batch.filter((_, i) => outcomes[i] === 'created').map((p) => p.response));
      return outcomes;
    });
    this.commits = new GroupCommit(insertBatch, options.busyRetryMs ?? 10_000);
  }

  /** Stores a response in the next group commit (`sqlite-group-commit.ts`); resolves once it is committed. */
  insert(response: Response, receivedAt: Date): Promise<InsertOutcome> {
    return this.commits.add({ response, receivedAt });
  }

  /**
   * A new id costs the insert alone. A known one is compared with the stored body in the same transaction
   * (a repeat in the same batch included: the earlier insert is visible to the later one).
   */
  private insertOne({ response, receivedAt }: PendingInsert): InsertOutcome {
    const submittedAt = canonicalInstant(response.submittedAt);
    const result = this.insertStmt.run(
      response.id,
      response.surveyId,
      response.touchpoint,
      response.channel,
      submittedAt,
      receivedAt.toISOString(),
      JSON.stringify(response),
    );
    if (result.changes === 1) {
      this.days.note(submittedAt, Number(result.lastInsertRowid));
      return 'created';
    }
    const stored = JSON.parse(this.storedStmt.get(response.id) as string) as Response;
    return sameResponse(stored, response) ? 'duplicate' : 'conflict';
  }

  /**
   * better-sqlite3 answers on this thread, so each page starts a turn of the event loop later (a
   * macrotask, not a microtask): requests that arrived meanwhile are served between the pages of a summary
   * or an export of a million rows instead of after it.
   */
  async page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]> {
    await nextTurn();
    const { table, where, params } = whereClause(filter, afterSeq, '>', this.daySeqs(filter));
    const rows = this.statement(`SELECT seq, received_at, body FROM ${table} ${where} ORDER BY seq LIMIT ?`).all(
      ...params,
      limit,
    ) as Row[];
    return rows.map(toStored);
  }

  /** As `page`, newest first: keyset on the same `seq`, a turn of the event loop before each page. */
  async pageNewest(filter: ResponseFilter, beforeSeq: number | undefined, limit: number): Promise<StoredRow[]> {
    await nextTurn();
    const bound = beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const { table, where, params } = whereClause(filter, bound, '<', this.daySeqs(filter));
    const sql = `SELECT seq, received_at, body FROM ${table} ${where} ORDER BY seq DESC LIMIT ?`;
    return (this.statement(sql).all(...params, limit) as Row[]).map(toStored);
  }

  async count(filter: ResponseFilter = {}): Promise<number> {
    const { table, where, params } = whereClause(filter, 0, '>', this.daySeqs(filter));
    return (this.statement(`SELECT count(*) AS n FROM ${table} ${where}`).get(...params) as { n: number }).n;
  }

  /** The summary buckets in range (`buckets.ts`), or `null` until they are built. */
  async summaryBuckets(range: BucketRange): Promise<BucketRow[] | null> {
    await nextTurn();
    return this.buckets.read(range);
  }

  /** Fills the summary buckets again from every row (`rebuild-buckets`); answers the rows read. */
  async rebuildBuckets(): Promise<number> {
    return this.buckets.rebuild();
  }

  async close(): Promise<void> {
    await this.commits.drain();
    await this.checkpointer?.stop();
    // The last connection to close checkpoints the WAL into the database file.
    if (this.db.open) this.db.close();
  }

  /** For a range of a day at most (see `whereClause`), the seqs of its days' rows. */
  private daySeqs(filter: ResponseFilter): SeqRange | undefined {
    const narrow = narrowRange(filter);
    return narrow && this.days.range(narrow.from.slice(0, 10), narrow.to.slice(0, 10));
  }

  /** Prepared once per filter shape: there are at most 2⁶ of them. */
  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}

const toStored = (r: Row): StoredRow => ({
  seq: r.seq,
  receivedAt: r.received_at,
  response: JSON.parse(r.body) as Response,
});

/** At most this span from `from` to `to`, rows are found by their days' seqs (see `whereClause`). */
const NARROW_MS = 86_400_000;

/** `from` and `to`, canonical, when both are given and at most `NARROW_MS` apart. */
function narrowRange(filter: ResponseFilter): { from: string; to: string } | undefined {
  if (filter.from === undefined || filter.to === undefined) return undefined;
  const [from, to] = [canonicalInstant(filter.from), canonicalInstant(filter.to)];
  return Date.parse(to) - Date.parse(from) <= NARROW_MS ? { from, to } : undefined;
}

/**
 * `responses` and the filter's clauses after `seq > bound` (`page`) or `seq < bound` (`pageNewest`). A range
 * of a day at most (the cut day a summary finishes from its rows) is found by the seqs of its days' rows
 * (`days`, from `response_days`): a range of the primary key, in the seq order pages come in. There is no
 * index on `submitted_at` to find rows by, and none is wanted for wider ranges: each page would read and
 * sort every row left in the range.
 */
export function whereClause(filter: ResponseFilter, bound: number, op: '>' | '<' = '>', days?: SeqRange) {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    clauses.push(sql);
    params.push(value);
  };
  if (days && narrowRange(filter)) {
    // One lower and one upper bound on seq: SQLite ranges the primary key on one of each, and given two
    // lower ones (`seq > 0 AND seq >= 15015`) it walked every row from the first.
    const max = filter.maxSeq ?? Number.MAX_SAFE_INTEGER;
    if (op === '>') {
      add('seq > ?', Math.max(bound, days.first - 1));
      add('seq <= ?', Math.min(days.last, max));
    } else {
      add('seq < ?', Math.min(bound, days.last + 1, max + 1));
      add('seq >= ?', days.first);
    }
  } else {
    add(`seq ${op} ?`, bound);
    add('seq <= ?', filter.maxSeq);
  }
  addFilterClauses(filter, (column, operator, value) => add(`${column} ${operator} ?`, value));
  return { table: 'responses', where: `WHERE ${clauses.join(' AND ')}`, params };
}
