/**
 * What a stranger can send the collector (issue 10, the HTTP items), run once per store and once per way
 * through the Node adapter: a foreign `Host`, TRACE, the same id with another body, reads beyond loopback,
 * a store failing on a body, and a summary cut off by a shutdown.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setImmediate as turn } from 'node:timers/promises';
import { startCollector, type CollectorApp, type CollectorAppOptions } from '../../src/collector/app.js';
import type { ResponseFilter, ResponseStore, StoredRow } from '../../src/collector/store.js';
import type { Response } from '../../src/schema/response.js';
import { answers, captureConsoleError, makeResponse, post, rawRequest } from './helpers.js';
import type { StoreUnderTest } from './suite.js';

export interface HttpStoreUnderTest extends StoreUnderTest {
  /**
   * A database of its own whose every insert the database itself refuses with an error quoting the body
   * (a trigger), and the code that error carries.
   */
  refusing(): Promise<{ store: ResponseStore; code: string }>;
}

export function httpSuite(name: string, target: HttpStoreUnderTest) {
  strangerSuite(`what a stranger sends, on ${name}`, target, {});
  strangerSuite(`what a stranger sends, on ${name}, every request through the Fetch handler`, target, {
    fastPath: false,
  });
}

function strangerSuite(title: string, target: HttpStoreUnderTest, variant: Partial<CollectorAppOptions>) {
  describe(title, () => {
    let app: CollectorApp;
    const errors: unknown[] = [];
    const start = async (options: Partial<CollectorAppOptions> = {}) =>
      startCollector({
        store: await target.open(),
        port: 0,
        rateLimit: false,
        onError: (e) => errors.push(e),
        ...variant,
        ...options,
      });
    const survey = () => `survey-${randomUUID()}`;
    const stored = (surveyId: string) => app.store.page({ surveyId }, 0, 10);
    const port = () => new URL(app.url).port;

    before(async () => {
      app = await start();
    });
    after(() => app.shutdown());

    test('answers 403 to a Host that is not its own, for reads and posts alike, and stores nothing', async () => {
      const body = makeResponse({ surveyId: survey() });
      const bytes = Buffer.from(JSON.stringify(body));
      const asked = (host: string, method: string, path: string) =>
        rawRequest(app.url, {
          method,
          path,
          ...(method === 'POST'
            ? { headers: { host, 'content-type': 'application/json' }, parts: [bytes] }
            : { headers: { host } }),
        });
      for (const host of ['attacker.example', `attacker.example:${port()}`, 'localhost.attacker.example']) {
        for (const [method, path] of [
          ['GET', '/api/export?format=ndjson'],
          ['GET', '/api/summary'],
          ['POST', '/api/responses'],
        ] as const) {
          const res = await asked(host, method, path);
          assert.equal(res.status, 403, `${method} ${path} with Host ${host}`);
          assert.equal(JSON.parse(res.body).errors[0].path, 'host');
        }
      }
      assert.deepEqual(await stored(body.surveyId), []);
      // Its own names: loopback and IP addresses, with or without the port.
      for (const host of [`localhost:${port()}`, `127.0.0.1:${port()}`, '[::1]', 'LOCALHOST', 'app.localhost']) {
        assert.equal((await asked(host, 'GET', `/api/summary?surveyId=${body.surveyId}`)).status, 200, host);
      }
      assert.equal((await asked(`localhost:${port()}`, 'POST', '/api/responses')).status, 201);
      assert.equal((await stored(body.surveyId)).length, 1);
    });

    test('answers to the host names it is given, and to their subdomains when given with a dot', async () => {
      const named = await start({ allowedHosts: ['feedback.bank.example', '.survey.example'] });
      try {
        const body = makeResponse({ surveyId: survey() });
        const send = (host: string) =>
          rawRequest(named.url, {
            method: 'POST',
            path: '/api/responses',
            headers: { host, 'content-type': 'application/json' },
            parts: [Buffer.from(JSON.stringify({ ...body, id: randomUUID() }))],
          });
        const statuses = [];
        for (const host of ['feedback.bank.example', 'a.survey.example', 'survey.example', 'bank.example']) {
          statuses.push((await send(host)).status);
        }
        assert.deepEqual(statuses, [201, 201, 201, 403]);
        assert.equal((await stored(body.surveyId)).length, 3);
      } finally {
        await named.shutdown();
      }
    });

    test('answers TRACE with 405 and Allow on a known path, 404 elsewhere, and logs nothing', async () => {
      const before = errors.length;
      const trace = await rawRequest(app.url, { method: 'TRACE', path: '/api/responses' });
      assert.equal(trace.status, 405);
      assert.equal(trace.headers.allow, 'POST, OPTIONS');
      assert.deepEqual(JSON.parse(trace.body), { errors: [{ path: 'method', message: 'method TRACE not allowed' }] });
      const onExport = await rawRequest(app.url, { method: 'TRACE', path: '/api/export' });
      assert.equal(onExport.headers.allow, 'GET, OPTIONS');
      assert.equal((await rawRequest(app.url, { method: 'TRACE', path: '/api/nothing' })).status, 404);
      assert.equal(errors.length, before, 'an unexpected error was reported');
    });

    test('marks every JSON, CSV and NDJSON answer nosniff', async () => {
      const surveyId = survey();
      const answered = [
        await post(app.url, makeResponse({ surveyId })),
        await post(app.url, '{'),
        await fetch(new URL(`api/summary?surveyId=${surveyId}`, app.url)),
        await fetch(new URL(`api/export?surveyId=${surveyId}`, app.url)),
        await fetch(new URL(`api/export?format=ndjson&surveyId=${surveyId}`, app.url)),
        await fetch(new URL('api/nothing', app.url)),
        await fetch(new URL('api/responses', app.url), { method: 'PUT' }),
      ];
      assert.deepEqual(
        answered.map((r) => r.status),
        [201, 400, 200, 200, 200, 404, 405],
      );
      for (const res of answered) {
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.url} ${res.status}`);
        await res.arrayBuffer();
      }
    });

    test('answers 422 to a known id with another body, and keeps the stored one', async () => {
      const body = makeResponse({ surveyId: survey(), answers: [answers.nps(9), answers.comment('Snel geregeld.')] });
      assert.equal((await post(app.url, body)).status, 201);
      const changed: [string, Response][] = [
        ['another comment', { ...body, answers: [answers.nps(9), answers.comment('Traag en duur.')] }],
        ['another score', { ...body, answers: [answers.nps(2), answers.comment('Snel geregeld.')] }],
        ['metadata added', { ...body, metadata: { branch: 'Utrecht' } }],
        ['the id in upper case and another touchpoint', { ...body, id: body.id.toUpperCase(), touchpoint: 'login' }],
      ];
      for (const [what, other] of changed) {
        const res = await post(app.url, other);
        assert.equal(res.status, 422, what);
        const { errors: issues } = (await res.json()) as { errors: { path: string; message: string }[] };
        assert.equal(issues[0]!.path, 'id', what);
        assert.match(issues[0]!.message, /different body/);
      }
      const rows = await stored(body.surveyId);
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]!.response.answers, body.answers);
      assert.deepEqual(rows[0]!.response.metadata, {});
    });

    test('answers 200 to a true repeat: other key order, other scores, the id in upper case', async () => {
      const body = makeResponse({ surveyId: survey(), metadata: { branch: 'Utrecht', channel: 'mail' } });
      assert.equal((await post(app.url, body)).status, 201);
      const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());
      const repeats: [string, unknown][] = [
        ['keys in another order', { ...reversed(body), metadata: reversed(body.metadata) }],
        ['scores a client made up', { ...body, scores: { ...body.scores, npsCategory: 'detractor' } }],
        ['the id in upper case', { ...body, id: body.id.toUpperCase() }],
      ];
      for (const [what, repeat] of repeats) {
        const res = await post(app.url, repeat);
        assert.equal(res.status, 200, what);
        assert.deepEqual(await res.json(), { id: body.id, status: 'duplicate' }, what);
      }
      assert.equal((await stored(body.surveyId)).length, 1);
    });

    test('two bodies of one id at once: one is stored (201), the other refused (422)', async () => {
      const surveyId = survey();
      const a = makeResponse({ surveyId, answers: [answers.nps(10)] });
      const b = { ...a, answers: [answers.nps(0)] };
      const [first, second] = await Promise.all([post(app.url, a), post(app.url, b)]);
      assert.deepEqual([first.status, second.status].sort(), [201, 422]);
      const rows = await stored(surveyId);
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]!.response.answers, (first.status === 201 ? a : b).answers);
    });

    test('listening beyond loopback without a read token, refuses reads with 403 and still takes posts', async () => {
      const open = await start({ host: '0.0.0.0' });
      try {
        assert.equal(open.readsRefused, true);
        const surveyId = survey();
        for (const path of [`api/summary?surveyId=${surveyId}`, `api/export?surveyId=${surveyId}`]) {
          const res = await fetch(new URL(path, `http://127.0.0.1:${new URL(open.url).port}/`));
          assert.equal(res.status, 403, path);
          assert.match(res.headers.get('content-type')!, /application\/json/);
          const { errors: issues } = (await res.json()) as { errors: { message: string }[] };
          assert.match(issues[0]!.message, /FEELBACK_READ_TOKEN/);
        }
        const sent = await post(`http://127.0.0.1:${new URL(open.url).port}/`, makeResponse({ surveyId }));
        assert.equal(sent.status, 201);
        assert.equal((await stored(surveyId)).length, 1);
      } finally {
        await open.shutdown();
      }
      const guarded = await start({ host: '0.0.0.0', readToken: 'read-token' });
      try {
        assert.equal(guarded.readsRefused, false);
        const res = await fetch(new URL('api/summary', `http://127.0.0.1:${new URL(guarded.url).port}/`), {
          headers: { authorization: 'Bearer read-token' },
        });
        assert.equal(res.status, 200);
      } finally {
        await guarded.shutdown();
      }
    });

    test('logs a failing store without anything the respondent typed', async () => {
      const { store, code } = await target.refusing();
      const marker = `MARKER-${randomUUID()}`;
      const body = makeResponse({
        surveyId: survey(),
        page: `/${marker}`,
        answers: [answers.nps(3), answers.comment(`${marker}\n    at ${marker}`)],
        metadata: { note: marker },
      });
      const log = captureConsoleError();
      const failing = await start({ store, onError: undefined });
      try {
        const res = await post(failing.url, body);
        assert.equal(res.status, 500);
        assert.deepEqual(await res.json(), { errors: [{ path: '', message: 'internal error' }] });
        assert.equal(await failing.store.count({ surveyId: body.surveyId }), 0);
      } finally {
        log.restore();
        await failing.shutdown();
      }
      const text = log.lines.join('\n');
      assert.match(text, /feelback collector: unexpected error/);
      assert.ok(text.includes(code), `the code ${code} in ${text}`);
      assert.ok(!text.includes(marker), `the respondent's text in the log:\n${text}`);
    });

    test('a summary cut off by a shutdown reads no further page and reports nothing', async () => {
      const store = new Gated(await target.open());
      const surveyId = survey();
      // Two pages: the second waits until after the shutdown has closed the store.
      const rows = Array.from({ length: 600 }, () => makeResponse({ surveyId }));
      assert.ok((await Promise.all(rows.map((r) => store.insert(r, new Date())))).every((o) => o === 'created'));
      const reported: unknown[] = [];
      const cut = await start({ store, shutdownTimeoutMs: 50, onError: (e) => reported.push(e) });
      const summary = fetch(new URL(`api/summary?surveyId=${surveyId}`, cut.url)).then(
        (res) => res.status,
        () => 'cut off',
      );
      while (store.pages < 2) await turn();
      await cut.shutdown();
      assert.equal(await summary, 'cut off');
      for (let i = 0; i < 20; i++) await turn();
      assert.equal(store.pages, 2, 'the summary read on after the shutdown');
      assert.deepEqual(
        reported.map((e) => (e as Error).stack),
        [],
      );
    });
  });
}

/** A store whose second page waits for `release()`: a summary that is surely in flight at shutdown. */
class Gated implements ResponseStore {
  pages = 0;
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  constructor(private readonly inner: ResponseStore) {}

  insert(response: Response, receivedAt: Date) {
    return this.inner.insert(response, receivedAt);
  }

  async page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]> {
    this.pages += 1;
    if (this.pages === 2) await this.gate;
    return this.inner.page(filter, afterSeq, limit);
  }

  count(filter?: ResponseFilter) {
    return this.inner.count(filter);
  }

  close() {
    return this.inner.close();
  }
}
