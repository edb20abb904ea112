/**
 * The reads of CONTRACT §10 on a real server (issue 15, items 2–4): the trend by period, the summary by
 * group and the comments, newest first. Run once per store; every test writes a survey of its own.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import { MAX_GROUPS, MAX_PERIODS } from '../../src/collector/reads.js';
import type { Issue, Response } from '../../src/schema/response.js';
import { compareNps, type NpsChange } from '../../src/scores/compare.js';
import { summarize, type Summary } from '../../src/scores/summarize.js';
import { answers, makeResponse, post } from './helpers.js';
import type { StoreUnderTest } from './suite.js';

const TOKEN = 'reads-token';

/** Every member any of the reads answers, loosely: each test reads the ones of its route. */
interface Body {
  interval: string;
  points: { start: string; end: string; summary: Summary }[];
  change: { nps: NpsChange } | null;
  groups: { key: string | null; summary: Summary }[];
  other: { summary: Summary } | null;
  items: {
    id: string;
    receivedAt: string;
    touchpoint: string | null;
    channel: string;
    comment: string;
    scores: { npsCategory: string | null };
    recovery: unknown;
  }[];
  next: string | null;
  errors: Issue[];
}

/** As the summary comes over the wire: `undefined` members dropped. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

export function readsSuite(name: string, target: StoreUnderTest) {
  describe(`trend, groups and comments, on ${name}`, () => {
    let app: CollectorApp;
    before(async () => {
      app = await startCollector({ store: await target.open(), port: 0, rateLimit: false, readToken: TOKEN });
    });
    after(() => app.shutdown());

    const survey = () => `survey-${randomUUID()}`;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const get = async (path: string, headers: Record<string, string> = auth) => {
      const res = await fetch(new URL(path, app.url), { headers });
      return { status: res.status, body: (await res.json()) as Body };
    };
    /** Posts in order, a few at a time, so that `seq` follows the array within each slice. */
    const store = async (responses: readonly Response[], inOrder = false) => {
      const step = inOrder ? 1 : 25;
      for (let i = 0; i < responses.length; i += step) {
        const statuses = await Promise.all(
          responses.slice(i, i + step).map(async (r) => (await post(app.url, r)).status),
        );
        assert.deepEqual(new Set(statuses), new Set([201]));
      }
    };
    const nps = (surveyId: string, submittedAt: string, ...scores: number[]) =>
      scores.map((value) => makeResponse({ surveyId, submittedAt, answers: [answers.nps(value)] }));
    const repeat = (count: number, value: number) => Array<number>(count).fill(value);

    test('trend by week: UTC weeks from Monday across a year boundary, empty weeks with n 0', async () => {
      const surveyId = survey();
      await store([
        ...nps(surveyId, '2026-12-29T09:00:00.000Z', 10), // Tuesday of the week of Monday 28 December
        ...nps(surveyId, '2027-01-03T23:59:59.999Z', 3), // its Sunday, the next year
        ...nps(surveyId, '2027-01-12T00:00:00.000Z', 8, 9), // two weeks on; the week between is empty
      ]);
      const { status, body } = await get(`api/trend?surveyId=${surveyId}&interval=week`);
      assert.equal(status, 200);
      assert.equal(body.interval, 'week');
      assert.deepEqual(
        body.points.map((p) => [p.start, p.end, p.summary.n]),
        [
          ['2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z', 2],
          ['2027-01-04T00:00:00.000Z', '2027-01-11T00:00:00.000Z', 0],
          ['2027-01-11T00:00:00.000Z', '2027-01-18T00:00:00.000Z', 2],
        ],
      );
      assert.deepEqual(body.points[1].summary, wire(summarize([])));
      assert.deepEqual(body.points[0].summary, wire(summarize(nps(surveyId, '2026-12-29T09:00:00.000Z', 10, 3))));
      // The last two periods are the empty week and the last: no NPS to compare with.
      assert.deepEqual(body.change, {
        nps: { from: null, to: 50, difference: null, z: null, p: null, significant: false },
      });
      const weeks = await get(`api/trend?surveyId=${surveyId}&interval=week&to=2027-01-10`);
      // Too few answers for a test: the plain difference only.
      assert.deepEqual(weeks.body.change, null);
    });

    test('trend by day and by month; filters apply; one period has no change', async () => {
      const surveyId = survey();
      await store([
        ...nps(surveyId, '2027-02-27T12:00:00.000Z', 10),
        ...nps(surveyId, '2027-03-02T12:00:00.000Z', 0),
        makeResponse({ surveyId, channel: 'app', submittedAt: '2027-03-05T12:00:00.000Z' }),
      ]);
      const days = await get(`api/trend?surveyId=${surveyId}&interval=day&channel=web`);
      assert.deepEqual(
        days.body.points.map((p) => [p.start.slice(0, 10), p.summary.n]),
        [
          ['2027-02-27', 1],
          ['2027-02-28', 0],
          ['2027-03-01', 0],
          ['2027-03-02', 1],
        ],
      );
      const months = await get(`api/trend?surveyId=${surveyId}&interval=month`);
      assert.deepEqual(
        months.body.points.map((p) => [p.start, p.end, p.summary.n]),
        [
          ['2027-02-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z', 1],
          ['2027-03-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z', 2],
        ],
      );
      const one = await get(`api/trend?surveyId=${surveyId}&interval=month&from=2027-03-01`);
      assert.equal(one.body.points.length, 1);
      assert.equal(one.body.change, null);
      const none = await get(`api/trend?surveyId=${survey()}&interval=day`);
      assert.deepEqual(none.body, { interval: 'day', points: [], change: null });
    });

    test('change compares the last two periods: the worked example of INSTRUMENTS.md', async () => {
      const surveyId = survey();
      await store([
        ...nps(surveyId, '2027-01-15T10:00:00.000Z', ...repeat(100, 10), ...repeat(60, 8), ...repeat(40, 2)),
        ...nps(surveyId, '2027-02-15T10:00:00.000Z', ...repeat(60, 9), ...repeat(45, 7), ...repeat(45, 0)),
      ]);
      const { body } = await get(`api/trend?surveyId=${surveyId}&interval=month`);
      const change = body.change!.nps;
      assert.equal(change.from, 30);
      assert.equal(change.to, 10);
      assert.equal(change.difference, -20);
      assert.ok(Math.abs(change.z! - -2.28) < 0.005, `z ${change.z}`);
      assert.ok(Math.abs(change.p! - 0.022) < 0.001, `p ${change.p}`);
      assert.equal(change.significant, true);
      const counts = (n: number, promoters: number, detractors: number) => ({
        promoters,
        passives: n - promoters - detractors,
        detractors,
      });
      assert.deepEqual(change, compareNps(counts(200, 100, 40), counts(150, 60, 45)));
    });

    test(`trend refuses more than ${MAX_PERIODS} periods with 400, before or while reading`, async () => {
      const surveyId = survey();
      await store([...nps(surveyId, '2020-01-01T00:00:00.000Z', 9), ...nps(surveyId, '2026-01-01T00:00:00.000Z', 9)]);
      const known = await get(`api/trend?surveyId=${surveyId}&interval=day&from=2020-01-01&to=2026-01-01`);
      assert.equal(known.status, 400);
      assert.equal(known.body.errors[0].path, 'interval');
      const found = await get(`api/trend?surveyId=${surveyId}&interval=day`);
      assert.equal(found.status, 400);
      assert.equal(found.body.errors[0].path, 'interval');
      // The same span by week (314 periods) is fine.
      const weeks = await get(`api/trend?surveyId=${surveyId}&interval=week`);
      assert.equal(weeks.status, 200);
      assert.equal(weeks.body.points.length, 314);
    });

    test('groupBy: one summary per value, largest n first, ties by key, each equal to summarize() of its rows', async () => {
      const surveyId = survey();
      const at = (touchpoint: string | null, count: number, lang = 'nl') =>
        Array.from({ length: count }, (_, i) =>
          makeResponse({
            surveyId,
            touchpoint,
            lang,
            channel: i % 2 ? 'app' : 'web',
            answers: [
              answers.nps(i % 11),
              answers.emotion({ id: 'happy', valence: 'positive', intensity: 1 + (i % 5) }),
            ],
          }),
        );
      const rows = [
        ...at('login', 2),
        ...at('hypotheek', 5, 'en'),
        ...at(null, 3),
        ...at('betalen', 2),
        ...at('aanvraag', 3),
      ];
      await store(rows);
      const { status, body } = await get(`api/summary?surveyId=${surveyId}&groupBy=touchpoint`);
      assert.equal(status, 200);
      assert.deepEqual(
        body.groups.map((g) => [g.key, g.summary.n]),
        [
          ['hypotheek', 5],
          [null, 3],
          ['aanvraag', 3],
          ['betalen', 2],
          ['login', 2],
        ],
      );
      for (const group of body.groups) {
        const own = rows.filter((r) => r.touchpoint === group.key);
        assert.deepEqual(group.summary, wire(summarize(own)), `touchpoint ${group.key}`);
      }
      assert.equal(body.other, null);
      const langs = await get(`api/summary?surveyId=${surveyId}&groupBy=lang`);
      assert.deepEqual(
        langs.body.groups.map((g) => [g.key, g.summary.n]),
        [
          ['nl', 10],
          ['en', 5],
        ],
      );
      const channels = await get(`api/summary?surveyId=${surveyId}&groupBy=channel&touchpoint=hypotheek`);
      assert.deepEqual(
        channels.body.groups.map((g) => [g.key, g.summary]),
        ['web', 'app'].map((c) => [
          c,
          wire(summarize(rows.filter((r) => r.touchpoint === 'hypotheek' && r.channel === c))),
        ]),
      );
      const surveys = await get(`api/summary?surveyId=${surveyId}&groupBy=surveyId`);
      assert.deepEqual(surveys.body.groups, [{ key: surveyId, summary: wire(summarize(rows)) }]);
    });

    test(`groupBy keeps at most ${MAX_GROUPS} groups; later values share other`, async () => {
      const surveyId = survey();
      const rows = Array.from({ length: MAX_GROUPS + 2 }, (_, i) =>
        makeResponse({ surveyId, touchpoint: `t${String(i).padStart(3, '0')}` }),
      );
      await store(rows, true);
      const { body } = await get(`api/summary?surveyId=${surveyId}&groupBy=touchpoint`);
      assert.equal(body.groups.length, MAX_GROUPS);
      assert.deepEqual(
        body.groups.map((g) => g.key),
        rows.slice(0, MAX_GROUPS).map((r) => r.touchpoint),
      );
      assert.deepEqual(body.other, { summary: wire(summarize(rows.slice(MAX_GROUPS))) });
    });

    test('comments: newest first, only responses with a comment, the first comment, scores recomputed', async () => {
      const surveyId = survey();
      const liar = makeResponse({
        surveyId,
        answers: [answers.nps(2), answers.comment('Te traag'), { name: 'extra', kind: 'comment', value: 'second' }],
        recovery: { needed: true, reasons: ['detractor'] },
      }); // its scores say promoter
      const rows = [liar, makeResponse({ surveyId }), makeResponse({ surveyId, answers: [answers.comment('Prima')] })];
      await store(rows, true);
      const { status, body } = await get(`api/comments?surveyId=${surveyId}`);
      assert.equal(status, 200);
      assert.equal(body.next, null);
      assert.deepEqual(
        body.items.map((i) => [i.id, i.comment]),
        [
          [rows[2]!.id, 'Prima'],
          [liar.id, 'Te traag'],
        ],
      );
      const item = body.items[1];
      assert.deepEqual(Object.keys(item).sort(), [
        'channel',
        'comment',
        'id',
        'receivedAt',
        'recovery',
        'scores',
        'touchpoint',
      ]);
      assert.equal(item.scores.npsCategory, 'detractor');
      assert.deepEqual(item.recovery, liar.recovery);
      assert.equal(item.touchpoint, liar.touchpoint);
      assert.equal(item.channel, 'web');
      assert.ok(!Number.isNaN(Date.parse(item.receivedAt)));
    });

    test('comments: cursor pages skip nothing and repeat nothing while responses keep arriving', async () => {
      const surveyId = survey();
      const comment = (i: number) =>
        makeResponse({ surveyId, answers: [answers.nps(i % 11), answers.comment(`c${i}`)] });
      // Comments among responses without one, so that pages span rows that are not items.
      const rows = Array.from({ length: 23 }, (_, i) => (i % 3 === 1 ? makeResponse({ surveyId }) : comment(i)));
      await store(rows, true);
      const expected = rows
        .filter((r) => r.answers.some((a) => a.kind === 'comment'))
        .reverse()
        .map((r) => r.id);
      const seen: string[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const page: { status: number; body: Body } = await get(
          `api/comments?surveyId=${surveyId}&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(page.status, 200);
        assert.ok(page.body.items.length <= 4);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.next;
        pages += 1;
        // Newer responses arrive between pages: they belong before the first page, not in this listing.
        await store([comment(100 + pages), makeResponse({ surveyId })], true);
      }
      assert.deepEqual(seen, expected);
      assert.equal(pages, Math.ceil(expected.length / 4));
      const fresh = await get(`api/comments?surveyId=${surveyId}&limit=50`);
      assert.equal(fresh.body.items.length, expected.length + pages);
      assert.deepEqual(
        fresh.body.items.slice(pages).map((i) => i.id),
        expected,
      );
    });

    test('the reads need the read token', async () => {
      for (const path of ['api/trend?interval=month', 'api/comments', 'api/summary?groupBy=channel']) {
        assert.equal((await get(path, {})).status, 401, path);
        assert.equal((await get(path, { authorization: 'Bearer wrong' })).status, 401, path);
        assert.equal((await get(path)).status, 200, path);
      }
    });

    test('bad parameters answer 400 with the parameter named', async () => {
      for (const [path, param] of [
        ['api/trend', 'interval'],
        ['api/trend?interval=year', 'interval'],
        ['api/trend?interval=day&channel=fax', 'channel'],
        ['api/trend?interval=day&from=yesterday', 'from'],
        ['api/summary?groupBy=page', 'groupBy'],
        ['api/summary?groupBy=__proto__', 'groupBy'],
        ['api/summary?groupBy=lang&to=soon', 'to'],
        ['api/comments?limit=0', 'limit'],
        ['api/comments?limit=51', 'limit'],
        ['api/comments?limit=ten', 'limit'],
        ['api/comments?cursor=nonsense', 'cursor'],
        [`api/comments?cursor=${Buffer.from('v1:-3').toString('base64url')}`, 'cursor'],
        ['api/comments?channel=fax', 'channel'],
      ] as const) {
        const { status, body } = await get(path);
        assert.equal(status, 400, path);
        assert.equal(body.errors[0].path, param, path);
      }
    });
  });
}
