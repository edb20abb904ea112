// CPU time per `SqliteStore.insert`, in process, for two or more builds of the collector side by side: the
// write path's cost of a schema change (an index, the summary buckets) without HTTP and the load generator,
// whose noise on a shared machine hides a few µs.
//
//   npx tsc -p tsconfig.build.json [--outDir <other>]
//   node --import tsx bench/insert-cpu.mjs --builds <dir>,<dir> [--rounds 5] [--inserts 20000] [--burst 100]
//        [--random]
//
// Each build is a tsc output folder (`dist` by default); it must sit inside the project so that it finds
// better-sqlite3 (e.g. `node_modules/.before`). Every round runs each build once, in a process of its own,
// alternating which goes first: a fresh SQLite file, --inserts of the load benchmark's response with UUIDv7
// ids and `submittedAt` a few seconds before now (as a survey sends it), in bursts of --burst (one group
// commit each), timed with `process.cpuUsage`. The table gives each build's µs per insert, round by round.
// --random inserts the random responses of the property tests instead (tests/support/random-responses.ts:
// 3 surveys, 5 touchpoints, 4 channels, 3 languages, so a burst touches up to 180 day buckets, as
// `summary-buckets.mjs` fills), all submitted a few seconds before now.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareCpu } from './interleave.mjs';

const { values: args } = parseArgs({
  options: {
    builds: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '5' },
    inserts: { type: 'string', default: '20000' },
    burst: { type: 'string', default: '100' },
    random: { type: 'boolean', default: false },
    child: { type: 'string' },
  },
});

if (args.child) {
  const { uuid } = await import('../src/schema/build-response.ts');
  const { sampleResponse } = await import('./sample-response.mjs');
  const { random, randomResponse } = await import('../tests/support/random-responses.ts');
  const rng = random(1);
  const { SqliteStore } = await import(pathToFileURL(join(args.child, 'collector/sqlite-store.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'feelback-insert-cpu-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const [inserts, burst] = [Number(args.inserts), Number(args.burst)];
  const started = process.cpuUsage();
  for (let i = 0; i < inserts; i += burst) {
    const now = Date.now();
    await Promise.all(
      Array.from({ length: burst }, () => {
        const submittedAt = new Date(now - Math.floor(Math.random() * 5000)).toISOString();
        const response = args.random
          ? { ...randomResponse(rng, now, 1), submittedAt }
          : sampleResponse(uuid(), { submittedAt });
        return store.insert(response, new Date(now));
      }),
    );
  }
  const used = process.cpuUsage(started);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(String((used.user + used.system) / inserts));
} else {
  compareCpu({
    builds: args.builds,
    rounds: args.rounds,
    script: import.meta.filename,
    childArgs: ['--inserts', args.inserts, '--burst', args.burst, ...(args.random ? ['--random'] : [])],
    unit: 'insert',
  });
}
