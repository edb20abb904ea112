import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  Balance,
  NpsCategory,
  type Answer,
  type EmotionChoice,
  type RatingScale,
  type Response,
} from '../../src/schema/response.js';
import { npsCategory } from '../../src/scores/response-scores.js';
import { SummaryAccumulator, summarize, type Summarizable } from '../../src/scores/summarize.js';

const nps = (value: number): Answer => ({ name: 'nps', kind: 'nps', value });
const emotion = (...value: EmotionChoice[]): Answer => ({ name: 'emotion', kind: 'emotion', value });
const pos = (id: string, intensity?: number): EmotionChoice => ({ id, valence: 'positive', intensity });
const neg = (id: string, intensity?: number): EmotionChoice => ({ id, valence: 'negative', intensity });
const effort = (value: number): Answer => ({ name: 'effort', kind: 'effort', value });
const rating = (scale: RatingScale, value: number, points = 5, name: string = scale): Answer => ({
  name,
  kind: 'rating',
  scale,
  value,
  points,
});
const r = (...answers: Answer[]): Summarizable => ({ answers });
const repeat = <T>(times: number, make: () => T): T[] => Array.from({ length: times }, make);

const close = (actual: number | null, expected: number, digits = 1) => {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.equal(actual.toFixed(digits), expected.toFixed(digits));
};

