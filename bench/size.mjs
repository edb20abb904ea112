// Bytes of every built file a visitor or an npm user loads, next to the peers' published reference
// figures (../shared/bench/peers/reference/table-11runs.md, brotli q11 of each peer's NPS bundle).
// Run: npm run build && node bench/size.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageBytes } from './page-bytes.mjs';

const root = new URL('../', import.meta.url);
const measure = (path) => {
  const b = readFileSync(new URL(path, root));
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kib = (n) => (n / 1024).toFixed(1);

// From the reference table (bytes, brotli q11), 2026-11-22.
const peers = [
  ['lit 3 + zod/mini floor (1 schema, NPS only)', 11033],
  ['PostHog surveys renderer (surveys-preview)', 37620],
  ['@formbricks/surveys 1.99 renderer', 46975],
  ['@sentry/browser + feedback form', 45812],
  ['SurveyJS core + js-ui + CSS', 273267 + 27710],
];

const ours = ['dist/feelback.js', 'dist/feelback.iife.js', 'dist/scores.js'].map((f) => [f, measure(f)]);
console.log('| file | raw KiB | gzip-9 KiB | brotli KiB |\n|---|---:|---:|---:|');
for (const [f, m] of ours) console.log(`| ${f} | ${kib(m.raw)} | ${kib(m.gzip)} | ${kib(m.brotli)} |`);

const { page, ON_DEMAND } = pageBytes(root);
const pages = [
  ['one NPS question in a survey', page(['feelback-survey', 'feelback-nps'])],
  [
    'default survey (NPS, emotion, comment)',
    page(['feelback-survey', 'feelback-nps', 'feelback-emotion', 'feelback-comment']),
  ],
  ['report', page(['feelback-report'])],
];
console.log('\n| page | files | brotli KiB | before visible | after |\n|---|---:|---:|---:|---:|');
for (const [name, m] of pages) {
  console.log(`| ${name} | ${m.files} | ${kib(m.brotli)} | ${kib(m.before)} | ${kib(m.after)} |`);
}
const onDemand = readdirSync(new URL('dist/chunks/', root)).filter((f) => ON_DEMAND.test(`chunks/${f}`));
for (const f of onDemand)
  console.log(`| + \`${f}\`, only on a page that asks for it | 1 | ${kib(measure(`dist/chunks/${f}`).brotli)} | | |`);

const br = pages[1][1].brotli;
console.log('\n| widget | brotli KiB | feelback is |\n|---|---:|---:|');
console.log(`| **feelback** (default survey: script + chunks) | ${kib(br)} | — |`);
for (const [name, bytes] of peers) {
  const ratio = bytes / br;
  console.log(
    `| ${name} | ${kib(bytes)} | ${ratio >= 1 ? `${ratio.toFixed(1)}× smaller` : `${(1 / ratio).toFixed(1)}× larger`} |`,
  );
}
