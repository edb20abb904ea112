/** Serves files for `npm start`: the demo at `/`, the build at `/dist/`. Never outside those folders. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * The policy of every page served: what an internet bank sets, so the demo shows feelback working under
 * it. No inline script or style, no eval, and Trusted Types with Lit's policy as the only one.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export interface Mount {
  /** URL prefix ending in `/`, e.g. `/dist/`. */
  prefix: string;
  dir: string;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(`${text}\n`);
}

/** `true` when `path` is `dir` or inside it, compared on real paths so a symlink cannot lead out. */
async function inside(dir: string, path: string): Promise<boolean> {
  const [realDir, realPath] = await Promise.all([realpath(dir), realpath(path)]);
  return realPath === realDir || realPath.startsWith(realDir + sep);
}

/** Mounts are tried longest prefix first. */
export function createStaticListener(mounts: readonly Mount[]) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const [rawPath = '/', query] = (req.url ?? '/').split('?', 2);
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(res, 400, 'Bad request');
    }
    // Checked after decoding, so `%2e%2e` and `..%2f` are refused as well as a literal `/../`.
    if (!path.startsWith('/') || path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) {
      return plain(res, 403, 'Forbidden');
    }
    const mount = sorted.find((m) => path.startsWith(m.prefix) || `${path}/` === m.prefix);
    if (!mount) return plain(res, 404, 'Not found');
    if (`${path}/` === mount.prefix) return plain(res, 301, 'Moved', { location: mount.prefix });
    let file = join(mount.dir, path.slice(mount.prefix.length));
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/'))
          return plain(res, 301, 'Moved', { location: `${rawPath}/${query ? `?${query}` : ''}` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile() || !(await inside(mount.dir, file))) return plain(res, 404, 'Not found');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(type.startsWith('text/html') ? { 'content-security-policy': PAGE_POLICY } : {}),
      });
      if (req.method === 'HEAD') return void res.end();
      await pipeline(createReadStream(file), res);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return plain(res, 404, 'Not found');
      throw error;
    }
  };
}
