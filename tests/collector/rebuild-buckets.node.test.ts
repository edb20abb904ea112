/**
 * The rebuild command and the upgrade it is for: a database written before the buckets existed is read by
 * scanning its rows (the buckets are not built) until `rebuild-buckets` has run; inserts meanwhile count.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { SummaryAccumulator, summarize } from '../../src/scores/summarize.js';
import { random, randomResponse } from '../support/random-responses.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'feelback-rebuild-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const command = fileURLToPath(new URL('../../src/collector/rebuild-buckets.ts', import.meta.url));

const merged = async (store: SqliteStore) => {
  const buckets = await store.summaryBuckets({ level: 's' });
  if (buckets === null) return null;
  const acc = new SummaryAccumulator();
  for (const b of buckets) acc.merge(b.state);
  return acc.result();
};

test('a database from before the buckets: not built until rebuild-buckets, then exact', async () => {
  const file = join(dir, 'old.db');
  const rng = random(7);
  const responses = Array.from({ length: 300 }, () => randomResponse(rng, Date.UTC(2026, 10, 1), 20));
  let store = new SqliteStore(file);
  await Promise.all(responses.slice(0, 250).map((r) => store.insert(r, new Date())));
  await store.close();
  // Back to schema version 2, the last without buckets, with its rows.
  const db = new Database(file);
  db.exec('DROP TABLE summary_buckets; DROP TABLE summary_buckets_built; DROP TABLE response_days;');
  db.exec('PRAGMA user_version = 2;');
  db.close();

  store = new SqliteStore(file);
  assert.equal(await merged(store), null, 'rows stored before the upgrade: the buckets are not built');
  await Promise.all(responses.slice(250).map((r) => store.insert(r, new Date())));
  await store.close();

  const { stdout } = await run(process.execPath, ['--import', 'tsx', command], {
    env: { ...process.env, FEELBACK_DB: file, DATABASE_URL: '' },
  });
  assert.match(
    stdout,
    /^feelback: rebuilt the summary buckets from 300 responses in \d+\.\d s \(SQLite .*old\.db\)\n$/,
  );
  store = new SqliteStore(file);
  assert.deepEqual(await merged(store), summarize(responses));
  await store.close();
});

test('a new database has its buckets built from the first insert; rebuilding changes nothing', async () => {
  const store = new SqliteStore(join(dir, 'new.db'));
  const rng = random(8);
  const responses = Array.from({ length: 200 }, () => randomResponse(rng, Date.UTC(2026, 10, 1), 20));
  await Promise.all(responses.map((r) => store.insert(r, new Date())));
  const before = await merged(store);
  assert.deepEqual(before, summarize(responses));
  assert.equal(await store.rebuildBuckets(), 200);
  assert.deepEqual(await merged(store), before);
  await store.close();
});

test('rebuild-buckets exits 1 with the reason when the store cannot open', async () => {
  const error = await run(process.execPath, ['--import', 'tsx', command], {
    env: { ...process.env, FEELBACK_DB: '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
  }).then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );
  assert.equal(error?.code, 1);
  assert.match(error.stderr, /^feelback: rebuild-buckets failed: /);
});
