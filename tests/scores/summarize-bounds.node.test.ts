/**
 * A summary stays bounded and exact whatever anyone posted: a flood of distinct emotion ids, and ids named
 * like properties of every object (older rows, or a caller of `summarize` that skips the schema).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EmotionChoice } from '../../src/schema/response.js';
import { TALLIED_NAMES, TALLIED_VALUES } from '../../src/scores/bounds.js';
import { MAX_BY_EMOTION, SummaryAccumulator, summarize, type Summarizable } from '../../src/scores/summarize.js';

const pos = (id: string, intensity = 3): EmotionChoice => ({ id, valence: 'positive', intensity });
const r = (...value: EmotionChoice[]): Summarizable => ({ answers: [{ name: 'emotion', kind: 'emotion', value }] });
const ids = (count: number, prefix = 'id') => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('summarize: byEmotion is bounded', () => {
  test(`lists at most ${MAX_BY_EMOTION} emotions of 5000 distinct ids, the named first, then the most chosen`, () => {
    const named = ['happy', 'sad'];
    const rows = [
      ...Array.from({ length: 3 }, () => r(pos('happy'), pos('in-use'))),
      ...Array.from({ length: 2 }, () => r(pos('also-used'))),
      // 250 answers of 20 ids each, every id once: what an anonymous POSTer can send within the rate limit.
      ...Array.from({ length: 250 }, (_, i) => r(...ids(20, `x${i}`).map((id) => pos(id)))),
    ];
    const e = summarize(rows, { emotions: named }).emotion;
    const listed = Object.keys(e.byEmotion);
    assert.equal(listed.length, MAX_BY_EMOTION);
    for (const id of ['happy', 'sad', 'in-use', 'also-used']) assert.ok(listed.includes(id), id);
    assert.deepEqual(e.byEmotion.sad, { count: 0, share: 0, meanIntensity: null });
    assert.deepEqual(e.byEmotion['in-use'], { count: 3, share: 3 / 255, meanIntensity: 3 });
    assert.deepEqual(listed, [...listed].sort(), 'in id order');
    assert.equal(e.n, 255, 'every answer still counts');
  });

  test('among ids chosen as often, the first in id order are listed, whatever order the rows arrive in', () => {
    const all = ids(MAX_BY_EMOTION + 50).map((id) => r(pos(id)));
    const forward = summarize(all).emotion.byEmotion;
    const backward = summarize([...all].reverse()).emotion.byEmotion;
    assert.deepEqual(forward, backward);
    assert.deepEqual(
      Object.keys(forward),
      ids(MAX_BY_EMOTION + 50)
        .sort()
        .slice(0, MAX_BY_EMOTION),
    );
  });

  test('tallies at most 1000 distinct ids, so memory stays bounded however many arrive', () => {
    const acc = new SummaryAccumulator();
    for (let i = 0; i < 100; i++) acc.add(r(...ids(20, `y${i}`).map((id) => pos(id))));
    acc.add(r(pos('late'), pos('late-too')));
    acc.add(r(pos('late')));
    const tallied = (acc as unknown as { emotions: Map<string, unknown> }).emotions;
    assert.equal(tallied.size, 1000);
    assert.equal(tallied.has('late'), false);
    assert.equal(acc.result().emotion.n, 102);
  });
});

describe('summarize: ids named like properties of every object are entries of their own', () => {
  test('__proto__, constructor and toString are counted, listed and serialised like any id', () => {
    const rows = [r(pos('__proto__', 4), pos('constructor', 2)), r(pos('__proto__', 2), pos('toString', 5))];
    const { byEmotion } = summarize(rows).emotion;
    assert.deepEqual(Object.keys(byEmotion), ['__proto__', 'constructor', 'toString']);
    assert.equal(Object.getPrototypeOf(byEmotion), Object.prototype, 'the prototype is untouched');
    assert.deepEqual(Object.getOwnPropertyDescriptor(byEmotion, '__proto__')!.value, {
      count: 2,
      share: 1,
      meanIntensity: 3,
    });
    assert.deepEqual(byEmotion.constructor, { count: 1, share: 0.5, meanIntensity: 2 });
    assert.deepEqual(byEmotion.toString, { count: 1, share: 0.5, meanIntensity: 5 });
    const sent = JSON.parse(JSON.stringify(byEmotion)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(sent), ['__proto__', 'constructor', 'toString']);
  });

  test('an id named valueOf or hasOwnProperty that nobody chose is absent, not inherited', () => {
    const { byEmotion } = summarize([r(pos('happy'))]).emotion;
    assert.equal(Object.hasOwn(byEmotion, 'valueOf'), false);
    assert.deepEqual(Object.keys(byEmotion), ['happy']);
  });
});

describe('summarize: Kano, statements and choice summaries are bounded by name and by id', () => {
  const kano = (name: string, feature = 'f'): Summarizable => ({
    answers: [{ name, kind: 'kano', feature, value: { functional: 'like', dysfunctional: 'dislike' } }],
  });
  const statements = (name: string, value: Record<string, number>): Summarizable => ({
    answers: [{ name, kind: 'statements', value }],
  });
  const choice = (name: string, value: string[]): Summarizable => ({ answers: [{ name, kind: 'choice', value }] });

  test(`keeps at most ${TALLIED_NAMES} question names of each kind, first seen, whatever was posted`, () => {
    const names = ids(TALLIED_NAMES + 50, 'q');
    const s = summarize([
      ...names.map((n) => kano(n)),
      ...names.map((n) => statements(n, { available: 4 })),
      ...names.map((n) => choice(n, ['a'])),
    ]);
    for (const figure of [s.kano, s.statements, s.choice]) {
      assert.equal(Object.keys(figure).length, TALLIED_NAMES);
      assert.ok(Object.hasOwn(figure, 'q-0') && !Object.hasOwn(figure, `q-${TALLIED_NAMES}`));
    }
  });

  test(`tallies at most ${TALLIED_VALUES} statement ids and Kano feature wordings per question`, () => {
    const many = ids(TALLIED_VALUES + 200, 's');
    const rows = [];
    for (let i = 0; i < many.length; i += 50) {
      rows.push(statements('rules', Object.fromEntries(many.slice(i, i + 50).map((id) => [id, 5]))));
    }
    for (const id of many) rows.push(kano('face', id));
    const s = summarize(rows);
    assert.equal(Object.keys(s.statements.rules!).length, TALLIED_VALUES);
    assert.equal(s.kano.face!.n, many.length, 'every answer still counts');
    assert.equal(s.kano.face!.feature, 's-0');
  });
});
