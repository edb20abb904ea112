/**
 * Which index SQLite reads a page of rows by (`whereClause` in `sqlite-store.ts`). A prepared statement
 * keeps one plan for every value, so these check the plan the SQL itself asks for: a range of a day at most
 * read as the seq range of its days (the cut day a summary finishes from its rows; `sqlite-days.ts`),
 * anything wider in seq order (a date index would make each page read and sort the whole range again).
 * Plans, not times: a slow machine cannot make these fail.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { CASES_THEN_ROWS } from '../../src/collector/recovery-sqlite.js';
import { SqliteStore, whereClause } from '../../src/collector/sqlite-store.js';
import type { ResponseFilter } from '../../src/collector/store.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-plans-'));
let db: Database.Database;
before(async () => {
  const file = join(dir, 'plans.db');
  await new SqliteStore(file).close(); // the schema, every migration run
  db = new Database(file, { readonly: true });
});
after(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The plan of a page (`SqliteStore.page`, oldest first, or `pageNewest`), one line. */
function plan(filter: ResponseFilter, op: '>' | '<' = '>'): string {
  // The seqs of the range's days, as the store reads them from `response_days`.
  const { table, where, params } = whereClause(filter, 0, op, { first: 100, last: 200 });
  const sql = `SELECT seq, received_at, body FROM ${table} ${where} ORDER BY seq ${op === '>' ? '' : 'DESC'} LIMIT ?`;
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, 500) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

const CUT_DAY = { from: '2026-08-31T13:30:00Z', to: '2026-08-31T23:59:59.999Z' };
const YEAR = { from: '2026-01-01T00:00:00Z', to: '2026-12-31T23:59:59.999Z' };

test("the rows of a cut day are found by their days' seq range, with or without a survey", () => {
  for (const filter of [
    { touchpoint: 'inloggen', ...CUT_DAY },
    { surveyId: 'hypotheek', channel: 'web', ...CUT_DAY },
    { from: '2026-08-31T00:00:00Z', to: '2026-09-01T00:00:00Z' }, // one day exactly
  ] satisfies ResponseFilter[]) {
    // A range of seqs, both ends, on the primary key or within the survey's entries: no walk, no sort.
    const range =
      /USING (INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)|INDEX responses_survey_seq \(survey_id=\? AND seq>\? AND seq<\?\))$/;
    assert.match(plan(filter), range);
    assert.match(plan(filter, '<'), range);
    assert.doesNotMatch(plan(filter), /TEMP B-TREE/);
  }
});

test('wider or one-sided ranges keep the seq order: no date index, no sort', () => {
  for (const filter of [
    { touchpoint: 'inloggen', ...YEAR },
    { from: '2026-08-31T00:00:00Z', to: '2026-09-01T00:00:00.001Z' }, // a day and a millisecond
    { from: CUT_DAY.from },
    { to: CUT_DAY.to },
    {},
  ] satisfies ResponseFilter[]) {
    assert.match(plan(filter), /USING INTEGER PRIMARY KEY \(rowid>\?\)/);
    assert.doesNotMatch(plan(filter), /responses_submitted|TEMP B-TREE/);
    assert.doesNotMatch(plan(filter, '<'), /responses_submitted|TEMP B-TREE/);
  }
  assert.match(
    plan({ surveyId: 'hypotheek', ...YEAR }),
    /USING INDEX responses_survey_seq \(survey_id=\? AND seq>\?\)$/,
  );
});

test('recovery cases are read first, each response by its seq, whatever the filter names', () => {
  for (const where of [
    'r.touchpoint = ? AND r.submitted_at >= ?',
    'r.survey_id = ? AND r.submitted_at >= ? AND r.submitted_at <= ?',
    'r.submitted_at >= ? AND r.submitted_at <= ?',
  ]) {
    const params = where
      .split('?')
      .slice(1)
      .map(() => 'x');
    const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT c.seq FROM ${CASES_THEN_ROWS} WHERE ${where}`).all(...params);
    const detail = (rows as { detail: string }[]).map((r) => r.detail).join(' | ');
    assert.match(detail, /^SCAN c\b[^|]* \| SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
  }
});

test("a cut day is one seq range: the page's bound and maxSeq folded into one lower and one upper bound", () => {
  // Given two lower bounds (`seq > 0 AND seq >= 100`) SQLite ranges the primary key on one of them.
  const bounds = (where: string) => where.match(/\bseq [<>]=? \?/g);
  const days = { first: 100, last: 200 };
  let clause = whereClause({ touchpoint: 'inloggen', ...CUT_DAY }, 0, '>', days);
  assert.deepEqual(bounds(clause.where), ['seq > ?', 'seq <= ?']);
  assert.deepEqual(clause.params.slice(0, 2), [99, 200]);
  clause = whereClause({ ...CUT_DAY, maxSeq: 150 }, 120, '>', days);
  assert.deepEqual(bounds(clause.where), ['seq > ?', 'seq <= ?']);
  assert.deepEqual(clause.params.slice(0, 2), [120, 150]);
  clause = whereClause({ ...CUT_DAY }, Number.MAX_SAFE_INTEGER, '<', days);
  assert.deepEqual(bounds(clause.where), ['seq < ?', 'seq >= ?']);
  assert.deepEqual(clause.params.slice(0, 2), [201, 100]);
  clause = whereClause({ ...CUT_DAY, maxSeq: 150 }, 180, '<', days);
  assert.deepEqual(clause.params.slice(0, 2), [151, 100]);
});
