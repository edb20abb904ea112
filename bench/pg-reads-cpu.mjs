// One read of `summary-buckets.mjs` on PostgreSQL at a million rows, for two or more builds side by side:
// the time at the client and the CPU it costs, the collector's Node process and PostgreSQL's processes
// apart. Latency on a shared machine moves with the neighbours; CPU per request much less.
//
//   node --import tsx bench/pg-reads-cpu.mjs --fill 1000000        # a throwaway cluster, filled as
//        # summary-buckets.mjs fills it (same responses, same days); stays up and prints its URL
//   node --import tsx bench/pg-reads-cpu.mjs --url <url> --builds node_modules/.before,dist
//        [--schema bench_1000000] [--rounds 3] [--requests 30] [--read 'summary?touchpoint=inloggen&from=…']
//
// Each build is a tsc output folder inside the project. Each round runs every build once, in a process of
// its own, alternating which goes first: the built collector on the schema, five requests to warm up, then
// --requests timed one after the other. The read defaults to the cut day ("summary, one touchpoint, from
// mid-day"). PostgreSQL's CPU is the user and system time of the server's processes (/proc, 10 ms ticks).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { interleave } from './interleave.mjs';

const { values: args } = parseArgs({
  options: {
    fill: { type: 'string' },
    url: { type: 'string' },
    schema: { type: 'string', default: 'bench_1000000' },
    builds: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '3' },
    requests: { type: 'string', default: '30' },
    read: { type: 'string', default: 'summary?touchpoint=inloggen&from=2026-09-01T13:30:00Z' },
    child: { type: 'string' },
  },
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (args.fill) {
  const { random, randomResponse } = await import('../tests/support/random-responses.ts');
  const { startPostgres } = await import('../tests/support/pg.ts');
  const { PgStore } = await import(pathToFileURL(resolve('dist/collector/pg-store.js')).href);
  const rows = Number(args.fill);
  const [days, start] = [365, Date.UTC(2025, 11, 1)]; // as in summary-buckets.mjs
  const pg = await startPostgres();
  if ('skip' in pg) throw new Error(pg.skip);
  const store = await PgStore.open({ connectionString: pg.url, schema: `bench_${rows}` });
  const rng = random(1);
  for (let i = 0; i < rows; i += 500) {
    const burst = Array.from({ length: Math.min(500, rows - i) }, (_, j) =>
      randomResponse(rng, start + Math.floor(((i + j) * days) / rows) * 86_400_000, 1),
    );
    await Promise.all(burst.map((r) => store.insert(r, new Date())));
  }
  await store.close();
  console.log(`${rows} rows in schema bench_${rows} of ${pg.url}; Ctrl-C stops and removes the cluster`);
  process.on('SIGINT', () => pg.stop().then(() => process.exit(0)));
  process.on('SIGTERM', () => pg.stop().then(() => process.exit(0)));
  setInterval(() => {}, 1 << 30);
} else if (args.child) {
  const pg = (await import('pg')).default;
  const { PgStore } = await import(pathToFileURL(join(args.child, 'collector/pg-store.js')).href);
  const { startCollector } = await import(pathToFileURL(join(args.child, 'collector/app.js')).href);
  // The server's processes: the postmaster (the parent of any backend) and its children.
  const probe = new pg.Client({ connectionString: args.url });
  await probe.connect();
  const { rows } = await probe.query('SELECT pg_backend_pid() AS pid');
  const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const postmaster = stat(rows[0].pid)[1];
  await probe.end();
  const pgCpuMs = () => {
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const s = stat(pid);
        if (s[1] === postmaster || pid === postmaster) ticks += Number(s[11]) + Number(s[12]);
      } catch {
        // gone meanwhile
      }
    }
    return ticks * 10;
  };
  const store = await PgStore.open({ connectionString: args.url, schema: args.schema });
  const app = await startCollector({ store, port: 0, rateLimit: false });
  const get = async () => {
    const res = await fetch(new URL(`api/${args.read}`, app.url));
    if (res.status !== 200) throw new Error(`${args.read}: ${res.status}`);
    return res.json();
  };
  for (let i = 0; i < 5; i++) await get();
  const n = Number(args.requests);
  const times = [];
  const [node0, pg0] = [process.cpuUsage(), pgCpuMs()];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await get();
    times.push(performance.now() - started);
  }
  const node = process.cpuUsage(node0);
  const pgMs = pgCpuMs() - pg0;
  await app.shutdown();
  process.stdout.write(JSON.stringify({ ms: median(times), node: (node.user + node.system) / 1000 / n, pg: pgMs / n }));
} else {
  const runs = interleave({
    builds: args.builds,
    rounds: args.rounds,
    argv: (build) => [
      import.meta.filename,
      ...['--child', build, '--url', args.url, '--schema', args.schema],
      ...['--requests', args.requests, '--read', args.read],
    ],
    parse: JSON.parse,
  });
  for (const { build, results: rs } of runs) {
    const line = (key) =>
      `${rs.map((r) => r[key].toFixed(1)).join(' ')} (median ${median(rs.map((r) => r[key])).toFixed(1)})`;
    console.log(
      `${build}\n  client ms: ${line('ms')}\n  Node CPU ms/request: ${line('node')}\n  PostgreSQL CPU ms/request: ${line('pg')}`,
    );
  }
}
