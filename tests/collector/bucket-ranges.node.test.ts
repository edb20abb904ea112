/**
 * `splitRange`: the buckets that answer a range and the rows left. Worked cases (months, weeks and days; a
 * week across a month's end; open ranges), then random ranges checked against the calendar: every whole day
 * in range is covered by exactly one bucket, no other day is, and a trend's buckets each lie in one period.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitRange, type RangeNeed } from '../../src/collector/bucket-ranges.js';
import { LEVELS, type BucketRange } from '../../src/collector/buckets.js';
import { periodStart, type Interval } from '../../src/collector/periods.js';
import type { ResponseFilter } from '../../src/collector/store.js';
import { random } from '../support/random-responses.js';

const DAY = 86_400_000;
const start = (day: string) => `${day}T00:00:00.000Z`;
const end = (day: string) => `${day}T23:59:59.999Z`;

/** The ranges as `level fromDay..toDay`, in the order asked. */
const ranges = (filter: ResponseFilter, need: RangeNeed) =>
  splitRange(filter, need).ranges.map((r) => `${r.level} ${r.fromDay ?? ''}..${r.toDay ?? ''}`);

test('the cut day of the benchmark: months, then weeks, then days, then the rows of the cut day', () => {
  const filter = { touchpoint: 'inloggen', from: '2026-09-01T13:30:00.000Z' };
  const { ranges: taken, edges } = splitRange(filter, { dims: false });
  assert.deepEqual(
    taken.map((r) => [r.level, r.fromDay, r.toDay, r.touchpoint]),
    [
      ['M', '2026-10-01', undefined, 'inloggen'],
      ['W', '2026-09-07', '2026-09-27', 'inloggen'],
      ['d', '2026-09-02', '2026-09-06', 'inloggen'],
      ['d', '2026-09-28', '2026-09-30', 'inloggen'],
    ],
  );
  assert.deepEqual(edges, [{ ...filter, to: end('2026-09-01') }]);
});

test('months, weeks and days at both ends; the survey levels without touchpoint or channel', () => {
  assert.deepEqual(ranges({ from: start('2026-09-02'), to: end('2026-12-20') }, { dims: false }), [
    'm 2026-10-01..2026-11-30',
    'w 2026-09-07..2026-09-27',
    's 2026-09-02..2026-09-06',
    's 2026-09-28..2026-09-30',
    'w 2026-12-07..2026-12-20',
    's 2026-12-01..2026-12-06',
  ]);
});

test('ten days holding one whole week: the days before it, the week, the day after it', () => {
  assert.deepEqual(ranges({ from: start('2026-09-05'), to: end('2026-09-14') }, { dims: true }), [
    'W 2026-09-07..2026-09-13',
    'd 2026-09-05..2026-09-06',
    'd 2026-09-14..2026-09-14',
  ]);
  // Six days of one week, Monday to Saturday: days.
  assert.deepEqual(ranges({ from: start('2026-09-07'), to: end('2026-09-12') }, { dims: true }), [
    'd 2026-09-07..2026-09-12',
  ]);
});

test('a week straddles a month end only where no month bucket covers either side, and never in a trend by month', () => {
  const filter = { from: start('2026-11-25'), to: end('2026-12-13') };
  assert.deepEqual(ranges(filter, { dims: false }), ['w 2026-11-30..2026-12-13', 's 2026-11-25..2026-11-29']);
  assert.deepEqual(ranges(filter, { dims: false, within: 'week' }), [
    'w 2026-11-30..2026-12-13',
    's 2026-11-25..2026-11-29',
  ]);
  assert.deepEqual(ranges(filter, { dims: false, within: 'month' }), [
    's 2026-11-25..2026-11-30',
    'w 2026-12-07..2026-12-13',
    's 2026-12-01..2026-12-06',
  ]);
  assert.deepEqual(ranges(filter, { dims: false, within: 'day' }), ['s 2026-11-25..2026-12-13']);
  // With a whole month, the week of Nov 30 is cut: November's bucket holds its Monday.
  assert.deepEqual(ranges({ from: start('2026-11-01'), to: end('2026-12-13') }, { dims: false }), [
    'm 2026-11-01..2026-11-30',
    'w 2026-12-07..2026-12-13',
    's 2026-12-01..2026-12-06',
  ]);
});

