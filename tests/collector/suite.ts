/**
 * The collector's HTTP contract (CONTRACT §7), run once per store: every store must answer the same.
 * Each test uses its own surveyId, so tests sharing one database never see each other's rows.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createHandler } from '../../src/collector/handler.js';
import { startCollector, type CollectorApp, type CollectorAppOptions } from '../../src/collector/app.js';
import type { ResponseStore } from '../../src/collector/store.js';
import { answers, makeResponse, post, rawRequest } from './helpers.js';
import { limitTests } from './suite-limits.js';
import { readTests } from './suite-read.js';

export interface SuiteContext {
  /** The URL of the running collector, known once `before` has run. */
  base: () => string;
  /** A fresh survey id: each test reads only its own rows. */
  survey: () => string;
  /** Another collector on the same database, with other options; the test shuts it down. */
  start: (options?: Partial<CollectorAppOptions>) => Promise<CollectorApp>;
}

export interface StoreUnderTest {
  /** Opens the same database again each time: a restart must find what the last one stored. */
  open(): Promise<ResponseStore>;
}

const ALLOWED = 'https://www.bank.example';

/**
 * Runs twice: as `npm start` serves (POST responses through the Node fast path, no Fetch objects) and with
 * every request through the Fetch handler, as on other runtimes. Both must answer the same.
 */
export function collectorSuite(name: string, target: StoreUnderTest) {
  contractSuite(`collector on ${name}`, target, {});
  contractSuite(`collector on ${name}, every request through the Fetch handler`, target, { fastPath: false });
}

