import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerOf } from '../../src/scores/answers.js';
import { StatementsAccumulator } from '../../src/scores/statements.js';

const statements = (value: Record<string, number>, name = 'rules'): AnswerOf<'statements'> => ({
  name,
  kind: 'statements',
  value,
});
const summarise = (...answers: AnswerOf<'statements'>[]) => {
  const acc = new StatementsAccumulator();
  for (const a of answers) acc.add(a);
  return acc.result();
};

describe('StatementsAccumulator', () => {
  it('gives the mean of 1–5 and the share of 4–5 per statement', () =>
    assert.deepEqual(
      summarise(
        statements({ available: 4, 'keeps-promises': 2 }),
        statements({ available: 5, 'keeps-promises': 3 }),
        statements({ available: 3, 'keeps-promises': 1 }),
        statements({ available: 1, 'keeps-promises': 4 }),
      ),
      {
        rules: {
          available: { n: 4, mean: 13 / 4, agreeShare: 0.5 },
          'keeps-promises': { n: 4, mean: 10 / 4, agreeShare: 0.25 },
        },
      },
    ));

  const agreeRows: [number, number][] = [
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 1],
    [5, 1],
  ];
  for (const [point, agreeShare] of agreeRows) {
    it(`counts ${point} as ${agreeShare ? '' : 'not '}agreeing`, () =>
      assert.equal(summarise(statements({ s: point })).rules!.s!.agreeShare, agreeShare));
  }

  it('counts n per statement, so a statement left out is not in its n', () => {
    const { rules } = summarise(statements({ available: 4 }), statements({ available: 2, 'keeps-promises': 5 }));
    assert.deepEqual([rules!.available!.n, rules!['keeps-promises']!.n], [2, 1]);
  });

  it('skips values outside 1–5 and non-integers', () => {
    const { rules } = summarise(statements({ a: 0, b: 6, c: 2.5, d: Number.NaN, e: 3 }));
    assert.deepEqual(Object.keys(rules!), ['e']);
  });

  it('leaves out a question with no rated statement', () => assert.deepEqual(summarise(statements({})), {}));

  it('keeps batteries apart by name, names and ids sorted', () => {
    const result = summarise(statements({ z: 1, a: 2 }, 'b'), statements({ m: 3 }, 'a'));
    assert.deepEqual(Object.keys(result), ['a', 'b']);
    assert.deepEqual(Object.keys(result.b!), ['a', 'z']);
  });

  it('treats ids such as __proto__ and constructor as ordinary statements', () => {
    const value = JSON.parse('{"__proto__": 5, "constructor": 2}') as Record<string, number>;
    const { rules } = summarise(statements(value));
    assert.equal(Object.hasOwn(rules!, '__proto__'), true);
    assert.deepEqual(rules!['__proto__'], { n: 1, mean: 5, agreeShare: 1 });
    assert.deepEqual(rules!.constructor, { n: 1, mean: 2, agreeShare: 0 });
  });
});
