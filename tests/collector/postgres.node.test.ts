import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import pgClient from 'pg';
import { PgStore } from '../../src/collector/pg-store.js';
import { startPostgres } from '../support/pg.js';
import { refusingPg, refusingSchemas } from './refusing-stores.js';
import { collectorSuite } from './suite.js';
import { httpSuite } from './suite-http.js';
import { readsSuite } from './suite-reads.js';

const pg = await startPostgres();
if ('skip' in pg) {
  test('the collector on PostgreSQL', { skip: pg.skip }, () => {});
} else {
  // A schema of its own keeps a shared DATABASE_URL clean; a throwaway cluster is removed anyway.
  const schema = `feelback_test_${randomUUID().replace(/-/g, '')}`;
  after(async () => {
    if (process.env.DATABASE_URL) {
      const client = new pgClient.Client({ connectionString: pg.url });
      await client.connect();
      for (const name of [schema, ...refusingSchemas]) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.end();
    }
    await pg.stop();
  });
  collectorSuite('PostgreSQL', { open: () => PgStore.open({ connectionString: pg.url, schema }) });
  httpSuite('PostgreSQL', {
    open: () => PgStore.open({ connectionString: pg.url, schema }),
    refusing: () => refusingPg(pg.url),
  });
  readsSuite('PostgreSQL', { open: () => PgStore.open({ connectionString: pg.url, schema }) });
}
