import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { makeResponse, rawRequest } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'feelback-server-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start serves files', () => {
  const site = join(dir, 'site');
  let app: CollectorApp;
  before(async () => {
    const files: Record<string, string> = {
      'demo/index.html': '<!doctype html><title>Hypotheek</title>',
      'demo/en/index.html': '<!doctype html><title>Mortgage</title>',
      'demo/theme.css': 'body{}',
      'demo/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'dist/feelback.js': 'export {};',
      'dist/response.schema.json': '{}',
      'secret.txt': 'TOP SECRET',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    }
    app = await startCollector({ store: new SqliteStore(join(dir, 'files.db')), root: site, port: 0 });
  });
  after(() => app.shutdown());

  const types: [string, RegExp, string][] = [
    ['/', /^text\/html/, 'Hypotheek'],
    ['/en/', /^text\/html/, 'Mortgage'],
    ['/theme.css', /^text\/css/, 'body{}'],
    ['/logo.svg', /^image\/svg\+xml/, '<svg'],
    ['/dist/feelback.js', /^text\/javascript/, 'export {};'],
    ['/dist/response.schema.json', /^application\/json/, '{}'],
  ];
  for (const [path, type, text] of types) {
    test(`serves ${path} as ${type.source.slice(1).replace(/\\/g, '')}`, async () => {
      const res = await fetch(new URL(path, app.url));
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, type);
      assert.ok((await res.text()).includes(text));
    });
  }

  test('serves pages with the strict policy a bank sets: no inline script or style, Trusted Types for Lit', async () => {
    const page = await fetch(new URL('/', app.url));
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.doesNotMatch(csp, /unsafe-/);
    // Scripts and styles are governed by the policy of the page that loads them.
    const script = await fetch(new URL('/dist/feelback.js', app.url));
    assert.equal(script.headers.get('content-security-policy'), null);
  });

  test('redirects a folder without its slash and answers 404 for a missing file', async () => {
    const res = await fetch(new URL('/en', app.url), { redirect: 'manual' });
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/en/');
    assert.equal((await fetch(new URL('/nothing.html', app.url))).status, 404);
  });

  test('refuses the demo files to a Host that is not its own, as the API, and answers TRACE with 405', async () => {
    const port = new URL(app.url).port;
    for (const path of ['/', '/dist/feelback.js', '/api/summary']) {
      const res = await rawRequest(app.url, { path, headers: { host: `attacker.example:${port}` } });
      assert.equal(res.status, 403, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(!res.body.includes('Hypotheek'));
    }
    const own = await rawRequest(app.url, { path: '/', headers: { host: `localhost:${port}` } });
    assert.equal(own.status, 200);
    assert.ok(own.body.includes('Hypotheek'));
    const trace = await rawRequest(app.url, { method: 'TRACE', path: '/' });
    assert.equal(trace.status, 405);
    assert.equal(trace.headers.allow, 'GET, HEAD');
  });

  for (const path of [
    '/../secret.txt',
    '/dist/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/dist/..%2f..%2fsecret.txt',
  ]) {
    test(`refuses ${path}`, async () => {
      const res = await rawRequest(app.url, { path });
      assert.ok(res.status >= 400 && res.status < 500, `status ${res.status}`);
      assert.ok(!res.body.includes('TOP SECRET'));
    });
  }
});

describe('the Node fast path', () => {
  test('POST /api/responses builds no Fetch Request or Response; other routes still go through them', async () => {
    const made = { requests: 0, responses: 0 };
    const { Request: FetchRequest, Response: FetchResponse } = globalThis;
    globalThis.Request = class extends FetchRequest {
      constructor(...args: ConstructorParameters<typeof FetchRequest>) {
        super(...args);
        made.requests += 1;
      }
    };
    globalThis.Response = class extends FetchResponse {
      constructor(...args: ConstructorParameters<typeof FetchResponse>) {
        super(...args);
        made.responses += 1;
      }
    };
    const app = await startCollector({ store: new SqliteStore(join(dir, 'fast.db')), port: 0, rateLimit: false });
    try {
      const body = makeResponse();
      const post = () =>
        rawRequest(app.url, {
          method: 'POST',
          path: '/api/responses',
          headers: { 'content-type': 'application/json' },
          parts: [Buffer.from(JSON.stringify(body))],
        });
      assert.deepEqual([(await post()).status, (await post()).status], [201, 200]);
      assert.deepEqual(made, { requests: 0, responses: 0 });
      const summary = await rawRequest(app.url, { path: `/api/summary?surveyId=${body.surveyId}` });
      assert.equal(JSON.parse(summary.body).n, 1);
      assert.deepEqual(made, { requests: 1, responses: 1 });
    } finally {
      globalThis.Request = FetchRequest;
      globalThis.Response = FetchResponse;
      await app.shutdown();
    }
  });
});

