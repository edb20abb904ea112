import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientAddress, parseRateLimit, parseTrustProxy, RateLimiter } from '../../src/collector/rate-limit.js';

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
