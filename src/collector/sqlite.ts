/**
 * `feelback/collector/sqlite`: the SQLite store, for `startCollector({ store })` or `createCollector`.
 * Needs better-sqlite3 (`npm install better-sqlite3`), an optional peer dependency of feelback.
 */
import { loadDriver } from './driver.js';
import type * as Sqlite from './sqlite-store.js';

// A dynamic import: a static one would fail while linking, before any code could name the missing driver.
const loaded = await loadDriver('better-sqlite3', 'feelback/collector/sqlite', () => import('./sqlite-store.js'));

export const SqliteStore = loaded.SqliteStore;
export type SqliteStore = Sqlite.SqliteStore;
export type { SqliteStoreOptions } from './sqlite-store.js';
export type { CheckpointOptions } from './sqlite-checkpoint.js';
