import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFilter } from '../../src/collector/filter.js';

describe('parseFilter', () => {
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
});
