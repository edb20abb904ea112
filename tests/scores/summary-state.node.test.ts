import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SummaryAccumulator, summarize } from '../../src/scores/summarize.js';
import { random, randomResponse } from '../support/random-responses.js';

const START = Date.UTC(2026, 8, 1);

test('merging the states of any split of the responses gives summarize() of them all', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const rng = random(seed);
    const responses = Array.from({ length: 1 + Math.floor(rng() * 300) }, () => randomResponse(rng, START, 30));
    const parts = new Map<number, SummaryAccumulator>();
    for (const r of responses) {
      const part = Math.floor(rng() * 7);
      parts.set(part, (parts.get(part) ?? new SummaryAccumulator()).add(r));
    }
    const options = { emotions: ['happy', 'calm'] };
    const merged = new SummaryAccumulator(options);
    // Through JSON, as a store keeps them.
    for (const acc of parts.values()) merged.merge(JSON.parse(JSON.stringify(acc.toState())));
    assert.deepEqual(merged.result(), summarize(responses, options), `seed ${seed}`);
  }
});

test('an empty state merges to the empty summary, and a state of another version is refused', () => {
  const empty = new SummaryAccumulator().toState();
  assert.deepEqual(new SummaryAccumulator().merge(empty).result(), summarize([]));
  assert.throws(() => new SummaryAccumulator().merge({ ...empty, v: 0 as 1 }), /version/);
});
