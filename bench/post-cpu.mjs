// CPU time per `POST /api/responses` through the collector's core on SQLite, in process, without HTTP: the
// route (JSON, validation, scoring) and the store's group commit (row, summary buckets, days), for two or more
// builds side by side. `collector-load.mjs` measures the same over HTTP against bare `node:http`, where the
// load generator on the same cores moves every figure; this one isolates what the collector adds.
//
//   npx tsc -p tsconfig.build.json [--outDir <other>]
//   node --import tsx bench/post-cpu.mjs --builds <dir>,<dir> [--rounds 5] [--requests 20000] [--burst 100]
//
// Each build is a tsc output folder inside the project (`dist` by default). Every round runs each build once,
// in a process of its own, alternating which goes first: a fresh SQLite file, the load benchmark's response
// (bench/sample-response.mjs) with UUIDv7 ids, made before the clock starts, posted --burst at a time (one
// group commit each, as 100 connections give), timed with `process.cpuUsage`.
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
    requests: { type: 'string', default: '20000' },
    burst: { type: 'string', default: '100' },
    child: { type: 'string' },
  },
});

if (args.child) {
  const { uuid } = await import('../src/schema/build-response.ts');
  const { sampleResponse } = await import('./sample-response.mjs');
  const build = (file) => import(pathToFileURL(join(args.child, 'collector', file)).href);
  const { SqliteStore } = await build('sqlite-store.js');
  const { createCollector } = await build('core.js');
  const dir = mkdtempSync(join(tmpdir(), 'feelback-post-cpu-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const collector = createCollector({ store, rateLimit: false, allowedOrigins: ['*'], allowedHosts: ['localhost'] });
  const [requests, burst] = [Number(args.requests), Number(args.burst)];
  const now = Date.now();
  const bodies = Array.from({ length: requests }, (_, i) => {
    const submittedAt = new Date(now - Math.floor(Math.random() * 5000) + i).toISOString();
    return JSON.stringify(sampleResponse(uuid(), { submittedAt }));
  });
  const headers = { 'content-type': 'application/json', host: 'localhost' };
  const post = (body) =>
    collector.reply({
      method: 'POST',
      pathname: collector.responsesPath,
      search: '',
      header: (name) => headers[name] ?? null,
      text: async () => body,
      clientAddress: '127.0.0.1',
    });
  const started = process.cpuUsage();
  for (let i = 0; i < requests; i += burst) {
    const replies = await Promise.all(bodies.slice(i, i + burst).map(post));
    for (const r of replies) if (r.status !== 201) throw new Error(`status ${r.status}: ${JSON.stringify(r)}`);
  }
  const used = process.cpuUsage(started);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(String((used.user + used.system) / requests));
} else {
  compareCpu({
    builds: args.builds,
    rounds: args.rounds,
    script: import.meta.filename,
    childArgs: ['--requests', args.requests, '--burst', args.burst],
    unit: 'request',
  });
}
