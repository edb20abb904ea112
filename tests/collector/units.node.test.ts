import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOrigins } from '../../src/collector/cors.js';
import { csvCell } from '../../src/collector/export.js';
import { parseFilter } from '../../src/collector/filter.js';
import { clientAddress, parseRateLimit, parseTrustProxy, RateLimiter } from '../../src/collector/rate-limit.js';
import { compiledValidation, validateResponse } from '../../src/collector/validate.js';
import { formatIssues, Response } from '../../src/schema/response.js';
import { makeResponse } from './helpers.js';

describe('csvCell', () => {
  const rows: [string | number | boolean | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=1+2', "'=1+2"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5 stars', "'-5 stars"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    [-0.5, '-0.5'],
    [true, 'true'],
    [null, ''],
  ];
  for (const [value, expected] of rows) {
    test(`writes ${JSON.stringify(value)} as ${expected}`, () => assert.equal(csvCell(value), expected));
  }
});

describe('RateLimiter', () => {
  test('allows a burst, then asks to wait, then refills with time', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, perSecond: 0.5 }, () => now);
    assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a')], [0, 0, 2]);
    assert.equal(limiter.take('b'), 0, 'another client has its own bucket');
    now += 2000;
    assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 2);
  });

  const settings: [string | undefined, unknown][] = [
    [undefined, { burst: 120, perSecond: 20 }],
    ['off', false],
    ['10/2', { burst: 10, perSecond: 2 }],
  ];
  for (const [value, expected] of settings) {
    test(`reads FEELBACK_RATE_LIMIT=${value}`, () => assert.deepEqual(parseRateLimit(value), expected));
  }
  test('refuses a malformed FEELBACK_RATE_LIMIT', () => assert.throws(() => parseRateLimit('lots')));
});

