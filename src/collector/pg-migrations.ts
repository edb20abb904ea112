/** The PostgreSQL store's schema, step by step, and the migration every collector runs when it opens the store. */
import type pg from 'pg';
import { addPgWeekBuckets, PG_BUCKETS_MIGRATION } from './pg-buckets.js';
import { inTransaction } from './pg-transaction.js';

/** Each step moves the schema one version up; `feelback_schema.version` records how far a database has come. */
const MIGRATIONS: readonly (string | ((client: pg.ClientBase) => Promise<void>))[] = [
  `CREATE TABLE responses (
     seq bigserial PRIMARY KEY,
     id uuid NOT NULL UNIQUE,
     survey_id text NOT NULL,
     touchpoint text,
     channel text NOT NULL,
     submitted_at timestamptz NOT NULL,
     received_at timestamptz NOT NULL,
     body jsonb NOT NULL
   );
   CREATE INDEX responses_survey_submitted ON responses (survey_id, submitted_at);`,
  // Reads page by seq within a survey, as on SQLite: on this index a page is a range scan instead of a
  // top-500 sort of all the survey's later rows. The date index stays: PostgreSQL's planner, knowing the
  // table's statistics, still prefers it for a narrow date range.
  `CREATE INDEX responses_survey_seq ON responses (survey_id, seq)`,
  PG_BUCKETS_MIGRATION,
  // A summary whose `from` or `to` cuts a day reads that day's rows (`bucket-reads.ts`). Without a survey
  // the planner scanned all of (survey_id, submitted_at) for them: 94 ms at a million rows, 1 ms on this
  // index. It replaces that one, so an insert updates as many indexes as before; a survey's narrow range
  // is read here, its rows told from other surveys' in the heap. The planner sees each query's values
  // (unnamed statements), so unlike SQLite's it keeps wide ranges off this index by itself.
  `CREATE INDEX responses_submitted ON responses (submitted_at);
   DROP INDEX responses_survey_submitted;`,
  // ISO week buckets, so that a range cutting a month merges few buckets: merged from the day buckets.
  addPgWeekBuckets,
];

/** Any constant: serialises migrations when several collectors start against one database. */
const MIGRATION_LOCK = 0x6665_6564;

/**
 * Brings the database (or `schema`, created when missing) up to the last step, in one transaction that holds
 * an advisory lock: collectors starting together migrate one after the other.
 */
export function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS feelback_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM feelback_schema');
    const version = rows[0]?.version ?? 0;
    for (const step of MIGRATIONS.slice(version)) {
      if (typeof step === 'string') await client.query(step);
      else await step(client);
    }
    if (rows.length === 0) await client.query('INSERT INTO feelback_schema VALUES ($1)', [MIGRATIONS.length]);
    else await client.query('UPDATE feelback_schema SET version = $1', [Math.max(version, MIGRATIONS.length)]);
  });
}
