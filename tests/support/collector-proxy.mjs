// A real collector behind the web-test-runner server, for the report's browser tests: requests to
// /__collector/<path> go to a collector (tests/support/demo-collector.ts) holding the demo's twelve weeks of
// responses, started on the first such request and stopped with the test runner. Same origin as the test
// page, so no CORS. /__collector/slow/<path> waits 400 ms first: a page loading over a real network.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let started;

function collector() {
  started ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/demo-collector.ts'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /^http:\/\/\S+\//m.exec(out);
      if (url) resolve(url[0]);
    });
    child.once('exit', (code) => reject(new Error(`demo collector exited with ${code}: ${out}`)));
    process.once('exit', () => child.kill('SIGTERM'));
  });
  return started;
}

export function collectorProxy() {
  return async function collectorMiddleware(ctx, next) {
    const match = /^\/__collector\/(slow\/)?(.*)$/.exec(ctx.path);
    if (!match) return next();
    const base = await collector();
    if (match[1]) await new Promise((r) => setTimeout(r, 400));
    const res = await fetch(`${base}${match[2]}${ctx.search}`, {
      method: ctx.method,
      headers: { accept: ctx.get('accept') || '*/*' },
    });
    ctx.status = res.status;
    ctx.type = res.headers.get('content-type') ?? 'application/json';
    ctx.body = Buffer.from(await res.arrayBuffer());
  };
}
