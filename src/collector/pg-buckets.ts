/**
 * Summary buckets on PostgreSQL (see `buckets.ts`), safe with several collector processes on one database:
 * each insert transaction locks its buckets with `INSERT … ON CONFLICT DO UPDATE` (in key order, so two
 * transactions wait rather than deadlock), merges in JavaScript and writes back before its commit, so no
 * concurrent transaction can lose an increment. `rebuildBuckets` takes the `summary_buckets_built` row
 * FOR UPDATE: inserts wait for it (FOR SHARE) and add their rows after it.
 */
import type pg from 'pg';
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

/** As on SQLite: a database with responses already stored has its buckets built by `rebuild-buckets`. */
export const PG_BUCKETS_MIGRATION = `
  CREATE TABLE summary_buckets (
    level text NOT NULL,
    day text NOT NULL,
    survey_id text NOT NULL,
    touchpoint text NOT NULL,
    channel text NOT NULL,
    lang text NOT NULL,
    state text NOT NULL,
    PRIMARY KEY (level, day, survey_id, touchpoint, channel, lang)
  );
  CREATE TABLE summary_buckets_built (version integer NOT NULL);
  INSERT INTO summary_buckets_built
    SELECT CASE WHEN EXISTS (SELECT 1 FROM responses) THEN 0 ELSE ${SUMMARY_STATE_VERSION} END;`;

const COLUMNS = 'level, day, survey_id, touchpoint, channel, lang';
const UNNEST = 'unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])';
const MATCH =
  'b.level = u.level AND b.day = u.day AND b.survey_id = u.survey_id AND b.touchpoint = u.touchpoint AND b.channel = u.channel AND b.lang = u.lang';

interface Row {
  level: Level;
  day: string;
  survey_id: string;
  touchpoint: string;
  channel: string;
  lang: string;
  state: string;
}

/** Key columns and states as the seven arrays of `UNNEST`. */
function arrays(entries: readonly { columns: string[]; state: string }[]): string[][] {
  const out: string[][] = [[], [], [], [], [], [], []];
  for (const { columns, state } of entries) [...columns, state].forEach((v, i) => out[i]!.push(v));
  return out;
}

/**
 * Adds newly stored responses to their buckets, on the insert's transaction (`client`). Nothing is done
 * while the buckets are not built for this version (`rebuild-buckets` fills them from the rows).
 */
export async function addToBuckets(client: pg.ClientBase, created: readonly Response[]): Promise<void> {
  if (created.length === 0) return;
  const deltas = bucketDeltas(created).map(({ key, acc }) => ({ columns: keyColumns(key), acc }));
  // New buckets take the delta as it is; existing ones are locked and answer their state to merge with.
  const { rows } = await client.query<Row & { inserted: boolean }>({
    name: 'feelback_upsert_buckets',
    text: `INSERT INTO summary_buckets (${COLUMNS}, state)
           SELECT ${COLUMNS}, state FROM ${UNNEST} WITH ORDINALITY AS u(${COLUMNS}, state, i)
           WHERE (SELECT version FROM summary_buckets_built FOR SHARE) = $8
           ORDER BY i
           ON CONFLICT (${COLUMNS}) DO UPDATE SET state = summary_buckets.state
           RETURNING ${COLUMNS}, state, xmax = 0 AS inserted`,
    values: [
      ...arrays(deltas.map((d) => ({ columns: d.columns, state: JSON.stringify(d.acc.toState()) }))),
      SUMMARY_STATE_VERSION,
    ],
  });
  const byKey = new Map(deltas.map((d) => [JSON.stringify(d.columns), d.acc]));
  const merged = [];
  for (const row of rows) {
    if (row.inserted) continue;
    const columns = [row.level, row.day, row.survey_id, row.touchpoint, row.channel, row.lang];
    const stored = JSON.parse(row.state) as SummaryState;
    const acc = byKey.get(JSON.stringify(columns));
    if (!acc || stored.v !== SUMMARY_STATE_VERSION) continue;
    merged.push({ columns, state: JSON.stringify(acc.merge(stored).toState()) });
  }
  if (merged.length === 0) return;
  await client.query({
    name: 'feelback_update_buckets',
    text: `UPDATE summary_buckets b SET state = u.state FROM ${UNNEST} AS u(${COLUMNS}, state) WHERE ${MATCH}`,
    values: arrays(merged),
  });
}

