/** Summary buckets on SQLite (see `buckets.ts`): one row per day and dimension, the state as JSON text. */
import type Database from 'better-sqlite3';
import type { Response } from '../schema/response.js';
import { SUMMARY_STATE_VERSION, type SummaryState } from '../scores/summarize.js';
import {
  bucketDeltas,
  BucketTally,
  keyColumns,
  touchpointOf,
  type BucketRange,
  type BucketRow,
  type Level,
} from './buckets.js';
import { DAY_BUCKETS, DELETE_WEEKS, WeeksOfDays } from './week-buckets.js';

/**
 * The migration that adds the buckets. `summary_buckets_built` says which state version every bucket
 * holds: a new database is complete at once; one with responses already stored is not (0) until
 * `rebuild-buckets` has run, and reads scan the rows meanwhile.
 */
export const SQLITE_BUCKETS_MIGRATION = `
  CREATE TABLE summary_buckets (
    level TEXT NOT NULL,
    day TEXT NOT NULL,
    survey_id TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (level, day, survey_id, touchpoint, channel, lang)
  ) WITHOUT ROWID;
  CREATE TABLE summary_buckets_built (version INTEGER NOT NULL);
  INSERT INTO summary_buckets_built
    SELECT CASE WHEN EXISTS (SELECT 1 FROM responses) THEN 0 ELSE ${SUMMARY_STATE_VERSION} END;`;

const KEY = 'level = ? AND day = ? AND survey_id = ? AND touchpoint = ? AND channel = ? AND lang = ?';

interface Row {
  level: Level;
  day: string;
  survey_id: string;
  touchpoint: string;
  channel: string;
  lang: string;
  state: string;
}

export class SqliteBuckets {
  private readonly builtStmt: Database.Statement;
  private readonly getStmt: Database.Statement;
  private readonly putStmt: Database.Statement;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.builtStmt = db.prepare('SELECT version FROM summary_buckets_built').pluck();
    this.getStmt = db.prepare(`SELECT state FROM summary_buckets WHERE ${KEY}`).pluck();
    this.putStmt = db.prepare(
      `INSERT INTO summary_buckets (level, day, survey_id, touchpoint, channel, lang, state) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET state = excluded.state`,
    );
  }

  private built(): boolean {
    return this.builtStmt.get() === SUMMARY_STATE_VERSION;
  }

  /**
   * Adds newly stored responses to their buckets; called inside the insert's transaction. Buckets not
   * built for this version are left alone: `rebuild-buckets` fills them from the rows.
   */
  add(created: readonly Response[]): void {
    if (created.length === 0 || !this.built()) return;
    for (const { key, acc } of bucketDeltas(created)) {
      const columns = keyColumns(key);
      const stored = this.getStmt.get(...columns) as string | undefined;
      if (stored !== undefined) acc.merge(JSON.parse(stored) as SummaryState);
      this.putStmt.run(...columns, JSON.stringify(acc.toState()));
    }
  }

  /** The buckets in range, or `null` when they are not built for this version. One read transaction. */
  read(range: BucketRange): BucketRow[] | null {
    return this.db.transaction(() => {
      if (!this.built()) return null;
      const clauses: string[] = ['level = ?'];
      const params: string[] = [range.level];
      const add = (sql: string, value: string | undefined) => {
        if (value === undefined) return;
        clauses.push(sql);
        params.push(value);
      };
      add('survey_id = ?', range.surveyId);
      add('touchpoint = ?', range.touchpoint);
      add('channel = ?', range.channel);
      add('day >= ?', range.fromDay);
      add('day <= ?', range.toDay);
      const where = `WHERE ${clauses.join(' AND ')}`;
      const sql = `SELECT level, day, survey_id, touchpoint, channel, lang, state FROM summary_buckets ${where}`;
      let stmt = this.statements.get(sql);
      if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
      return (stmt.all(...params) as Row[]).map((r) => ({
        level: r.level,
        day: r.day,
        surveyId: r.survey_id,
        touchpoint: touchpointOf(r.touchpoint),
        channel: r.channel,
        lang: r.lang,
        state: JSON.parse(r.state) as SummaryState,
      }));
    })();
  }

  /**
   * Empties the buckets and fills them again from every stored row, in storage order, in one write
   * transaction: other writers wait (up to their busy timeout), readers see the old buckets until it commits.
   * Answers how many responses were read.
   */
  rebuild(): number {
    return this.db.transaction(() => {
      this.db.exec('DELETE FROM summary_buckets');
      const tally = new BucketTally();
      let n = 0;
      const rows = this.db.prepare('SELECT body FROM responses ORDER BY seq').pluck().iterate() as Iterable<string>;
      for (const body of rows) {
        tally.add(JSON.parse(body) as Response);
        n += 1;
      }
      for (const { columns, state } of tally.entries()) this.putStmt.run(...columns, state);
      this.db.prepare('UPDATE summary_buckets_built SET version = ?').run(SUMMARY_STATE_VERSION);
      return n;
    })();
  }
}

/**
 * The step of `MIGRATIONS` (`sqlite-migrations.ts`) that adds the week buckets (`week-buckets.ts`), in its
 * transaction.
 */
export function addSqliteWeekBuckets(db: Database.Database): void {
  if (db.prepare('SELECT version FROM summary_buckets_built').pluck().get() !== SUMMARY_STATE_VERSION) return;
  const weeks = new WeeksOfDays();
  // The primary key's order: no sort. The weeks are written once all is read (the connection is busy).
  const rows = db.prepare(`${DAY_BUCKETS} ORDER BY level, day`).raw().iterate() as Iterable<string[]>;
  for (const row of rows) weeks.add(row.slice(0, 6), row[6]!);
  db.exec(DELETE_WEEKS);
  const put = db.prepare(
    'INSERT INTO summary_buckets (level, day, survey_id, touchpoint, channel, lang, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const { columns, state } of weeks.entries()) put.run(...columns, state);
}
