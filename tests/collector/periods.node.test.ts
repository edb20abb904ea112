import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextPeriod, periodsBetween, periodStart, type Interval } from '../../src/collector/periods.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);

test('period starts in UTC: days, ISO weeks from Monday, months', () => {
  const cases: [string, Interval, string, string][] = [
    ['2027-01-03T23:59:59.999Z', 'day', '2027-01-03T00:00:00.000Z', '2027-01-04T00:00:00.000Z'],
    ['2027-01-03T23:59:59.999Z', 'week', '2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z'], // a Sunday
    ['2027-01-04T00:00:00.000Z', 'week', '2027-01-04T00:00:00.000Z', '2027-01-11T00:00:00.000Z'], // a Monday
    ['2028-02-29T12:00:00.000Z', 'day', '2028-02-29T00:00:00.000Z', '2028-03-01T00:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 'month', '2028-02-01T00:00:00.000Z', '2028-03-01T00:00:00.000Z'],
    ['2026-12-31T23:00:00.000Z', 'month', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ];
  for (const [instant, interval, start, end] of cases) {
    const s = periodStart(at(instant), interval);
    assert.equal(iso(s), start, `${interval} of ${instant}`);
    assert.equal(iso(nextPeriod(s, interval)), end, `${interval} after ${start}`);
  }
});

test('periods between two instants, both ends included', () => {
  assert.equal(periodsBetween(at('2026-12-29T00:00:00Z'), at('2027-01-12T00:00:00Z'), 'week'), 3);
  assert.equal(periodsBetween(at('2027-02-27T23:00:00Z'), at('2027-03-02T01:00:00Z'), 'day'), 4);
  assert.equal(periodsBetween(at('2026-11-30T00:00:00Z'), at('2027-02-01T00:00:00Z'), 'month'), 4);
  assert.equal(periodsBetween(at('2027-01-01T00:00:00Z'), at('2027-01-01T23:59:59Z'), 'day'), 1);
});
