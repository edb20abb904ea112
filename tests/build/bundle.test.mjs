/* global window, document, customElements -- page functions run in the browser */
// The built script tag and its chunks in a real Chromium, on a page with the strictest CSP a bank uses:
// no unsafe-inline, no unsafe-eval, Trusted Types enforced with only the `lit-html` policy. The server
// serves dist/ as a site owner copies it: the script with its chunks beside it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright';
import { pageBytes } from '../../bench/page-bytes.mjs';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const bundle = readFileSync(new URL('feelback.js', dist), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const SURVEY =
  '<feelback-survey endpoint="/collect"><feelback-nps required></feelback-nps><feelback-emotion></feelback-emotion></feelback-survey>';
const page = (scripts, body = SURVEY) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>
${scripts}</head><body><main><h1>Hypotheek</h1>
${body}</main></body></html>`;
const MODULE = '<script type="module" src="/feelback.js"></script>';
const CLASSIC = '<script src="/feelback.iife.js"></script>';
const ONE_NPS = '<feelback-survey endpoint="/collect"><feelback-nps></feelback-nps></feelback-survey>';
const DEFAULT_SURVEY = '<feelback-survey endpoint="/collect"></feelback-survey>';

const pages = {
  '/twice': page(
    '<script type="module" src="/feelback.js"></script><script src="/feelback.iife.js" defer></script><script type="module" src="/feelback.js?again"></script>',
  ),
  '/other-version': page('<script src="/feelback.iife.js"></script><script src="/feelback-other.js"></script>'),
  '/classic': page(CLASSIC),
  '/one-nps': page(MODULE, ONE_NPS),
  '/default': page(MODULE, DEFAULT_SURVEY),
  '/default-classic': page(CLASSIC, DEFAULT_SURVEY),
  '/report': page(MODULE, '<feelback-report></feelback-report>'),
  '/no-survey': page(MODULE, '<p>Nothing to ask here.</p>'),
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
    // Another version of the script tag: its version strings changed, whatever quotes the minifier chose.
    if (path === '/feelback-other.js') {
      const other = bundle
        .replace(new RegExp(`([\`"'])${version.replaceAll('.', '\\.')}\\1`, 'g'), '$19.9.9$1')
        .replaceAll(`feelback ${version}`, 'feelback 9.9.9');
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(other);
    }
    const file = new URL(`.${path}`, dist);
    if (/^\/(chunks\/)?[\w.-]+\.js$/.test(path) && existsSync(file)) {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
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

async function open(path, ready = ['feelback-survey', 'feelback-nps']) {
  const p = await browser.newPage();
  const messages = [];
  const fetched = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  p.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  p.on('pageerror', (e) => messages.push({ type: 'pageerror', text: e.message }));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await p.goto(base + path);
  await p.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), ready);
  return { p, messages, fetched };
}

/** The problems a page reported: errors, warnings, uncaught exceptions. */
const problems = (messages) =>
  messages.filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror');

