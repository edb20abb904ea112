// The built server as `npm start` runs it, on a free port with a throwaway SQLite file of its own, for the
// end-to-end tests of the demo pages. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);

/**
 * Starts the server; resolves with its base URL, what it stored (NDJSON export, by row) and a stop. `env`
 * adds to its environment (webhook settings); `prepare(env)` runs first, with the environment the server
 * will have (to seed its database).
 */
export async function startDemoServer({ env: extra = {}, prepare } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'feelback-demo-'));
  const env = { ...process.env, PORT: '0', FEELBACK_DB: join(dir, 'demo.db'), DATABASE_URL: '', ...extra };
  await prepare?.(env);
  const server = spawn(process.execPath, ['dist/collector/server.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (url) resolve(url[0].slice(0, -1));
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const stored = async () =>
    (await (await fetch(`${base}/api/export?format=ndjson`)).text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  const stop = async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, stored, stop };
}
