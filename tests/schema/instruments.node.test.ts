/**
 * The answers of `<feelback-kano>` and `<feelback-statements>` (CONTRACT §9): what a response carries and
 * what it refuses, in the browser's schema and the collector's alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateResponse } from '../../src/collector/validate.js';
import { formatIssues, Response } from '../../src/schema/response.js';
import { makeResponse } from '../collector/helpers.js';

type Answer = Record<string, unknown> & { value: Record<string, unknown> };
type Body = Record<string, unknown> & { answers: Answer[] };

const body = (): Body =>
  structuredClone(
    makeResponse({
      answers: [
        {
          name: 'face-login',
          kind: 'kano',
          feature: 'Inloggen met je gezicht',
          value: { functional: 'like', dysfunctional: 'dislike' },
        },
        { name: 'rules', kind: 'statements', value: { available: 4, 'keeps-promises': 2 } },
      ],
    }),
  ) as unknown as Body;

const kano = (b: Body) => b.answers[0]!;
const statements = (b: Body) => b.answers[1]!;
const ids = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s-${i}`, 3]));

describe('kano and statements answers', () => {
  const accepted: [string, (b: Body) => void][] = [
    ['the answers of CONTRACT §9', () => {}],
    [
      'every Kano option on both sides',
      (b) => void (kano(b).value = { functional: 'tolerate', dysfunctional: 'expect' }),
    ],
    ['neutral on both sides', (b) => void (kano(b).value = { functional: 'neutral', dysfunctional: 'neutral' })],
    ['a feature of 200 characters', (b) => void (kano(b).feature = 'f'.repeat(200))],
    ['an empty feature', (b) => void (kano(b).feature = '')],
    ['50 statements', (b) => void (statements(b).value = ids(50))],
    ['no statement answered', (b) => void (statements(b).value = {})],
    ['the points 1 and 5', (b) => void (statements(b).value = { a: 1, 'b-2': 5 })],
    ['a statement id of 64 characters', (b) => void (statements(b).value = { ['s'.repeat(64)]: 3 })],
  ];
  for (const [label, change] of accepted) {
    it(`accepts ${label}`, () => {
      const b = body();
      change(b);
      const result = validateResponse(JSON.parse(JSON.stringify(b)));
      assert.ok(result.success, JSON.stringify(result.success || result.errors));
      assert.deepEqual(result.data, b, 'nothing dropped or changed');
      assert.equal(Response.safeParse(b).success, true);
    });
  }

  const refused: [string, (b: Body) => void, string, RegExp][] = [
    [
      'a Kano option not of the five',
      (b) => void (kano(b).value.functional = 'love'),
      'answers.0.value.functional',
      /./,
    ],
    [
      'a Kano answer without its dysfunctional side',
      (b) => void delete kano(b).value.dysfunctional,
      'answers.0.value.dysfunctional',
      /./,
    ],
    ['a Kano answer without a feature', (b) => void delete kano(b).feature, 'answers.0.feature', /./],
    ['a feature of 201 characters', (b) => void (kano(b).feature = 'f'.repeat(201)), 'answers.0.feature', /200/],
    ['U+0000 in a feature', (b) => void (kano(b).feature = 'a\u0000'), 'answers.0.feature', /U\+0000/],
    ['a lone surrogate in a feature', (b) => void (kano(b).feature = '\ud800'), 'answers.0.feature', /surrogate/],
    ['a Kano answer named constructor', (b) => void (kano(b).name = 'constructor'), 'answers.0.name', /reserved/],
    ['a point of 0', (b) => void (statements(b).value.available = 0), 'answers.1.value.available', /./],
    ['a point of 6', (b) => void (statements(b).value.available = 6), 'answers.1.value.available', /./],
    ['a point of 2.5', (b) => void (statements(b).value.available = 2.5), 'answers.1.value.available', /./],
    ['a point as text', (b) => void (statements(b).value.available = '4'), 'answers.1.value.available', /./],
    ['51 statements', (b) => void (statements(b).value = ids(51)), 'answers.1.value', /50/],
    [
      'a statement id with a capital',
      (b) => void (statements(b).value = { Available: 4 }),
      'answers.1.value.Available',
      /./,
    ],
    [
      'a statement id of 65 characters',
      (b) => void (statements(b).value = { ['s'.repeat(65)]: 4 }),
      `answers.1.value.${'s'.repeat(65)}`,
      /./,
    ],
    [
      'a statement id toString',
      (b) => void (statements(b).value = { toString: 4 }),
      'answers.1.value.toString',
      /reserved/,
    ],
    [
      'statements as a list',
      (b) => void (statements(b).value = [4, 2] as unknown as Answer['value']),
      'answers.1.value',
      /./,
    ],
  ];
  for (const [label, breakIt, path, message] of refused) {
    it(`refuses ${label} at ${path}`, () => {
      const b = body();
      breakIt(b);
      const input = JSON.parse(JSON.stringify(b)) as unknown;
      const result = validateResponse(input);
      assert.equal(result.success, false, `${label} was accepted`);
      const errors = result.success ? [] : result.errors;
      assert.ok(
        errors.some((e) => e.path === path && message.test(e.message)),
        `${path} ${message}: ${JSON.stringify(errors)}`,
      );
      const browser = Response.safeParse(input);
      assert.equal(browser.success, false);
      assert.ok(formatIssues(browser.error!).some((e) => e.path === path));
    });
  }
});
