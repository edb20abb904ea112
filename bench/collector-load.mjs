// Load benchmark of the reference collector: POST of valid responses with unique ids, 100 connections,
// against the built server (dist/collector/server.js) on SQLite and on PostgreSQL, next to a bare node:http
// server that answers 201, in one run on one machine. Prints a markdown table; rows in the database
// afterwards are compared with the 2xx answers (nothing may be lost).
//
// Ids are made as the survey makes them (UUIDv7, `uuid()` of src/schema/build-response.ts). One more SQLite
// run sends random v4 ids, as an older or a hand-written client might: the worst case for the id index.
//
//   npx tsc -p tsconfig.build.json && node --import tsx bench/collector-load.mjs [--duration 10] [--connections 100] [--rounds 3]
//
// Each round runs every server once, bare first; the table gives medians over the rounds, and each
// collector's share of the bare server is taken within its round, so a neighbour who slows the machine for
// a minute moves both sides of that ratio instead of only one.
//
// tsx runs the TypeScript it imports: the survey's id maker and the throwaway PostgreSQL cluster helper.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { uuid } from '../src/schema/build-response.ts';
import { startPostgres } from '../tests/support/pg.ts';
import { sampleResponse } from './sample-response.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});
const rounds = Number(args.rounds);
const duration = Number(args.duration);
const connections = Number(args.connections);
const root = fileURLToPath(new URL('..', import.meta.url));
const serverJs = join(root, 'dist/collector/server.js');
if (!existsSync(serverJs)) throw new Error('dist/collector/server.js missing: run npx tsc -p tsconfig.build.json');

const BARE = `
  import { createServer } from 'node:http';
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(201, { 'content-type': 'application/json' }); res.end('{"ok":true}'); });
  });
  server.listen(0, '127.0.0.1', () => console.log('serving http://127.0.0.1:' + server.address().port + '/'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/**
 * CPU seconds (user + system) a process has used, from /proc: on a shared machine the throughput of each
 * run depends on the neighbours, its CPU cost per request much less. Null where /proc is missing.
 */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** Starts a server process and resolves with its URL once it prints one. */
async function serve(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout })) {
    const url = /http:\/\/\S+/.exec(line)?.[0];
    if (url) {
      const exited = once(child, 'exit');
      return { url, cpu: () => cpuSeconds(child.pid), stop: async () => (child.kill('SIGTERM'), await exited) };
    }
  }
  throw new Error(`server ${args.join(' ')} exited before printing its URL`);
}

const template = JSON.stringify(sampleResponse('__ID__'));

function load(url, seconds, makeId = uuid) {
  return autocannon({
    url: new URL('api/responses', url).href,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest(req) {
          const id = makeId();
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'idempotency-key': id },
            body: template.replace('__ID__', id),
          };
        },
      },
    ],
  });
}

/** A short warm-up (JIT, page cache), then the measured run; both count towards the rows expected. */
async function measure(name, server, countRows, makeId) {
  const { url } = server;
  const warm = await load(url, 2, makeId);
  const cpu0 = server.cpu();
  const r = await load(url, duration, makeId);
  const cpu1 = server.cpu();
  const ok = warm['2xx'] + r['2xx'];
  const rows = countRows ? await countRows() : null;
  return {
    name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    ok,
    rows,
    cpuPerRequest: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) * 1e6) / r.requests.total),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'feelback-bench-'));
/** One list of runs per server, in the order first seen; each round adds one run to each. */
const runs = new Map();
const record = (result, round) => {
  if (!runs.has(result.name)) runs.set(result.name, []);
  runs.get(result.name).push({ ...result, round });
};
let postgres;
try {
  postgres = await startPostgres();
  if ('skip' in postgres) console.error(postgres.skip);
  const common = { PORT: '0', FEELBACK_RATE_LIMIT: 'off', DATABASE_URL: '' };
  const countPostgres = async () => {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    // The table exists once a collector has started on this cluster.
    const { rows } = await client.query("SELECT count(*)::int AS n FROM responses WHERE survey_id = 'bench'");
    await client.end();
    return rows[0].n;
  };

  for (let round = 1; round <= rounds; round++) {
    const bare = await serve(['--input-type=module', '-e', BARE], {});
    record(await measure('bare node:http (201, no work)', bare, null), round);
    await bare.stop();

    for (const [name, makeId, file] of [
      ['collector, SQLite', uuid, `feelback-${round}.db`],
      ['collector, SQLite, random v4 ids', randomUUID, `feelback-v4-${round}.db`],
    ]) {
      const db = join(dir, file);
      const sqlite = await serve([serverJs], { ...common, FEELBACK_DB: db });
      const countRows = async () => {
        await sqlite.stop(); // graceful: every answered request is committed before the count
        const conn = new Database(db, { readonly: true });
        const n = conn.prepare('SELECT count(*) AS n FROM responses').get().n;
        conn.close();
        return n;
      };
      record(await measure(name, sqlite, countRows, makeId), round);
    }

    if (!('skip' in postgres)) {
      const server = await serve([serverJs], { ...common, DATABASE_URL: postgres.url });
      const before = await countPostgres();
      const result = await measure('collector, PostgreSQL', server, async () => {
        await server.stop();
        return (await countPostgres()) - before;
      });
      record(result, round);
    }
  }
} finally {
  if (postgres && !('skip' in postgres)) await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const bareRuns = runs.get('bare node:http (201, no work)');
/** Throughput against the bare server of the same round: neighbours on a shared machine move both. */
const ratio = (run) => run.rps / bareRuns[run.round - 1].rps;

console.log(
  `\n${connections} connections, ${duration} s per server after a 2 s warm-up, ${rounds} round(s); ` +
    `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end\n`,
);
if (rounds > 1) {
  console.log("Each round, requests/s and the share of that round's bare server:\n");
  console.log(`| server | ${[...Array(rounds).keys()].map((r) => `round ${r + 1}`).join(' | ')} |`);
  console.log(`| --- | ${Array(rounds).fill('---:').join(' | ')} |`);
  for (const [name, list] of runs) {
    console.log(`| ${name} | ${list.map((r) => `${r.rps} (${Math.round(100 * ratio(r))} %)`).join(' | ')} |`);
  }
  console.log('\nMedians over the rounds; errors, non-2xx, 2xx, rows and lost are totals:\n');
}
console.log(
  '| server | requests/s | vs bare | p50 ms | p99 ms | errors | non-2xx | 2xx | rows | lost | server CPU µs/request |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
for (const [name, list] of runs) {
  const counted = list.every((r) => r.rows !== null);
  const rows = counted ? sum(list, 'rows') : '–';
  const lost = counted ? list.reduce((n, r) => n + Math.max(0, r.ok - r.rows), 0) : '–';
  const cpu = median(list.map((r) => r.cpuPerRequest));
  console.log(
    `| ${name} | ${Math.round(median(list.map((r) => r.rps)))} | ${Math.round(100 * median(list.map(ratio)))} % | ` +
      `${median(list.map((r) => r.p50))} | ${median(list.map((r) => r.p99))} | ${sum(list, 'errors')} | ` +
      `${sum(list, 'non2xx')} | ${sum(list, 'ok')} | ${rows} | ${lost} | ${cpu === null ? '–' : Math.round(cpu)} |`,
  );
}
