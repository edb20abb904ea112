import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildResponse, uuid } from '../../src/schema/build-response.js';
import { DEFAULT_CONFIG, readConfig } from '../../src/schema/config.js';
import { formatIssues, Response } from '../../src/schema/response.js';

const valid = () =>
  buildResponse({
    config: { ...DEFAULT_CONFIG, touchpoint: 'hypotheek-aanvraag' },
    answers: [
      { name: 'nps', kind: 'nps', value: 3 },
      { name: 'emotion', kind: 'emotion', value: [{ id: 'angry', valence: 'negative', intensity: 5 }] },
    ],
    lang: 'nl',
    page: '/hypotheek/aanvraag',
    now: new Date('2026-11-22T10:00:00.000Z'),
  });

describe('buildResponse', () => {
  it('builds a body the schema accepts, with scores and recovery', () => {
    const r = valid();
    assert.equal(Response.safeParse(r).success, true);
    assert.equal(r.schema, 'feelback.response/1');
    assert.equal(r.submittedAt, '2026-11-22T10:00:00.000Z');
    assert.equal(r.scores.npsCategory, 'detractor');
    assert.deepEqual(r.recovery, { needed: true, reasons: ['detractor', 'strong-negative'] });
    assert.equal('contact' in r.recovery, false);
  });

  it('carries recovery.contact only when the consent question was shown', () => {
    const r = buildResponse({ config: DEFAULT_CONFIG, answers: [], lang: 'en', page: '/', contact: false });
    assert.deepEqual(r.recovery, { needed: false, reasons: [], contact: false });
  });

  it('makes RFC 9562 version 7 ids: the submit time in milliseconds, then 74 random bits', () => {
    const at = Date.UTC(2026, 10, 22, 10, 0, 0, 123);
    const id = uuid(at);
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(parseInt(id.slice(0, 8) + id.slice(9, 13), 16), at);
    assert.notEqual(uuid(at), id, 'the rest is random');
    assert.match(uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it("sorts ids made later after ids made earlier, so a collector's index grows at one end", () => {
    const t = Date.UTC(2026, 10, 22);
    const ids = [0, 1, 2, 1000, 3_600_000, 86_400_000 * 400].map((dt) => uuid(t + dt));
    assert.deepEqual([...ids].sort(), ids);
  });

  it('gives the response the id of its submit time', () => {
    const r = valid();
    assert.equal(parseInt(r.id.slice(0, 8) + r.id.slice(9, 13), 16), Date.parse(r.submittedAt));
  });
});

describe('Response schema', () => {
  const rows: [string, (r: Record<string, unknown>) => void, string][] = [
    ['a page with a query string', (r) => (r.page = '/login?token=abc'), 'page'],
    ['a page with a fragment', (r) => (r.page = '/a#b'), 'page'],
    ['an NPS of 11', (r) => ((r.answers as { value: number }[])[0]!.value = 11), 'answers.0.value'],
    ['an unknown channel', (r) => (r.channel = 'fax'), 'channel'],
    ['a missing scores key', (r) => delete (r.scores as Record<string, unknown>).highEffort, 'scores.highEffort'],
    ['a non-string metadata value', (r) => (r.metadata = { a: 1 }), 'metadata.a'],
    ['an id that is not a UUID', (r) => (r.id = 'abc'), 'id'],
    ['a wrong schema version', (r) => (r.schema = 'feelback.response/2'), 'schema'],
    [
      'two answers with one name',
      (r) => (r.answers = [...(r.answers as unknown[]), { name: 'nps', kind: 'nps', value: 1 }]),
      'answers',
    ],
  ];
  for (const [label, breakIt, path] of rows) {
    it(`rejects ${label} at ${path}`, () => {
      const r = structuredClone(valid()) as unknown as Record<string, unknown>;
      breakIt(r);
      const result = Response.safeParse(r);
      assert.equal(result.success, false);
      assert.ok(
        formatIssues(result.error!).some((i) => i.path === path),
        JSON.stringify(formatIssues(result.error!)),
      );
    });
  }
});

describe('readConfig', () => {
  it('reads the defaults of the contract', () => {
    assert.deepEqual(readConfig({}), { config: DEFAULT_CONFIG, errors: [] });
    assert.deepEqual(DEFAULT_CONFIG.recovery, ['detractor', 'strong-negative']);
  });

  it('reads every attribute', () => {
    const { config, errors } = readConfig({
      surveyId: 'hypotheek',
      touchpoint: 'aanvraag',
      channel: 'app',
      layout: 'steps',
      recovery: 'high-effort  detractor',
      metadata: '{"segment":"particulier"}',
      credentials: 'include',
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(config, {
      surveyId: 'hypotheek',
      touchpoint: 'aanvraag',
      channel: 'app',
      layout: 'steps',
      recovery: ['high-effort', 'detractor'],
      metadata: { segment: 'particulier' },
      credentials: 'include',
    });
  });

  it('turns recovery="none" into no rules', () =>
    assert.deepEqual(readConfig({ recovery: 'none' }).config.recovery, []));

  it('falls back per broken attribute and says which', () => {
    const { config, errors } = readConfig({ channel: 'fax', metadata: '{nope', recovery: 'angry', surveyId: 'ok' });
    assert.equal(config.channel, 'web');
    assert.deepEqual(config.metadata, {});
    assert.deepEqual(config.recovery, DEFAULT_CONFIG.recovery);
    assert.equal(config.surveyId, 'ok');
    assert.equal(errors.length, 3);
    assert.match(errors.join('\n'), /channel="fax"/);
    assert.match(errors.join('\n'), /metadata="\{nope"/);
  });
});
