/**
 * Signed webhooks that lose nothing (issue 16, item 3), in process on SQLite: a real receiver on 127.0.0.1,
 * signatures checked with the Standard Webhooks library, a day of retries passed on an injected clock.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { startCollector } from '../../src/collector/app.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { parseRetryAfter, WebhookSender } from '../../src/collector/webhook-sender.js';
import { parseWebhookEnv } from '../../src/collector/webhook-env.js';
import { signingKey, verify } from '../../src/collector/webhooks.js';
import { makeResponse, post } from './helpers.js';
import { flagged } from './suite-recovery.js';
import { startReceiver } from './webhook-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-webhooks-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshStore = (events: 'recovery' | 'all') =>
  new SqliteStore(join(dir, `${++files}.db`), { webhookEvents: events });
const secret = `whsec_${randomBytes(24).toString('base64')}`;
const HOUR = 3_600_000;

test('503, 503, then 200: one event delivered, the same webhook-id each time, each signature valid', async () => {
  const receiver = await startReceiver([503, 503, 200]);
  const app = await startCollector({
    store: freshStore('recovery'),
    port: 0,
    rateLimit: false,
    webhook: { url: receiver.url, secret, firstDelayMs: 40, pollMs: 20 },
  });
  try {
    const bad = flagged('webhooks', true);
    assert.equal((await post(app.url, bad)).status, 201);
    assert.equal((await post(app.url, makeResponse({ surveyId: 'webhooks' }))).status, 201); // not flagged
    await receiver.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more comes
    assert.deepEqual(
      receiver.received.map((r) => r.answered),
      [503, 503, 200],
    );
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    assert.deepEqual([...ids], [`msg_${bad.id}`]);
    const verifier = new Webhook(secret);
    for (const { body, headers } of receiver.received) {
      const event = verifier.verify(body, headers) as { type: string; data: { id: string } };
      assert.equal(event.type, 'response.recovery');
      assert.equal(event.data.id, bad.id);
    }
    assert.throws(() =>
      new Webhook(`whsec_${randomBytes(24).toString('base64')}`).verify(
        receiver.received[2]!.body,
        receiver.received[2]!.headers,
      ),
    );
  } finally {
    await app.shutdown();
    await receiver.close();
  }
});

test('Retry-After is honoured; after 24 hours an event is given up, listed, and sent again on retry', async () => {
  const store = freshStore('recovery');
  const app = await startCollector({ store, port: 0, rateLimit: false });
  const receiver = await startReceiver([{ status: 429, headers: { 'retry-after': '120' } }, 503]);
  let clock = Date.now();
  const sender = new WebhookSender({ url: receiver.url, secret, outbox: store.outbox, now: () => new Date(clock) });
  try {
    const bad = flagged('webhooks', true);
    assert.equal((await post(app.url, bad)).status, 201);
    clock = Date.now(); // the event is due from its response's arrival, on the collector's own clock
    await sender.tick();
    assert.equal(receiver.received.length, 1);
    clock += 119_000;
    await sender.tick();
    assert.equal(receiver.received.length, 1, 'sent before Retry-After had passed');
    clock += 1000;
    await sender.tick();
    assert.equal(receiver.received.length, 2);
    // Whatever the backoff, the last try falls on the deadline, and failing it gives the event up.
    clock += 25 * HOUR;
    await sender.tick();
    assert.equal(receiver.received.length, 3);
    clock += 25 * HOUR;
    await sender.tick();
    assert.equal(receiver.received.length, 3, 'a given-up event was tried again');

    const failed = await fetch(new URL('api/webhooks/failed', app.url));
    const { items } = (await failed.json()) as { items: { id: string; attempts: number; lastError: string }[] };
    assert.deepEqual(
      items.map((i) => [i.id, i.attempts, i.lastError]),
      [[`msg_${bad.id}`, 3, 'HTTP 503']],
    );
    receiver.script = [200];
    const retry = await fetch(new URL(`api/webhooks/msg_${bad.id}/retry`, app.url), { method: 'POST' });
    assert.equal(retry.status, 202);
    assert.equal((await fetch(new URL(`api/webhooks/msg_${bad.id}/retry`, app.url), { method: 'POST' })).status, 404);
    clock = Date.now();
    assert.equal(await sender.tick(), 1);
    assert.equal(receiver.received.at(-1)!.headers['webhook-id'], `msg_${bad.id}`);
    const after = (await (await fetch(new URL('api/webhooks/failed', app.url))).json()) as { items: unknown[] };
    assert.deepEqual(after.items, []);
    const key = signingKey(secret);
    for (const r of receiver.received) {
      const { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sig } = r.headers;
      assert.ok(verify(key, id!, Number(ts), r.body, sig!));
    }
  } finally {
    await sender.stop();
    await app.shutdown();
    await receiver.close();
  }
});

test('a receiver that does not answer in time is tried again, with the same webhook-id', async () => {
  const store = freshStore('recovery');
  const app = await startCollector({ store, port: 0, rateLimit: false });
  const receiver = await startReceiver(['hold', 200]);
  const sender = new WebhookSender({
    url: receiver.url,
    secret,
    outbox: store.outbox,
    timeoutMs: 200,
    firstDelayMs: 1,
  });
  try {
    const bad = flagged('webhooks', true);
    assert.equal((await post(app.url, bad)).status, 201);
    assert.equal(await sender.tick(), 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(await sender.tick(), 1);
    assert.deepEqual(
      receiver.received.map((r) => [r.answered, r.headers['webhook-id']]),
      [
        ['hold', `msg_${bad.id}`],
        [200, `msg_${bad.id}`],
      ],
    );
  } finally {
    await sender.stop();
    await app.shutdown();
    await receiver.close();
  }
});

test('FEELBACK_WEBHOOK_EVENTS=all sends every response, typed by whether it needs recovery', async () => {
  const store = freshStore('all');
  const app = await startCollector({ store, port: 0, rateLimit: false });
  const receiver = await startReceiver([200]);
  const sender = new WebhookSender({ url: receiver.url, secret, outbox: store.outbox });
  try {
    const bad = flagged('webhooks', true);
    const good = makeResponse();
    for (const r of [good, bad]) assert.equal((await post(app.url, r)).status, 201);
    assert.equal((await post(app.url, good)).status, 200); // a repeat writes no second event
    assert.equal(await sender.tick(), 2);
    const events = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: { id: string } });
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id]),
      [
        ['response.created', good.id],
        ['response.recovery', bad.id],
      ],
    );
    assert.equal(await sender.tick(), 0);
  } finally {
    await sender.stop();
    await app.shutdown();
    await receiver.close();
  }
});

test('the webhook settings are read from the environment and refused when unsafe', () => {
  assert.deepEqual(parseWebhookEnv({}), { events: 'none', send: null });
  const url = 'http://127.0.0.1:9/hooks';
  assert.deepEqual(parseWebhookEnv({ FEELBACK_WEBHOOK_URL: url, FEELBACK_WEBHOOK_SECRET: secret }), {
    events: 'recovery',
    send: { url, secret, timeoutMs: undefined },
  });
  assert.equal(
    parseWebhookEnv({ FEELBACK_WEBHOOK_URL: url, FEELBACK_WEBHOOK_SECRET: secret, FEELBACK_WEBHOOK_EVENTS: 'all' })
      .events,
    'all',
  );
  for (const env of [
    { FEELBACK_WEBHOOK_URL: url },
    { FEELBACK_WEBHOOK_URL: url, FEELBACK_WEBHOOK_SECRET: 'whsec_c2hvcnQ=' },
    { FEELBACK_WEBHOOK_URL: 'ftp://x/', FEELBACK_WEBHOOK_SECRET: secret },
    { FEELBACK_WEBHOOK_URL: url, FEELBACK_WEBHOOK_SECRET: secret, FEELBACK_WEBHOOK_EVENTS: 'some' },
  ]) {
    assert.throws(() => parseWebhookEnv(env), JSON.stringify(env));
  }
});

test('Retry-After is read in seconds or as an HTTP date', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:01:00 GMT', now), 60_000);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
});
