import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { bucketsSuite, weeksMigrationSuite } from './suite-buckets.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-buckets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
bucketsSuite('SQLite', {
  fresh: async () => new SqliteStore(join(dir, `buckets-${++files}.db`)),
  unbuild: async () => {
    // Another connection to the same file, as an upgrade would find it.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, `buckets-${files}.db`));
    db.exec('UPDATE summary_buckets_built SET version = 0');
    db.close();
  },
});

weeksMigrationSuite('SQLite', {
  open: async () => new SqliteStore(join(dir, 'weeks.db')),
  downgrade: async ({ built }) => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'weeks.db'));
    // Version 5: the day ranges of `sqlite-days.ts`, the last migration before the weeks.
    db.exec(`DELETE FROM summary_buckets WHERE level IN ('W', 'w'); PRAGMA user_version = 5;`);
    if (!built) db.exec('UPDATE summary_buckets_built SET version = 0');
    db.close();
  },
});
