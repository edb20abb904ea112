/**
 * Summary buckets (issue 15): summary, trend and groupBy read from buckets equal `summarize()` over the raw
 * responses, for thousands of random responses and random filters; the same after `rebuildBuckets()`, and
 * while the buckets are not built (rows scanned). Run once per store, each on a database of its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { MAX_GROUPS } from '../../src/collector/reads.js';
import { nextPeriod, periodStart, type Interval } from '../../src/collector/periods.js';
import type { ResponseStore } from '../../src/collector/store.js';
import type { Response } from '../../src/schema/response.js';
import { summarize, type Summary } from '../../src/scores/summarize.js';
import { CHANNELS, pick, random, randomResponse, SURVEYS, TOUCHPOINTS, type Rng } from '../support/random-responses.js';

const TOKEN = 'buckets-token';
const START = Date.UTC(2026, 9, 26);
const DAYS = 40;
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

    const get = async (path: string, params: URLSearchParams) => {
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

    /** Random filters; each read compared with summarize() over the raw responses it selects. */
    async function compareReads(queries: number, seed: number) {
      const qrng = random(seed);
      for (let q = 0; q < queries; q++) {
        const { params, matches } = randomQuery(qrng);
        const rows = responses.filter(matches);
        const label = params.toString();
        // The collector's summary adds `recovery`, read from the recovery cases (not a figure of summarize()):
        // its count of cases is the count of flagged responses the filter selects.
        const { recovery, ...summary } = await get('summary', params);
        assert.deepEqual(wire(summary), wire(summarize(rows, OPTIONS)), `summary ${label}`);
        assert.equal(recovery?.n, rows.filter((r) => r.recovery?.needed).length, `recovery.n ${label}`);
        const interval = pick(qrng, ['day', 'week', 'month'] as const);
        const trend = await get('trend', new URLSearchParams([...params, ['interval', interval]]));
        assert.deepEqual(
          trend.points.map((p) => ({ start: p.start, summary: p.summary })),
          expectedTrend(rows, interval),
          `trend ${interval} ${label}`,
        );
        const groupBy = pick(qrng, ['touchpoint', 'channel', 'surveyId', 'lang'] as const);
        const grouped = await get('summary', new URLSearchParams([...params, ['groupBy', groupBy]]));
        assert.deepEqual(grouped.groups, expectedGroups(rows, groupBy), `groupBy ${groupBy} ${label}`);
      }
    }

    test(`summary, trend and groupBy from buckets equal summarize() of ${count} random responses`, () =>
      compareReads(60, 1));

    test('the same with the buckets not built (rows scanned), and again after rebuildBuckets()', async () => {
      await target.unbuild(store);
      assert.equal(await store.summaryBuckets!({ level: 's' }), null);
      await compareReads(10, 2);
      assert.equal(await store.rebuildBuckets!(), count);
      assert.notEqual(await store.summaryBuckets!({ level: 's' }), null);
      await compareReads(20, 3);
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
      const body = (await get('summary', new URLSearchParams({ surveyId: 'largest-groups', groupBy: 'touchpoint' })))
        .groups as { key: string }[];
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
