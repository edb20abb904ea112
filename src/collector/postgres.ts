/**
 * `feelback/collector/postgres`: the PostgreSQL store, `await PgStore.open({ connectionString })`.
 * Needs pg (`npm install pg`), an optional peer dependency of feelback.
 */
import { loadDriver } from './driver.js';
import type * as Postgres from './pg-store.js';

// A dynamic import: a static one would fail while linking, before any code could name the missing driver.
const loaded = await loadDriver('pg', 'feelback/collector/postgres', () => import('./pg-store.js'));

export const PgStore = loaded.PgStore;
export type PgStore = Postgres.PgStore;
export type { PgStoreOptions } from './pg-store.js';
