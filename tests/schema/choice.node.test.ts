import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Answer, ChoiceAnswer, formatIssues } from '../../src/schema/response.js';

const ok = { name: 'reason', kind: 'choice', value: ['price'] };

describe('ChoiceAnswer schema', () => {
  const valid: [string, Record<string, unknown>][] = [
    ['one option', ok],
    ['several options', { ...ok, value: ['price', 'speed', 'other'] }],
    ['the other text', { ...ok, value: ['other'], other: 'De app' }],
    ['an empty other text', { ...ok, value: ['other'], other: '' }],
    ['fifty options', { ...ok, value: Array.from({ length: 50 }, (_, i) => `o-${i}`) }],
    ['an id of 64 characters', { ...ok, value: ['a'.repeat(64)] }],
    ['an other text of 1000 characters', { ...ok, value: ['other'], other: 'x'.repeat(1000) }],
  ];
  for (const [label, answer] of valid) {
    it(`accepts ${label}`, () => {
      assert.equal(ChoiceAnswer.safeParse(answer).success, true);
      assert.equal(Answer.safeParse(answer).success, true, 'through the union of every kind');
    });
  }

  const invalid: [string, Record<string, unknown>, string][] = [
    ['no option', { ...ok, value: [] }, 'value'],
    ['a single string', { ...ok, value: 'price' }, 'value'],
    ['51 options', { ...ok, value: Array.from({ length: 51 }, (_, i) => `o-${i}`) }, 'value'],
    ['an option twice', { ...ok, value: ['price', 'price'] }, 'value'],
    ['an id with a capital', { ...ok, value: ['Price'] }, 'value.0'],
    ['an id with a space', { ...ok, value: ['low price'] }, 'value.0'],
    ['an id of 65 characters', { ...ok, value: ['a'.repeat(65)] }, 'value.0'],
    ['an empty id', { ...ok, value: [''] }, 'value.0'],
    ['an id constructor', { ...ok, value: ['constructor'] }, 'value.0'],
    ['a number as id', { ...ok, value: [1] }, 'value.0'],
    ['an other text of 1001 characters', { ...ok, other: 'x'.repeat(1001) }, 'other'],
    ['U+0000 in the other text', { ...ok, other: 'a\u0000b' }, 'other'],
    ['a lone surrogate in the other text', { ...ok, other: 'a\ud800' }, 'other'],
    ['an other that is not text', { ...ok, other: 5 }, 'other'],
  ];
  for (const [label, answer, path] of invalid) {
    it(`rejects ${label} at ${path}`, () => {
      const result = ChoiceAnswer.safeParse(answer);
      assert.equal(result.success, false);
      assert.ok(
        formatIssues(result.error!).some((i) => i.path === path),
        JSON.stringify(formatIssues(result.error!)),
      );
      assert.equal(Answer.safeParse(answer).success, false, 'through the union of every kind');
    });
  }
});
