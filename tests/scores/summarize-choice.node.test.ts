import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isSummary } from '../../src/elements/feelback-report/summary-shape.js';
import type { Answer } from '../../src/schema/response.js';
import { SummaryAccumulator, summarize, type Summarizable } from '../../src/scores/summarize.js';

const choice = (name: string, value: string[], other?: string): Answer =>
  other === undefined ? { name, kind: 'choice', value } : { name, kind: 'choice', value, other };
const r = (...answers: Answer[]): Summarizable => ({ answers });

describe('summarize: choice (CONTRACT §9)', () => {
  test('counts each choice question under its name; shares are counts / answers to that question', () => {
    const s = summarize([
      r({ name: 'nps', kind: 'nps', value: 9 }, choice('reason', ['price', 'speed']), choice('channel', ['app'])),
      r(choice('reason', ['speed'])),
      r(choice('reason', ['other'], 'De koffie'), choice('channel', ['branch'])),
      r({ name: 'nps', kind: 'nps', value: 3 }),
    ]);
    assert.deepEqual(s.choice, {
      channel: { n: 2, counts: { app: 1, branch: 1 }, shares: { app: 0.5, branch: 0.5 } },
      reason: {
        n: 3,
        counts: { other: 1, price: 1, speed: 2 },
        shares: { other: 1 / 3, price: 1 / 3, speed: 2 / 3 },
      },
    });
    assert.equal(s.n, 4);
    assert.equal(s.nps.n, 2, 'the other figures are untouched');
  });

  test('an empty set, or a set without choice answers, has choice {}', () => {
    assert.deepEqual(summarize([]).choice, {});
    assert.deepEqual(summarize([r({ name: 'nps', kind: 'nps', value: 9 })]).choice, {});
  });

  test('the accumulator fed in any order equals summarize', () => {
    const all = [r(choice('reason', ['price'])), r(choice('reason', ['speed', 'price'])), r(choice('x', ['a']))];
    const acc = new SummaryAccumulator();
    for (const x of [...all].reverse()) acc.add(x);
    assert.deepEqual(acc.result(), summarize(all));
  });

  test('memory stays bounded whatever anyone posted: 100 names, 1000 options per name at most', () => {
    const names = Array.from({ length: 150 }, (_, i) => r(choice(`q-${i}`, ['a'])));
    assert.equal(Object.keys(summarize(names).choice).length, 100);
    const options = Array.from({ length: 1100 }, (_, i) => r(choice('q', [`o-${i}`])));
    const { q } = summarize(options).choice;
    assert.equal(Object.keys(q!.counts).length, 1000);
    assert.equal(q!.n, 1100, 'an answer whose option is left out still counts in n');
  });

  test('the report still reads a summary without choice (a collector before 1.1)', () => {
    const old = JSON.parse(readFileSync(new URL('../fixtures/summary.json', import.meta.url), 'utf8'));
    assert.equal('choice' in old, false);
    assert.equal(isSummary(old), true);
    assert.equal(isSummary(summarize([r(choice('reason', ['price']))])), true);
  });
});
