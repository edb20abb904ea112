/**
 * Summary buckets (issue 15): summary, trend and groupBy read from buckets equal `summarize()` over the raw
 * responses, for thousands of random responses and random filters; the same after `rebuildBuckets()`, and
 * while the buckets are not built (rows scanned). Run once per store, each on a database of its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { splitRange, type RangeNeed } from '../../src/collector/bucket-ranges.js';
import { LEVELS, type BucketRow } from '../../src/collector/buckets.js';
import { parseFilter } from '../../src/collector/filter.js';
import { MAX_GROUPS } from '../../src/collector/reads.js';
import { nextPeriod, periodStart, type Interval } from '../../src/collector/periods.js';
import type { ResponseStore } from '../../src/collector/store.js';
import type { Response } from '../../src/schema/response.js';
import { SummaryAccumulator, summarize, type Summary } from '../../src/scores/summarize.js';
import { CHANNELS, pick, random, randomResponse, SURVEYS, TOUCHPOINTS, type Rng } from '../support/random-responses.js';

const TOKEN = 'buckets-token';
// A Monday; 70 days hold two whole months (November, December) and weeks across both month ends.
const START = Date.UTC(2026, 9, 26);
const DAYS = 70;
const OPTIONS = { emotions: ['happy', 'calm'] };
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** A random `from`/`to` pair: absent, a date, a day's first or last millisecond, or any instant. */
function randomBound(rng: Rng, end: boolean): string | undefined {
  const day = START + Math.floor(rng() * (DAYS + 2) - 1) * 86_400_000;
  const kind = Math.floor(rng() * 5);
  if (kind === 0) return undefined;
  if (kind === 1) return new Date(day).toISOString().slice(0, 10);
  if (kind === 2) return new Date(end ? day + 86_399_999 : day).toISOString();
  if (kind === 3) return new Date(day + Math.floor(rng() * 86_400_000)).toISOString();
  return new Date(day + Math.floor(rng() * 86_400_000)).toISOString().replace('Z', '+02:00');
}

interface Query {
  params: URLSearchParams;
  matches(r: Response): boolean;
}

