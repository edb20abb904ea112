/**
 * `npm start`: the demo, the build and the reference collector on one local port.
 * Environment: PORT (8787), HOST (127.0.0.1), FEELBACK_DB (./data/feelback.db) or DATABASE_URL (PostgreSQL),
 * FEELBACK_ALLOWED_ORIGINS, FEELBACK_ALLOWED_HEADERS, FEELBACK_ALLOW_CREDENTIALS, FEELBACK_RATE_LIMIT,
 * FEELBACK_TRUST_PROXY (reverse proxies in front: the rate limit then counts X-Forwarded-For clients),
 * FEELBACK_READ_TOKEN (when set, /api/summary and /api/export need `Authorization: Bearer <token>`; when
 * unset they answer 403 unless HOST is a loopback address), FEELBACK_ALLOWED_HOSTS (host names beyond
 * localhost, IP addresses and HOST that requests may name, against DNS rebinding), FEELBACK_WEBHOOK_URL,
 * FEELBACK_WEBHOOK_SECRET, FEELBACK_WEBHOOK_EVENTS, FEELBACK_WEBHOOK_TIMEOUT_SECONDS (`webhook-env.ts`).
 */
import { fileURLToPath } from 'node:url';
import { startCollector } from './app.js';
import { parseList as list } from './hosts.js';
import { describeError } from './log.js';
import { openStore } from './open-store.js';
import { parseRateLimit, parseTrustProxy } from './rate-limit.js';
import { parseWebhookEnv } from './webhook-env.js';

async function main() {
  const env = process.env;
  // This file runs as dist/collector/server.js (and as src/collector/server.ts under tsx): the root is two up.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const port = Number(env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const rateLimit = parseRateLimit(env.FEELBACK_RATE_LIMIT);
  const trustedProxies = parseTrustProxy(env.FEELBACK_TRUST_PROXY);

  const webhooks = parseWebhookEnv(env);
  const { store, storage } = await openStore(env, webhooks.events);

  const app = await startCollector({
    store,
    root,
    port,
    host: env.HOST || '127.0.0.1',
    allowedOrigins: list(env.FEELBACK_ALLOWED_ORIGINS),
    allowedHosts: list(env.FEELBACK_ALLOWED_HOSTS),
    allowedHeaders: list(env.FEELBACK_ALLOWED_HEADERS),
    allowCredentials: /^(1|true|yes)$/i.test(env.FEELBACK_ALLOW_CREDENTIALS ?? ''),
    rateLimit,
    trustedProxies,
    readToken: env.FEELBACK_READ_TOKEN || undefined,
    webhook: webhooks.send ?? undefined,
  });
  console.log(`feelback: serving ${app.url} (demo at /, build at /dist/, API at /api/; ${storage})`);
  if (app.readsRefused) {
    console.error(
      `feelback: WARNING: ${app.url} is reachable beyond this machine and FEELBACK_READ_TOKEN is not set: ` +
        '/api/summary and /api/export answer 403 until it is (they hold every comment).',
    );
  }

  const stop = (signal: NodeJS.Signals) => {
    console.log(`feelback: ${signal}, finishing requests in flight`);
    app.shutdown().then(
      () => {
        console.log('feelback: stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`feelback: shutdown failed: ${describeError(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`feelback: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
