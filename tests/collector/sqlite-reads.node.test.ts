/**
 * Long reads on SQLite share the event loop (issue 10, item 2): better-sqlite3 is synchronous, so a summary
 * or an export that read its pages back to back would answer nothing else until it ended. These tests count
 * what gets done while a read runs instead of timing it, so a slow machine cannot make them fail.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import { streamRows, type ResponseFilter, type ResponseStore, type StoredRow } from '../../src/collector/store.js';
import type { Response } from '../../src/schema/response.js';
import { makeResponse, post } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'feelback-reads-'));
const file = join(dir, 'big.db');
after(() => rmSync(dir, { recursive: true, force: true }));

/** Thirty pages of the stores' 500 rows. */
const ROWS = 15_000;

before(async () => {
  await new SqliteStore(file).close(); // the schema
  const db = new Database(file);
  // Made by SQLite itself from one response, each with its own id: a JavaScript loop would take seconds.
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
       ids(id) AS (SELECT printf('%08x-0000-4000-8000-%012x', i, i) FROM n)
     INSERT INTO responses (id, survey_id, touchpoint, channel, submitted_at, received_at, body)
     SELECT id, 'default', 'hypotheek-aanvraag', 'web', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:01.000Z',
            json_set(?, '$.id', id)
     FROM ids`,
  ).run(ROWS, JSON.stringify(makeResponse({ metadata: { branch: 'Utrecht' } })));
  db.close();
});

/**
 * The store, watched: whether a read without `maxSeq` (a summary, or the CSV export's column pass) is under
 * way, and how many responses were stored while it was.
 */
class Watched implements ResponseStore {
  readonly inner = new SqliteStore(file);
  pages = 0;
  reading = false;
  finished = false;
  storedWhileReading = 0;

  async insert(response: Response, receivedAt: Date) {
    const created = await this.inner.insert(response, receivedAt);
    if (this.reading) this.storedWhileReading += 1;
    return created;
  }

  async page(filter: ResponseFilter, afterSeq: number, limit: number): Promise<StoredRow[]> {
    this.pages += 1;
    const watched = filter.maxSeq === undefined && !this.finished;
    if (watched) this.reading = true;
    const rows = await this.inner.page(filter, afterSeq, limit);
    if (watched && rows.length < limit) [this.reading, this.finished] = [false, true];
    return rows;
  }

  count(filter?: ResponseFilter) {
    return this.inner.count(filter);
  }

  close() {
    return this.inner.close();
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** POSTs from four clients, each sending the next as soon as the last is answered, until `until()`. */
async function postWhile(base: string, until: () => boolean) {
  const client = async () => {
    while (!until()) assert.equal((await post(base, makeResponse())).status, 201);
  };
  await Promise.all([client(), client(), client(), client()]);
}

async function start(store: ResponseStore, errors: unknown[] = []): Promise<CollectorApp> {
  return startCollector({ store, port: 0, rateLimit: false, onError: (e) => errors.push(e) });
}

test('pages of a SQLite read are a turn of the event loop apart', async () => {
  const store = new SqliteStore(file);
  let turns = 0;
  let ticking = true;
  const tick = () => {
    turns += 1;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  let rows = 0;
  const turnsAtPage: number[] = [];
  for await (const row of streamRows(store, {})) {
    if (rows++ % 500 === 0) turnsAtPage.push(turns);
    void row;
  }
  ticking = false;
  await store.close();
  assert.ok(rows >= ROWS);
  // Every page begins at least one turn after the one before it.
  const stalls = turnsAtPage.filter((t, i) => i > 0 && t === turnsAtPage[i - 1]).length;
  assert.equal(stalls, 0, `${stalls} of ${turnsAtPage.length} pages followed the last without a turn between`);
});

test('a page of one survey reads its rows in seq order from an index, never sorting the whole survey', () => {
  // With only the (survey_id, submitted_at) index, each page sorted every row of the survey after the last
  // one read: a million-row survey cost a million-row sort per page of 500, all on the event loop.
  const db = new Database(file, { readonly: true });
  const plan = (where: string) =>
    (
      db.prepare(`EXPLAIN QUERY PLAN SELECT seq FROM responses WHERE ${where} ORDER BY seq LIMIT 500`).all() as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join('; ');
  try {
    for (const where of [
      "seq > 0 AND survey_id = 'a'",
      "seq > 0 AND survey_id = 'a' AND submitted_at >= '2026' AND submitted_at <= '2027'",
      "seq > 0 AND survey_id = 'a' AND touchpoint = 'b' AND seq <= 9",
    ]) {
      assert.doesNotMatch(plan(where), /TEMP B-TREE/, where);
    }
  } finally {
    db.close();
  }
});

test('responses are stored while a summary reads every row', async () => {
  const store = new Watched();
  const app = await start(store);
  const summary = fetch(new URL('api/summary', app.url)).then((res) => res.json() as Promise<{ n: number }>);
  while (store.pages === 0) await turn();
  await postWhile(app.url, () => store.finished);
  assert.ok((await summary).n >= ROWS);
  await app.shutdown();
  assert.ok(store.storedWhileReading >= 8, `only ${store.storedWhileReading} stored during the summary`);
});

test('responses are stored while a CSV export learns its columns, before its first byte', async () => {
  const store = new Watched();
  const app = await start(store);
  const csv = fetch(new URL('api/export?format=csv', app.url)).then((res) => res.text());
  while (store.pages === 0) await turn();
  await postWhile(app.url, () => store.finished);
  const lines = (await csv).split('\r\n').length;
  await app.shutdown();
  assert.ok(lines > ROWS);
  assert.ok(store.storedWhileReading >= 8, `only ${store.storedWhileReading} stored during the column pass`);
});

test('a shutdown during a long export stops its read and closes the store without an error', async () => {
  const store = new Watched();
  const errors: unknown[] = [];
  const app = await startCollector({
    store,
    port: 0,
    rateLimit: false,
    shutdownTimeoutMs: 50,
    onError: (e) => errors.push(e),
  });
  // Cut off before its first byte: the connection closes while the export still learns its columns.
  const csv = fetch(new URL('api/export?format=csv', app.url)).then(
    (res) => res.text(),
    () => 'cut off',
  );
  while (store.pages < 3) await turn();
  await app.shutdown();
  assert.equal(await csv, 'cut off');
  const pages = store.pages;
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(store.pages, pages, 'the export kept reading after the shutdown');
  assert.ok(pages < (2 * ROWS) / 500, 'the export read every page before the shutdown ended');
  assert.deepEqual(errors, []);
});
