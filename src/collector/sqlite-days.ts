/**
 * The lowest and highest `seq` stored for each UTC day of `submitted_at`, on SQLite: the rows of one day
 * (a summary's cut day, `bucket-reads.ts`) are then a range of the primary key. An index on `submitted_at`
 * found them too, at some 10 µs of every insert; this is one small upsert per day per group commit.
 *
 * The range is exact while responses arrive near their day. A response sent days late (an outbox that was
 * offline) widens its day's range over the rows stored meanwhile: reads stay exact (they still test
 * `submitted_at`), only that day's reads walk more rows.
 */
import type Database from 'better-sqlite3';

/** The migration: the table, filled from the rows already stored, and the index it replaces dropped. */
export const SQLITE_DAYS_MIGRATION = `
  CREATE TABLE response_days (
    day TEXT PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO response_days SELECT substr(submitted_at, 1, 10), min(seq), max(seq) FROM responses GROUP BY 1;
  DROP INDEX responses_submitted;`;

export interface SeqRange {
  first: number;
  last: number;
}

export class SqliteDays {
  private readonly putStmt: Database.Statement;
  private readonly rangeStmt: Database.Statement;
  /** The days of the group commit under way, and their seqs so far. */
  private pending = new Map<string, SeqRange>();

  constructor(db: Database.Database) {
    this.putStmt = db.prepare(
      `INSERT INTO response_days (day, first_seq, last_seq) VALUES (?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET first_seq = min(first_seq, excluded.first_seq),
                                       last_seq = max(last_seq, excluded.last_seq)`,
    );
    this.rangeStmt = db.prepare(
      'SELECT min(first_seq) AS first, max(last_seq) AS last FROM response_days WHERE day BETWEEN ? AND ?',
    );
  }

  /**
   * A row stored in the transaction under way (`submittedAt` canonical); `write` records it before that
   * transaction commits. Seqs grow (`AUTOINCREMENT`), so a day's first note is its lowest.
   */
  note(submittedAt: string, seq: number): void {
    const day = submittedAt.slice(0, 10);
    const range = this.pending.get(day);
    if (range) range.last = seq;
    else this.pending.set(day, { first: seq, last: seq });
  }

  /** Writes what `note` gathered; call inside the insert's transaction, after its rows. */
  write(): void {
    for (const [day, { first, last }] of this.pending) this.putStmt.run(day, first, last);
    this.pending.clear();
  }

  /** Starts a transaction's notes afresh: one that rolled back leaves its notes behind. */
  begin(): void {
    this.pending.clear();
  }

  /** The seqs of the rows of the days `fromDay` to `toDay` (`YYYY-MM-DD`, both included); none: `first > last`. */
  range(fromDay: string, toDay: string): SeqRange {
    const row = this.rangeStmt.get(fromDay, toDay) as { first: number | null; last: number | null };
    return row.first === null || row.last === null ? { first: 1, last: 0 } : { first: row.first, last: row.last };
  }
}