function randomQuery(rng: Rng): Query {
  const params = new URLSearchParams();
  if (rng() < 0.4) params.set('surveyId', pick(rng, SURVEYS));
  if (rng() < 0.3)
    params.set(
      'touchpoint',
      pick(
        rng,
        TOUCHPOINTS.filter((t) => t !== null),
      ),
    );
  if (rng() < 0.3) params.set('channel', pick(rng, CHANNELS));
  const from = randomBound(rng, false);
  const to = randomBound(rng, true);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  // As the collector reads a date: a whole UTC day.
  const ms = (v: string, end: boolean) =>
    Date.parse(/^\d{4}-\d\d-\d\d$/.test(v) ? `${v}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : v);
  const [lo, hi] = [from ? ms(from, false) : -Infinity, to ? ms(to, true) : Infinity];
  const matches = (r: Response) =>
    (!params.has('surveyId') || r.surveyId === params.get('surveyId')) &&
    (!params.has('touchpoint') || r.touchpoint === params.get('touchpoint')) &&
    (!params.has('channel') || r.channel === params.get('channel')) &&
    Date.parse(r.submittedAt) >= lo &&
    Date.parse(r.submittedAt) <= hi;
  return { params, matches };
}

function expectedTrend(rows: readonly Response[], interval: Interval) {
  const starts = rows.map((r) => periodStart(Date.parse(r.submittedAt), interval));
  if (starts.length === 0) return [];
  const points = [];
  const last = Math.max(...starts);
  for (let s = Math.min(...starts); s <= last; s = nextPeriod(s, interval)) {
    const own = rows.filter((_, i) => starts[i] === s);
    points.push({ start: new Date(s).toISOString(), summary: wire(summarize(own, OPTIONS)) });
  }
  return points;
}

function expectedGroups(rows: readonly Response[], key: 'touchpoint' | 'channel' | 'surveyId' | 'lang') {
  const keys = [...new Set(rows.map((r) => r[key]))];
  const groups = keys.map((k) => ({
    key: k,
    summary: summarize(
      rows.filter((r) => r[key] === k),
      OPTIONS,
    ),
  }));
  groups.sort(
    (a, b) =>
      b.summary.n - a.summary.n ||
      (a.key === b.key ? 0 : a.key === null ? -1 : b.key === null ? 1 : a.key < b.key ? -1 : 1),
  );
  return wire(groups.slice(0, MAX_GROUPS));
}

const get = async (app: CollectorApp, path: string, params: URLSearchParams) => {
  const res = await fetch(new URL(`api/${path}?${params}`, app.url), {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(res.status, 200, `${path}?${params}`);
  return (await res.json()) as {
    points: { start: string; summary: Summary }[];
    groups: unknown;
    recovery?: { n: number };
  } & Summary;
};

/** How many reads took buckets of each period: the random ranges must exercise months and weeks. */
type Taken = Record<'day' | 'week' | 'month' | 'weekInMonthTrend', number>;

function tally(taken: Taken, params: URLSearchParams, need: RangeNeed) {
  const parsed = parseFilter(params);
  if ('errors' in parsed) return;
  const periods = new Set(splitRange(parsed.filter, need).ranges.map((r) => LEVELS[r.level].period));
  for (const period of periods) taken[period] += 1;
  if (need.within === 'month' && periods.has('week')) taken.weekInMonthTrend += 1;
}

/**
 * Random filters; each read (summary, trend, groupBy) compared with summarize() over the raw responses it
 * selects. Answers how many reads took buckets of each period.
 */
async function compareReads(app: CollectorApp, responses: readonly Response[], queries: number, seed: number) {
  const taken: Taken = { day: 0, week: 0, month: 0, weekInMonthTrend: 0 };
  const qrng = random(seed);
  for (let q = 0; q < queries; q++) {
    const { params, matches } = randomQuery(qrng);
    const rows = responses.filter(matches);
    const label = params.toString();
    // The collector's summary adds `recovery`, read from the recovery cases (not a figure of summarize()):
    // its count of cases is the count of flagged responses the filter selects.
    const { recovery, ...summary } = await get(app, 'summary', params);
    assert.deepEqual(wire(summary), wire(summarize(rows, OPTIONS)), `summary ${label}`);
    assert.equal(recovery?.n, rows.filter((r) => r.recovery?.needed).length, `recovery.n ${label}`);
    tally(taken, params, { dims: false });
    const interval = pick(qrng, ['day', 'week', 'month'] as const);
    const trend = await get(app, 'trend', new URLSearchParams([...params, ['interval', interval]]));
    assert.deepEqual(
      trend.points.map((p) => ({ start: p.start, summary: p.summary })),
      expectedTrend(rows, interval),
      `trend ${interval} ${label}`,
    );
    tally(taken, params, { dims: false, within: interval });
    const groupBy = pick(qrng, ['touchpoint', 'channel', 'surveyId', 'lang'] as const);
    const grouped = await get(app, 'summary', new URLSearchParams([...params, ['groupBy', groupBy]]));
    assert.deepEqual(grouped.groups, expectedGroups(rows, groupBy), `groupBy ${groupBy} ${label}`);
    tally(taken, params, { dims: groupBy !== 'surveyId' });
  }
  return taken;
}

export interface BucketStoreUnderTest {
  /** A store on a database of its own, empty. */
  fresh(): Promise<ResponseStore>;
  /** Marks the buckets as not built, as after an upgrade that adds a figure. */
  unbuild(store: ResponseStore): Promise<void>;
}

export function bucketsSuite(name: string, target: BucketStoreUnderTest, count = 3000) {
  describe(`summary buckets on ${name}`, () => {
    let store: ResponseStore;
    let app: CollectorApp;
    const rng = random(15);
    const responses = Array.from({ length: count }, () => randomResponse(rng, START, DAYS));

    before(async () => {
      store = await target.fresh();
      // In bursts, so that group commit puts several responses (and buckets) in one transaction.
      for (let i = 0; i < responses.length; i += 200) {
        const outcomes = await Promise.all(responses.slice(i, i + 200).map((r) => store.insert(r, new Date())));
        assert.ok(outcomes.every((o) => o === 'created'));
      }
      app = await startCollector({ store, port: 0, rateLimit: false, readToken: TOKEN, summary: OPTIONS });
    });
    after(() => app.shutdown());

    const compare = (queries: number, seed: number) => compareReads(app, responses, queries, seed);

    test(`summary, trend and groupBy from buckets equal summarize() of ${count} random responses`, async () => {
      const taken = await compare(60, 1);
      // Of 180 reads, enough take months, weeks (also within a trend by month's months) and days.
      assert.ok(taken.month >= 20 && taken.week >= 40 && taken.day >= 40, JSON.stringify(taken));
      assert.ok(taken.weekInMonthTrend >= 3, JSON.stringify(taken));
    });

    test('the same with the buckets not built (rows scanned), and again after rebuildBuckets()', async () => {
      await target.unbuild(store);
      assert.equal(await store.summaryBuckets!({ level: 's' }), null);
      await compare(10, 2);
      assert.equal(await store.rebuildBuckets!(), count);
      assert.notEqual(await store.summaryBuckets!({ level: 's' }), null);
      await compare(20, 3);
    });

    test(`groupBy keeps the ${MAX_GROUPS} largest groups, not the first met; the others share other`, async () => {
      // The first two touchpoints stored have one response each; each later one has two.
      const rows = Array.from({ length: MAX_GROUPS + 2 }, (_, i) =>
        Array.from({ length: i < 2 ? 1 : 2 }, () => ({
          ...randomResponse(rng, START, DAYS),
          surveyId: 'largest-groups',
          touchpoint: `t${String(i).padStart(3, '0')}`,
        })),
      );
      for (const group of rows) for (const r of group) await store.insert(r, new Date());
      const body = (
        await get(app, 'summary', new URLSearchParams({ surveyId: 'largest-groups', groupBy: 'touchpoint' }))
      ).groups as { key: string }[];
      assert.deepEqual(
        body.map((g) => g.key),
        rows.slice(2).map((g) => g[0]!.touchpoint),
      );
      const res = await fetch(new URL('api/summary?surveyId=largest-groups&groupBy=touchpoint', app.url), {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const { other } = (await res.json()) as { other: { summary: Summary } };
      assert.deepEqual(other.summary, wire(summarize(rows.slice(0, 2).flat(), OPTIONS)));
    });
  });
}

export interface WeeksMigrationTarget {
  /** A store on one database of its own, the same at every call. */
  open(): Promise<ResponseStore>;
  /**
   * Takes that database, closed, back to the schema version before the week buckets, without them; with
   * `built: false` its buckets are also marked as not built.
   */
  downgrade(options: { built: boolean }): Promise<void>;
}

/**
 * Every week bucket in key order, with the summary of its state: a state lists names in the order met,
 * which differs between the inserts' merges and the migration's, while the summary does not.
 */
async function weekBuckets(store: ResponseStore) {
  const rows = [...(await store.summaryBuckets!({ level: 'W' }))!, ...(await store.summaryBuckets!({ level: 'w' }))!];
  const id = (r: BucketRow) => JSON.stringify([r.level, r.day, r.surveyId, r.touchpoint, r.channel, r.lang]);
  return rows
    .sort((a, b) => (id(a) < id(b) ? -1 : 1))
    .map(({ state, ...key }) => ({ ...key, summary: new SummaryAccumulator().merge(state).result() }));
}

/**
 * The migration that adds the week buckets: a database whose buckets were built before them gets each
 * week's merged from its days, equal to what the inserts write; one whose buckets are not built is left to
 * `rebuildBuckets()`, which writes them too.
 */
export function weeksMigrationSuite(name: string, target: WeeksMigrationTarget, count = 1500) {
  test(`on ${name}, a database built before the week buckets gets them from its days; reads exact`, async () => {
    const rng = random(16);
    const responses = Array.from({ length: count }, () => randomResponse(rng, START, DAYS));
    let store = await target.open();
    for (let i = 0; i < responses.length; i += 200) {
      await Promise.all(responses.slice(i, i + 200).map((r) => store.insert(r, new Date())));
    }
    const written = await weekBuckets(store);
    // Ten ISO weeks, each with its survey buckets and its per-touchpoint, channel and language ones.
    assert.equal(new Set(written.map((b) => b.day)).size, 10);
    await store.close();

    await target.downgrade({ built: true });
    store = await target.open();
    assert.deepEqual(await weekBuckets(store), written);
    const app = await startCollector({ store, port: 0, rateLimit: false, readToken: TOKEN, summary: OPTIONS });
    try {
      const taken = await compareReads(app, responses, 20, 4);
      assert.ok(taken.week >= 5, JSON.stringify(taken));
    } finally {
      await app.shutdown();
    }

    await target.downgrade({ built: false });
    store = await target.open();
    try {
      assert.equal(await store.summaryBuckets!({ level: 'W' }), null, 'not built: reads scan the rows');
      assert.equal(await store.rebuildBuckets!(), count);
      assert.deepEqual(await weekBuckets(store), written);
    } finally {
      await store.close();
    }
  });
}
