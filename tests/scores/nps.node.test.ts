import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { npsInterval, npsScore } from '../../src/scores/nps.js';
import { npsCategory } from '../../src/scores/response-scores.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

describe('npsCategory', () => {
  const rows: [number, string][] = [
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ];
  for (const [score, category] of rows) {
    it(`puts ${score} among the ${category}s`, () => assert.equal(npsCategory(score), category));
  }
});

describe('npsScore', () => {
  it('is 100 × (promoters − detractors) / n', () => {
    assert.equal(npsScore({ promoters: 100, passives: 60, detractors: 40 }), 30);
    assert.equal(npsScore({ promoters: 0, passives: 0, detractors: 5 }), -100);
  });
  it('is null without answers', () => assert.equal(npsScore({ promoters: 0, passives: 0, detractors: 0 }), null));
});

describe('npsInterval (adjusted Wald)', () => {
  it('gives [18.8, 40.3] for 100 promoters, 60 passives and 40 detractors (the worked example)', () => {
    const [lo, hi] = npsInterval({ promoters: 100, passives: 60, detractors: 40 })!;
    assert.deepEqual([round1(lo), round1(hi)], [18.8, 40.3]);
  });

  it('differs from the plain Wald interval [19.2, 40.8] of the same answers', () => {
    const n = 200;
    const p = 100 / n;
    const d = 40 / n;
    const half = 1.96 * Math.sqrt((p + d - (p - d) ** 2) / n);
    const plain = [round1(100 * (p - d - half)), round1(100 * (p - d + half))];
    assert.deepEqual(plain, [19.2, 40.8]);
    const [lo, hi] = npsInterval({ promoters: 100, passives: 60, detractors: 40 })!;
    assert.notDeepEqual([round1(lo), round1(hi)], plain);
  });

  it('stays within −100 … 100 for tiny, one-sided samples', () => {
    const [lo, hi] = npsInterval({ promoters: 1, passives: 0, detractors: 0 })!;
    assert.ok(lo >= -100 && hi <= 100 && lo < hi);
    const [lo2, hi2] = npsInterval({ promoters: 0, passives: 0, detractors: 3 })!;
    assert.ok(lo2 >= -100 && hi2 <= 100 && lo2 < hi2);
  });

  it('is null without answers', () => assert.equal(npsInterval({ promoters: 0, passives: 0, detractors: 0 }), null));
});
