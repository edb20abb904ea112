/**
 * The migration that adds the week buckets (`W`, `w`) to a database whose buckets were built before weeks
 * existed: each week's state is the merge of its days' (`d`, `s`), in the migration's transaction
 * (`addSqliteWeekBuckets` in `sqlite-buckets.ts`, `addPgWeekBuckets` in `pg-buckets.ts`). A
 * database whose buckets are not built (version 0, or another state version) is left alone: its reads scan
 * the rows until `rebuild-buckets`, which writes every level.
 *
 * Collectors of the version before keep writing days and months but not weeks: stop them before the
 * upgrade (on PostgreSQL, inserts wait for the migration; any made later by an older process are missing
 * from their week until `rebuild-buckets` runs).
 */
import { SummaryAccumulator, type SummaryState } from '../scores/summarize.js';
import { mondayOf } from './buckets.js';

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

/** The day buckets, for `WeeksOfDays`; each store adds its order (the primary key's) and its paging. */
export const DAY_BUCKETS = `SELECT level, day, survey_id, touchpoint, channel, lang, state FROM summary_buckets
  WHERE level IN ('d', 's')`;
/** Any week bucket found is written anew: a file taken back to an older version (tests do) may hold some. */
export const DELETE_WEEKS = "DELETE FROM summary_buckets WHERE level IN ('W', 'w')";
