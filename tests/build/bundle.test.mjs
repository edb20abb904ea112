/* global window, document, customElements -- page functions run in the browser */
// The built script-tag bundle in a real Chromium, on a page with the strictest CSP a bank uses:
// no unsafe-inline, no unsafe-eval, Trusted Types enforced with only the `lit-html` policy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const root = new URL('../../', import.meta.url);
const bundle = readFileSync(new URL('dist/feelback.js', root), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const page = (scripts) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>
${scripts}</head><body><main><h1>Hypotheek</h1>
<feelback-survey endpoint="/collect"><feelback-nps required></feelback-nps><feelback-emotion></feelback-emotion></feelback-survey></main></body></html>`;

const pages = {
  '/twice': page(
    '<script type="module" src="/feelback.js"></script><script src="/feelback.iife.js" defer></script><script type="module" src="/feelback.js?again"></script>',
  ),
  '/other-version': page('<script src="/feelback.iife.js"></script><script src="/feelback-other.js"></script>'),
};

let server;
let browser;
let base;
const posts = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (req.method === 'POST' && path === '/collect') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        posts.push({ headers: req.headers, body: JSON.parse(body) });
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    const js = { '/feelback.js': bundle, '/feelback.iife.js': bundle };
    js['/feelback-other.js'] = bundle
      .replaceAll(`"${version}"`, '"9.9.9"')
      .replaceAll(`feelback ${version}`, 'feelback 9.9.9');
    if (js[path]) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js[path]);
    if (pages[path])
      return res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP }).end(pages[path]);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const p = await browser.newPage();
  const messages = [];
  p.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  p.on('pageerror', (e) => messages.push({ type: 'pageerror', text: e.message }));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await p.goto(base + path);
  await p.waitForFunction(() => customElements.get('feelback-survey') && customElements.get('feelback-nps'));
  return { p, messages };
}

describe('dist/feelback.js under a strict CSP with Trusted Types', () => {
  it('loads twice (module and classic) without an error, a warning or a violation, and sends', async () => {
    const { p, messages } = await open('/twice');
    await p.getByRole('radio', { name: '9' }).check();
    await p.getByRole('button', { name: 'Versturen' }).click();
    await p.getByRole('status').filter({ hasText: 'Bedankt' }).waitFor();
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    // The minified templates still draw whole pictures: every face's features sit beside its head.
    const faces = await p.evaluate(() =>
      [...document.querySelector('feelback-emotion').shadowRoot.querySelectorAll('svg')].map(
        (svg) => svg.querySelectorAll(':scope > circle, :scope > path').length,
      ),
    );
    assert.deepEqual(faces, Array(10).fill(2));
    assert.deepEqual(
      messages.filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror'),
      [],
    );
    assert.equal(posts.length, 1);
    assert.equal(posts[0].body.answers[0].value, 9);
    assert.equal(posts[0].headers['idempotency-key'], posts[0].body.id);
    await p.close();
  });

  it('keeps the first definition when another version loads, and warns once', async () => {
    const { p, messages } = await open('/other-version');
    await p.waitForTimeout(50);
    const warnings = messages.filter((m) => m.type === 'warning');
    assert.equal(warnings.length, 1, JSON.stringify(messages));
    assert.match(warnings[0].text, /9\.9\.9/);
    assert.equal(await p.evaluate(() => customElements.get('feelback-survey').version), version);
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    await p.close();
  });
});