function contractSuite(title: string, target: StoreUnderTest, variant: Partial<CollectorAppOptions>) {
  describe(title, () => {
    let app: CollectorApp;
    let base: string;
    const start = async (options: Partial<CollectorAppOptions> = {}) =>
      startCollector({
        store: await target.open(),
        port: 0,
        allowedOrigins: [ALLOWED],
        allowedHeaders: ['X-CSRF-Token'],
        rateLimit: false,
        onError: () => {},
        ...variant,
        ...options,
      });
    const survey = () => `survey-${randomUUID()}`;
    const count = async (surveyId: string) => {
      const res = await fetch(new URL(`api/summary?surveyId=${surveyId}`, base));
      return ((await res.json()) as { n: number }).n;
    };

    before(async () => {
      app = await start();
      base = app.url;
    });
    after(() => app.shutdown());

    test('stores a new response once: 201, then 200 for the same id', async () => {
      const body = makeResponse({ surveyId: survey() });
      const first = await post(base, body, { 'idempotency-key': body.id });
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { id: body.id, status: 'created' });
      const again = await post(base, body, { 'idempotency-key': body.id });
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { id: body.id, status: 'duplicate' });
      const upper = await post(base, { ...body, id: body.id.toUpperCase() });
      assert.equal(upper.status, 200, 'a UUID in upper case is the same id');
      assert.equal(await count(body.surveyId), 1);
    });

    test('the same id sent twice at once is stored once: one 201, one 200', async () => {
      const body = makeResponse({ surveyId: survey() });
      const statuses = (await Promise.all([post(base, body), post(base, body), post(base, body)])).map((r) => r.status);
      assert.deepEqual(statuses.sort(), [200, 200, 201]);
      assert.equal(await count(body.surveyId), 1);
    });

    test('the handler is a plain Fetch function: Request in, Response out, no Node server needed', async () => {
      const handler = createHandler({
        store: app.store,
        allowedOrigins: [],
        allowedHosts: ['collector.example'],
        rateLimit: false,
      });
      const body = makeResponse({ surveyId: survey() });
      const request = () =>
        new Request('https://collector.example/api/responses', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      assert.equal((await handler(request())).status, 201);
      assert.equal((await handler(request())).status, 200);
      assert.equal(await count(body.surveyId), 1);
    });

    test('a restart keeps what was stored: the same id is still a 200 and stored once', async () => {
      const surveyId = survey();
      const body = makeResponse({ surveyId });
      const first = await start();
      assert.equal((await post(first.url, body)).status, 201);
      await first.shutdown();
      const second = await start();
      try {
        assert.equal((await post(second.url, body)).status, 200);
        assert.equal(await count(surveyId), 1);
      } finally {
        await second.shutdown();
      }
    });

    const invalid: [string, string, string][] = [
      ['body that is not JSON', '{"schema":', ''],
      ['NPS of 11', JSON.stringify(makeResponse({ answers: [answers.nps(11)] })), 'answers.0.value'],
      ['page with a query string', JSON.stringify(makeResponse({ page: '/a?token=1' })), 'page'],
      ['missing id', JSON.stringify({ ...makeResponse(), id: undefined }), 'id'],
    ];
    for (const [what, body, path] of invalid) {
      test(`answers 400 with { errors: [{ path, message }] } for a ${what}`, async () => {
        const res = await post(base, body);
        assert.equal(res.status, 400);
        const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
        assert.ok(errors.length > 0);
        assert.ok(errors.some((e) => e.path === path && typeof e.message === 'string' && e.message.length > 0));
      });
    }

    test('answers 400 and stores nothing when Idempotency-Key differs from the id', async () => {
      const body = makeResponse({ surveyId: survey() });
      const res = await post(base, body, { 'idempotency-key': randomUUID() });
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path, 'id');
      assert.equal(await count(body.surveyId), 0);
    });

    test('answers 413 for a declared Content-Length above 64 KiB without reading the body', async () => {
      const res = await rawRequest(base, {
        method: 'POST',
        path: '/api/responses',
        headers: { 'content-type': 'application/json', 'content-length': 64 * 1024 + 1 },
      });
      assert.equal(res.status, 413);
      assert.equal(JSON.parse(res.body).errors[0].message, 'body exceeds 65536 bytes');
    });

    test('answers 413 to a chunked body once it passes 64 KiB, before the upload ends', async () => {
      const res = await rawRequest(base, {
        method: 'POST',
        path: '/api/responses',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        chunk: Buffer.alloc(16 * 1024, 0x20),
        chunks: 4096, // 64 MiB if the server kept reading
      });
      assert.equal(res.status, 413);
      assert.ok(res.sent < 64 * 1024 * 1024, `server read all ${res.sent} bytes`);
    });

    test('reads a body sent in chunks without Content-Length, a leading BOM dropped', async () => {
      const body = makeResponse({ surveyId: survey() });
      const text = Buffer.from(`\uFEFF${JSON.stringify(body)}`);
      const cut = [0, 2, 40, text.length]; // the BOM split across chunks, as UTF-8 may be anywhere
      const res = await rawRequest(base, {
        method: 'POST',
        path: '/api/responses',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        parts: cut.slice(1).map((end, i) => text.subarray(cut[i], end)),
      });
      assert.equal(res.status, 201, res.body);
      assert.deepEqual(JSON.parse(res.body), { id: body.id, status: 'created' });
      assert.equal(await count(body.surveyId), 1);
    });

    test('answers 400 for a body that is not UTF-8, and stores nothing', async () => {
      const body = makeResponse({ surveyId: survey() });
      const text = Buffer.from(JSON.stringify({ ...body, metadata: { note: 'x' } }));
      text[text.indexOf('"x"') + 1] = 0xff;
      const res = await fetch(new URL('api/responses', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      assert.equal(res.status, 400);
      assert.deepEqual(await res.json(), { errors: [{ path: '', message: 'body is not valid UTF-8' }] });
      assert.equal(await count(body.surveyId), 0);
    });

    test('answers 415 for a body that is not JSON by content type', async () => {
      const res = await post(base, makeResponse(), { 'content-type': 'text/plain' });
      assert.equal(res.status, 415);
      assert.ok(((await res.json()) as { errors: unknown[] }).errors.length === 1);
    });

    test('answers 403 to a foreign Origin and stores nothing', async () => {
      const body = makeResponse({ surveyId: survey() });
      const res = await post(base, body, { origin: 'https://evil.example' });
      assert.equal(res.status, 403);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal(await count(body.surveyId), 0);
    });

    test('answers the preflight of an allowed origin, with its extra headers, and refuses a foreign one', async () => {
      const preflight = (origin: string) =>
        fetch(new URL('api/responses', base), {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key,x-csrf-token',
          },
        });
      const ok = await preflight(ALLOWED);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(ok.headers.get('access-control-allow-methods')!, /POST/);
      const allowed = ok.headers.get('access-control-allow-headers')!.split(/,\s*/);
      for (const h of ['content-type', 'idempotency-key', 'x-csrf-token']) assert.ok(allowed.includes(h), h);
      assert.match(ok.headers.get('vary')!, /Origin/);
      assert.equal((await preflight('https://evil.example')).status, 403);
      const sent = await post(base, makeResponse(), { origin: ALLOWED });
      assert.equal(sent.status, 201);
      assert.equal(sent.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(sent.headers.get('vary')!, /Origin/);
    });

    test('answers 429 with Retry-After once a client has used its bucket', async () => {
      const limited = await start({ rateLimit: { burst: 2, perSecond: 0.01 } });
      try {
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await post(limited.url, makeResponse())).status);
        assert.deepEqual(statuses, [201, 201, 429]);
        const res = await post(limited.url, makeResponse(), { origin: ALLOWED });
        assert.equal(res.status, 429);
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
        // A survey on another origin can only honour Retry-After if CORS exposes it.
        assert.match(res.headers.get('access-control-expose-headers')!, /retry-after/i);
        assert.equal(((await res.json()) as { errors: unknown[] }).errors.length, 1);
      } finally {
        await limited.shutdown();
      }
    });

    test('behind a trusted proxy, limits each client of X-Forwarded-For on its own, and ignores the header otherwise', async () => {
      const limited = { rateLimit: { burst: 1, perSecond: 0.01 } };
      const behindProxy = await start({ ...limited, trustedProxies: 1 });
      const direct = await start(limited);
      try {
        const from = (address: string) => ({ 'x-forwarded-for': `198.51.100.1, ${address}` });
        const proxied = [];
        for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.1']) {
          proxied.push((await post(behindProxy.url, makeResponse(), from(address))).status);
        }
        assert.deepEqual(proxied, [201, 201, 429]);
        // Without a trusted proxy the header is the client's own word: one socket address, one bucket.
        const statuses = [];
        for (const address of ['203.0.113.1', '203.0.113.2']) {
          statuses.push((await post(direct.url, makeResponse(), from(address))).status);
        }
        assert.deepEqual(statuses, [201, 429]);
      } finally {
        await behindProxy.shutdown();
        await direct.shutdown();
      }
    });

    test('answers 405 with Allow for other methods, and 404 for unknown API paths, all in JSON', async () => {
      const put = await fetch(new URL('api/responses', base), { method: 'PUT', body: '{}' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('allow'), 'POST, OPTIONS');
      assert.ok(((await put.json()) as { errors: unknown[] }).errors);
      const postSummary = await fetch(new URL('api/summary', base), { method: 'POST' });
      assert.equal(postSummary.status, 405);
      assert.equal(postSummary.headers.get('allow'), 'GET, OPTIONS');
      const unknown = await fetch(new URL('api/nothing', base));
      assert.equal(unknown.status, 404);
      assert.match(unknown.headers.get('content-type')!, /application\/json/);
    });

    readTests({ base: () => base, survey, start });
    limitTests({ base: () => base, survey, start });
  });
}
