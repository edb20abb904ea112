/**
 * A group commit that finds the database locked waits and tries again: a 201 is never turned into a 500 because
 * another connection (the checkpointer's TRUNCATE, a second process, an analyst's shell) held the write lock a
 * little longer than the busy timeout, or because SQLite answered SQLITE_BUSY without waiting at all.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { makeResponse } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-busy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('inserts wait for a write lock held past the busy timeout, then commit', async () => {
  const file = join(dir, 'locked.db');
  const store = new SqliteStore(file, { busyTimeoutMs: 10 });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  const responses = [makeResponse(), makeResponse(), makeResponse()];
  const outcomes = Promise.all(responses.map((r) => store.insert(r, new Date())));
  // Well past the store's busy timeout: each attempt gave up after 10 ms.
  await sleep(300);
  other.exec('COMMIT');
  assert.deepEqual(await outcomes, ['created', 'created', 'created']);
  const stored = other.prepare('SELECT count(*) AS n FROM responses').get() as { n: number };
  assert.equal(stored.n, 3);
  other.close();
  await store.close();
});

test('close waits for a batch that is waiting for the lock', async () => {
  const file = join(dir, 'closing.db');
  const store = new SqliteStore(file, { busyTimeoutMs: 10 });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  const outcome = store.insert(makeResponse(), new Date());
  await sleep(50);
  setTimeout(() => other.exec('COMMIT'), 100);
  await store.close();
  assert.equal(await outcome, 'created');
  assert.equal((other.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n, 1);
  other.close();
});

test('a lock that is never released fails the inserts in the end, with SQLITE_BUSY', async () => {
  const file = join(dir, 'stuck.db');
  const store = new SqliteStore(file, { busyTimeoutMs: 5, busyRetryMs: 200 });
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  await assert.rejects(store.insert(makeResponse(), new Date()), { code: 'SQLITE_BUSY' });
  other.exec('ROLLBACK');
  other.close();
  await store.close();
});