const brotli = (path) =>
  brotliCompressSync(readFileSync(new URL(`.${path}`, dist)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;

/**
 * The gate on what a page with the default survey downloads: the script and every chunk it fetched, each
 * brotli q11 on its own (as a server sends them). Issue 12 measured 28.2 KiB for the single-file bundle of
 * every element; split into chunks the default survey fetches 30.7 KiB (each file compressed alone loses
 * the shared dictionary) but no report, effort or rating. With `registerTranslation` and the framework
 * properties (issue 11) it is 31.0 KiB (31 783 B). With the chunks every element needs grouped into one
 * (`shared`), zod and the schemas into another, and delivery imported after the first render, it is 8 files
 * and 29.8 KiB (30 467 B). Issue 13's three answer kinds (choice, Kano, statements) are in the schema
 * every survey validates with, their texts in the shared chunk, and the comment's redaction is now a chunk
 * shared with the choice question's `other`: 9 files, 31 837 B (presets stay with their elements). `show-if`
 * costs the default survey 405 B (the question base reads the attribute, the survey filters what it asks;
 * the parser is a chunk of its own that the default survey never fetches): 32 316 B. With the emotion
 * question drawing before zod (its checks imported after, the core set in a chunk of its own, 10 files) and
 * the Kano tally out of the schema chunk, it fetches 32 249 B in all, and 9 KiB less of it before the
 * questions are visible (first-paint.test.mjs). The gate sits just above that, so that any growth has to be
 * argued for (bench/README.md has the figures before and after the question is visible). With each
 * element's texts in its own chunk (`addTexts`: no report, effort, rating, Kano, statements or choice texts
 * in `shared`), it fetches 31 612 B in 10 files. Then, together: the `theme` attribute and light/dark tokens
 * (issue 17), the popover/modal properties and methods whose code the inline survey never fetches (issue 14),
 * and the faces in one chunk with the core emotion set (the report shares them): 31 854 B in 10 files.
 * Then issue 12's first paint: the survey's scores, consent and sending, the comment's redaction patterns and
 * the schema's plain values each in a chunk imported after the first render, or only by the questions that
 * use them: more files (14), so more bytes in all (32 637 B), but less of them before anything is visible
 * (the gates below). One language per page was built and measured, and not taken: with two built-in languages
 * its loader and registry cost more than the Dutch it kept off an English page (bench/README.md).
 */
const DEFAULT_SURVEY_GATE = 32 * 1024;

/**
 * What a page needs before its first question is visible: the script and the chunks the loader's table lists
 * for its tags (bench/page-bytes.mjs, which bench/size.mjs prints). One NPS question: 13 287 B, gated at
 * issue 12's target of 13 KiB; the default survey: 18 494 B (the target is 16 KiB: bench/README.md says
 * where the bytes go), gated just above.
 */
const BEFORE_VISIBLE_GATES = [
  ['one NPS question in a survey', ['feelback-survey', 'feelback-nps'], 13 * 1024],
  ['the default survey', ['feelback-survey', 'feelback-nps', 'feelback-emotion', 'feelback-comment'], 18_560],
];

describe('what a page needs before its first question is visible', () => {
  const { page } = pageBytes(root);
  for (const [name, tags, gate] of BEFORE_VISIBLE_GATES) {
    it(`keeps ${name} within ${gate} bytes brotli before it is visible`, () => {
      const { before, files } = page(tags);
      console.log(`${name}: ${before} B brotli q11 before visible (gate ${gate}), ${files} files in all`);
      assert.ok(before <= gate, `${name} needs ${before} B brotli before it is visible, over the gate`);
    });
  }
});

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

  it('works as a classic script alone: the default survey appears and sends', async () => {
    const { p, messages } = await open('/default-classic', ['feelback-survey']);
    await p.getByRole('radio', { name: '3', exact: true }).check();
    await p.getByRole('checkbox', { name: 'Blij' }).waitFor();
    await p.getByRole('textbox').waitFor();
    await p.getByRole('button', { name: 'Versturen' }).click();
    await p
      .getByRole('status')
      .filter({ hasText: /Bedankt|Het spijt ons/ })
      .waitFor();
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    assert.deepEqual(problems(messages), []);
    assert.equal(posts.at(-1).body.answers[0].value, 3);
    await p.close();
  });

  it('fetches no report, emotion or comment code for a page with one NPS question', async () => {
    const { p, messages, fetched } = await open('/one-nps');
    await p.getByRole('radio', { name: '10', exact: true }).waitFor();
    await p.waitForLoadState('networkidle');
    const chunks = fetched.filter((f) => f.startsWith('/chunks/'));
    assert.ok(
      chunks.some((f) => /\/feelback-nps-/.test(f)),
      JSON.stringify(fetched),
    );
    assert.deepEqual(
      chunks.filter((f) => /\/feelback-(report|emotion|comment|effort|rating)-/.test(f)),
      [],
    );
    // Neither the emotion pictures nor the comment's redaction came along in a shared chunk.
    for (const f of chunks) assert.doesNotMatch(readFileSync(new URL(`.${f}`, dist), 'utf8'), /M9 10v\.5|\[iban\]/);
    // Nor the texts of the other elements: each element's are in its own chunk (addTexts).
    for (const f of chunks) {
      assert.doesNotMatch(
        readFileSync(new URL(`.${f}`, dist), 'utf8'),
        /Loading results|How did this make you feel|Anything you would like to add|Which of these apply/,
      );
    }
    assert.deepEqual(problems(messages), []);
    await p.close();
  });

  it('sends what an earlier page left in the outbox, on a page with no survey, once the page is idle', async () => {
    const { buildResponse } = await import(new URL('schema/build-response.js', dist));
    const { DEFAULT_CONFIG } = await import(new URL('schema/config.js', dist));
    const response = buildResponse({
      config: { ...DEFAULT_CONFIG, surveyId: 'left-over' },
      answers: [{ name: 'nps', kind: 'nps', value: 4 }],
      lang: 'nl',
      page: '/vorige',
    });
    const entry = {
      response,
      at: Date.now() - 60_000,
      attempts: 1,
      queued: true,
      endpoint: '/collect',
      credentials: 'omit',
    };
    const p = await browser.newPage();
    const messages = [];
    p.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
    await p.addInitScript((stored) => localStorage.setItem('feelback-outbox-1', stored), JSON.stringify([entry]));
    await p.goto(`${base}/no-survey`);
    await p.waitForFunction(() => !JSON.parse(localStorage.getItem('feelback-outbox-1') ?? '[]').length);
    assert.equal(posts.filter((post) => post.body.id === response.id).length, 1);
    assert.deepEqual(problems(messages), []);
    await p.close();
  });

  it('draws the report in the page’s language with the texts its own chunk brings', async () => {
    const { p, messages } = await open('/report', ['feelback-report']);
    await p.getByRole('heading', { name: 'Resultaten' }).waitFor();
    assert.deepEqual(problems(messages), []);
    await p.close();
  });

  it(`keeps what the default survey fetches within ${DEFAULT_SURVEY_GATE} bytes brotli`, async () => {
    const { p, messages, fetched } = await open('/default', ['feelback-survey']);
    await p.getByRole('textbox').waitFor();
    await p.waitForLoadState('networkidle');
    const files = [...new Set(fetched.filter((f) => /^\/(chunks\/)?[\w.-]+\.js$/.test(f)))];
    assert.ok(!files.some((f) => /\/feelback-report-/.test(f)), JSON.stringify(files));
    // The popover, modal and triggers come only with `display`: an inline survey never fetches them.
    assert.ok(!files.some((f) => /\/display-controller-/.test(f)), JSON.stringify(files));
    // Next, Back and the progress come only with `layout="steps"`.
    assert.ok(!files.some((f) => /\/steps-controller-/.test(f)), JSON.stringify(files));
    const bytes = files.reduce((sum, f) => sum + brotli(f), 0);
    console.log(`default survey: ${files.length} files, ${bytes} B brotli q11 (gate ${DEFAULT_SURVEY_GATE})`);
    assert.ok(bytes <= DEFAULT_SURVEY_GATE, `the default survey fetches ${bytes} B brotli, over the gate`);
    assert.deepEqual(problems(messages), []);
    await p.close();
  });
});
