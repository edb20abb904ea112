// feelback the way front-end developers install it: a React 19 page and a Vue 3 page (tests/frameworks/),
// built by Vite against the package as built by `npm run build`, driven in Chromium. They use the plain
// bindings the frameworks teach (no refs, no `.prop`): `headers`, `metadata` and `transport` as objects and
// a function, `kind` on `<feelback-rating>`, and the `feelback-sent` event. And the script-tag user's
// German: the bundle with dist/i18n/de.js beside it. Run after `npm run build`.
//
// How `feelback` resolves: the apps import `feelback/define.js` like an installed package. A small Vite
// plugin resolves `feelback` and `feelback/…` through this package.json's `exports` map into `dist/`, which
// is what a bundler does with `node_modules/feelback` (an npm `file:` install would need its own
// node_modules and an `npm install` per run; the `exports` map is the part worth exercising). `lit` and
// `zod` are then bare imports from dist/, found in this project's node_modules as in a user's.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { Response } = await import(join(root, 'dist/schema/response.js'));

/** Resolves the package's own name through its `exports`, as a bundler does for an installed package. */
const feelbackPackage = {
  name: 'feelback-package',
  enforce: 'pre',
  resolveId(id) {
    if (id !== pkg.name && !id.startsWith(`${pkg.name}/`)) return null;
    const entry = pkg.exports[`.${id.slice(pkg.name.length)}`];
    if (!entry) throw new Error(`${id} is not exported by package.json`);
    return join(root, typeof entry === 'string' ? entry : entry.default);
  },
};

const apps = {
  react: [],
  // Vue's documented way to leave feelback-* to the browser instead of resolving them as Vue components.
  vue: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('feelback-') } } })],
};

let out;
let server;
let base;
let browser;
/** What the server received: `{ path, headers, body }`. */
const received = [];

async function buildApp(name) {
  await build({
    root: join(root, 'tests/frameworks', name),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [feelbackPackage, ...apps[name]],
    build: { outDir: join(out, name), emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
}

/** The script-tag user's German: the bundle, and the language module beside it. */
const SCRIPT_TAG_PAGE = `<!doctype html>
<html lang="de-CH">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/feelback.js"></script>
    <script type="module" src="/dist/i18n/de.js"></script>
  </head>
  <body>
    <feelback-survey></feelback-survey>
  </body>
</html>`;

/** Serves the built apps and records each POST: the endpoint `/api/responses` and the apps' own `/api/transport`. */
function serve(req, res) {
  if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url, headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
    return;
  }
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/script-tag/') return res.writeHead(200, { 'content-type': 'text/html' }).end(SCRIPT_TAG_PAGE);
  // The built files as the README's script-tag user copies them: dist/ as a whole.
  const file = path.startsWith('/dist/')
    ? join(root, path)
    : join(out, path.endsWith('/') ? `${path}index.html` : path);
  let content;
  try {
    content = readFileSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'text/plain';
  res.writeHead(200, { 'content-type': type }).end(content);
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'feelback-frameworks-'));
  await Promise.all(Object.keys(apps).map(buildApp));
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Waits until the request for `surveyId` has arrived. */
async function receivedFor(surveyId) {
  for (let i = 0; i < 100; i++) {
    const found = received.find((r) => r.body.surveyId === surveyId);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing received for ${surveyId}`);
}

for (const name of Object.keys(apps)) {
  describe(`a ${name === 'react' ? 'React 19' : 'Vue 3'} page with the plain bindings`, () => {
    let page;
    const problems = [];

    before(async () => {
      page = await browser.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
      await page.goto(`${base}/${name}/`);
    });

    after(() => page?.close());

    it('sends the answers to the endpoint with the headers and metadata objects, and fires feelback-sent', async () => {
      const survey = page.locator(`feelback-survey[survey-id="${name}-endpoint"]`);
      const rating = survey.getByRole('radiogroup', { name: 'How easy was it?' });
      await survey
        .getByRole('radiogroup', { name: /recommend the app/ })
        .getByRole('radio', { name: '9' })
        .check();
      await rating.getByRole('radio', { name: '4', exact: true }).check();
      await survey.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('log', { name: 'events' }).getByText(`sent:${name}-endpoint`).waitFor();

      const request = await receivedFor(`${name}-endpoint`);
      assert.equal(request.path, '/api/responses');
      assert.equal(request.headers['x-csrf-token'], `${name}-token`);
      assert.equal(request.headers['idempotency-key'], request.body.id);
      assert.ok(Response.safeParse(request.body).success, 'a schema-valid response');
      assert.deepEqual(request.body.metadata, { plan: 'gold' });
      assert.deepEqual(request.body.answers, [
        { name: 'nps', kind: 'nps', value: 9 },
        { name: 'ease', kind: 'rating', value: 4, scale: 'ease', points: 5 },
      ]);
    });

    it('delivers through the transport function given as a prop, and fires feelback-sent', async () => {
      const survey = page.locator(`feelback-survey[survey-id="${name}-transport"]`);
      await survey.getByRole('radio', { name: '3', exact: true }).check();
      await survey.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('log', { name: 'events' }).getByText(`sent:${name}-transport`).waitFor();

      const request = await receivedFor(`${name}-transport`);
      assert.equal(request.path, '/api/transport', 'the transport, not the POST');
      assert.deepEqual(request.body.metadata, { plan: 'silver' });
      assert.deepEqual(request.body.answers, [{ name: 'nps', kind: 'nps', value: 3 }]);
      assert.deepEqual(problems, []);
    });
  });
}

describe('a plain page with the bundle and dist/i18n/de.js in script tags', () => {
  it('asks the default survey in German (de-CH resolves to de)', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
    await page.goto(`${base}/script-tag/`);
    await page.getByRole('button', { name: 'Senden' }).waitFor();
    await page.getByRole('radiogroup', { name: /Wie wahrscheinlich ist es, dass Sie uns/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Erleichtert' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
