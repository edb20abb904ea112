/** `kano` and `statements` in the summary of many responses (CONTRACT §9, INSTRUMENTS.md "More instruments"). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Answer, KanoAnswer } from '../../src/schema/response.js';
import { summarize, type Summarizable } from '../../src/scores/summarize.js';

type Side = KanoAnswer['value']['functional'];
const kano = (functional: Side, dysfunctional: Side, name = 'face-login', feature = 'Face login'): Answer => ({
  name,
  kind: 'kano',
  feature,
  value: { functional, dysfunctional },
});
const statements = (value: Record<string, number>, name = 'rules'): Answer => ({ name, kind: 'statements', value });
const r = (...answers: Answer[]): Summarizable => ({ answers });
const times = (n: number, answer: Answer) => Array.from({ length: n }, () => r(answer));

describe('summarize: kano', () => {
  test('the worked example: A 6, O 5, M 4, I 3, R 1, Q 1 → category A, better 11/18, worse −9/18', () => {
    const responses = [
      ...times(6, kano('like', 'neutral')),
      ...times(5, kano('like', 'dislike')),
      ...times(4, kano('expect', 'dislike')),
      ...times(3, kano('neutral', 'tolerate')),
      ...times(1, kano('dislike', 'like')),
      ...times(1, kano('like', 'like')),
    ];
    const { kano: result, n } = summarize(responses);
    assert.equal(n, 20);
    assert.deepEqual(Object.keys(result), ['face-login']);
    const s = result['face-login']!;
    assert.equal(s.n, 20);
    assert.equal(s.feature, 'Face login');
    assert.deepEqual(s.counts, { A: 6, O: 5, M: 4, I: 3, R: 1, Q: 1 });
    assert.equal(s.category, 'A');
    assert.equal(s.better!.toFixed(3), '0.611');
    assert.equal(s.worse, -0.5);
  });

  test('summarises each Kano question by its name, several in one response', () => {
    const { kano: result } = summarize([
      r(kano('like', 'dislike', 'a', 'Feature A'), kano('expect', 'dislike', 'b', 'Feature B')),
      r(kano('like', 'dislike', 'a', 'Feature A')),
    ]);
    assert.deepEqual(Object.keys(result), ['a', 'b']);
    assert.deepEqual([result.a!.n, result.a!.category, result.b!.n, result.b!.category], [2, 'O', 1, 'M']);
  });

  test('is {} for responses without Kano answers, and leaves the other figures as they were', () => {
    const empty = summarize([r({ name: 'nps', kind: 'nps', value: 9 })]);
    assert.deepEqual(empty.kano, {});
    assert.deepEqual(empty.statements, {});
    assert.equal(empty.nps.promoters, 1);
    assert.deepEqual(summarize([]).kano, {});
  });
});

describe('summarize: statements', () => {
  test('n, mean and agreeShare (4–5) per statement, by name then id', () => {
    const { statements: result } = summarize([
      r(statements({ available: 4, 'keeps-promises': 2 })),
      r(statements({ available: 5 })),
      r(statements({ available: 1, 'keeps-promises': 4 }), statements({ x: 3 }, 'other')),
      r({ name: 'nps', kind: 'nps', value: 3 }),
    ]);
    assert.deepEqual(result, {
      other: { x: { n: 1, mean: 3, agreeShare: 0 } },
      rules: {
        available: { n: 3, mean: 10 / 3, agreeShare: 2 / 3 },
        'keeps-promises': { n: 2, mean: 3, agreeShare: 0.5 },
      },
    });
  });
});
