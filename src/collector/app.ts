/**
 * The whole `npm start` server as a value: API, demo and build files on one port, and a shutdown that stops
 * accepting, lets requests in flight finish, then closes the store. `server.ts` wires it to env and signals;
 * tests and the benchmark start it directly.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseOrigins } from './cors.js';
import { createCollector, type CollectorOptions } from './core.js';
import { HostPolicy, isLoopbackAddress } from './hosts.js';
import { logError } from './log.js';
import { toNodeListener } from './node.js';
import { createStaticListener } from './static.js';
import type { ResponseStore } from './store.js';
import { WebhookSender, type WebhookSenderOptions } from './webhook-sender.js';

export interface CollectorAppOptions extends Omit<CollectorOptions, 'allowedOrigins'> {
  /** Project root holding `demo/` and `dist/`; without it only the API is served. */
  root?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Empty or absent → the server's own origins on the port it listens on. */
  allowedOrigins?: readonly string[];
  /** How long shutdown waits for requests in flight before cutting them off. */
  shutdownTimeoutMs?: number;
  /**
   * `false` sends every API request through the Fetch adapter, as on other runtimes, instead of straight
   * through the collector's core (`NodeAdapterOptions.fastPath`); the tests run both.
   */
  fastPath?: boolean;
  /** Sends the store's outbox to this URL, signed with this secret (`FEELBACK_WEBHOOK_URL`/`_SECRET`). */
  webhook?: Omit<WebhookSenderOptions, 'outbox'>;
}

export interface CollectorApp {
  server: Server;
  store: ResponseStore;
  url: string;
  /**
   * Summary and export answer 403: the server listens beyond loopback and no read token is set. The
   * caller says so at start (`server.ts` does, on stderr).
   */
  readsRefused: boolean;
  /** Idempotent; resolves once every request has finished and the store is closed. */
  shutdown(): Promise<void>;
}

export async function startCollector(options: CollectorAppOptions): Promise<CollectorApp> {
  const server = createServer();
  // Slow clients may not hold a connection open forever, but a slow upload of 64 KiB still fits.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.listen(options.port ?? 8787, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}/`;

  const origins = options.allowedOrigins?.length ? options.allowedOrigins : parseOrigins(undefined, port);
  // Its own names: loopback and IP addresses always; the name it was told to listen on (`HOST`), if one.
  const allowedHosts = [...(options.allowedHosts ?? []), ...(options.host ? [options.host] : [])];
  const hosts = new HostPolicy(allowedHosts);
  // Without a read token, reads are served only on a loopback address, unless the caller decides otherwise.
  const readsRefused = !options.readToken && !(options.readsWithoutToken ?? isLoopbackAddress(address));
  const onError = options.onError ?? logError;
  const api = toNodeListener(
    createCollector({
      ...options,
      allowedOrigins: origins,
      allowedHosts,
      readsWithoutToken: !readsRefused,
    }),
    { onError, fastPath: options.fastPath },
  );
  const files = options.root
    ? createStaticListener([
        { prefix: '/', dir: join(options.root, 'demo') },
        { prefix: '/dist/', dir: join(options.root, 'dist') },
      ])
    : null;
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const outbox = options.store.outbox;
  const sender = options.webhook && outbox ? new WebhookSender({ onError, ...options.webhook, outbox }) : null;
  sender?.start();

  let inFlight = 0;
  let closing = false;
  let idle: (() => void) | null = null;
  server.on('request', (req, res) => {
    inFlight += 1;
    if (closing) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (path === basePath || path.startsWith(`${basePath}/`) || !files) return api(req, res);
    // The demo's files too: a rebound page could otherwise read whatever they hold, as Vite's dev server knows.
    if (!hosts.allows(req.headers.host ?? null)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      return void res.end('Host not allowed: add it to FEELBACK_ALLOWED_HOSTS\n');
    }
    files(req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  let done: Promise<void> | null = null;
  async function drain() {
    closing = true;
    const closed = once(server, 'close');
    server.close();
    // Keep-alive connections with no request in flight would otherwise hold `close` back.
    server.closeIdleConnections();
    if (inFlight > 0) {
      const timeout = options.shutdownTimeoutMs ?? 10_000;
      await new Promise<void>((resolve) => {
        idle = resolve;
        setTimeout(resolve, timeout).unref();
      });
    }
    server.closeAllConnections();
    await closed;
    // The server closes as soon as the sockets are destroyed; a cut request's `close`, which aborts what it
    // still reads, comes a turn later. The store closes after every one, so no read finds it closed.
    if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    await sender?.stop();
    await options.store.close();
  }

  return {
    server,
    store: options.store,
    url,
    readsRefused,
    shutdown: () => (done ??= drain()),
  };
}
