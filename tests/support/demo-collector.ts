// A real collector over the demo's twelve weeks of responses, for the report's browser tests: run by
// collector-proxy.mjs as `node --import tsx tests/support/demo-collector.ts`. An SQLite file in a temporary
// directory, removed on exit; the URL goes to stdout as the first line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without types, shared with `npm run seed`
import { demoResponses } from '../../scripts/demo-responses.mjs';
import { startCollector } from '../../src/collector/app.js';
import { SqliteStore } from '../../src/collector/sqlite.js';
import type { Response } from '../../src/schema/response.js';
import { scoreResponse } from '../../src/scores/response-scores.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-report-'));
const store = new SqliteStore(join(dir, 'demo.db'));
for (const response of demoResponses({ score: scoreResponse }) as Response[]) {
  await store.insert(response, new Date(response.submittedAt));
}
const app = await startCollector({ store, port: 0, host: '127.0.0.1', rateLimit: false });
console.log(app.url);

const stop = () => {
  void app.shutdown().finally(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The test runner going away closes our stdin: stop with it, never outlive it.
process.stdin.on('end', stop).resume();
