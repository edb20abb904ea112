// npm run build: the npm modules (tsc), the script-tag bundle (Vite), the JSON Schema, the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

// 2. The script tag: the elements as ES module chunks (dist/chunks/, content-hashed names), then the loader
// that defines each tag on first use, as one file with no imports (vite.config.ts has both builds).
run(bin('vite'), ['build', '--logLevel', 'warn', '--mode', 'chunks']);
run(bin('vite'), ['build', '--logLevel', 'warn', '--mode', 'loader']);
renameSync(`${root}dist/.bundle/chunks`, `${root}dist/chunks`);
const loader = readFileSync(`${root}dist/.loader/feelback.js`, 'utf8').trim();
rmSync(`${root}dist/.bundle`, { recursive: true, force: true });
rmSync(`${root}dist/.loader`, { recursive: true, force: true });

// The same code serves both: it has no import or export statements, so it runs as a module or a classic
// script, and its `import()` of the chunks resolves against the script's own URL either way. It guards
// itself against a second copy on the page (src/script-tag.ts).
const script = `/*! feelback ${version} | MIT */\n${loader}\n`;
writeFileSync(`${root}dist/feelback.js`, script);
writeFileSync(`${root}dist/feelback.iife.js`, script);

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
