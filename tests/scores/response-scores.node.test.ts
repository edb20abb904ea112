import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answer, EmotionChoice, Scores } from '../../src/schema/response.js';
import {
  emotionBalance,
  emotionValence,
  isHighEffort,
  isStrongNegative,
  isStrongPositive,
  recoveryReasons,
  scoreResponse,
} from '../../src/scores/response-scores.js';

const pos = (id: string, intensity?: number): EmotionChoice => ({ id, valence: 'positive', intensity });
const neg = (id: string, intensity?: number): EmotionChoice => ({ id, valence: 'negative', intensity });
const strip = (c: EmotionChoice): EmotionChoice => (c.intensity === undefined ? { id: c.id, valence: c.valence } : c);

describe('emotion scores of one answer', () => {
  // [label, choices, valence, balance, strongPositive, strongNegative]
  const rows: [string, EmotionChoice[], number, string, boolean | null, boolean][] = [
    ['none (no particular feeling)', [], 0, 'neutral', false, false],
    ['one positive at 4', [pos('happy', 4)], 1, 'positive', true, false],
    ['one positive at 3 (below strong)', [pos('happy', 3)], 1, 'positive', false, false],
    ['one negative at 4', [neg('angry', 4)], -1, 'negative', false, true],
    ['one negative at 3 (below strong)', [neg('angry', 3)], -1, 'negative', false, false],
    ['mixed, summed intensities', [pos('relieved', 4), neg('worried', 2)], (4 - 2) / 6, 'mixed', true, false],
    ['mixed, both strong', [pos('relieved', 5), neg('angry', 4)], 1 / 9, 'mixed', false, true],
    ['three of them', [pos('happy', 1), pos('valued', 2), neg('sad', 5)], (3 - 5) / 8, 'mixed', false, true],
  ];
  for (const [label, choices, valence, balance, sp, sn] of rows) {
    it(`scores ${label}`, () => {
      assert.equal(emotionValence(choices), valence);
      assert.equal(emotionBalance(choices), balance);
      assert.equal(isStrongPositive(choices), sp);
      assert.equal(isStrongNegative(choices), sn);
    });
  }

  it('counts every emotion as 1 without intensity, strongPositive is null and strongNegative follows balance', () => {
    const mixed = [pos('happy'), pos('valued'), neg('sad')].map(strip);
    assert.equal(emotionValence(mixed), 1 / 3);
    assert.equal(isStrongPositive(mixed), null);
    assert.equal(isStrongNegative(mixed), false);
    const negative = [neg('sad'), neg('angry')].map(strip);
    assert.equal(isStrongNegative(negative), true);
    assert.equal(isStrongPositive(negative), null);
  });
});

describe('isHighEffort (CES 2.0, 1–7)', () => {
  for (const [effort, high] of [
    [1, true],
    [3, true],
    [4, false],
    [7, false],
  ] as const) {
    it(`calls ${effort} ${high ? 'high' : 'not high'} effort`, () => assert.equal(isHighEffort(effort), high));
  }
});

describe('scoreResponse', () => {
  it('gives every key, null where the answer is absent', () => {
    assert.deepEqual(scoreResponse([]), {
      npsCategory: null,
      valence: null,
      balance: null,
      strongPositive: null,
      strongNegative: null,
      highEffort: null,
    });
  });

  it('scores the contract example', () => {
    const answers: Answer[] = [
      { name: 'nps', kind: 'nps', value: 9 },
      { name: 'emotion', kind: 'emotion', value: [pos('relieved', 4)] },
      { name: 'effort', kind: 'effort', value: 6 },
      { name: 'comment', kind: 'comment', value: 'Snel geholpen' },
    ];
    assert.deepEqual(scoreResponse(answers), {
      npsCategory: 'promoter',
      valence: 1,
      balance: 'positive',
      strongPositive: true,
      strongNegative: false,
      highEffort: false,
    });
  });
});

describe('recoveryReasons', () => {
  const scores = (s: Partial<Scores>): Scores => ({ ...scoreResponse([]), ...s });
  it('names every rule the scores match, in the order of the rules', () => {
    const s = scores({ npsCategory: 'detractor', strongNegative: true, highEffort: true });
    assert.deepEqual(recoveryReasons(s, ['detractor', 'strong-negative']), ['detractor', 'strong-negative']);
    assert.deepEqual(recoveryReasons(s, ['high-effort', 'detractor']), ['high-effort', 'detractor']);
    assert.deepEqual(recoveryReasons(s, []), []);
  });
  it('matches nothing for a passive without strong emotion', () => {
    const s = scores({ npsCategory: 'passive', strongNegative: false, highEffort: false });
    assert.deepEqual(recoveryReasons(s, ['detractor', 'strong-negative', 'high-effort']), []);
  });
  it('does not treat an absent answer as a match', () => {
    assert.deepEqual(recoveryReasons(scores({}), ['detractor', 'strong-negative', 'high-effort']), []);
  });
});