describe('graceful shutdown of the real server process', () => {
  test('SIGTERM lets a slow request finish, stores its row, and exits 0', async () => {
    const db = join(dir, 'shutdown', 'feelback.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/collector/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', FEELBACK_DB: db, DATABASE_URL: '', FEELBACK_RATE_LIMIT: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit');
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const nextLine = async (pattern: RegExp) => {
      for (let line = await lines.next(); !line.done; line = await lines.next()) {
        if (pattern.test(line.value)) return line.value;
      }
      throw new Error(`server exited before printing ${pattern}`);
    };
    const url = new URL(/http:\/\/\S+/.exec(await nextLine(/serving/))![0]);

    const response = makeResponse();
    const body = Buffer.from(JSON.stringify(response));
    const half = Math.floor(body.length / 2);
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/api/responses',
      // 100-continue: the server answers it only once it has parsed the headers and the request is in flight.
      headers: { 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue' },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
    });
    req.flushHeaders();
    await once(req, 'continue');
    req.write(body.subarray(0, half));

    child.kill('SIGTERM');
    await nextLine(/SIGTERM/);
    req.end(body.subarray(half));

    const { status, text } = await answer;
    assert.equal(status, 201, text);
    const [code] = await exited;
    assert.equal(code, 0);

    const store = new SqliteStore(db);
    try {
      assert.equal(await store.count({ surveyId: response.surveyId }), 1);
      const rows = await store.page({}, 0, 10);
      assert.equal(rows[0]!.response.id, response.id);
    } finally {
      await store.close();
    }
  });
});

describe('the real server process beyond loopback', () => {
  test('without FEELBACK_READ_TOKEN says so on stderr, refuses reads, answers FEELBACK_ALLOWED_HOSTS, stores posts', async () => {
    const db = join(dir, 'open', 'feelback.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/collector/server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '0.0.0.0',
        FEELBACK_DB: db,
        DATABASE_URL: '',
        FEELBACK_READ_TOKEN: '',
        FEELBACK_ALLOWED_HOSTS: 'feedback.bank.example, .survey.example',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = once(child, 'exit');
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    let line = await lines.next();
    while (!line.done && !/serving/.test(line.value)) line = await lines.next();
    assert.ok(!line.done, 'the server printed no address');
    const port = new URL(/http:\/\/\S+/.exec(line.value)![0]).port;
    const base = `http://127.0.0.1:${port}/`;
    try {
      // stderr is a pipe of its own: its line may come after stdout's.
      for (let i = 0; i < 50 && !stderr.includes('\n'); i++) await new Promise((r) => setTimeout(r, 100));
      assert.match(stderr, /WARNING: .*FEELBACK_READ_TOKEN is not set: \/api\/summary and \/api\/export answer 403/);
      const summary = await rawRequest(base, { path: '/api/summary' });
      assert.equal(summary.status, 403);
      assert.match(JSON.parse(summary.body).errors[0].message, /no read token is set/);
      const body = makeResponse();
      const send = (host: string, response = body) =>
        rawRequest(base, {
          method: 'POST',
          path: '/api/responses',
          headers: { host, 'content-type': 'application/json' },
          parts: [Buffer.from(JSON.stringify(response))],
        });
      assert.equal((await send('attacker.example')).status, 403);
      assert.equal((await send('feedback.bank.example')).status, 201);
      assert.equal((await send(`www.survey.example:${port}`, makeResponse({ surveyId: 'other' }))).status, 201);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal((await exited)[0], 0);
    const store = new SqliteStore(db);
    try {
      assert.equal(await store.count(), 2);
    } finally {
      await store.close();
    }
  });
});