describe('npsCategory', () => {
  for (const [score, category] of [
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const) {
    test(`${score} is a ${category}`, () => assert.equal(npsCategory(score), category));
  }
});

describe('summarize: NPS', () => {
  // INSTRUMENTS.md worked example.
  const responses = [...repeat(100, () => r(nps(10))), ...repeat(60, () => r(nps(7))), ...repeat(40, () => r(nps(3)))];
  const { nps: s } = summarize(responses);

  test('200 answers with 100 promoters and 40 detractors score 30', () => {
    assert.deepEqual([s.n, s.promoters, s.passives, s.detractors, s.score], [200, 100, 60, 40, 30]);
  });

  test('the 95 % interval is the adjusted Wald [18.8, 40.3], not the plain Wald [19.2, 40.8]', () => {
    close(s.ci95![0], 18.8);
    close(s.ci95![1], 40.3);
    const p = 0.5;
    const d = 0.2;
    const half = 1.96 * Math.sqrt((p + d - (p - d) ** 2) / 200);
    const wald = [100 * (p - d - half), 100 * (p - d + half)];
    close(wald[0]!, 19.2);
    close(wald[1]!, 40.8);
    assert.notEqual(s.ci95![0].toFixed(1), wald[0]!.toFixed(1));
  });

  test('the interval is clipped to −100 … 100', () => {
    const all = summarize(repeat(3, () => r(nps(10)))).nps;
    assert.equal(all.score, 100);
    assert.ok(all.ci95![1] <= 100 && all.ci95![0] >= -100);
  });

  test('counts each category at its boundaries 6/7 and 8/9', () => {
    const b = summarize([6, 7, 8, 9].map((v) => r(nps(v)))).nps;
    assert.deepEqual([b.detractors, b.passives, b.promoters], [1, 2, 1]);
  });
});

describe('summarize: emotion', () => {
  const responses = [
    r(emotion(pos('happy', 5), pos('relieved', 3))), // positive, strong positive
    r(emotion(neg('angry', 4))), // negative, strong negative
    r(emotion(pos('happy', 1), neg('worried', 2))), // mixed
    r(emotion()), // none: neutral, stays in n
    r(nps(9)), // no emotion answer: not in emotion.n
  ];
  const s = summarize(responses).emotion;

  const rows: [string, unknown, unknown][] = [
    ['n counts the emotion answers, including none', s.n, 4],
    ['score is 100 × (positive − negative) / n', s.score, 0],
    ['strongPositiveShare is 1 of 4', s.strongPositiveShare, 0.25],
    ['strongNegativeShare is 1 of 4', s.strongNegativeShare, 0.25],
    ['happy was chosen by 2 of 4 with mean intensity 3', s.byEmotion.happy, { count: 2, share: 0.5, meanIntensity: 3 }],
    ['angry was chosen once at 4', s.byEmotion.angry, { count: 1, share: 0.25, meanIntensity: 4 }],
  ];
  for (const [name, actual, expected] of rows) test(name, () => assert.deepEqual(actual, expected));

  test('byEmotion lists its ids sorted and no "none" entry', () => {
    assert.deepEqual(Object.keys(s.byEmotion), ['angry', 'happy', 'relieved', 'worried']);
  });

  test('answers without intensity count for strongNegative by balance, not for strongPositive', () => {
    const e = summarize([r(emotion(pos('happy'))), r(emotion(neg('sad'))), r(emotion(pos('valued', 5)))]).emotion;
    assert.equal(e.strongNegativeShare, 1 / 3);
    assert.equal(e.strongPositiveShare, 1); // one of the one answer whose strength is known
    assert.equal(e.byEmotion.happy!.meanIntensity, null);
  });

  test('only the first emotion answer of a response counts, as in its scores', () => {
    const later: Answer = { name: 'later', kind: 'emotion', value: [neg('angry', 5)] };
    const e = summarize([r(emotion(pos('happy', 4)), later)]).emotion;
    assert.deepEqual(Object.keys(e.byEmotion), ['happy']);
    assert.equal(e.score, 100);
    assert.equal(e.strongNegativeShare, 0);
  });

  test('options.emotions keeps the listed ids at count 0', () => {
    const e = summarize([r(emotion(pos('happy', 2)))], { emotions: ['happy', 'sad'] }).emotion;
    assert.deepEqual(e.byEmotion.sad, { count: 0, share: 0, meanIntensity: null });
  });
});

describe('summarize: effort, csat, cxi', () => {
  test('effort has the mean and the share of 5–7', () => {
    assert.deepEqual(summarize([1, 4, 5, 7].map((v) => r(effort(v)))).effort, { n: 4, mean: 4.25, agreeShare: 0.5 });
  });

  test('csat is 100 × the share of the top two points of its own scale', () => {
    const s = summarize([r(rating('csat', 5)), r(rating('csat', 4)), r(rating('csat', 3)), r(rating('csat', 6, 7))]);
    assert.deepEqual(s.csat, { n: 4, score: 75 });
  });

  test('only the first rating of each scale in a response counts', () => {
    const s = summarize([r(rating('csat', 5), rating('csat', 1, 5, 'csat-again'), rating('ease', 1, 5, 'ease'))]);
    assert.deepEqual(s.csat, { n: 1, score: 100 });
    assert.deepEqual(s.cxi.parts, { ease: { n: 1, score: -100 } });
  });

  test('cxi averages the parts present and ignores scales not on 5 points', () => {
    const s = summarize([
      r(rating('effectiveness', 5), rating('ease', 1)),
      r(rating('effectiveness', 4), rating('ease', 3)),
      r(rating('emotion', 4, 7)),
      r(rating('custom', 5)),
    ]);
    assert.deepEqual(s.cxi, {
      n: 2,
      index: 25,
      parts: { effectiveness: { n: 2, score: 100 }, ease: { n: 2, score: -50 } },
    });
  });
});

describe('summarize: crosstab and trust', () => {
  test('crosstab counts responses by npsCategory × balance', () => {
    const s = summarize([r(nps(10), emotion(pos('happy', 3))), r(nps(2), emotion()), r(nps(2), emotion()), r(nps(8))]);
    assert.equal(s.crosstab.promoter.positive, 1);
    assert.equal(s.crosstab.detractor.neutral, 2);
    const total = Object.values(s.crosstab).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
    assert.equal(total, 3);
  });

  test("crosstab has a row for every NPS category and a cell for every balance, in the enums' order", () => {
    const { crosstab } = summarize([]);
    assert.deepEqual(Object.keys(crosstab), NpsCategory.options);
    for (const c of NpsCategory.options) assert.deepEqual(Object.keys(crosstab[c]), Balance.options);
  });

  test('scores sent by the client are ignored and recomputed from the answers', () => {
    const lying = {
      answers: [nps(0), emotion(neg('angry', 5))],
      scores: { npsCategory: 'promoter', balance: 'positive', strongPositive: true },
    } as unknown as Response;
    const s = summarize([lying]);
    assert.equal(s.nps.detractors, 1);
    assert.equal(s.emotion.score, -100);
    assert.equal(s.emotion.strongPositiveShare, 0);
  });

  test('an empty set has n 0 and null scores', () => {
    const s = summarize([]);
    assert.deepEqual(s.nps, { n: 0, score: null, promoters: 0, passives: 0, detractors: 0, ci95: null });
    assert.deepEqual(s.emotion, {
      n: 0,
      score: null,
      strongPositiveShare: null,
      strongNegativeShare: null,
      byEmotion: {},
    });
    assert.deepEqual([s.n, s.effort.mean, s.csat.score, s.cxi.index], [0, null, null, null]);
  });

  test('the one-pass accumulator fed in any order equals summarize', () => {
    const all = [
      r(nps(9), emotion(pos('happy', 4)), effort(6), rating('csat', 5)),
      r(nps(3), emotion(neg('angry', 5), pos('relieved', 2)), effort(2), rating('ease', 2)),
      r(nps(7), emotion()),
      r(rating('effectiveness', 4)),
    ];
    const acc = new SummaryAccumulator();
    for (const x of [...all].reverse()) acc.add(x);
    assert.deepEqual(acc.result(), summarize(all));
    assert.deepEqual(acc.result(), acc.result(), 'result() does not end the pass');
  });
});
