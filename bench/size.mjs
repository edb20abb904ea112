// Bytes of every built file a visitor or an npm user loads, next to the peers' published reference
// figures (../shared/bench/peers/reference/table-11runs.md, brotli q11 of each peer's NPS bundle).
// Run: npm run build && node bench/size.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

// What a page fetches: the script, then each element's chunk with every chunk it imports, as the loader's
// table (written into dist/feelback.js by the build) lists them; each file brotli-compressed on its own.
const script = readFileSync(new URL('dist/feelback.js', root), 'utf8');
const table = {};
for (const [, tag, list] of script.matchAll(/"(feelback-[a-z]+)":\[([^\]]+)\]/g)) {
  // The first table is the chunks; the later `alongside` one names tags, not files.
  table[tag] ??= [...list.matchAll(/\.\/(chunks\/[^`"']+)/g)].map((m) => m[1]);
}
/** The chunks a chunk imports: statically (`from"./x.js"`), or with `import()` once it runs. */
const importsOf = (file) => {
  const code = readFileSync(new URL(`dist/${file}`, root), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const list = (re) => [...code.matchAll(re)].map((m) => dir + m[1].slice(2));
  return {
    static: list(/(?:from|import)\s*["'`](\.\/[^"'`]+)["'`]/g),
    dynamic: list(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g),
  };
};
/** `files` with every chunk they import statically, directly or not. */
const closed = (files) => {
  const all = new Set(files);
  for (const f of all) for (const dep of importsOf(f).static) all.add(dep);
  return all;
};
const sum = (files) => [...files].reduce((total, f) => total + measure(`dist/${f}`).brotli, 0);
/**
 * Before visible: the script and each tag's chunks as the loader's table lists them (all a question needs to
 * be drawn). After: what those chunks import with `import()` once drawn (the config check, the response
 * schema, zod and delivery), which arrives before the respondent can press Send.
 */
/**
 * Chunks imported only when an attribute asks for them (`show-if`, `display="popover|modal"`,
 * `layout="steps"`): a page without the attribute never fetches them (tests/build/bundle.test.mjs counts
 * what Chromium fetched), so they are listed on their own below rather than in every page's total.
 */
const ON_DEMAND = /^chunks\/(show-if|display-controller|steps-controller)-/;
const page = (tags) => {
  const first = closed(['feelback.js', ...tags.flatMap((tag) => table[tag])]);
  const later = closed([...first].flatMap((f) => importsOf(f).dynamic).filter((f) => !ON_DEMAND.test(f)));
  for (const f of first) later.delete(f);
  return { files: first.size + later.size, before: sum(first), after: sum(later), brotli: sum(first) + sum(later) };
};
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
