// Summary, trend and groupBy over many stored responses, read from the summary buckets (issue 15), next to
// the time the collector's store took to insert them (buckets kept in each insert's transaction).
//
//   npx tsc -p tsconfig.build.json && node --import tsx bench/summary-buckets.mjs [--rows 1000000,10000]
//        [--days 365] [--repeat 7] [--postgres] [--skip-sqlite]
//
// For each size: a fresh SQLite file (and with --postgres a fresh schema of a throwaway cluster) filled
// through `store.insert` in bursts of 500 (group commit) with the random responses of the property tests
// (tests/support/random-responses.ts: 3 surveys, 5 touchpoints, 4 channels, 3 languages, every kind of
// answer), spread evenly over --days days in the order they would arrive; then the built collector (dist/collector/app.js) on it answers the same
// reads --repeat times each; the table gives the median and the slowest, measured at the client.
//
// tsx runs the TypeScript it imports: the random responses and the throwaway PostgreSQL cluster helper.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random, randomResponse } from '../tests/support/random-responses.ts';
import { startPostgres } from '../tests/support/pg.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000,10000' },
    days: { type: 'string', default: '365' },
    repeat: { type: 'string', default: '7' },
    postgres: { type: 'boolean', default: false },
    'skip-sqlite': { type: 'boolean', default: false },
  },
});
const days = Number(args.days);
const repeat = Number(args.repeat);
const root = fileURLToPath(new URL('..', import.meta.url));
const { startCollector } = await import(join(root, 'dist/collector/app.js'));
const { SqliteStore } = await import(join(root, 'dist/collector/sqlite-store.js'));
const { PgStore } = await import(join(root, 'dist/collector/pg-store.js'));

const dir = mkdtempSync(join(tmpdir(), 'feelback-buckets-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const START = Date.UTC(2025, 11, 1);
const last = new Date(START + (days - 1) * 86_400_000).toISOString().slice(0, 10);
const quarter = new Date(START + (days - 91) * 86_400_000).toISOString().slice(0, 10);

// The same filters at every size. A mid-day `from` makes the read finish a day from its rows.
const READS = [
  ['summary, everything', 'summary'],
  ['summary, one survey, last 91 days', `summary?surveyId=hypotheek&from=${quarter}&to=${last}`],
  ['summary, one touchpoint, from mid-day', `summary?touchpoint=inloggen&from=${quarter}T13:30:00Z`],
  ['trend by week, one survey', 'trend?interval=week&surveyId=hypotheek'],
  ['trend by day, last 91 days', `trend?interval=day&from=${quarter}&to=${last}`],
  ['groupBy channel, one survey', 'summary?surveyId=hypotheek&groupBy=channel'],
  ['groupBy touchpoint, everything', 'summary?groupBy=touchpoint'],
];

/** In the order they would arrive: day after day, at a random time of their day. */
async function fill(store, rows) {
  const rng = random(1);
  const started = performance.now();
  for (let i = 0; i < rows; i += 500) {
    const burst = Array.from({ length: Math.min(500, rows - i) }, (_, j) =>
      randomResponse(rng, START + Math.floor(((i + j) * days) / rows) * 86_400_000, 1),
    );
    await Promise.all(burst.map((r) => store.insert(r, new Date())));
  }
  return performance.now() - started;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, store, rows) {
  const insertMs = await fill(store, rows);
  const app = await startCollector({ store, port: 0, rateLimit: false });
  const results = [];
  try {
    for (const [name, path] of READS) {
      const times = [];
      let n;
      for (let i = 0; i < repeat; i++) {
        const started = performance.now();
        const res = await fetch(new URL(`api/${path}`, app.url));
        const body = await res.json();
        times.push(performance.now() - started);
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
        n =
          body.n ??
          body.points?.reduce((a, p) => a + p.summary.n, 0) ??
          body.groups.reduce((a, g) => a + g.summary.n, 0);
      }
      results.push({ name, n, median: median(times), max: Math.max(...times) });
    }
  } finally {
    await app.shutdown();
  }
  console.log(`\n### ${label}, ${rows.toLocaleString('en')} responses over ${days} days`);
  console.log(
    `insert: ${(insertMs / 1000).toFixed(1)} s (${Math.round(rows / (insertMs / 1000)).toLocaleString('en')}/s)\n`,
  );
  console.log('| read | n | median ms | slowest ms |\n| --- | ---: | ---: | ---: |');
  for (const r of results) console.log(`| ${r.name} | ${r.n} | ${r.median.toFixed(1)} | ${r.max.toFixed(1)} |`);
}

const sizes = args.rows.split(',').map(Number);
if (!args['skip-sqlite'])
  for (const rows of sizes) await measure('SQLite', new SqliteStore(join(dir, `bench-${rows}.db`)), rows);
if (args.postgres) {
  const pg = await startPostgres();
  if ('skip' in pg) console.error(pg.skip);
  else {
    try {
      for (const rows of sizes) {
        const store = await PgStore.open({ connectionString: pg.url, schema: `bench_${rows}` });
        await measure('PostgreSQL', store, rows);
      }
    } finally {
      await pg.stop();
    }
  }
}
