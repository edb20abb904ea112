/** The recovery worklist (issue 16) on both stores: SQLite in a temporary file, PostgreSQL when it can run. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import pgClient from 'pg';
import { PgStore } from '../../src/collector/pg-store.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { startPostgres } from '../support/pg.js';
import type { ResponseStore } from '../../src/collector/store.js';
import { flagged, recoverySuite } from './suite-recovery.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-recovery-'));
after(() => rmSync(dir, { recursive: true, force: true }));
recoverySuite('SQLite', { open: async () => new SqliteStore(join(dir, 'feelback.db')) });

/** Stores a flagged response, makes the database as it was before recovery cases (`forget`), reopens it. */
async function backfilled(open: () => Promise<ResponseStore>, forget: () => Promise<void>) {
  const response = flagged('backfill', true);
  const receivedAt = new Date('2026-11-22T10:00:00.000Z');
  const before = await open();
  assert.equal(await before.insert(response, receivedAt), 'created');
  await before.close();
  await forget();
  const after = await open();
  try {
    const stored = await after.recovery!.get(response.id);
    assert.deepEqual(
      [stored?.state, stored?.contact, stored?.history],
      ['open', true, [{ state: 'open', at: receivedAt.toISOString(), note: null }]],
    );
  } finally {
    await after.close();
  }
}

test('a SQLite file from before recovery cases gets a case for each flagged response it holds', async () => {
  const file = join(dir, 'old.db');
  await backfilled(
    async () => new SqliteStore(file),
    async () => {
      const db = new Database(file);
      db.exec('DROP TRIGGER recovery_case_on_insert; DROP TABLE recovery_cases');
      db.close();
    },
  );
});

const pg = await startPostgres();
if ('skip' in pg) {
  test('the recovery worklist on PostgreSQL', { skip: pg.skip }, () => {});
} else {
  const schema = `feelback_test_${randomUUID().replace(/-/g, '')}`;
  after(async () => {
    if (process.env.DATABASE_URL) {
      const client = new pgClient.Client({ connectionString: pg.url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
    await pg.stop();
  });
  recoverySuite('PostgreSQL', { open: () => PgStore.open({ connectionString: pg.url, schema }) });

  test('a PostgreSQL database from before recovery cases gets a case for each flagged response it holds', async () => {
    const old = `${schema}_old`;
    const client = new pgClient.Client({ connectionString: pg.url });
    await client.connect();
    try {
      await backfilled(
        () => PgStore.open({ connectionString: pg.url, schema: old }),
        async () => void (await client.query(`DROP TABLE ${old}.recovery_cases`)),
      );
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${old} CASCADE`);
      await client.end();
    }
  });
}
