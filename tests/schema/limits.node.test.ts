/**
 * What a response may carry (CONTRACT §7, 1.1): strings every store can hold, bounded metadata, emotion ids
 * of the `[a-z0-9-]` vocabulary, and no name, key or id that every object already has.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateResponse } from '../../src/collector/validate.js';
import { CORE_EMOTIONS, EmotionSet } from '../../src/schema/emotions.js';
import { formatIssues, Response } from '../../src/schema/response.js';
import { makeResponse } from '../collector/helpers.js';

type Body = Record<string, unknown> & { answers: Record<string, unknown>[]; metadata: Record<string, unknown> };

const body = (): Body =>
  structuredClone(
    makeResponse({
      answers: [
        { name: 'nps', kind: 'nps', value: 9 },
        { name: 'emotion', kind: 'emotion', value: [{ id: 'happy', valence: 'positive', intensity: 4 }] },
        { name: 'comment', kind: 'comment', value: 'Snel geholpen' },
      ],
      metadata: { branch: 'Utrecht' },
    }),
  ) as unknown as Body;

const emotionOf = (b: Body) => (b.answers[1]!.value as Record<string, unknown>[])[0]!;
const keys = (n: number, length = 3) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`.padEnd(length, 'x'), 'v']));

/** The body as the collector reads it: `JSON.parse` of the bytes, so `__proto__` is an own key. */
const asSent = (b: Body, text = JSON.stringify(b)) => JSON.parse(text) as unknown;

