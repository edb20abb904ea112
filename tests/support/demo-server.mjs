// The built collector with the demo pages on a free port and a throwaway SQLite file, as `npm start` runs
// it (after `npm run build`): for end-to-end tests of the demo.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);

export async function startDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'feelback-demo-'));
  const server = spawn(process.execPath, ['dist/collector/server.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', FEELBACK_DB: join(dir, 'demo.db'), DATABASE_URL: '' },
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
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
