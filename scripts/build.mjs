// npm run build: the npm modules (tsc), the script-tag bundle (Vite), the JSON Schema, the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

rmSync(`${root}dist`, { recursive: true, force: true });

// 1. dist/index.js, define.js, scores.js, collector/… with .d.ts: lit and zod stay external.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// Collapse the whitespace inside Lit's html`` and css`` templates, as vite.config.ts does for the bundle
// (same options): an app that bundles feelback/define.js then ships the bytes of dist/feelback.js.
for (const file of readdirSync(`${root}dist`, { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const path = `${root}dist/${file}`;
  const code = readFileSync(path, 'utf8');
  if (!/\b(html|css|svg)\s*`/.test(code)) continue;
  const result = await minifyHTMLLiterals(code, { fileName: path, html: { keepClosingSlash: true } });
  if (result) writeFileSync(path, result.code);
}

// 2. The self-contained bundle, built once as an IIFE.
run(bin('vite'), ['build', '--logLevel', 'warn']);
const inner = readFileSync(`${root}dist/.bundle/feelback.js`, 'utf8').trim();
rmSync(`${root}dist/.bundle`, { recursive: true, force: true });

// Skip everything when feelback is already on the page: a second copy of Lit would try to create a
// second `lit-html` Trusted Types policy, which a strict CSP blocks. First definition wins.
const guarded =
  `/*! feelback ${version} | MIT */\n` +
  `(()=>{const d=customElements.get("feelback-survey");if(d){d.version!==${JSON.stringify(version)}&&` +
  `console.warn("feelback ${version}: feelback "+d.version+" is already defined; keeping it");return}\n` +
  `${inner}\n})();\n`;
// The same code serves both: it has no imports or exports, so it runs as a module or a classic script.
writeFileSync(`${root}dist/feelback.js`, guarded);
writeFileSync(`${root}dist/feelback.iife.js`, guarded);

// 3. JSON Schema of the POST body, generated from the zod schema (never hand-written).
const z = await import('zod/mini');
const { Response } = await import(`${root}dist/schema/response.js`);
const schema = { $id: 'https://feelback.invalid/response.schema.json', ...z.toJSONSchema(Response, { io: 'input' }) };
writeFileSync(`${root}dist/response.schema.json`, JSON.stringify(schema, null, 2) + '\n');

// 4. Custom Elements Manifest, from the JSDoc of the element classes.
run(bin('cem'), ['analyze']);

// 5. Subresource-integrity hashes of the bundle, for `<script integrity>` when a CDN serves it: the file
// travels in the package, so a CDN serves each version's hashes beside that version's bundle.
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`${root}dist/${file}`))
    .digest('base64')}`;
const integrity = { 'feelback.js': sri('feelback.js'), 'feelback.iife.js': sri('feelback.iife.js') };
writeFileSync(`${root}dist/integrity.json`, JSON.stringify(integrity, null, 2) + '\n');

// 6. React, Vue and bundle types, from the manifest.
run(process.execPath, ['scripts/types.mjs']);

console.log(`built dist/ and custom-elements.json (feelback ${version})`);