describe('a response refuses what no store can hold or what would be lost', () => {
  const refused: [string, (b: Body) => string | void, string, RegExp][] = [
    ['U+0000 in a comment', (b) => void (b.answers[2]!.value = 'a\u0000b'), 'answers.2.value', /U\+0000/],
    [
      'a lone high surrogate in a comment',
      (b) => void (b.answers[2]!.value = 'x\ud800y'),
      'answers.2.value',
      /surrogate/,
    ],
    ['a lone low surrogate at the end', (b) => void (b.answers[2]!.value = 'x\udc00'), 'answers.2.value', /surrogate/],
    ['U+0000 in a metadata value', (b) => void (b.metadata.branch = '\u0000'), 'metadata.branch', /U\+0000/],
    [
      'a lone surrogate in a metadata value',
      (b) => void (b.metadata.branch = '\ud83d'),
      'metadata.branch',
      /surrogate/,
    ],
    ['U+0000 in the survey id', (b) => void (b.surveyId = 's\u0000'), 'surveyId', /U\+0000/],
    ['a lone surrogate in the touchpoint', (b) => void (b.touchpoint = '\udfff'), 'touchpoint', /surrogate/],
    ['U+0000 in the page', (b) => void (b.page = '/a\u0000'), 'page', /U\+0000/],
    ['U+0000 in an answer name', (b) => void (b.answers[0]!.name = 'n\u0000'), 'answers.0.name', /U\+0000/],
    ['21 metadata keys', (b) => void (b.metadata = keys(21)), 'metadata', /20/],
    ['a metadata key with a space', (b) => void (b.metadata = { 'my key': 'v' }), 'metadata.my key', /./],
    [
      'a metadata key of 41 characters',
      (b) => void (b.metadata = keys(1, 41)),
      `metadata.${'k0'.padEnd(41, 'x')}`,
      /./,
    ],
    ['an empty metadata key', (b) => void (b.metadata = { '': 'v' }), 'metadata.', /./],
    ['a metadata value of 501 characters', (b) => void (b.metadata.branch = 'x'.repeat(501)), 'metadata.branch', /./],
    ['an emotion id with a capital', (b) => void (emotionOf(b).id = 'Happy'), 'answers.1.value.0.id', /./],
    ['an emotion id with a space', (b) => void (emotionOf(b).id = 'very happy'), 'answers.1.value.0.id', /./],
    ['an emotion id of 65 characters', (b) => void (emotionOf(b).id = 'a'.repeat(65)), 'answers.1.value.0.id', /./],
    [
      '21 emotions in one answer',
      (b) => void (b.answers[1]!.value = Array(21).fill(emotionOf(b))),
      'answers.1.value',
      /./,
    ],
    ['an answer named constructor', (b) => void (b.answers[0]!.name = 'constructor'), 'answers.0.name', /reserved/],
    ['an answer named __proto__', (b) => void (b.answers[0]!.name = '__proto__'), 'answers.0.name', /reserved/],
    ['an answer named toString', (b) => void (b.answers[2]!.name = 'toString'), 'answers.2.name', /reserved/],
    ['an emotion id constructor', (b) => void (emotionOf(b).id = 'constructor'), 'answers.1.value.0.id', /reserved/],
    ['a metadata key constructor', (b) => void (b.metadata = { constructor: 'x' }), 'metadata.constructor', /reserved/],
    ['a metadata key toString', (b) => void (b.metadata = { toString: 'x' }), 'metadata.toString', /reserved/],
    [
      'a metadata key hasOwnProperty',
      (b) => void (b.metadata = { hasOwnProperty: 'x' }),
      'metadata.hasOwnProperty',
      /reserved/,
    ],
    // JSON.stringify would not write an own `__proto__` of an object literal: the bytes are written by hand.
    [
      'a metadata key __proto__',
      (b) => JSON.stringify(b).replace('"metadata":{', '"metadata":{"__proto__":"x",'),
      'metadata.__proto__',
      /reserved/,
    ],
  ];
  for (const [label, breakIt, path, message] of refused) {
    it(`refuses ${label} at ${path}`, () => {
      const b = body();
      const text = breakIt(b);
      const input = asSent(b, text ?? undefined);
      const result = validateResponse(input);
      assert.equal(result.success, false, `${label} was accepted`);
      const errors = result.success ? [] : result.errors;
      assert.ok(
        errors.some((e) => e.path === path && message.test(e.message)),
        `${path} ${message}: ${JSON.stringify(errors)}`,
      );
      if (text === undefined) {
        // The browser's schema refuses it too (the one exception, `__proto__` in a record, is the collector's).
        const browser = Response.safeParse(input);
        assert.equal(browser.success, false);
        assert.ok(formatIssues(browser.error!).some((e) => e.path === path));
      }
    });
  }

  const accepted: [string, (b: Body) => void][] = [
    ['an emoji (a surrogate pair) in a comment', (b) => void (b.answers[2]!.value = 'top 😀👍🏽 dank')],
    ['U+FFFD, where a sanitised character was', (b) => void (b.answers[2]!.value = 'a\ufffdb')],
    [
      '20 metadata keys of 40 characters with 500-character values',
      (b) => {
        b.metadata = Object.fromEntries(Object.keys(keys(20, 40)).map((k) => [k, 'v'.repeat(500)]));
      },
    ],
    [
      'metadata keys with dots, dashes, underscores and capitals',
      (b) => {
        b.metadata = { 'utm.source': 'mail', 'page-type': 'x', segment_ID: 'retail', A1: '' };
      },
    ],
    ['an emotion id with digits and dashes', (b) => void (emotionOf(b).id = 'very-happy-2')],
    ['an answer named like an Object.prototype name in another case', (b) => void (b.answers[0]!.name = 'Constructor')],
    ['no metadata keys', (b) => void (b.metadata = {})],
  ];
  for (const [label, change] of accepted) {
    it(`accepts ${label}`, () => {
      const b = body();
      change(b);
      const result = validateResponse(asSent(b));
      assert.ok(result.success, JSON.stringify(result.success || result.errors));
      assert.deepEqual(result.data, b, 'nothing dropped or changed');
      assert.equal(Response.safeParse(b).success, true);
    });
  }
});

describe('a custom emotion set uses the ids a response accepts', () => {
  const emotion = (id: string) => ({ id, valence: 'positive', label: { nl: 'Rustig', en: 'Calm' } });
  const rows: [string, unknown[], boolean][] = [
    ['the core set', CORE_EMOTIONS, true],
    ['ids of letters, digits and dashes', [emotion('calm'), emotion('very-calm-2')], true],
    ['an id with a capital', [emotion('Calm')], false],
    ['an id with an underscore', [emotion('very_calm')], false],
    ['an id constructor', [emotion('constructor')], false],
    ['an id of 65 characters', [emotion('c'.repeat(65))], false],
  ];
  for (const [label, set, valid] of rows) {
    it(`${valid ? 'accepts' : 'refuses'} ${label}`, () => {
      const parsed = EmotionSet.safeParse(set);
      assert.equal(parsed.success, valid);
      if (!valid) assert.match(formatIssues(parsed.error!)[0]!.path, /^0\.id$/);
    });
  }
});
