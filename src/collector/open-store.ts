/**
 * The store `npm start` runs on, chosen from the environment: PostgreSQL when DATABASE_URL is set, else the
 * SQLite file FEELBACK_DB. Only the chosen store's driver is loaded, so a host with pg alone never needs
 * better-sqlite3, and the other way round.
 */
import { resolve } from 'node:path';
import type { ResponseStore } from './store.js';
import type { WebhookEvents } from './webhooks.js';

export interface OpenedStore {
  store: ResponseStore;
  /** Where the responses go, for the start-up line. */
  storage: string;
}

/** `webhookEvents`: which responses get a webhook event in the store's outbox (default `none`). */
export async function openStore(env: NodeJS.ProcessEnv, webhookEvents?: WebhookEvents): Promise<OpenedStore> {
  if (env.DATABASE_URL) {
    const { PgStore } = await import('./postgres.js');
    const store = await PgStore.open({ connectionString: env.DATABASE_URL, webhookEvents });
    return { store, storage: 'PostgreSQL (DATABASE_URL)' }; // never print the URL: it may hold a password
  }
  const file = resolve(env.FEELBACK_DB || 'data/feelback.db');
  const { SqliteStore } = await import('./sqlite.js');
  return { store: new SqliteStore(file, { webhookEvents }), storage: `SQLite ${file}` };
}
