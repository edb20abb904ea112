/**
 * The recovery worklist of CONTRACT §10 on a real server (issue 16, items 1 and 2): cases opened with
 * their responses, filters, pages, every move allowed and refused, consent, and the summary's figures.
 * Run once per store; every test writes a survey of its own. The collector's clock is the test's.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startCollector, type CollectorApp } from '../../src/collector/app.js';
import type { CaseEvent } from '../../src/collector/recovery.js';
import type { Response } from '../../src/schema/response.js';
import { answers, makeResponse, post } from './helpers.js';
import type { StoreUnderTest } from './suite.js';

const TOKEN = 'recovery-token';
const T0 = Date.parse('2026-11-22T10:00:00.000Z');
const HOUR = 3_600_000;

interface Item {
  id: string;
  receivedAt: string;
  surveyId: string;
  touchpoint: string | null;
  channel: string;
  reasons: string[];
  contact: boolean;
  comment: string | null;
  metadata: Record<string, string>;
  state: string;
  history: CaseEvent[];
}

/** A response flagged for recovery; `contact` undefined when the consent question was not shown. */
export function flagged(surveyId: string, contact: boolean | undefined, overrides: Partial<Response> = {}): Response {
  return makeResponse({
    surveyId,
    answers: [answers.nps(2), answers.comment('Drie keer gebeld, niemand wist het')],
    recovery: { needed: true, reasons: ['detractor'], ...(contact === undefined ? {} : { contact }) },
    ...overrides,
  });
}

