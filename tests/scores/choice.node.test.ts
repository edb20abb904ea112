import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChoiceAnswer } from '../../src/schema/answers.js';
import { ChoiceAccumulator } from '../../src/scores/choice.js';

const choice = (name: string, ...value: string[]): ChoiceAnswer => ({ name, kind: 'choice', value });
const summarise = (...answers: ChoiceAnswer[]) => {
  const acc = new ChoiceAccumulator();
  for (const a of answers) acc.add(a);
  return acc.result();
};

describe('ChoiceAccumulator', () => {
  it('counts answers per option and divides by the answers to the question', () =>
    assert.deepEqual(summarise(choice('reason', 'price'), choice('reason', 'price'), choice('reason', 'service')), {
      reason: { n: 3, counts: { price: 2, service: 1 }, shares: { price: 2 / 3, service: 1 / 3 } },
    }));

  it('counts a multiple answer once per option, so shares may add up to more than 1', () => {
    const { reason } = summarise(choice('reason', 'price', 'speed'), choice('reason', 'speed'));
    assert.deepEqual(reason, { n: 2, counts: { price: 1, speed: 2 }, shares: { price: 0.5, speed: 1 } });
  });

  it('counts an option listed twice in one answer once', () =>
    assert.deepEqual(summarise(choice('reason', 'price', 'price')).reason!.counts, { price: 1 }));

  it('keeps an answer that chose nothing in n', () =>
    assert.deepEqual(summarise(choice('reason'), choice('reason', 'price')).reason, {
      n: 2,
      counts: { price: 1 },
      shares: { price: 0.5 },
    }));

  it('counts "other" like any option and ignores its text', () => {
    const other: ChoiceAnswer = { ...choice('reason', 'other'), other: 'De koffie' };
    assert.deepEqual(summarise(other).reason!.counts, { other: 1 });
  });

  it('keeps questions apart by name', () =>
    assert.deepEqual(Object.keys(summarise(choice('b', 'x'), choice('a', 'y'))), ['a', 'b']));

  it('gives the same result whatever the order of the answers', () => {
    const answers = [choice('r', 'b'), choice('r', 'a', 'c'), choice('r', 'c')];
    const forward = summarise(...answers);
    const backward = summarise(...[...answers].reverse());
    assert.deepEqual(forward, backward);
    assert.deepEqual(Object.keys(forward.r!.counts), ['a', 'b', 'c']);
  });

  it('is empty without answers', () => assert.deepEqual(new ChoiceAccumulator().result(), {}));

  it('treats values such as __proto__ and constructor as ordinary options', () => {
    const { r } = summarise(choice('r', '__proto__', 'constructor'), choice('r', 'constructor'));
    assert.equal(Object.getPrototypeOf(r!.counts), Object.prototype);
    assert.equal(Object.hasOwn(r!.counts, '__proto__'), true);
    assert.equal(r!.counts['__proto__'], 1);
    assert.equal(r!.counts.constructor, 2);
    assert.equal(r!.shares.constructor, 1);
  });
});
