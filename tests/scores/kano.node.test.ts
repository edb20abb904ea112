import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  KanoAccumulator,
  classify,
  kanoCategory,
  kanoCounts,
  kanoSummary,
  type KanoAnswer,
  type KanoCategory,
  type KanoCounts,
} from '../../src/scores/kano.js';
import type { AnswerOf } from '../../src/scores/answers.js';

const counts = (partial: Partial<KanoCounts>): KanoCounts => ({ ...kanoCounts(), ...partial });

describe('classify (the Kano evaluation table)', () => {
  // Rows: functional; columns: dysfunctional like, expect, neutral, tolerate, dislike.
  const table: [KanoAnswer, KanoCategory[]][] = [
    ['like', ['Q', 'A', 'A', 'A', 'O']],
    ['expect', ['R', 'I', 'I', 'I', 'M']],
    ['neutral', ['R', 'I', 'I', 'I', 'M']],
    ['tolerate', ['R', 'I', 'I', 'I', 'M']],
    ['dislike', ['R', 'R', 'R', 'R', 'Q']],
  ];
  const columns: KanoAnswer[] = ['like', 'expect', 'neutral', 'tolerate', 'dislike'];
  for (const [functional, row] of table) {
    columns.forEach((dysfunctional, i) => {
      it(`classifies functional ${functional} with dysfunctional ${dysfunctional} as ${row[i]}`, () =>
        assert.equal(classify(functional, dysfunctional), row[i]));
    });
  }
});

describe('kanoSummary', () => {
  it('gives A, better 11/18 and worse −0.5 for A 6, O 5, M 4, I 3, R 1, Q 1 (the worked example)', () => {
    const s = kanoSummary(counts({ A: 6, O: 5, M: 4, I: 3, R: 1, Q: 1 }), 'Inloggen met je gezicht');
    assert.equal(s.n, 20);
    assert.equal(s.feature, 'Inloggen met je gezicht');
    assert.equal(s.category, 'A');
    assert.equal(s.better, 11 / 18);
    assert.equal(s.better!.toFixed(3), '0.611');
    assert.equal(s.worse, -0.5);
    assert.deepEqual(s.counts, { A: 6, O: 5, M: 4, I: 3, R: 1, Q: 1 });
  });

  it('has no category and no coefficients when nobody answered', () =>
    assert.deepEqual(kanoSummary(kanoCounts()), {
      n: 0,
      feature: null,
      counts: kanoCounts(),
      category: null,
      better: null,
      worse: null,
    }));

  it('is Q without coefficients when every answer is questionable', () => {
    const s = kanoSummary(counts({ Q: 4 }));
    assert.deepEqual([s.n, s.category, s.better, s.worse], [4, 'Q', null, null]);
  });

  it('leaves Q and R out of both coefficients', () => {
    const s = kanoSummary(counts({ A: 1, M: 1, R: 7, Q: 9 }));
    assert.deepEqual([s.better, s.worse], [0.5, -0.5]);
  });

  it('gives worse 0, not −0, without O or M answers', () =>
    assert.ok(Object.is(kanoSummary(counts({ A: 2 })).worse, 0)));
});

describe('kanoCategory ties and outliers', () => {
  const rows: [string, Partial<KanoCounts>, KanoCategory | null][] = [
    ['M before O', { M: 3, O: 3 }, 'M'],
    ['M before A', { M: 3, A: 3 }, 'M'],
    ['M before I', { M: 3, I: 3 }, 'M'],
    ['O before A', { O: 3, A: 3 }, 'O'],
    ['O before I', { O: 3, I: 3 }, 'O'],
    ['A before I', { A: 3, I: 3 }, 'A'],
    ['a four-way tie to M', { A: 2, O: 2, M: 2, I: 2 }, 'M'],
    ['the most frequent over the tie order', { I: 5, M: 4 }, 'I'],
    ['not R when R only equals the largest of the four', { A: 3, R: 3 }, 'A'],
    ['R when it outnumbers all four', { A: 3, O: 2, R: 4 }, 'R'],
    ['not Q when Q only equals the largest of the four', { I: 2, Q: 2 }, 'I'],
    ['Q when it outnumbers all four', { I: 2, Q: 3 }, 'Q'],
    ['the larger of R and Q when both outnumber the four', { A: 1, R: 3, Q: 4 }, 'Q'],
    ['R when R and Q tie above the four', { A: 1, R: 3, Q: 3 }, 'R'],
    ['null without answers', {}, null],
  ];
  for (const [rule, partial, expected] of rows) {
    it(`picks ${rule}`, () => assert.equal(kanoCategory(counts(partial)), expected));
  }
});

describe('KanoAccumulator', () => {
  const kano = (
    name: string,
    functional: KanoAnswer,
    dysfunctional: KanoAnswer,
    feature = 'Inloggen met je gezicht',
  ): AnswerOf<'kano'> => ({ name, kind: 'kano', feature, value: { functional, dysfunctional } });

  it('summarises each question by name, one answer at a time', () => {
    const acc = new KanoAccumulator()
      .add(kano('face-login', 'like', 'dislike'))
      .add(kano('face-login', 'expect', 'dislike'))
      .add(kano('face-login', 'expect', 'dislike'))
      .add(kano('chat', 'like', 'neutral', 'Chat'));
    const result = acc.result();
    assert.deepEqual(Object.keys(result), ['chat', 'face-login']);
    assert.deepEqual(result['face-login']!.counts, counts({ O: 1, M: 2 }));
    assert.equal(result['face-login']!.category, 'M');
    assert.equal(result['face-login']!.n, 3);
    assert.deepEqual([result.chat!.category, result.chat!.better, result.chat!.worse], ['A', 1, 0]);
  });

  it('reports the most frequent feature wording, whatever the order of the answers', () => {
    const answers = [
      kano('f', 'like', 'like', 'Face login'),
      kano('f', 'like', 'like', 'Inloggen met je gezicht'),
      kano('f', 'like', 'like', 'Inloggen met je gezicht'),
    ];
    const forward = new KanoAccumulator();
    const backward = new KanoAccumulator();
    answers.forEach((a) => forward.add(a));
    [...answers].reverse().forEach((a) => backward.add(a));
    assert.equal(forward.result().f!.feature, 'Inloggen met je gezicht');
    assert.deepEqual(forward.result(), backward.result());
  });

  it('skips an answer whose radios are not Kano answers', () => {
    const bad = { ...kano('f', 'like', 'like'), value: { functional: 'love', dysfunctional: 'like' } };
    const result = new KanoAccumulator().add(bad as unknown as AnswerOf<'kano'>).result();
    assert.deepEqual(result, {});
  });

  it('keeps a name such as __proto__ as an ordinary key', () => {
    const result = new KanoAccumulator().add(kano('__proto__', 'like', 'dislike')).result();
    assert.equal(Object.getPrototypeOf(result), Object.prototype);
    assert.equal(Object.hasOwn(result, '__proto__'), true);
    assert.equal(result['__proto__']!.category, 'O');
  });
});
