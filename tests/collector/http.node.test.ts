/**
 * The HTTP items of issue 10 that do not depend on a store: what the error log may say, the Fetch
 * handler's own `Host` and read rules, and a method a Fetch `Request` cannot carry.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { startCollector } from '../../src/collector/app.js';
import { createHandler } from '../../src/collector/handler.js';
import { describeError } from '../../src/collector/log.js';
import { toNodeListener } from '../../src/collector/node.js';
import type { ResponseStore } from '../../src/collector/store.js';
import { answers, captureConsoleError, makeResponse, post, rawRequest } from './helpers.js';

const marker = `MARKER-${randomUUID()}`;

/** What a PostgreSQL error looks like through `pg`: the data it failed on in message, detail and where. */
function pgLikeError() {
  return Object.assign(new Error(`invalid input syntax for type uuid: "${marker}"`), {
    name: 'error',
    code: '22P02',
    severity: 'ERROR',
    routine: 'string_to_uuid',
    detail: `Failing row contains (${marker}).`,
    where: `JSON data, line 1: {"comment":"${marker}`,
    hint: marker,
  });
}

describe('describeError', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a PostgreSQL error', pgLikeError(), /^error code=22P02 severity=ERROR routine=string_to_uuid\n {4}at /],
    ['an error with its cause', new Error(marker, { cause: pgLikeError() }), /^Error\ncaused by error code=22P02/],
    [
      'a message with a line that looks like a frame',
      new Error(`x\n    at ${marker} (evil.js:1:1)`),
      /^Error\n {4}at /,
    ],
    [
      "JSON.parse's complaint, which quotes its input",
      (() => {
        try {
          JSON.parse(`{"a":"${marker}`);
        } catch (e) {
          return e;
        }
      })(),
      /^SyntaxError/,
    ],
    ['a thrown string', marker, /^a thrown string$/],
    ['an error whose code is itself data', Object.assign(new Error('x'), { code: `no ${marker}` }), /^Error\n/],
  ];
  for (const [what, error, expected] of cases) {
    test(`names ${what} without its data`, () => {
      const text = describeError(error);
      assert.match(text, expected);
      assert.ok(!text.includes(marker), text);
    });
  }
});

test('the default log of a store failing on a body says what failed and nothing the respondent typed', async () => {
  const failing: ResponseStore = {
    insert: async (response) => {
      const cause = Object.assign(new Error(`row ${JSON.stringify(response)}`), { detail: marker });
      throw Object.assign(new Error(`cannot store ${JSON.stringify(response)}`, { cause }), {
        code: 'STORE_DOWN',
        where: JSON.stringify(response),
      });
    },
    page: async () => [],
    count: async () => 0,
    close: async () => {},
  };
  const log = captureConsoleError();
  const app = await startCollector({ store: failing, port: 0, rateLimit: false });
  try {
    const body = makeResponse({ answers: [answers.nps(1), answers.comment(marker)], metadata: { note: marker } });
    const res = await post(app.url, body);
    assert.equal(res.status, 500);
    assert.deepEqual(await res.json(), { errors: [{ path: '', message: 'internal error' }] });
  } finally {
    log.restore();
    await app.shutdown();
  }
  const text = log.lines.join('\n');
  assert.match(text, /^feelback collector: unexpected error Error code=STORE_DOWN\ncaused by Error\n/);
  assert.match(text, /\n {4}at /, 'where it failed');
  assert.ok(!text.includes(marker), text);
});

describe('the Fetch handler on another runtime', () => {
  const store: ResponseStore = {
    insert: async () => 'created',
    page: async () => [],
    count: async () => 0,
    close: async () => {},
  };
  const get = (url: string) => new Request(url);

  test('answers only to localhost and IP addresses unless told its names', async () => {
    const handler = createHandler({ store, allowedOrigins: [], rateLimit: false });
    const refused = await handler(get('https://collector.example/api/summary'));
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(await refused.json(), {
      errors: [{ path: 'host', message: 'host not allowed: add it to FEELBACK_ALLOWED_HOSTS (allowedHosts)' }],
    });
    assert.equal((await handler(get('http://localhost:8787/api/summary'))).status, 200);
    assert.equal((await handler(get('http://192.0.2.7/api/summary'))).status, 200);
    // `Host` as sent wins over the URL: a proxy may build the URL from its own name.
    const sent = new Request('http://localhost/api/summary', { headers: { host: 'attacker.example' } });
    assert.equal((await handler(sent)).status, 403);
  });

  test('answers to the names in allowedHosts, or to any with *', async () => {
    const named = createHandler({ store, allowedOrigins: [], rateLimit: false, allowedHosts: ['collector.example'] });
    assert.equal((await named(get('https://collector.example/api/summary'))).status, 200);
    assert.equal((await named(get('https://other.example/api/summary'))).status, 403);
    const any = createHandler({ store, allowedOrigins: [], rateLimit: false, allowedHosts: ['*'] });
    assert.equal((await any(get('https://other.example/api/summary'))).status, 200);
  });

  test('with readsWithoutToken false and no token, refuses reads with 403 and still takes posts', async () => {
    const handler = createHandler({ store, allowedOrigins: [], rateLimit: false, readsWithoutToken: false });
    for (const path of ['summary', 'export']) {
      const res = await handler(get(`http://localhost/api/${path}`));
      assert.equal(res.status, 403, path);
      assert.equal(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path, 'authorization');
    }
    const sent = await handler(
      new Request('http://localhost/api/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeResponse()),
      }),
    );
    assert.equal(sent.status, 201);
  });
});

test("a host's own Fetch handler on Node: TRACE gets 501 without reaching it, and nothing is logged", async () => {
  let called = 0;
  const errors: unknown[] = [];
  const listener = toNodeListener(
    async () => {
      called += 1;
      return new Response('ok');
    },
    { onError: (e) => errors.push(e) },
  );
  const server = createServer(listener).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const res = await rawRequest(base, { method: 'TRACE', path: '/anything' });
    assert.equal(res.status, 501);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(JSON.parse(res.body), { errors: [{ path: 'method', message: 'method TRACE not implemented' }] });
    assert.equal((await rawRequest(base, { path: '/anything' })).status, 200);
    assert.equal(called, 1);
    assert.deepEqual(errors, []);
  } finally {
    server.close();
  }
});
