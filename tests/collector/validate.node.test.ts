import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compiledValidation, englishMessages, validateResponse } from '../../src/collector/validate.js';
import { formatIssues, Response } from '../../src/schema/response.js';
import { makeResponse } from './helpers.js';

describe('validateResponse', () => {
  /** It must be `Response` exactly: the same verdict, the same value, the same errors (in English). */
  const same = (input: unknown) => {
    const expected = Response.safeParse(input, { error: englishMessages });
    const actual = validateResponse(input);
    assert.equal(actual.success, expected.success, JSON.stringify(input));
    if (actual.success) assert.deepEqual(actual.data, expected.data);
    else assert.deepEqual(actual.errors, formatIssues(expected.error!));
  };
  const every = [
    { name: 'nps', kind: 'nps', value: 0 },
    { name: 'emotion', kind: 'emotion', value: [{ id: 'calm', valence: 'positive' }] },
    { name: 'strong', kind: 'emotion', value: [{ id: 'angry', valence: 'negative', intensity: 5 }] },
    { name: 'none', kind: 'emotion', value: [] },
    { name: 'effort', kind: 'effort', value: 7 },
    { name: 'csat', kind: 'rating', value: 4, scale: 'csat', points: 5 },
    { name: 'comment', kind: 'comment', value: 'ok' },
  ];

  test("runs compiled by zod on Node, not through zod's generic walk", () => {
    assert.equal(compiledValidation, true);
  });

  test('agrees with Response on chosen inputs', () => {
    const base = makeResponse({ answers: every as never });
    const inputs: unknown[] = [
      base,
      { ...base, extra: 1, answers: [{ ...every[0], extra: true }] },
      { ...base, answers: [{ name: 'x', kind: 'stars', value: 3 }] },
      { ...base, answers: [{ name: 'x', value: 3 }] },
      { ...base, answers: [{ name: 'x', kind: 'rating', value: 3, points: 5 }] },
      { ...base, answers: [{ name: 'x', kind: 'comment', value: 3 }] },
      {
        ...base,
        answers: [
          { name: 'x', kind: 'nps', value: 3 },
          { name: 'x', kind: 'effort', value: 3 },
        ],
      },
      { ...base, answers: Array.from({ length: 51 }, (_, i) => ({ name: `q${i}`, kind: 'nps', value: 1 })) },
      { ...base, answers: [null, 'nps', 3, []] },
      { ...base, answers: {} },
      { ...base, id: 'nope', answers: [{ name: '', kind: 'nps', value: 11 }] },
      null,
      [],
      'text',
      {},
    ];
    for (const input of inputs) same(input);
  });

  test('agrees with Response on 2000 random mutations of a valid body', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    // Boundaries of the schema's ranges and lengths too: the compiled validator must draw each line where zod does.
    const values = [
      ...[undefined, null, 0, 3, 11, -1, 2.5, '', 'x', 'nps', 'rating', 'comment', 'emotion', true, [], {}],
      ...[1, 5, 6, 7, 8, 10, -0, 1e21, 2 ** 53, 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(5001), 'csat', 'negative'],
    ];
    const keys = ['kind', 'name', 'value', 'scale', 'points', 'intensity', 'valence', 'id'];
    for (let n = 0; n < 2000; n++) {
      const body = structuredClone(makeResponse({ answers: every as never })) as unknown as {
        answers: Record<string, unknown>[];
      };
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        const answer = pick(body.answers);
        const target = Array.isArray(answer.value) && answer.value.length && random() < 0.3 ? answer.value[0] : answer;
        const key = pick(keys);
        const value = pick(values);
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
      same(body);
    }
  });

  test('agrees with Response on 2000 random mutations outside the answers', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const values = [
      ...[undefined, null, 0, 1, -2, 0.5, '', 'x', 'web', 'fax', 'promoter', 'en', true, false, [], {}],
      ...[-1, 1.0000001, '/', '/a?b', '/a#b', 'nl-NL', 'EN', '2026-11-22T10:00:00Z', '2026-11-22', 'x'.repeat(1025)],
      ...[{ a: 'b' }, { ['k'.repeat(65)]: 'v' }, ['detractor'], ['nope'], 'feelback.response/1'],
    ];
    for (let n = 0; n < 2000; n++) {
      const body = structuredClone(
        makeResponse({ answers: every as never, metadata: { a: 'b' } }),
      ) as unknown as Record<string, Record<string, unknown>>;
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        // The body itself or one of its nested objects, and one of its keys or a new one.
        const objects = [body, body, body.scores, body.recovery, body.metadata].filter(
          (o) => typeof o === 'object' && o !== null && !Array.isArray(o),
        );
        const target = pick(objects) as Record<string, unknown>;
        const key = pick([...Object.keys(target), 'extra']);
        const value = pick(values);
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
      same(body);
    }
  });
});
