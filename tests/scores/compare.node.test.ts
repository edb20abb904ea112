import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNps, erfc, MIN_COMPARED } from '../../src/scores/compare.js';

const counts = (n: number, promoters: number, detractors: number) => ({
  promoters,
  passives: n - promoters - detractors,
  detractors,
});

const close = (actual: number | null, expected: number, tolerance: number, what: string) => {
  assert.ok(actual !== null, `${what} is null`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not ${expected} ± ${tolerance}`);
};

test('the worked examples of INSTRUMENTS.md', () => {
  const cases = [
    {
      what: 'NPS 30 → 10 on 200 and 150 answers',
      first: counts(200, 100, 40),
      second: counts(150, 60, 45),
      from: 30,
      to: 10,
      difference: -20,
      z: -2.28,
      p: 0.022,
      significant: true,
    },
    {
      what: 'NPS 30 → 30.6 on 200 and 180 answers',
      first: counts(200, 100, 40),
      second: counts(180, 95, 40),
      from: 30,
      to: (100 * 55) / 180,
      difference: (100 * 55) / 180 - 30,
      z: 0.06,
      p: 0.95,
      significant: false,
    },
  ];
  for (const c of cases) {
    const change = compareNps(c.first, c.second);
    close(change.from, c.from, 1e-9, `${c.what}: from`);
    close(change.to, c.to, 1e-9, `${c.what}: to`);
    close(change.difference, c.difference, 1e-9, `${c.what}: difference`);
    close(change.z, c.z, 0.005, `${c.what}: z`);
    close(change.p, c.p, 0.005, `${c.what}: p`);
    assert.equal(change.significant, c.significant, `${c.what}: significant`);
  }
});

test('swapping the samples turns the sign of z and keeps p', () => {
  const a = compareNps(counts(200, 100, 40), counts(150, 60, 45));
  const b = compareNps(counts(150, 60, 45), counts(200, 100, 40));
  close(b.z, -a.z!, 1e-12, 'z');
  close(b.p, a.p!, 1e-12, 'p');
});

test('no answers in a sample: scores null where unknown, no test', () => {
  assert.deepEqual(compareNps(counts(0, 0, 0), counts(50, 30, 5)), {
    from: null,
    to: 50,
    difference: null,
    z: null,
    p: null,
    significant: false,
  });
  assert.deepEqual(compareNps(counts(0, 0, 0), counts(0, 0, 0)), {
    from: null,
    to: null,
    difference: null,
    z: null,
    p: null,
    significant: false,
  });
});

test(`fewer than ${MIN_COMPARED} answers in either sample: the difference without a test`, () => {
  const change = compareNps(counts(MIN_COMPARED - 1, 9, 0), counts(500, 0, 500));
  assert.deepEqual(change, { from: 100, to: -100, difference: -200, z: null, p: null, significant: false });
  assert.notEqual(compareNps(counts(MIN_COMPARED, 10, 0), counts(MIN_COMPARED, 0, 10)).z, null);
});

test('all promoters in both samples: finite z of 0, not significant', () => {
  const change = compareNps(counts(40, 40, 0), counts(40, 40, 0));
  assert.equal(change.difference, 0);
  assert.equal(change.z, 0);
  assert.equal(change.p, 1);
  assert.equal(change.significant, false);
});

test('all promoters against all detractors: finite and significant', () => {
  const change = compareNps(counts(20, 20, 0), counts(20, 0, 20));
  assert.equal(change.difference, -200);
  assert.ok(Number.isFinite(change.z) && change.z! < -5);
  assert.ok(change.p! >= 0 && change.p! < 1e-6);
  assert.equal(change.significant, true);
});

test('erfc against known values', () => {
  for (const [x, expected] of [
    [0, 1],
    [0.5, 0.4795001222],
    [1, 0.1572992071],
    [1.96 / Math.SQRT2, 0.0499957902],
    [-1, 1.8427007929],
    [3, 2.2090497e-5],
  ] as const) {
    assert.ok(Math.abs(erfc(x) - expected) <= 1.2e-7 * Math.max(expected, 1e-3) + 1e-9, `erfc(${x}) = ${erfc(x)}`);
  }
});
