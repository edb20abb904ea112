/** The SQLite store's schema, step by step, and the migration a store runs when it opens a file. */
import type Database from 'better-sqlite3';
import { addSqliteWeekBuckets, SQLITE_BUCKETS_MIGRATION } from './sqlite-buckets.js';
import { SQLITE_DAYS_MIGRATION } from './sqlite-days.js';

/** Each step moves the schema one version up; `PRAGMA user_version` records how far a file has come. */
const MIGRATIONS: readonly (string | ((db: Database.Database) => void))[] = [
  `CREATE TABLE responses (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     survey_id TEXT NOT NULL,
     touchpoint TEXT,
     channel TEXT NOT NULL,
     submitted_at TEXT NOT NULL,
     received_at TEXT NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX responses_survey_submitted ON responses (survey_id, submitted_at);`,
  // Reads page by seq within a survey. On (survey_id, submitted_at) each page sorted all of the survey's
  // later rows to find the next 500; on (survey_id, seq) a page is a range scan. submitted_at rides along
  // so a date filter is checked in the index. No query is left for the old index, and every index costs
  // each insert.
  `CREATE INDEX responses_survey_seq ON responses (survey_id, seq, submitted_at);
   DROP INDEX responses_survey_submitted;`,
  SQLITE_BUCKETS_MIGRATION,
  // A summary whose `from` or `to` cuts a day reads that day's rows (`bucket-reads.ts`); without a survey
  // no index found them, and a million rows were walked in seq order. `whereClause` says when it is used.
  `CREATE INDEX responses_submitted ON responses (submitted_at)`,
  // ...which cost each insert some 10 µs: each day's seq range finds them instead (`sqlite-days.ts`).
  SQLITE_DAYS_MIGRATION,
  // ISO week buckets, so that a range cutting a month merges few buckets: merged from the day buckets.
  addSqliteWeekBuckets,
];

/** Brings the file up to the last step, in one transaction. */
export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(version)) {
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${Math.max(version, MIGRATIONS.length)}`);
  })();
}
