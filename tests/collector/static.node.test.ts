// Issue 10 item 9: the files `npm start` serves carry a referrer policy on pages, and validators, so a page
// view revalidates the bundle (304) instead of downloading it again; hashed chunk names are cached for good.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-static-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('static files: caching and headers', () => {
  const site = join(dir, 'site');
  let app: CollectorApp;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, app.url), { headers });

  before(async () => {
    const files: Record<string, string> = {
      'demo/index.html': '<!doctype html><title>Hypotheek</title>',
      'demo/demo.css': 'body{}',
      'dist/feelback.js': 'export {};',
      'dist/chunks/feelback-nps-B3x_9kQz.js': 'export const nps = 1;',
      // As the build names them now: six characters of hash.
      'dist/chunks/shared-Bx_9kQ.js': 'export const shared = 1;',
      // A name with a long last word but no hash, and a file outside the chunks folder.
      'dist/feelback-worklist.js': 'export {};',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    }
    app = await startCollector({ store: new SqliteStore(join(dir, 'static.db')), root: site, port: 0 });
  });
  after(() => app.shutdown());

  test('a page carries Referrer-Policy: no-referrer, next to its CSP', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  });

  test('every file carries an ETag and Last-Modified, and must be revalidated', async () => {
    for (const path of ['/', '/demo.css', '/dist/feelback.js']) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('etag') ?? '', /^W\/".+"$/, path);
      assert.ok(!Number.isNaN(Date.parse(res.headers.get('last-modified') ?? '')), path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      await res.arrayBuffer();
    }
  });

  test('a matching If-None-Match is answered 304 with no body', async () => {
    const first = await get('/dist/feelback.js');
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await get('/dist/feelback.js', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    // A list of tags, and the wildcard, match too (RFC 9110 §13.1.2).
    assert.equal((await get('/dist/feelback.js', { 'if-none-match': `"other", ${etag}` })).status, 304);
    assert.equal((await get('/dist/feelback.js', { 'if-none-match': '*' })).status, 304);
  });

  test('a changed file gets a new ETag, and the old one no longer matches', async () => {
    const first = await get('/demo.css');
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    writeFileSync(join(site, 'demo/demo.css'), 'body{color:red}');
    const changed = await get('/demo.css', { 'if-none-match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal(await changed.text(), 'body{color:red}');
  });

  test('If-Modified-Since is honoured when no If-None-Match is sent', async () => {
    const file = join(site, 'demo/index.html');
    const when = new Date('2026-01-02T03:04:05Z');
    utimesSync(file, when, when);
    const res = await get('/');
    assert.equal(res.headers.get('last-modified'), when.toUTCString());
    await res.arrayBuffer();
    assert.equal((await get('/', { 'if-modified-since': when.toUTCString() })).status, 304);
    const earlier = new Date(when.getTime() - 60_000).toUTCString();
    assert.equal((await get('/', { 'if-modified-since': earlier })).status, 200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    assert.equal((await get('/', { 'if-modified-since': when.toUTCString(), 'if-none-match': '"x"' })).status, 200);
  });

  test('a chunk with a content hash in its name is cached for a year, immutable', async () => {
    const res = await get('/dist/chunks/feelback-nps-B3x_9kQz.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await res.text(), 'export const nps = 1;');
    const shorter = await get('/dist/chunks/shared-Bx_9kQ.js');
    assert.equal(shorter.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    // Only the chunks folder holds hashed names: anything else may change under the same name.
    assert.equal((await get('/dist/feelback-worklist.js')).headers.get('cache-control'), 'no-cache');
    assert.equal((await get('/dist/feelback.js')).headers.get('cache-control'), 'no-cache');
  });

  test('HEAD answers the same validators, and 304 on a match', async () => {
    const head = await fetch(new URL('/dist/feelback.js', app.url), { method: 'HEAD' });
    assert.equal(head.status, 200);
    const etag = head.headers.get('etag')!;
    assert.ok(etag);
    const again = await fetch(new URL('/dist/feelback.js', app.url), {
      method: 'HEAD',
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.status, 304);
  });
});
