/**
 * Serves files for `npm start`: the demo at `/`, the build at `/dist/`. Never outside those folders. Pages
 * carry the bank's CSP and no referrer; every file carries validators (ETag, Last-Modified), so a repeat
 * page view costs a 304 instead of the whole bundle.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
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

/**
 * A chunk of the script tag, whose name carries a hash of its content (`chunks/feelback-nps-B3x_9k.js`, as the
 * build names them): a changed chunk gets a new name, so a browser may keep this one for good. Only in a
 * `chunks` folder: elsewhere a name like `feelback-worklist.js` has no hash and may change.
 */
const HASHED = /[\\/]chunks[\\/][^\\/]+-[A-Za-z0-9_-]{6,}\.(?:m?js|css)$/;

/** Weak: equal size and modification time say the bytes are very likely the same, not certainly. */
const etagOf = (info: Stats) => `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;

/**
 * Whether the client's copy is current (RFC 9110 §13.1): `If-None-Match` when sent (weak comparison, `*`
 * included), else `If-Modified-Since` at the one-second precision of HTTP dates.
 */
function unchanged(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((tag) => weak(tag) === weak(etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
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
      const validators = { etag: etagOf(info), 'last-modified': info.mtime.toUTCString() };
      const headers = {
        ...validators,
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(type.startsWith('text/html')
          ? { 'content-security-policy': PAGE_POLICY, 'referrer-policy': 'no-referrer' }
          : {}),
      };
      if (unchanged(req, validators.etag, info.mtime)) return void res.writeHead(304, headers).end();
      res.writeHead(200, { 'content-type': type, 'content-length': info.size, ...headers });
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