test('open ranges: without from or to, the side open is whole periods to its end', () => {
  assert.deepEqual(ranges({}, { dims: false }), ['m ..']);
  assert.deepEqual(ranges({}, { dims: true, within: 'month' }), ['M ..']);
  assert.deepEqual(ranges({}, { dims: false, within: 'week' }), ['w ..']);
  assert.deepEqual(ranges({}, { dims: false, within: 'day' }), ['s ..']);
  assert.deepEqual(ranges({ from: start('2026-09-02') }, { dims: false }), [
    'm 2026-10-01..',
    'w 2026-09-07..2026-09-27',
    's 2026-09-02..2026-09-06',
    's 2026-09-28..2026-09-30',
  ]);
  assert.deepEqual(ranges({ from: start('2026-09-02') }, { dims: false, within: 'week' }), [
    'w 2026-09-07..',
    's 2026-09-02..2026-09-06',
  ]);
  assert.deepEqual(ranges({ to: end('2026-09-16') }, { dims: false }), [
    'm ..2026-08-31',
    'w 2026-09-07..2026-09-13',
    's 2026-09-01..2026-09-06',
    's 2026-09-14..2026-09-16',
  ]);
  assert.deepEqual(ranges({ to: '2026-09-10T08:00:00.000Z' }, { dims: false, within: 'week' }), [
    'w ..2026-09-06',
    's 2026-09-07..2026-09-09',
  ]);
});

/** Whole days from 2026-06-01 to 2027-03-31, inside which every random range's bounds fall. */
const UNIVERSE = Array.from({ length: 304 }, (_, i) => Date.UTC(2026, 5, 1) + i * DAY);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Each day's bucket day (`YYYY-MM-DD`) by period, computed once. */
const BUCKET_DAY = new Map(
  UNIVERSE.map((day) => [
    day,
    { day: isoDay(day), week: isoDay(periodStart(day, 'week')), month: isoDay(periodStart(day, 'month')) },
  ]),
);
const covers = (range: BucketRange, day: number) => {
  const bucket = BUCKET_DAY.get(day)![LEVELS[range.level].period];
  return (range.fromDay ?? '') <= bucket && bucket <= (range.toDay ?? '9');
};

test('random ranges: each whole day in range in exactly one bucket, none outside, a trend’s buckets within one period', () => {
  const rng = random(42);
  const instant = () => UNIVERSE[30 + Math.floor(rng() * 240)]! + (rng() < 0.5 ? 0 : Math.floor(rng() * DAY));
  for (let i = 0; i < 1000; i++) {
    const [a, b] = [instant(), instant()].sort((x, y) => x - y) as [number, number];
    const filter: ResponseFilter = {};
    if (rng() < 0.85) filter.from = new Date(a).toISOString();
    if (rng() < 0.85) filter.to = new Date(rng() < 0.3 ? b - (b % DAY) + DAY - 1 : b).toISOString();
    const within = ([undefined, 'day', 'week', 'month'] as const)[Math.floor(rng() * 4)];
    const need: RangeNeed = within ? { dims: rng() < 0.5, within } : { dims: rng() < 0.5 };
    const { ranges: taken, edges } = splitRange(filter, need);
    const label = `${JSON.stringify(filter)} ${JSON.stringify(need)}`;
    const lo = filter.from === undefined ? -Infinity : Date.parse(filter.from);
    const hi = filter.to === undefined ? Infinity : Date.parse(filter.to);
    for (const day of UNIVERSE) {
      const whole = lo <= day && day + DAY - 1 <= hi;
      const holders = taken.filter((r) => covers(r, day));
      if (holders.length !== (whole ? 1 : 0)) assert.fail(`${isoDay(day)}: ${holders.length} buckets, ${label}`);
      const [holder] = holders;
      if (holder && within) {
        // The bucket's first day is in the same period of `within` as this day.
        const first = periodStart(day, LEVELS[holder.level].period);
        assert.equal(periodStart(first, within), periodStart(day, within as Interval), `${isoDay(day)} ${label}`);
      }
    }
    // The edges are the parts of cut days in range, each within one day.
    for (const e of edges) {
      const [x, y] = [Date.parse(e.from!), Date.parse(e.to!)];
      assert.ok(lo <= x && x <= y && y <= hi && x - (x % DAY) === y - (y % DAY), `edge ${JSON.stringify(e)} ${label}`);
    }
  }
});
