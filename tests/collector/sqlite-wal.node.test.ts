/** The SQLite write-ahead log stays bounded under sustained writes (issue 10, item 6). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { makeResponse } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-wal-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;
const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

test('the WAL stays under its bound while commits never pause', async () => {
  const file = join(dir, 'busy.db');
  const store = new SqliteStore(file, { checkpoint: { intervalMs: 20, walLimitBytes: 1 * MiB } });
  const bound = 8 * MiB;
  // Two writers, each committing a response every millisecond or so: the writer is never idle for long
  // when a checkpoint ends, which is what kept SQLite from ever starting the WAL over. These 1,500 commits
  // append ~20 MiB of pages to the WAL; with PASSIVE checkpoints alone all of it stayed in the file.
  let largest = 0;
  let rows = 0;
  const writer = async () => {
    while (rows++ < 1500) {
      await store.insert(makeResponse(), new Date());
      largest = Math.max(largest, size(`${file}-wal`));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  await Promise.all([writer(), writer()]);
  await store.close();
  assert.ok(largest < bound, `the WAL reached ${(largest / MiB).toFixed(1)} MiB, over ${bound / MiB} MiB`);
});
