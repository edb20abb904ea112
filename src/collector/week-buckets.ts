/**
 * The migration that adds the week buckets (`W`, `w`) to a database whose buckets were built before weeks
 * existed: each week's state is the merge of its days' (`d`, `s`), in the migration's transaction. A
 * database whose buckets are not built (version 0, or another state version) is left alone: its reads scan
 * the rows until `rebuild-buckets`, which writes every level.
 *
 * Collectors of the version before keep writing days and months but not weeks: stop them before the
 * upgrade (on PostgreSQL, inserts wait for the migration; any made later by an older process are missing
 * from their week until `rebuild-buckets` runs).
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { SummaryAccumulator, SUMMARY_STATE_VERSION, type SummaryState } from '../scores/summarize.js';
import { mondayOf } from './buckets.js';
import { arrays, UNNEST } from './pg-buckets.js';

interface Entry {
  columns: string[];
  state: string;
}

/**
 * Folds day buckets into week buckets. The days come in key order (level, then day), so the days of one
 * week come together and only that week's buckets are held open; the weeks done wait, as JSON, in `done`.
 */
export class WeeksOfDays {
  #week = '';
  readonly #open = new Map<string, { columns: string[]; acc: SummaryAccumulator }>();
  readonly #done: Entry[] = [];

  /** A day bucket's key columns (`keyColumns`) and its state as stored. */
  add(columns: readonly string[], state: string): void {
    const [level, day, ...dims] = columns as [string, string, ...string[]];
    const week = [level === 'd' ? 'W' : 'w', mondayOf(day)];
    if (week.join() !== this.#week) {
      this.#close();
      this.#week = week.join();
    }
    const weekColumns = [...week, ...dims];
    const id = JSON.stringify(weekColumns);
    let entry = this.#open.get(id);
    if (!entry) this.#open.set(id, (entry = { columns: weekColumns, acc: new SummaryAccumulator() }));
    entry.acc.merge(JSON.parse(state) as SummaryState);
  }

  /** The week buckets, key columns and state as JSON, as both stores write them. */
  entries(): Entry[] {
    this.#close();
    return this.#done;
  }

  #close() {
    for (const { columns, acc } of this.#open.values())
      this.#done.push({ columns, state: JSON.stringify(acc.toState()) });
    this.#open.clear();
  }
}

const DAYS_IN_KEY_ORDER = `SELECT level, day, survey_id, touchpoint, channel, lang, state FROM summary_buckets
  WHERE level IN ('d', 's')`;
/** Any week bucket found is written anew: a file taken back to an older version (tests do) may hold some. */
const DELETE_WEEKS = "DELETE FROM summary_buckets WHERE level IN ('W', 'w')";
const INSERT = 'INSERT INTO summary_buckets (level, day, survey_id, touchpoint, channel, lang, state)';

/** SQLite's step of `MIGRATIONS`, in its transaction. */
export function addSqliteWeekBuckets(db: Database.Database): void {
  if (db.prepare('SELECT version FROM summary_buckets_built').pluck().get() !== SUMMARY_STATE_VERSION) return;
  const weeks = new WeeksOfDays();
  // The primary key's order: no sort. The rows are written once read (the connection is busy meanwhile).
  const rows = db.prepare(`${DAYS_IN_KEY_ORDER} ORDER BY level, day`).raw().iterate() as Iterable<string[]>;
  for (const row of rows) weeks.add(row.slice(0, 6), row[6]!);
  db.exec(DELETE_WEEKS);
  const put = db.prepare(`${INSERT} VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const { columns, state } of weeks.entries()) put.run(...columns, state);
}

const PAGE = 5000;

/**
 * PostgreSQL's step of `MIGRATIONS`, on the migration's transaction (`client`). The version row is taken
 * FOR UPDATE, as a rebuild takes it: an insert of a running collector waits, so no day changes unseen.
 */
export async function addPgWeekBuckets(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM summary_buckets_built FOR UPDATE');
  if (rows[0]?.version !== SUMMARY_STATE_VERSION) return;
  const weeks = new WeeksOfDays();
  // Pages in key order, each after the last key of the one before.
  let after = ['', '', '', '', '', ''];
  for (;;) {
    const page = await client.query<string[]>({
      text: `${DAYS_IN_KEY_ORDER} AND (level, day, survey_id, touchpoint, channel, lang) > ($1, $2, $3, $4, $5, $6)
             ORDER BY level, day, survey_id, touchpoint, channel, lang LIMIT ${PAGE}`,
      values: after,
      rowMode: 'array',
    });
    for (const row of page.rows) weeks.add(row.slice(0, 6), row[6]!);
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1]!.slice(0, 6);
  }
  const entries = weeks.entries();
  await client.query(DELETE_WEEKS);
  for (let i = 0; i < entries.length; i += PAGE) {
    await client.query(`${INSERT} SELECT * FROM ${UNNEST}`, arrays(entries.slice(i, i + PAGE)));
  }
}
