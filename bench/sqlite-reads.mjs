// The built collector on SQLite under reads and under sustained writes (issue 10, items 2 and 6).
//
//   npx tsc -p tsconfig.build.json && node bench/sqlite-reads.mjs [--rows 1000000] [--rate 50]
//        [--wal-seconds 60] [--wal-rate 200] [--skip-reads] [--skip-wal]
//
// Reads: fills a temporary database with --rows responses (one transaction, in SQL), starts
// dist/collector/server.js on it, and while POSTing at a steady --rate per second runs a summary of every row,
// then a CSV export of every row, then a second export that it interrupts with SIGTERM. Prints how long each
// read took, the longest any POST waited for its answer during it, and how long the server took to exit
// after SIGTERM (its shutdown limit is 10 s: requests in flight get that long, then are cut off).
//
// WAL: a fresh database, POSTs at --wal-rate per second for --wal-seconds, the size of the `-wal` file
// sampled every 100 ms; prints its largest and last size and the longest POST wait.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { sampleResponse } from './sample-response.mjs';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    rate: { type: 'string', default: '50' },
    'wal-seconds': { type: 'string', default: '60' },
    'wal-rate': { type: 'string', default: '200' },
    'skip-reads': { type: 'boolean', default: false },
    'skip-wal': { type: 'boolean', default: false },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const serverJs = join(root, 'dist/collector/server.js');
if (!existsSync(serverJs)) throw new Error('dist/collector/server.js missing: run npx tsc -p tsconfig.build.json');
const { SqliteStore } = await import(join(root, 'dist/collector/sqlite-store.js'));

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'feelback-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// Three answers and a longer comment than the load benchmark's: the rows a long read walks through.
const response = (id) =>
  sampleResponse(id, {
    answers: [
      { name: 'nps', kind: 'nps', value: 9 },
      { name: 'emotion', kind: 'emotion', value: [{ id: 'relieved', valence: 'positive', intensity: 4 }] },
      { name: 'comment', kind: 'comment', value: 'Het aanvragen ging vlot, de uitleg over de rente was duidelijk.' },
    ],
  });

/** `rows` responses in one transaction, made by SQLite itself: a million in seconds instead of minutes. */
function fill(file, rows) {
  new SqliteStore(file).close(); // the schema, as the collector makes it
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const started = performance.now();
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
       ids(i, id) AS (SELECT i, printf('%08x-0000-4000-8000-%012x', i, i) FROM n)
     INSERT INTO responses (id, survey_id, touchpoint, channel, submitted_at, received_at, body)
     SELECT id, 'bench', 'hypotheek-aanvraag', 'web', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:01.000Z',
            json_set(?, '$.id', id)
     FROM ids`,
  ).run(rows, JSON.stringify(response('x')));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // Rows written in SQL bypass the summary buckets: fill them from the rows, as `npm run rebuild-buckets` does.
  const store = new SqliteStore(file);
  store.rebuildBuckets();
  store.close();
  return performance.now() - started;
}

async function serve(file) {
  const child = spawn(process.execPath, [serverJs], {
    env: { ...process.env, FEELBACK_DB: file, PORT: '0', FEELBACK_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      const found = /http:\/\/\S+/.exec(line)?.[0];
      if (found) resolve(found);
    });
    exited.then(() => reject(new Error('the collector exited before printing its URL')));
  });
  /** Sends SIGTERM and resolves with the milliseconds until the process has exited. */
  const stop = async () => {
    const started = performance.now();
    child.kill('SIGTERM');
    await exited;
    return performance.now() - started;
  };
  return { url, stop };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * POSTs at a steady rate (catching up when a timer fires late, so a busy machine does not lower it), each
 * timed from send to answer. The figures also count the POSTs still waiting, so a server that answers
 * nothing at all shows as a long wait, not as none.
 */
function poster(url, perSecond) {
  const pending = new Set();
  let waits = [];
  let failed = 0;
  const send = () => {
    const body = JSON.stringify(response(randomUUID()));
    const sent = performance.now();
    pending.add(sent);
    const done = (ok) => {
      pending.delete(sent);
      waits.push(performance.now() - sent);
      if (!ok) failed += 1;
    };
    const req = request(
      new URL('api/responses', url),
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode === 201));
      },
    );
    req.on('error', () => done(false));
    req.end(body);
  };
  const started = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    for (; sent < due; sent++) send();
  }, 5);
  return {
    /** POSTs answered and failed since the last reset, and their waits in ms (p50, p99, longest). */
    stats() {
      const all = [...waits, ...[...pending].map((t) => performance.now() - t)].sort((a, b) => a - b);
      const at = (q) => Math.round(all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? 0);
      return { answered: waits.length - failed, failed, 'p50 ms': at(0.5), 'p99 ms': at(0.99), 'max ms': at(1) };
    },
    reset: () => ((waits = []), (failed = 0)),
    stop: () => clearInterval(timer),
  };
}

/** A GET read to its last byte; resolves with its duration and size. */
function read(url, path) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytes = 0;
    const req = request(new URL(path, url), { agent }, (res) => {
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - started, bytes, status: res.statusCode }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function reads() {
  const rows = Number(args.rows);
  const file = join(dir, 'reads.db');
  console.log(`filling ${rows} rows…`);
  console.log(`  filled in ${s(fill(file, rows))}, ${(statSync(file).size / MiB).toFixed(0)} MiB`);
  const server = await serve(file);
  const posts = poster(server.url, Number(args.rate));
  await new Promise((resolve) => setTimeout(resolve, 2000)); // warm-up
  const results = [];
  // The same POSTs with no read running: what this machine adds by itself.
  posts.reset();
  const idle = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  results.push({ read: 'none (POSTs only)', took: s(performance.now() - idle), ...posts.stats() });
  for (const [name, path] of [
    ['summary', 'api/summary'],
    ['CSV export', 'api/export?format=csv'],
  ]) {
    posts.reset();
    const r = await read(server.url, path);
    const MiBs = (r.bytes / MiB).toFixed(1);
    results.push({ read: `${name}, ${r.status}, ${MiBs} MiB`, took: s(r.ms), ...posts.stats() });
  }
  console.table(results);
  // SIGTERM a few seconds into another export: the collector must be gone within its shutdown limit.
  read(server.url, 'api/export?format=csv').catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 3000));
  posts.stop();
  const exit = await server.stop();
  console.log(`SIGTERM 3 s into a second CSV export: exited after ${s(exit)} (shutdown limit 10 s)`);
}

async function wal() {
  const seconds = Number(args['wal-seconds']);
  const rate = Number(args['wal-rate']);
  const file = join(dir, 'wal.db');
  const server = await serve(file);
  const size = () => {
    try {
      return statSync(`${file}-wal`).size;
    } catch {
      return 0;
    }
  };
  const posts = poster(server.url, rate);
  let largest = 0;
  const sampler = setInterval(() => (largest = Math.max(largest, size())), 100);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  clearInterval(sampler);
  posts.stop();
  const last = size();
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the last answers
  const { answered, failed, 'p99 ms': p99, 'max ms': max } = posts.stats();
  const db = (statSync(file).size / MiB).toFixed(1);
  await server.stop();
  console.log(
    `WAL under ${rate} POST/s for ${seconds} s: largest ${(largest / MiB).toFixed(1)} MiB, ` +
      `${(last / MiB).toFixed(1)} MiB at the end; database ${db} MiB; ${answered} answered, ${failed} failed; ` +
      `POST wait p99 ${p99} ms, longest ${max} ms`,
  );
}

if (!args['skip-reads']) await reads();
if (!args['skip-wal']) await wal();
agent.destroy();
