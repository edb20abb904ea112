/** The recovery worklist (issue 16) on both stores: SQLite in a temporary file, PostgreSQL when it can run. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pgClient from 'pg';
import { PgStore } from '../../src/collector/pg-store.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { startPostgres } from '../support/pg.js';
import { recoverySuite } from './suite-recovery.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-recovery-'));
after(() => rmSync(dir, { recursive: true, force: true }));
recoverySuite('SQLite', { open: async () => new SqliteStore(join(dir, 'feelback.db')) });

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
}
