/**
 * `canonicalInstant` answers what `new Date(iso).toISOString()` answers (text order of `submitted_at` and the
 * bucket days rest on it), the text as it is when it is already in that form, and throws as `Date` does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalInstant } from '../../src/collector/store.js';
import { random } from '../support/random-responses.js';

const viaDate = (iso: string) => new Date(iso).toISOString();

test('the same text as parsing and writing back, for every form the schema lets through', () => {
  for (const iso of [
    '2026-11-22T10:00:00.000Z',
    '2026-11-22T10:00:00Z',
    '2026-11-22T10:00:00.1Z',
    '2026-11-22T10:00:00.123456789Z',
    '2026-02-28T23:59:59.999Z',
    '2026-02-29T12:00:00.000Z', // not a leap year
    '2024-02-29T12:00:00.000Z',
    '2000-02-29T12:00:00.000Z',
    '2100-02-29T12:00:00.000Z',
    '1900-02-29T12:00:00.000Z',
    '2026-11-30T03:50:12.345Z',
    '2026-12-31T03:50:12.345Z',
    '2026-04-31T00:00:00.000Z',
    '2026-12-31T23:59:59.999Z',
    '2026-01-01T24:00:00.000Z', // the end of a day is the next day's start
    '0000-01-01T00:00:00.000Z',
  ]) {
    let expected: string | Error;
    try {
      expected = viaDate(iso);
    } catch (error) {
      expected = error as Error;
    }
    if (expected instanceof Error) assert.throws(() => canonicalInstant(iso), RangeError, iso);
    else assert.equal(canonicalInstant(iso), expected, iso);
  }
});

test('invalid instants throw as Date does', () => {
  for (const iso of ['2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z', '2026-01-32T00:00:00.000Z']) {
    assert.throws(() => viaDate(iso), RangeError);
    assert.throws(() => canonicalInstant(iso), RangeError, iso);
  }
});

test('random digits in every field: the same as Date', () => {
  const rng = random(15);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
  for (let i = 0; i < 20_000; i++) {
    const fraction = rng() < 0.2 ? '' : `.${digits(1 + Math.floor(rng() * 9))}`;
    const iso = `${rng() < 0.1 ? digits(4) : `20${digits(2)}`}-${digits(2)}-${digits(2)}T${digits(2)}:${digits(2)}:${digits(2)}${fraction}Z`;
    let expected: string | undefined;
    try {
      expected = viaDate(iso);
    } catch {
      expected = undefined;
    }
    if (expected === undefined) assert.throws(() => canonicalInstant(iso), RangeError, iso);
    else assert.equal(canonicalInstant(iso), expected, iso);
  }
});
