import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvCell } from '../../src/collector/export.js';

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
