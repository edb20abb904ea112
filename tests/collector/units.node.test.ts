import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOrigins } from '../../src/collector/cors.js';
import { csvCell } from '../../src/collector/export.js';
import { parseFilter } from '../../src/collector/filter.js';
import { parseRateLimit, RateLimiter } from '../../src/collector/rate-limit.js';

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
