/**
 * Webhooks across real collector processes (`npm start`'s server.ts): a process killed with SIGKILL
 * between storing a response and delivering its event delivers it after a restart, and two processes on
 * one PostgreSQL deliver each event once.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import pgClient from 'pg';
import { Webhook } from 'standardwebhooks';
import { startPostgres } from '../support/pg.js';
import { makeResponse, post } from './helpers.js';
import { flagged } from './suite-recovery.js';
import { startReceiver, type Receiver } from './webhook-receiver.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'feelback-webhook-processes-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const secret = `whsec_${randomBytes(24).toString('base64')}`;

interface Collector {
  child: ChildProcess;
  url: string;
}

/** Starts server.ts; resolves with its URL once it serves. */
async function startProcess(env: Record<string, string>, receiver: Receiver): Promise<Collector> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/collector/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: '',
      FEELBACK_RATE_LIMIT: 'off',
      FEELBACK_WEBHOOK_URL: receiver.url,
      FEELBACK_WEBHOOK_SECRET: secret,
      // A lease is twice the timeout: a restarted collector takes over a killed one's event after 2 s.
      FEELBACK_WEBHOOK_TIMEOUT_SECONDS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const url = /serving (http:\/\/\S+)/.exec(line)?.[1];
    if (url) return { child, url };
  }
  throw new Error('the collector exited before serving');
}

async function stop({ child }: Collector) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

test('a collector killed with SIGKILL before delivering delivers the event after its restart', async () => {
  const receiver = await startReceiver(['hold', 200]);
  const env = { FEELBACK_DB: join(dir, 'killed.db') };
  let collector = await startProcess(env, receiver);
  try {
    const bad = flagged('killed', true);
    assert.equal((await post(collector.url, bad)).status, 201);
    await receiver.waitFor(1); // stored, and its delivery under way: the receiver holds the request
    const killed = once(collector.child, 'exit');
    collector.child.kill('SIGKILL');
    await killed;
    collector = await startProcess(env, receiver);
    await receiver.waitFor(2);
    const [first, second] = receiver.received;
    assert.equal(second!.answered, 200);
    assert.equal(first!.headers['webhook-id'], `msg_${bad.id}`);
    assert.equal(second!.headers['webhook-id'], `msg_${bad.id}`);
    const event = new Webhook(secret).verify(second!.body, second!.headers) as { data: { id: string } };
    assert.equal(event.data.id, bad.id);
  } finally {
    await stop(collector);
    await receiver.close();
  }
});

test('two collector processes on one PostgreSQL deliver each event once', async (t) => {
  const pg = await startPostgres();
  if ('skip' in pg) return t.skip(pg.skip);
  const schema = `feelback_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pgClient.Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(pg.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const receiver = await startReceiver([200]);
  const collectors: Collector[] = [];
  try {
    const env = { DATABASE_URL: url.href };
    collectors.push(await startProcess(env, receiver), await startProcess(env, receiver));
    const responses = Array.from({ length: 30 }, (_, i) => (i % 3 ? flagged('twice', true) : makeResponse()));
    await Promise.all(responses.map(async (r, i) => assert.equal((await post(collectors[i % 2]!.url, r)).status, 201)));
    const flaggedIds = responses.filter((r) => r.recovery.needed).map((r) => `msg_${r.id}`);
    await receiver.waitFor(flaggedIds.length);
    // Two more polling rounds of both processes: a second copy would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const sent = receiver.received.map((r) => r.headers['webhook-id']!);
    assert.equal(sent.length, flaggedIds.length);
    assert.deepEqual([...sent].sort(), [...flaggedIds].sort());
  } finally {
    await Promise.all(collectors.map(stop));
    await receiver.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    await pg.stop();
  }
});
