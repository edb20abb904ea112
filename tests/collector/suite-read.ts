/** The read side of the collector's contract: summary with filters and the two export formats. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answers, makeResponse, post } from './helpers.js';
import type { SuiteContext } from './suite.js';

export function readTests({ base, survey, start }: SuiteContext) {
  test('summarises with filters, recomputing the scores a client sent', async () => {
    const surveyId = survey();
    const liar = makeResponse({ surveyId, answers: [answers.nps(2)] }); // its scores say promoter
    const rows = [
      liar,
      makeResponse({
        surveyId,
        answers: [answers.nps(10), answers.emotion({ id: 'happy', valence: 'positive', intensity: 5 })],
      }),
      makeResponse({ surveyId, touchpoint: 'login', channel: 'app', answers: [answers.nps(8)] }),
      makeResponse({ surveyId, submittedAt: '2026-12-01T08:00:00Z', answers: [answers.nps(9)] }),
    ];
    for (const r of rows) assert.equal((await post(base(), r)).status, 201);
    const summary = async (query: string) => {
      const res = await fetch(new URL(`api/summary?surveyId=${surveyId}${query}`, base()));
      assert.equal(res.status, 200);
      return (await res.json()) as {
        n: number;
        nps: { n: number; score: number; detractors: number };
        emotion: { n: number };
      };
    };
    const all = await summary('');
    assert.deepEqual([all.n, all.nps.n, all.nps.detractors, all.nps.score, all.emotion.n], [4, 4, 1, 25, 1]);
    assert.equal((await summary('&touchpoint=login')).n, 1);
    assert.equal((await summary('&channel=app')).n, 1);
    assert.equal((await summary('&channel=web&touchpoint=hypotheek-aanvraag')).n, 3);
    assert.equal((await summary('&from=2026-11-23')).n, 1);
    assert.equal((await summary('&to=2026-11-30')).n, 3);
    assert.equal((await summary('&from=2026-11-22T10:00:00Z&to=2026-11-22T10:00:00.000Z')).n, 3);
    const bad = await fetch(new URL('api/summary?channel=fax&from=yesterday', base()));
    assert.equal(bad.status, 400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    assert.deepEqual(paths, ['channel', 'from']);
  });

  test('exports CSV: one row per response, answers as columns, quoting right and formulas neutralised', async () => {
    const surveyId = survey();
    const emotion = answers.emotion(
      { id: 'relieved', valence: 'positive', intensity: 4 },
      { id: 'happy', valence: 'positive', intensity: 2 },
    );
    const a = makeResponse({
      surveyId,
      answers: [answers.nps(3), emotion, answers.comment('=HYPERLINK("x"), ok')],
      metadata: { branch: 'Utrecht' },
    });
    const b = makeResponse({ surveyId, answers: [answers.emotion(), answers.comment('-5 sterren\nniet goed')] });
    for (const r of [a, b]) assert.equal((await post(base(), r)).status, 201);
    const res = await fetch(new URL(`api/export?format=csv&surveyId=${surveyId}`, base()));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    const header = lines[0]!.split(',');
    for (const c of [
      'id',
      'surveyId',
      'touchpoint',
      'channel',
      'lang',
      'page',
      'submittedAt',
      'nps',
      'emotion',
      'comment',
      'npsCategory',
      'recovery.needed',
      'metadata.branch',
    ]) {
      assert.ok(header.includes(c), `column ${c}`);
    }
    assert.ok(lines[1]!.startsWith(`${a.id},${surveyId},hypotheek-aanvraag,web,nl,/hypotheek/aanvraag,`));
    assert.ok(lines[1]!.includes(',3,relieved:4 happy:2,"\'=HYPERLINK(""x""), ok",detractor,'));
    assert.ok(lines[1]!.endsWith(',Utrecht'));
    assert.ok(text.includes(',none,"\'-5 sterren\nniet goed",'));
    assert.equal(text.split(a.id).length, 2);
  });

  test('exports NDJSON: one flat object per line with recomputed scores', async () => {
    const surveyId = survey();
    const r = makeResponse({ surveyId, answers: [answers.nps(0)], metadata: { segment: 'retail' } });
    assert.equal((await post(base(), r)).status, 201);
    const res = await fetch(new URL(`api/export?format=ndjson&surveyId=${surveyId}`, base()));
    assert.match(res.headers.get('content-type')!, /^application\/x-ndjson/);
    const rows = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(rows.length, 1);
    assert.deepEqual(
      [rows[0]!.id, rows[0]!.nps, rows[0]!.npsCategory, rows[0]!['metadata.segment']],
      [r.id, 0, 'detractor', 'retail'],
    );
    const bad = await fetch(new URL('api/export?format=xlsx', base()));
    assert.equal(bad.status, 400);
  });

  test('with a read token, summary and export need it, and posting does not', async () => {
    const guarded = await start({ readToken: 's3cret-token' });
    try {
      const get = (path: string, token?: string) =>
        fetch(new URL(path, guarded.url), token ? { headers: { authorization: `Bearer ${token}` } } : {});
      for (const path of ['api/summary', 'api/export?format=ndjson']) {
        const refused = await get(path);
        assert.equal(refused.status, 401);
        assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
        assert.equal((await get(path, 's3cret-tokem')).status, 401);
        assert.equal((await get(path, 's3cret-token')).status, 200);
      }
      assert.equal((await post(guarded.url, makeResponse())).status, 201);
    } finally {
      await guarded.shutdown();
    }
  });
}