/**
 * The buckets in range, or `null` when they are not built for this version. One round trip: the version
 * row joined with the buckets in range (none: one row of nulls), where asking for the version first made
 * each range two, one after the other.
 */
export async function readBuckets(pool: pg.Pool, range: BucketRange): Promise<BucketRow[] | null> {
  const clauses: string[] = ['v.version = $1', 'b.level = $2'];
  const params: (string | number)[] = [SUMMARY_STATE_VERSION, range.level];
  const add = (column: string, op: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    clauses.push(`b.${column} ${op} $${params.length}`);
  };
  add('survey_id', '=', range.surveyId);
  add('touchpoint', '=', range.touchpoint);
  add('channel', '=', range.channel);
  add('day', '>=', range.fromDay);
  add('day', '<=', range.toDay);
  const { rows } = await pool.query<{ [K in keyof Row]: Row[K] | null } & { version: number }>(
    `SELECT v.version, b.level, b.day, b.survey_id, b.touchpoint, b.channel, b.lang, b.state
     FROM summary_buckets_built v LEFT JOIN summary_buckets b ON ${clauses.join(' AND ')}`,
    params,
  );
  if (rows[0]?.version !== SUMMARY_STATE_VERSION) return null;
  return rows.flatMap((r) =>
    r.state === null
      ? []
      : [
          {
            level: r.level!,
            day: r.day!,
            surveyId: r.survey_id!,
            touchpoint: touchpointOf(r.touchpoint!),
            channel: r.channel!,
            lang: r.lang!,
            state: JSON.parse(r.state) as SummaryState,
          },
        ],
  );
}

const REBUILD_PAGE = 5000;

/** Empties the buckets and fills them from every row, in storage order, in `client`'s transaction. */
export async function rebuildBuckets(client: pg.ClientBase): Promise<number> {
  await client.query('SELECT version FROM summary_buckets_built FOR UPDATE');
  await client.query('DELETE FROM summary_buckets');
  const tally = new BucketTally();
  let after = 0;
  let n = 0;
  for (;;) {
    const { rows } = await client.query<{ seq: string; body: Response }>(
      'SELECT seq, body FROM responses WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, REBUILD_PAGE],
    );
    for (const { body } of rows) tally.add(body);
    n += rows.length;
    if (rows.length < REBUILD_PAGE) break;
    after = Number(rows[rows.length - 1]!.seq);
  }
  const entries = tally.entries();
  for (let i = 0; i < entries.length; i += REBUILD_PAGE) {
    await client.query(
      `INSERT INTO summary_buckets (${COLUMNS}, state) SELECT * FROM ${UNNEST}`,
      arrays(entries.slice(i, i + REBUILD_PAGE)),
    );
  }
  await client.query('UPDATE summary_buckets_built SET version = $1', [SUMMARY_STATE_VERSION]);
  return n;
}

/**
 * The step of `MIGRATIONS` (`pg-migrations.ts`) that adds the week buckets (`week-buckets.ts`), on the
 * migration's transaction. The version row is taken FOR UPDATE, as a rebuild takes it: a running
 * collector's inserts wait, so no day changes unseen.
 */
export async function addPgWeekBuckets(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM summary_buckets_built FOR UPDATE');
  if (rows[0]?.version !== SUMMARY_STATE_VERSION) return;
  const weeks = new WeeksOfDays();
  // Pages in key order, each after the last key of the one before.
  let after = ['', '', '', '', '', ''];
  for (;;) {
    const page = await client.query<string[]>({
      text: `${DAY_BUCKETS} AND (${COLUMNS}) > ($1, $2, $3, $4, $5, $6) ORDER BY ${COLUMNS} LIMIT ${REBUILD_PAGE}`,
      values: after,
      rowMode: 'array',
    });
    for (const row of page.rows) weeks.add(row.slice(0, 6), row[6]!);
    if (page.rows.length < REBUILD_PAGE) break;
    after = page.rows[page.rows.length - 1]!.slice(0, 6);
  }
  const entries = weeks.entries();
  await client.query(DELETE_WEEKS);
  for (let i = 0; i < entries.length; i += REBUILD_PAGE) {
    await client.query(
      `INSERT INTO summary_buckets (${COLUMNS}, state) SELECT * FROM ${UNNEST}`,
      arrays(entries.slice(i, i + REBUILD_PAGE)),
    );
  }
}