describe('clientAddress behind proxies', () => {
  const cases: [string, string | null, number, string | undefined][] = [
    ['no proxy trusted: the socket, whatever the header says', '203.0.113.9', 0, '10.0.0.1'],
    ['one proxy: the address it appended', '198.51.100.7, 203.0.113.9', 1, '203.0.113.9'],
    ['two proxies: the one the outer proxy saw', '198.51.100.7, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
    ['more hops trusted than entries: the leftmost', '203.0.113.9', 3, '203.0.113.9'],
    ['a port is not part of the client', '203.0.113.9:51234', 1, '203.0.113.9'],
    ['a bracketed IPv6 address with a port', '[2001:db8::7]:443', 1, '2001:db8::7'],
    ['a bare IPv6 address', '2001:db8::7', 1, '2001:db8::7'],
    ['no header: the socket', null, 1, '10.0.0.1'],
    ['an empty header: the socket', ' , ', 1, '10.0.0.1'],
  ];
  for (const [what, header, hops, expected] of cases) {
    test(what, () => assert.equal(clientAddress('10.0.0.1', header, hops), expected));
  }

  test('reads FEELBACK_TRUST_PROXY as a number of hops, and refuses anything else', () => {
    assert.equal(parseTrustProxy(undefined), 0);
    assert.equal(parseTrustProxy(''), 0);
    assert.equal(parseTrustProxy('2'), 2);
    assert.throws(() => parseTrustProxy('yes'), /FEELBACK_TRUST_PROXY/);
    assert.throws(() => parseTrustProxy('-1'), /FEELBACK_TRUST_PROXY/);
  });
});

describe('filters and origins', () => {
  test('a date as `to` includes that whole UTC day', () => {
    assert.deepEqual(parseFilter(new URLSearchParams('from=2026-11-01&to=2026-11-30')), {
      filter: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' },
    });
  });
  test('a date-time with an offset is read as the instant it names', () => {
    assert.deepEqual(parseFilter(new URLSearchParams('from=2026-11-01T10:00:00+01:00')), {
      filter: { from: '2026-11-01T09:00:00.000Z' },
    });
  });
  test('the default origins are the server’s own', () => {
    assert.deepEqual(parseOrigins('', 8787), ['http://127.0.0.1:8787', 'http://localhost:8787']);
    assert.deepEqual(parseOrigins('https://a.example, https://b.example', 8787), [
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('validateResponse', () => {
  /** It must be `Response` exactly: the same verdict, the same value, the same errors. */
  const same = (input: unknown) => {
    const expected = Response.safeParse(input);
    const actual = validateResponse(input);
    assert.equal(actual.success, expected.success, JSON.stringify(input));
    if (actual.success) assert.deepEqual(actual.data, expected.data);
    else assert.deepEqual(actual.errors, formatIssues(expected.error!));
  };
  const every = [
    { name: 'nps', kind: 'nps', value: 0 },
    { name: 'emotion', kind: 'emotion', value: [{ id: 'calm', valence: 'positive' }] },
    { name: 'strong', kind: 'emotion', value: [{ id: 'angry', valence: 'negative', intensity: 5 }] },
    { name: 'none', kind: 'emotion', value: [] },
    { name: 'effort', kind: 'effort', value: 7 },
    { name: 'csat', kind: 'rating', value: 4, scale: 'csat', points: 5 },
    { name: 'comment', kind: 'comment', value: 'ok' },
  ];

  test("runs compiled from the schema on Node, not through zod's generic walk", () => {
    assert.equal(compiledValidation, true);
  });

  test('agrees with Response on chosen inputs', () => {
    const base = makeResponse({ answers: every as never });
    const inputs: unknown[] = [
      base,
      { ...base, extra: 1, answers: [{ ...every[0], extra: true }] },
      { ...base, answers: [{ name: 'x', kind: 'stars', value: 3 }] },
      { ...base, answers: [{ name: 'x', value: 3 }] },
      { ...base, answers: [{ name: 'x', kind: 'rating', value: 3, points: 5 }] },
      { ...base, answers: [{ name: 'x', kind: 'comment', value: 3 }] },
      {
        ...base,
        answers: [
          { name: 'x', kind: 'nps', value: 3 },
          { name: 'x', kind: 'effort', value: 3 },
        ],
      },
      { ...base, answers: Array.from({ length: 51 }, (_, i) => ({ name: `q${i}`, kind: 'nps', value: 1 })) },
      { ...base, answers: [null, 'nps', 3, []] },
      { ...base, answers: {} },
      { ...base, id: 'nope', answers: [{ name: '', kind: 'nps', value: 11 }] },
      null,
      [],
      'text',
      {},
    ];
    for (const input of inputs) same(input);
  });

  test('agrees with Response on 2000 random mutations of a valid body', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    // Boundaries of the schema's ranges and lengths too: the compiled validator must draw each line where zod does.
    const values = [
      ...[undefined, null, 0, 3, 11, -1, 2.5, '', 'x', 'nps', 'rating', 'comment', 'emotion', true, [], {}],
      ...[1, 5, 6, 7, 8, 10, -0, 1e21, 2 ** 53, 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(5001), 'csat', 'negative'],
    ];
    const keys = ['kind', 'name', 'value', 'scale', 'points', 'intensity', 'valence', 'id'];
    for (let n = 0; n < 2000; n++) {
      const body = structuredClone(makeResponse({ answers: every as never })) as unknown as {
        answers: Record<string, unknown>[];
      };
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        const answer = pick(body.answers);
        const target = Array.isArray(answer.value) && answer.value.length && random() < 0.3 ? answer.value[0] : answer;
        const key = pick(keys);
        const value = pick(values);
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
      same(body);
    }
  });

  test('agrees with Response on 2000 random mutations outside the answers', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const values = [
      ...[undefined, null, 0, 1, -2, 0.5, '', 'x', 'web', 'fax', 'promoter', 'en', true, false, [], {}],
      ...[-1, 1.0000001, '/', '/a?b', '/a#b', 'nl-NL', 'EN', '2026-11-22T10:00:00Z', '2026-11-22', 'x'.repeat(1025)],
      ...[{ a: 'b' }, { ['k'.repeat(65)]: 'v' }, ['detractor'], ['nope'], 'feelback.response/1'],
    ];
    for (let n = 0; n < 2000; n++) {
      const body = structuredClone(
        makeResponse({ answers: every as never, metadata: { a: 'b' } }),
      ) as unknown as Record<string, Record<string, unknown>>;
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        // The body itself or one of its nested objects, and one of its keys or a new one.
        const objects = [body, body, body.scores, body.recovery, body.metadata].filter(
          (o) => typeof o === 'object' && o !== null && !Array.isArray(o),
        );
        const target = pick(objects) as Record<string, unknown>;
        const key = pick([...Object.keys(target), 'extra']);
        const value = pick(values);
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
      same(body);
    }
  });
});