export function recoverySuite(name: string, target: StoreUnderTest) {
  describe(`recovery worklist, on ${name}`, () => {
    let app: CollectorApp;
    let clock = T0;
    before(async () => {
      app = await startCollector({
        store: await target.open(),
        port: 0,
        rateLimit: false,
        readToken: TOKEN,
        now: () => new Date(clock),
      });
    });
    after(() => app.shutdown());

    const survey = () => `survey-${randomUUID()}`;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const list = async (query: string) => {
      const res = await fetch(new URL(`api/recovery?${query}`, app.url), { headers: auth });
      const body = (await res.json()) as { items: Item[]; next: string | null; errors?: { path: string }[] };
      return { status: res.status, body };
    };
    const move = async (id: string, body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(new URL(`api/recovery/${id}`, app.url), {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Item & { errors: { path: string }[] } };
    };
    const store = async (...responses: Response[]) => {
      for (const r of responses) assert.equal((await post(app.url, r)).status, 201);
    };

    test('a flagged response opens a case, listed newest first with what the team needs', async () => {
      clock = T0;
      const surveyId = survey();
      const first = flagged(surveyId, true, { metadata: { customer: 'K-1042' } });
      const second = flagged(surveyId, false, { touchpoint: 'login', channel: 'app' });
      await store(first, makeResponse({ surveyId }), second);
      const { status, body } = await list(`surveyId=${surveyId}`);
      assert.equal(status, 200);
      assert.deepEqual(
        body.items.map((i) => i.id),
        [second.id, first.id],
      );
      const [noConsent, item] = body.items;
      assert.deepEqual(item, {
        id: first.id,
        receivedAt: new Date(T0).toISOString(),
        surveyId,
        touchpoint: 'hypotheek-aanvraag',
        channel: 'web',
        reasons: ['detractor'],
        contact: true,
        comment: 'Drie keer gebeld, niemand wist het',
        emotions: [],
        metadata: { customer: 'K-1042' },
        state: 'open',
        history: [{ state: 'open', at: new Date(T0).toISOString(), note: null }],
      });
      assert.equal(noConsent!.contact, false);
      assert.equal(body.next, null);
    });

    test('the worklist takes the summary filters and a state', async () => {
      clock = T0;
      const surveyId = survey();
      const web = flagged(surveyId, true);
      const app2 = flagged(surveyId, true, { channel: 'app', touchpoint: 'login' });
      const later = flagged(surveyId, true, { submittedAt: '2026-12-05T08:00:00.000Z' });
      await store(web, app2, later);
      assert.equal((await move(web.id, { state: 'contacted' })).status, 200);
      const ids = async (query: string) => (await list(`surveyId=${surveyId}&${query}`)).body.items.map((i) => i.id);
      assert.deepEqual(await ids('channel=app'), [app2.id]);
      assert.deepEqual(await ids('touchpoint=login'), [app2.id]);
      assert.deepEqual(await ids('from=2026-12-01'), [later.id]);
      assert.deepEqual(await ids('to=2026-11-30'), [app2.id, web.id]);
      assert.deepEqual(await ids('state=contacted'), [web.id]);
      assert.deepEqual(await ids('state=open'), [later.id, app2.id]);
      assert.deepEqual(await ids('state=resolved'), []);
      const bad = await list('state=closed&channel=fax&limit=0');
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.errors!.map((e) => e.path).sort(), ['channel', 'limit', 'state']);
    });

    test('the worklist pages by cursor without repeating or skipping a case', async () => {
      clock = T0;
      const surveyId = survey();
      const cases = Array.from({ length: 5 }, () => flagged(surveyId, true));
      await store(...cases);
      const seen: string[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const { status, body } = await list(`surveyId=${surveyId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(status, 200);
        seen.push(...body.items.map((i) => i.id));
        cursor = body.next;
        pages += 1;
      }
      assert.equal(pages, 3);
      assert.deepEqual(seen, cases.map((c) => c.id).reverse());
      assert.equal((await list('cursor=bm9wZQ')).status, 400);
    });

    test('a case moves open → contacted → resolved → dismissed, each move recorded with its time and note', async () => {
      clock = T0;
      const surveyId = survey();
      const c = flagged(surveyId, true);
      await store(c);
      clock = T0 + 2 * HOUR;
      const contacted = await move(c.id, { state: 'contacted', note: 'Gebeld, terugbellen op 0612345678' });
      assert.equal(contacted.status, 200);
      assert.equal(contacted.body.state, 'contacted');
      clock = T0 + 3 * HOUR;
      assert.equal((await move(c.id, { state: 'resolved' })).status, 200);
      clock = T0 + 4 * HOUR;
      const dismissed = await move(c.id.toUpperCase(), { state: 'dismissed', note: 'dubbel' });
      assert.equal(dismissed.status, 200);
      assert.deepEqual(dismissed.body.history, [
        { state: 'open', at: new Date(T0).toISOString(), note: null },
        // A note is redacted like a comment before it is stored.
        { state: 'contacted', at: new Date(T0 + 2 * HOUR).toISOString(), note: 'Gebeld, terugbellen op [phone]' },
        { state: 'resolved', at: new Date(T0 + 3 * HOUR).toISOString(), note: null },
        { state: 'dismissed', at: new Date(T0 + 4 * HOUR).toISOString(), note: 'dubbel' },
      ]);
      const [listed] = (await list(`surveyId=${surveyId}`)).body.items;
      assert.deepEqual(listed, dismissed.body);
    });

    test('a move the state does not allow is refused with 409, the case left as it was', async () => {
      clock = T0;
      const surveyId = survey();
      const c = flagged(surveyId, true);
      await store(c);
      for (const state of ['resolved', 'open']) assert.equal((await move(c.id, { state })).status, 409, state);
      assert.equal((await move(c.id, { state: 'contacted' })).status, 200);
      for (const state of ['contacted', 'open']) assert.equal((await move(c.id, { state })).status, 409, state);
      assert.equal((await move(c.id, { state: 'dismissed' })).status, 200);
      for (const state of ['open', 'contacted', 'resolved', 'dismissed']) {
        assert.equal((await move(c.id, { state })).status, 409, state);
      }
      const [listed] = (await list(`surveyId=${surveyId}`)).body.items;
      assert.deepEqual(
        listed!.history.map((h) => h.state),
        ['open', 'contacted', 'dismissed'],
      );
    });

    test('a case without consent shows contact false and cannot be contacted, only dismissed', async () => {
      clock = T0;
      const surveyId = survey();
      const refused = flagged(surveyId, false);
      const notAsked = flagged(surveyId, undefined);
      await store(refused, notAsked);
      for (const c of [refused, notAsked]) {
        const answer = await move(c.id, { state: 'contacted' });
        assert.equal(answer.status, 409);
        assert.match(JSON.stringify(answer.body), /agree to be contacted/);
      }
      const items = (await list(`surveyId=${surveyId}`)).body.items;
      assert.deepEqual(
        items.map((i) => [i.contact, i.state]),
        [
          [false, 'open'],
          [false, 'open'],
        ],
      );
      assert.equal((await move(refused.id, { state: 'dismissed' })).status, 200);
    });

    test('an unknown case is 404; a bad body 400 or 415, as JSON', async () => {
      clock = T0;
      const c = flagged(survey(), true);
      await store(c);
      assert.equal((await move(randomUUID(), { state: 'contacted' })).status, 404);
      assert.equal((await move('not-a-case', { state: 'contacted' })).status, 404);
      const unflagged = makeResponse();
      await store(unflagged);
      assert.equal((await move(unflagged.id, { state: 'contacted' })).status, 404);
      for (const body of [
        '{',
        '[]',
        '{}',
        { state: 'closed' },
        { state: 'contacted', note: 5 },
        { state: 'contacted', note: 'x'.repeat(1001) },
        { state: 'contacted', note: 'a\u0000b' },
      ]) {
        const answer = await move(c.id, body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.ok(Array.isArray(answer.body.errors), JSON.stringify(body));
      }
      assert.equal((await move(c.id, { state: 'contacted' }, { 'content-type': 'text/plain' })).status, 415);
      assert.equal((await list(`surveyId=${c.surveyId}`)).body.items[0]!.state, 'open');
    });

    test('the worklist and its moves need the read token', async () => {
      const c = flagged(survey(), true);
      await store(c);
      for (const headers of [{}, { authorization: 'Bearer wrong' }] as Record<string, string>[]) {
        assert.equal((await fetch(new URL('api/recovery', app.url), { headers })).status, 401);
        const patch = await fetch(new URL(`api/recovery/${c.id}`, app.url), {
          method: 'PATCH',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ state: 'contacted' }),
        });
        assert.equal(patch.status, 401);
      }
    });

    test('a browser on an allowed origin may PATCH a case: the preflight allows the method', async () => {
      const origin = new URL(app.url).origin;
      const res = await fetch(new URL(`api/recovery/${randomUUID()}`, app.url), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PATCH' },
      });
      assert.equal(res.status, 204);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    });

    test('the summary figures: a worked example', async () => {
      // Ten responses, five flagged. A (consent) contacted after 2 h, then resolved; E (consent) contacted
      // after 5 h; B (consent) contacted after 30 h; C (consent) still open; D (no consent) dismissed.
      // n 5, share 5/10; open 1 (C), contacted 2 (B, E), resolved 1 (A), dismissed 1 (D).
      // Hours to contact, sorted: 2, 5, 30 → median 5; p90 at rank (3 − 1)·0.9 = 1.8: 5 + 0.8·(30 − 5) = 25.
      // Within 24 hours: A and E of the four who consented (A, B, C, E) → 0.5.
      clock = T0;
      const surveyId = survey();
      const [a, b, c, d, e] = [true, true, true, false, true].map((consent) => flagged(surveyId, consent));
      await store(a!, b!, c!, d!, e!, ...Array.from({ length: 5 }, () => makeResponse({ surveyId })));
      const at = async (hours: number, id: string, state: string) => {
        clock = T0 + hours * HOUR;
        assert.equal((await move(id, { state })).status, 200);
      };
      await at(1, d!.id, 'dismissed');
      await at(2, a!.id, 'contacted');
      await at(5, e!.id, 'contacted');
      await at(30, b!.id, 'contacted');
      await at(31, a!.id, 'resolved');
      const res = await fetch(new URL(`api/summary?surveyId=${surveyId}`, app.url), { headers: auth });
      const summary = (await res.json()) as { n: number; recovery: unknown };
      assert.equal(summary.n, 10);
      assert.deepEqual(summary.recovery, {
        n: 5,
        share: 0.5,
        open: 1,
        contacted: 2,
        resolved: 1,
        dismissed: 1,
        hoursToContact: { median: 5, p90: 25 },
        contactedWithin24h: 0.5,
      });
      const none = await fetch(new URL(`api/summary?surveyId=${survey()}`, app.url), { headers: auth });
      assert.deepEqual(((await none.json()) as { recovery: unknown }).recovery, {
        n: 0,
        share: null,
        open: 0,
        contacted: 0,
        resolved: 0,
        dismissed: 0,
        hoursToContact: { median: null, p90: null },
        contactedWithin24h: null,
      });
    });
  });
}
