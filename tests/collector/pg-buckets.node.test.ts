/**
 * Summary buckets on PostgreSQL: the property test of `suite-buckets.ts`, and two collector processes
 * (`server.ts`, separate Node processes) behind one database, posting concurrently: rows and buckets exact.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pgClient from 'pg';
import { PgStore } from '../../src/collector/pg-store.js';
import type { Response } from '../../src/schema/response.js';
import { SummaryAccumulator, summarize } from '../../src/scores/summarize.js';
import { startPostgres } from '../support/pg.js';
import { random, randomResponse } from '../support/random-responses.js';
import { post } from './helpers.js';
import { bucketsSuite, weeksMigrationSuite } from './suite-buckets.js';

const pg = await startPostgres();
if ('skip' in pg) {
  test('summary buckets on PostgreSQL', { skip: pg.skip }, () => {});
} else {
  const schemas: string[] = [];
  const newSchema = () => {
    const schema = `feelback_buckets_${randomUUID().replace(/-/g, '')}`;
    schemas.push(schema);
    return schema;
  };
  after(async () => {
    if (process.env.DATABASE_URL) {
      const client = new pgClient.Client({ connectionString: pg.url });
      await client.connect();
      for (const name of schemas) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.end();
    }
    await pg.stop();
  });

  bucketsSuite('PostgreSQL', {
    fresh: () => PgStore.open({ connectionString: pg.url, schema: newSchema() }),
    unbuild: async () => {
      const client = new pgClient.Client({ connectionString: pg.url });
      await client.connect();
      await client.query(`UPDATE ${schemas.at(-1)}.summary_buckets_built SET version = 0`);
      await client.end();
    },
  });

  const weeksSchema = newSchema();
  weeksMigrationSuite('PostgreSQL', {
    open: () => PgStore.open({ connectionString: pg.url, schema: weeksSchema }),
    downgrade: async ({ built }) => {
      const client = new pgClient.Client({ connectionString: pg.url });
      await client.connect();
      // Version 4: the index on submitted_at, the last migration before the weeks.
      await client.query(`DELETE FROM ${weeksSchema}.summary_buckets WHERE level IN ('W', 'w')`);
      await client.query(`UPDATE ${weeksSchema}.feelback_schema SET version = 4`);
      if (!built) await client.query(`UPDATE ${weeksSchema}.summary_buckets_built SET version = 0`);
      await client.end();
    },
  });

  interface Collector {
    url: string;
    child: ChildProcess;
  }

  /** `npm start`'s server on a free port, on the given schema of the test database. */
  async function collectorProcess(schema: string, database: string): Promise<Collector> {
    const url = new URL(database);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../../src/collector/server.ts', import.meta.url))],
      {
        env: { ...process.env, DATABASE_URL: url.href, PORT: '0', FEELBACK_RATE_LIMIT: 'off' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    // Read to the end (not `for await`, which would close the pipe the server still writes to).
    let out = '';
    child.stdout!.setEncoding('utf8');
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        const match = /serving (http:\/\/\S+\/)/.exec(out);
        if (match) resolve({ url: match[1]!, child });
      });
      child.once('exit', () => reject(new Error(`the collector did not start: ${out}`)));
    });
  }

  test('two collector processes on one PostgreSQL, posting concurrently: rows and buckets exact', async () => {
    const schema = newSchema();
    // The schema and its tables exist before both start, as after a deploy's migration.
    await (await PgStore.open({ connectionString: pg.url, schema })).close();
    const [a, b] = await Promise.all([collectorProcess(schema, pg.url), collectorProcess(schema, pg.url)]);
    try {
      const rng = random(2);
      // Ten days: many responses share a bucket, so both processes update the same rows at once.
      const responses = Array.from({ length: 1200 }, () => randomResponse(rng, Date.UTC(2026, 10, 1), 10));
      // Every 10th response is sent to both: one of them stores it, the other answers 200.
      const sends = responses.flatMap((r, i): [Collector, Response][] =>
        i % 10 === 0
          ? [
              [a, r],
              [b, r],
            ]
          : [[i % 2 ? a : b, r]],
      );
      const statuses: number[] = [];
      for (let i = 0; i < sends.length; i += 60) {
        const slice = sends.slice(i, i + 60);
        statuses.push(...(await Promise.all(slice.map(async ([c, r]) => (await post(c.url, r)).status))));
      }
      assert.equal(statuses.filter((s) => s === 201).length, responses.length);
      assert.equal(statuses.filter((s) => s === 200).length, responses.length / 10);

      const store = await PgStore.open({ connectionString: pg.url, schema });
      try {
        assert.equal(await store.count(), responses.length);
        const merged = new SummaryAccumulator();
        for (const bucket of (await store.summaryBuckets({ level: 's' }))!) merged.merge(bucket.state);
        assert.deepEqual(merged.result(), summarize(responses));
      } finally {
        await store.close();
      }
    } finally {
      for (const { child } of [a, b]) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
  });
}
