import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Answer, AnswerKind } from '../../src/schema/response.js';
import { answerNamed, answersOf, firstOf } from '../../src/scores/answers.js';
import { scoreResponse } from '../../src/scores/response-scores.js';

const answers: Answer[] = [
  { name: 'nps', kind: 'nps', value: 9 },
  { name: 'sat', kind: 'rating', value: 4, scale: 'csat', points: 5 },
  { name: 'feel', kind: 'emotion', value: [{ id: 'happy', valence: 'positive', intensity: 4 }] },
  { name: 'ease', kind: 'rating', value: 2, scale: 'ease', points: 5 },
  { name: 'feel-later', kind: 'emotion', value: [{ id: 'angry', valence: 'negative', intensity: 5 }] },
  { name: 'sat-again', kind: 'rating', value: 1, scale: 'csat', points: 5 },
];

describe('answersOf', () => {
  // [kind, the names of the answers it returns, in order]
  const rows: [AnswerKind, string[]][] = [
    ['nps', ['nps']],
    ['emotion', ['feel', 'feel-later']],
    ['rating', ['sat', 'ease', 'sat-again']],
    ['effort', []],
    ['comment', []],
  ];
  for (const [kind, names] of rows) {
    test(`returns every ${kind} answer in the order given (${names.length})`, () => {
      const found = answersOf(answers, kind);
      assert.deepEqual(
        found.map((a) => a.name),
        names,
      );
      assert.ok(found.every((a) => a.kind === kind));
    });
  }

  test('returns an empty list for no answers', () => assert.deepEqual(answersOf([], 'nps'), []));

  test('types each answer by its kind, so its own fields need no cast', () => {
    const scales: string[] = answersOf(answers, 'rating').map((a) => a.scale);
    assert.deepEqual(scales, ['csat', 'ease', 'csat']);
  });
});

describe('firstOf', () => {
  // [kind, the name of the first answer of that kind, or undefined]
  const rows: [AnswerKind, string | undefined][] = [
    ['nps', 'nps'],
    ['emotion', 'feel'],
    ['rating', 'sat'],
    ['effort', undefined],
  ];
  for (const [kind, name] of rows) {
    test(`finds the first ${kind} answer: ${name ?? 'none'}`, () => assert.equal(firstOf(answers, kind)?.name, name));
  }
});

describe('answerNamed', () => {
  // [kind, name, the value found, or undefined]
  const rows: [AnswerKind, string, Answer['value'] | undefined][] = [
    ['rating', 'sat', 4],
    ['rating', 'sat-again', 1],
    ['rating', 'ease', 2],
    ['emotion', 'feel-later', [{ id: 'angry', valence: 'negative', intensity: 5 }]],
    ['nps', 'nps', 9],
    ['rating', 'nps', undefined], // the name exists, but for another kind
    ['emotion', 'missing', undefined],
    ['comment', 'comment', undefined],
  ];
  for (const [kind, name, value] of rows) {
    test(`finds the ${kind} answer named ${name}${value === undefined ? ': none' : ''}`, () => {
      const found = answerNamed(answers, kind, name);
      assert.deepEqual(found?.value, value);
      if (found) assert.equal(found.kind, kind);
    });
  }
});

describe('scoreResponse with several answers of one kind', () => {
  test('scores the first answer of each kind, whatever follows', () => {
    const scores = scoreResponse(answers);
    assert.equal(scores.balance, 'positive');
    assert.equal(scores.strongNegative, false);
    assert.deepEqual(scoreResponse([...answers].reverse()).balance, 'negative');
  });
});
