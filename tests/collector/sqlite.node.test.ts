import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { refusingSqlite } from './refusing-stores.js';
import { httpSuite } from './suite-http.js';
import { readsSuite } from './suite-reads.js';
import { collectorSuite } from './suite.js';

// A real file, so that "survives a restart" means what it says.
const dir = mkdtempSync(join(tmpdir(), 'feelback-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

collectorSuite('SQLite', { open: async () => new SqliteStore(join(dir, 'data', 'feelback.db')) });
httpSuite('SQLite', {
  open: async () => new SqliteStore(join(dir, 'data', 'feelback.db')),
  refusing: () => refusingSqlite(dir),
});
readsSuite('SQLite', { open: async () => new SqliteStore(join(dir, 'data', 'feelback.db')) });
