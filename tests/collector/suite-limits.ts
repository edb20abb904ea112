/**
 * What a stranger may send (CONTRACT §7, 1.1), on every store: one answer for strings a store cannot hold,
 * bounded metadata and emotion ids, no names every object has; and reads that stay bounded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answers, makeResponse, post } from './helpers.js';
import type { SuiteContext } from './suite.js';

interface Errors {
  errors: { path: string; message: string }[];
}

export function limitTests({ base, survey }: SuiteContext) {
  const count = async (surveyId: string) => {
    const res = await fetch(new URL(`api/summary?surveyId=${surveyId}`, base()));
    return ((await res.json()) as { n: number }).n;
  };

  /**
   * The body as bytes: `JSON.stringify` writes U+0000 and a lone surrogate as the escapes `\u0000` and
   * `\ud800`, which is what a browser's `fetch` of such a string sends too.
   */
  const refused: [string, (surveyId: string) => string, string, RegExp][] = [
    [
      'U+0000 in a comment',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, answers: [answers.comment('a\u0000b')] })),
      'answers.0.value',
      /U\+0000/,
    ],
    [
      'a lone surrogate in a comment',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, answers: [answers.comment('x\ud800y')] })),
      'answers.0.value',
      /surrogate/,
    ],
    [
      'U+0000 in a metadata value',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, metadata: { branch: 'a\u0000b' } })),
      'metadata.branch',
      /U\+0000/,
    ],
    [
      'a lone surrogate in a metadata value',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, metadata: { branch: '\udc00' } })),
      'metadata.branch',
      /surrogate/,
    ],
    [
      '21 metadata keys',
      (surveyId) =>
        JSON.stringify(
          makeResponse({
            surveyId,
            metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])),
          }),
        ),
      'metadata',
      /20/,
    ],
    [
      'a metadata key with a space',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, metadata: { 'my key': 'v' } })),
      'metadata.my key',
      /pattern/,
    ],
    [
      'a metadata value of 501 characters',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, metadata: { branch: 'x'.repeat(501) } })),
      'metadata.branch',
      /500/,
    ],
    [
      'an emotion id outside [a-z0-9-]',
      (surveyId) =>
        JSON.stringify(
          makeResponse({ surveyId, answers: [answers.emotion({ id: 'Happy!', valence: 'positive', intensity: 3 })] }),
        ),
      'answers.0.value.0.id',
      /pattern/,
    ],
    [
      'an answer named constructor',
      (surveyId) =>
        JSON.stringify(makeResponse({ surveyId, answers: [{ name: 'constructor', kind: 'nps', value: 9 }] })),
      'answers.0.name',
      /reserved/,
    ],
    [
      'an answer named __proto__',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, answers: [{ name: '__proto__', kind: 'nps', value: 9 }] })),
      'answers.0.name',
      /reserved/,
    ],
    [
      'an answer named toString',
      (surveyId) => JSON.stringify(makeResponse({ surveyId, answers: [{ name: 'toString', kind: 'nps', value: 9 }] })),
      'answers.0.name',
      /reserved/,
    ],
    [
      'an emotion id constructor',
      (surveyId) =>
        JSON.stringify(
          makeResponse({
            surveyId,
            answers: [answers.emotion({ id: 'constructor', valence: 'positive', intensity: 3 })],
          }),
        ),
      'answers.0.value.0.id',
      /reserved/,
    ],
    [
      'a metadata key constructor',
      (surveyId) =>
        JSON.stringify(makeResponse({ surveyId })).replace('"metadata":{}', '"metadata":{"constructor":"x"}'),
      'metadata.constructor',
      /reserved/,
    ],
    [
      'a metadata key __proto__',
      (surveyId) => JSON.stringify(makeResponse({ surveyId })).replace('"metadata":{}', '"metadata":{"__proto__":"x"}'),
      'metadata.__proto__',
      /reserved/,
    ],
    [
      'a statement id __proto__',
      (surveyId) =>
        JSON.stringify(
          makeResponse({ surveyId, answers: [{ name: 'rules', kind: 'statements', value: { available: 4 } }] }),
        ).replace('"value":{"available":4}', '"value":{"available":4,"__proto__":2}'),
      'answers.0.value.__proto__',
      /reserved/,
    ],
    [
      'a statement id constructor',
      (surveyId) =>
        JSON.stringify(
          makeResponse({
            surveyId,
            answers: [{ name: 'rules', kind: 'statements', value: { available: 4, constructor: 2 } }],
          }),
        ),
      'answers.0.value.constructor',
      /reserved/,
    ],
  ];
  for (const [what, bytes, path, message] of refused) {
    test(`answers 400 naming ${path} for ${what}, and stores nothing`, async () => {
      const surveyId = survey();
      const body = bytes(surveyId);
      assert.ok(body.includes(surveyId));
      const res = await post(base(), body);
      assert.equal(res.status, 400);
      const { errors } = (await res.json()) as Errors;
      assert.ok(
        errors.some((e) => e.path === path && message.test(e.message)),
        `${path} ${message}: ${JSON.stringify(errors)}`,
      );
      assert.equal(await count(surveyId), 0);
    });
  }

  test('stores a response at every limit, and gives it back whole in the export', async () => {
    const surveyId = survey();
    const metadata = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`key.${i}_`.padEnd(40, '-'), `${i}`.padEnd(500, 'é')]),
    );
    const body = makeResponse({
      surveyId,
      answers: [
        answers.emotion({ id: 'very-happy-2', valence: 'positive', intensity: 5 }),
        answers.comment('top 😀 \ufffd'),
      ],
      metadata,
    });
    assert.equal((await post(base(), body)).status, 201);
    const res = await fetch(new URL(`api/export?format=ndjson&surveyId=${surveyId}`, base()));
    const row = JSON.parse((await res.text()).trim()) as Record<string, unknown>;
    assert.equal(row.emotion, 'very-happy-2:5');
    assert.equal(row.comment, 'top 😀 \ufffd');
    for (const [key, value] of Object.entries(metadata)) assert.equal(row[`metadata.${key}`], value, key);
  });

  test('keeps the CSV of many distinct answer names and metadata keys to a bounded number of columns, losing nothing', async () => {
    const surveyId = survey();
    // Three strangers' responses of 50 answer names and 20 metadata keys each, all new: 150 names, 60 keys.
    const rows = Array.from({ length: 3 }, (_, r) =>
      makeResponse({
        surveyId,
        answers: Array.from({ length: 50 }, (_, i) => ({ name: `q${r}-${i}`, kind: 'nps' as const, value: i % 11 })),
        metadata: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`m${r}-${i}`, `v${r}-${i}`])),
      }),
    );
    for (const r of rows) assert.equal((await post(base(), r)).status, 201);
    const res = await fetch(new URL(`api/export?format=csv&surveyId=${surveyId}`, base()));
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(',');
    // 8 fixed, 100 answers, answer.*, 6 scores, 3 recovery, 50 metadata, metadata.*
    assert.equal(header.length, 8 + 100 + 1 + 6 + 3 + 50 + 1);
    assert.ok(header.includes('answer.*') && header.at(-1) === 'metadata.*');
    const text = lines.join('\n');
    for (const r of rows) {
      for (const a of r.answers)
        assert.ok(header.includes(a.name) || text.includes(`""${a.name}"":${a.value}`), a.name);
      for (const [key, value] of Object.entries(r.metadata)) {
        assert.ok(header.includes(`metadata.${key}`) || text.includes(`""${key}"":""${value}""`), key);
      }
    }
  });

  test('keeps the summary of many distinct emotion ids bounded', async () => {
    const surveyId = survey();
    // Only the first emotion answer of a response counts: 6 responses of 20 new ids, 120 distinct ids.
    for (let r = 0; r < 6; r++) {
      const value = Array.from({ length: 20 }, (_, i) => ({ id: `x${r}-${i}`, valence: 'positive' as const }));
      assert.equal((await post(base(), makeResponse({ surveyId, answers: [answers.emotion(...value)] }))).status, 201);
    }
    const favourite = makeResponse({ surveyId, answers: [answers.emotion({ id: 'happy', valence: 'positive' })] });
    assert.equal((await post(base(), favourite)).status, 201);
    const res = await fetch(new URL(`api/summary?surveyId=${surveyId}`, base()));
    const { emotion } = (await res.json()) as { emotion: { n: number; byEmotion: Record<string, { count: number }> } };
    assert.equal(emotion.n, 7);
    assert.equal(Object.keys(emotion.byEmotion).length, 100);
    assert.equal(emotion.byEmotion.happy!.count, 1);
  });
}
