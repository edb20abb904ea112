// CPU time per `SqliteStore.insert`, in process, for two or more builds of the collector side by side: the
// write path's cost of a schema change (an index, the summary buckets) without HTTP and the load generator,
// whose noise on a shared machine hides a few µs.
//
//   npx tsc -p tsconfig.build.json [--outDir <other>]
//   node --import tsx bench/insert-cpu.mjs --builds <dir>,<dir> [--rounds 5] [--inserts 20000] [--burst 100]
//
// Each build is a tsc output folder (`dist` by default); it must sit inside the project so that it finds
// better-sqlite3 (e.g. `node_modules/.before`). Every round runs each build once, in a process of its own,
// alternating which goes first: a fresh SQLite file, --inserts of the load benchmark's response with UUIDv7
// ids and `submittedAt` a few seconds before now (as a survey sends it), in bursts of --burst (one group
// commit each), timed with `process.cpuUsage`. The table gives each build's µs per insert, round by round.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { interleave } from './interleave.mjs';

const { values: args } = parseArgs({
  options: {
    builds: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '5' },
    inserts: { type: 'string', default: '20000' },
    burst: { type: 'string', default: '100' },
    child: { type: 'string' },
  },
});

if (args.child) {
  const { uuid } = await import('../src/schema/build-response.ts');
  const { sampleResponse } = await import('./sample-response.mjs');
  const { SqliteStore } = await import(pathToFileURL(join(args.child, 'collector/sqlite-store.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'feelback-insert-cpu-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const [inserts, burst] = [Number(args.inserts), Number(args.burst)];
  const started = process.cpuUsage();
  for (let i = 0; i < inserts; i += burst) {
    const now = Date.now();
    await Promise.all(
      Array.from({ length: burst }, () =>
        store.insert(
          sampleResponse(uuid(), { submittedAt: new Date(now - Math.floor(Math.random() * 5000)).toISOString() }),
          new Date(now),
        ),
      ),
    );
  }
  const used = process.cpuUsage(started);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(String((used.user + used.system) / inserts));
} else {
  const runs = interleave({
    builds: args.builds,
    rounds: args.rounds,
    argv: (build) => [
      ...['--import', 'tsx', import.meta.filename],
      ...['--child', build, '--inserts', args.inserts, '--burst', args.burst],
    ],
    parse: Number,
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const { build, results: xs } of runs) {
    console.log(`${build}: ${xs.map((x) => x.toFixed(1)).join(' ')} µs/insert (median ${median(xs).toFixed(1)})`);
  }
}
