/* global customElements -- page functions run in the browser */
// The order in which the built default survey fetches its code (issue 12): its questions draw without zod
// and the schemas, and what it needs only at Send arrives in one round trip after the first paint. The
// server holds back the responses of chosen chunks, so the order is tested, never a time.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const dist = new URL('../../dist/', import.meta.url);
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="/feelback.js"></script></head><body><main><h1>Hypotheek</h1>
<feelback-survey endpoint="/collect"></feelback-survey></main></body></html>`;

let server;
let browser;
let base;
/** Chunk name prefixes whose responses wait until `release()`. */
let held = [];
let waiting = [];
const release = () => {
  held = [];
  for (const send of waiting.splice(0)) send();
};

before(async () => {
  server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (path === '/steps') {
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(PAGE.replace('<feelback-survey ', '<feelback-survey layout="steps" '));
    }
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = new URL(`.${path}`, dist);
    if (!/^\/(chunks\/)?[\w.-]+\.js$/.test(path) || !existsSync(file)) return res.writeHead(404).end();
    const send = () => res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    if (held.some((prefix) => path.startsWith(`/chunks/${prefix}-`))) waiting.push(send);
    else send();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  release();
  await browser?.close();
  server?.close();
});

/** Opens the default survey with the responses of `hold` held back; resolves once the page is loading. */
async function open(hold, path = '/') {
  held = hold;
  const p = await browser.newPage();
  const fetched = [];
  const errors = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(base + path);
  return { p, fetched, errors };
}

/** Resolves once a request matching `pattern` was made; fails after 5 s (held chunks never arrive). */
async function requested(fetched, pattern) {
  for (let waited = 0; !fetched.some((f) => pattern.test(f)); waited += 50) {
    assert.ok(waited < 5000, `no request for ${pattern} in ${JSON.stringify(fetched)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the default survey built for the script tag', () => {
  it('has no question whose chunks include the schema chunk: only the report draws with zod', () => {
    // The loader's table (dist/feelback.js): each tag's export, its chunk, and every chunk that one imports.
    const script = readFileSync(new URL('feelback.js', dist), 'utf8');
    const tables = [...script.matchAll(/"(feelback-[a-z]+)":\[`[A-Za-z]+`,([^\]]+)\]/g)];
    assert.ok(tables.length >= 9, 'the loader lists every element');
    const withSchema = tables.filter(([, , files]) => /chunks\/schema-/.test(files)).map(([, tag]) => tag);
    assert.deepEqual(withSchema, ['feelback-report']);
  });

  it('draws its three questions while the schema chunk (zod, the schemas) is held back', async () => {
    const { p, errors } = await open(['schema']);
    // Dutch (html lang="nl"): the NPS scale, the emotion boxes with their pictures, the comment field.
    await p.getByRole('radio', { name: '10', exact: true }).waitFor();
    await p.getByRole('checkbox', { name: 'Blij' }).waitFor();
    await p.getByRole('textbox').waitFor();
    assert.equal(
      await p.locator('feelback-emotion').evaluate((el) => el.shadowRoot.querySelectorAll('svg').length),
      10,
    );
    release();
    await p.waitForFunction(() => customElements.get('feelback-survey'));
    await p.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('draws the comment with its privacy note while the redaction patterns are held back', async () => {
    const { p, fetched, errors } = await open(['redact']);
    await p.getByRole('textbox').waitFor();
    await p.getByText('Persoonlijke gegevens zoals e-mailadressen').waitFor();
    // Asked for right after the first render, not on first use.
    await requested(fetched, /\/chunks\/redact-/);
    release();
    await p.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('asks for the schema chunk without waiting for the submission chunk', async () => {
    const { p, fetched, errors } = await open(['submission']);
    await p.getByRole('radio', { name: '10', exact: true }).waitFor();
    // While the submission chunk is held, the schema chunk has been asked for: they arrive in one round trip.
    await requested(fetched, /\/chunks\/schema-/);
    assert.ok(
      fetched.some((f) => /\/chunks\/submission-/.test(f)),
      JSON.stringify(fetched),
    );
    release();
    await p.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('in the steps layout, draws nothing until the steps code is here, then only the first question', async () => {
    const { p, fetched, errors } = await open(['steps-controller'], '/steps');
    await requested(fetched, /\/chunks\/steps-controller-/);
    // The questions' code has arrived and run, the steps code is held: no question, no Send button yet.
    await p.waitForFunction(() => customElements.get('feelback-nps') && customElements.get('feelback-survey'));
    assert.equal(await p.getByRole('radio', { name: '10', exact: true }).count(), 0);
    assert.equal(await p.getByRole('button').count(), 0);
    release();
    await p.getByRole('radio', { name: '10', exact: true }).waitFor();
    await p.getByText('Vraag 1 van 3').waitFor();
    assert.equal(await p.getByRole('textbox').count(), 0);
    await p.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
    await p.close();
  });
});
