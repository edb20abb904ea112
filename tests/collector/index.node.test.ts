/**
 * `feelback/collector` is imported into a host's own application: importing it must not change zod for the
 * host, while the collector's 400s still explain themselves in English. A file of its own, so that nothing
 * else in this process has imported the collector before the first test looks.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import * as z from 'zod/mini';
import { answers, makeResponse, post } from './helpers.js';

describe('importing feelback/collector', () => {
  const before = { ...z.config() };
  let collector: typeof import('../../src/collector/index.js');

  test("leaves zod's global configuration untouched", async () => {
    collector = await import('../../src/collector/index.js');
    assert.deepEqual({ ...z.config() }, before);
    // zod/mini's default message, not a locale's: the host's own schemas say what the host set up.
    assert.equal(z.int().safeParse('x').error?.issues[0]?.message, 'Invalid input');
  });

  test('still answers 400 with English messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feelback-index-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    // The store is a subpath of its own (feelback/collector/sqlite): feelback/collector loads no driver.
    const { SqliteStore } = await import('../../src/collector/sqlite.js');
    const app = await collector.startCollector({
      store: new SqliteStore(join(dir, 'feelback.db')),
      port: 0,
      rateLimit: false,
    });
    try {
      const res = await post(app.url, makeResponse({ answers: [answers.nps(11)], channel: 'fax' as never }));
      assert.equal(res.status, 400);
      assert.deepEqual(await res.json(), {
        errors: [
          { path: 'channel', message: 'Invalid option: expected one of "web"|"app"|"phone"|"branch"|"email"|"chat"' },
          { path: 'answers.0.value', message: 'Too big: expected number to be <=10' },
        ],
      });
      assert.deepEqual({ ...z.config() }, before, 'nor does handling a request');
    } finally {
      await app.shutdown();
    }
  });
});
