/**
 * Each day's seq range (`sqlite-days.ts`), by which SQLite finds the rows of a range of a day at most: the
 * rows a page answers are those the filter names, with responses arriving days late, repeated ids and
 * conflicts in the same group commits, and on a file from before the table (filled by its migration).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Response } from '../../src/schema/response.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { canonicalInstant, type ResponseFilter } from '../../src/collector/store.js';
import { random, randomResponse } from '../support/random-responses.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-days-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const START = Date.UTC(2026, 7, 28);
const DAY = 86_400_000;

/** Days in arrival order, with one in ten responses sent two to five days after its day. */
function arrivals(n: number): Response[] {
  const rng = random(21);
  return Array.from({ length: n }, (_, i) => {
    const day = Math.floor((i * 8) / n);
    const late = rng() < 0.1 ? 2 + Math.floor(rng() * 4) : 0;
    return randomResponse(rng, START + Math.max(0, day - late) * DAY, 1);
  });
}

/** Cut days and whole days, one-day ranges across midnight, and ranges of no stored day. */
const FILTERS: ResponseFilter[] = [];
for (let d = -1; d < 10; d++) {
  const day = START + d * DAY;
  FILTERS.push({ from: new Date(day + 13.5 * 3_600_000).toISOString(), to: new Date(day + DAY - 1).toISOString() });
  FILTERS.push({ from: new Date(day).toISOString(), to: new Date(day + DAY).toISOString() });
  FILTERS.push({
    from: new Date(day + 20 * 3_600_000).toISOString(),
    to: new Date(day + DAY + 3_600_000).toISOString(),
  });
  FILTERS.push({ from: new Date(day).toISOString(), to: new Date(day + 9 * 3_600_000).toISOString(), channel: 'web' });
}

const within = (r: Response, f: ResponseFilter) =>
  canonicalInstant(r.submittedAt) >= canonicalInstant(f.from!) &&
  canonicalInstant(r.submittedAt) <= canonicalInstant(f.to!) &&
  (f.channel === undefined || r.channel === f.channel);

async function ids(store: SqliteStore, filter: ResponseFilter, newest = false): Promise<string[]> {
  const out: string[] = [];
  let bound: number | undefined = newest ? undefined : 0;
  for (;;) {
    const rows = newest ? await store.pageNewest(filter, bound, 7) : await store.page(filter, bound!, 7);
    if (rows.length === 0) return out;
    out.push(...rows.map((r) => r.response.id));
    bound = rows.at(-1)!.seq;
  }
}

async function assertExact(store: SqliteStore, stored: readonly Response[]) {
  const seqs = new Map((await store.page({}, 0, 1e6)).map((row) => [row.response.id, row.seq]));
  const middle = Math.floor(seqs.size / 2);
  for (const filter of [...FILTERS, ...FILTERS.map((f) => ({ ...f, maxSeq: middle }))]) {
    const expected = stored
      .filter((r) => within(r, filter) && seqs.get(r.id)! <= (filter.maxSeq ?? Infinity))
      .map((r) => r.id);
    assert.deepEqual(await ids(store, filter), expected, JSON.stringify(filter));
    assert.deepEqual(await ids(store, filter, true), [...expected].reverse(), JSON.stringify(filter));
    assert.equal(await store.count(filter), expected.length, JSON.stringify(filter));
  }
}

test('a range of a day at most answers exactly its rows, late arrivals and repeats included', async () => {
  const responses = arrivals(600);
  const store = new SqliteStore(join(dir, `${++files}.db`));
  // Bursts of 50 share a group commit; each burst repeats one earlier response and conflicts with another.
  for (let i = 0; i < responses.length; i += 50) {
    const burst: Promise<unknown>[] = responses.slice(i, i + 50).map((r) => store.insert(r, new Date()));
    if (i > 0) {
      burst.push(store.insert(responses[i - 1]!, new Date()));
      burst.push(store.insert({ ...responses[i - 2]!, lang: 'de' }, new Date()));
    }
    await Promise.all(burst);
  }
  await assertExact(store, responses);
  await store.close();
});

test('a file from before the day ranges gets them from its rows when it is opened', async () => {
  const file = join(dir, `${++files}.db`);
  const responses = arrivals(300);
  let store = new SqliteStore(file);
  await Promise.all(responses.slice(0, 200).map((r) => store.insert(r, new Date())));
  await store.close();
  // Back to schema version 4: the index on submitted_at, no day ranges.
  const db = new Database(file);
  db.exec('DROP TABLE response_days; CREATE INDEX responses_submitted ON responses (submitted_at);');
  db.exec('PRAGMA user_version = 4;');
  db.close();

  store = new SqliteStore(file);
  await Promise.all(responses.slice(200).map((r) => store.insert(r, new Date())));
  await assertExact(store, responses);
  await store.close();
  const after = new Database(file, { readonly: true });
  const indexes = after.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
  after.close();
  assert.ok(!indexes.includes('responses_submitted'), 'the index the day ranges replace is dropped');
});
