import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answer, EmotionChoice } from '../../src/schema/response.js';
import type { ChoiceAnswer } from '../../src/schema/answers.js';
import {
  conditionNames,
  evaluate,
  parseCondition,
  type Condition,
  type ConditionAnswer,
} from '../../src/scores/show-if.js';

const nps = (value: number, name = 'nps'): Answer => ({ name, kind: 'nps', value });
const effort = (value: number): Answer => ({ name: 'effort', kind: 'effort', value });
const rating = (value: number): Answer => ({ name: 'ease', kind: 'rating', scale: 'ease', value, points: 5 });
const comment = (value: string): Answer => ({ name: 'comment', kind: 'comment', value });
const emotion = (...value: EmotionChoice[]): Answer => ({ name: 'emotion', kind: 'emotion', value });
const pos = (id: string): EmotionChoice => ({ id, valence: 'positive', intensity: 3 });
const neg = (id: string): EmotionChoice => ({ id, valence: 'negative', intensity: 3 });
const choice = (...value: string[]): ChoiceAnswer => ({ name: 'reason', kind: 'choice', value });

const parse = (text: string): Condition => {
  const result = parseCondition(text);
  assert.ok(result.ok, `"${text}" should parse: ${result.ok ? '' : result.error}`);
  return result.condition;
};
const check = (text: string, answers: ConditionAnswer[]) => evaluate(parse(text), answers);

describe('parseCondition', () => {
  it('reads a comparison', () =>
    assert.deepEqual(parse('nps <= 6'), [[{ name: 'nps', test: 'compare', op: '<=', value: 6 }]]));

  it('reads operators without spaces around them', () => assert.deepEqual(parse('nps<=6'), parse('nps <= 6')));

  it('reads has, is and answered', () =>
    assert.deepEqual(parse('reason has other and nps is promoter and emotion is mixed and comment answered'), [
      [
        { name: 'reason', test: 'has', id: 'other' },
        { name: 'nps', test: 'category', category: 'promoter' },
        { name: 'emotion', test: 'balance', balance: 'mixed' },
        { name: 'comment', test: 'answered' },
      ],
    ]));

  it('binds and tighter than or: a or b and c is a or (b and c)', () =>
    assert.deepEqual(parse('a answered or b answered and c answered'), [
      [{ name: 'a', test: 'answered' }],
      [
        { name: 'b', test: 'answered' },
        { name: 'c', test: 'answered' },
      ],
    ]));

  it('accepts names and ids with digits and hyphens, and decimal and negative numbers', () =>
    assert.deepEqual(parse('face-login-2 > -1.5 or q2 has opt-3'), [
      [{ name: 'face-login-2', test: 'compare', op: '>', value: -1.5 }],
      [{ name: 'q2', test: 'has', id: 'opt-3' }],
    ]));

  it('ignores surrounding and repeated whitespace', () =>
    assert.deepEqual(parse('  nps\t>  8 \n'), [[{ name: 'nps', test: 'compare', op: '>', value: 8 }]]));

  const broken: [string, string, string][] = [
    ['an empty condition', '', 'the condition is empty'],
    ['a blank condition', '   ', 'the condition is empty'],
    ['a trailing and', 'nps < 7 and', 'expected a question name after "nps < 7 and", found the end'],
    ['a trailing or', 'nps < 7 or', 'expected a question name after "nps < 7 or", found the end'],
    [
      'a leading and',
      'and nps < 7',
      'expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "and", found "nps"',
    ],
    [
      'an unknown operator',
      'nps == 7',
      'expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "nps", found "=="',
    ],
    ['=>', 'nps => 7', 'expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "nps", found "=>"'],
    [
      'a word operator',
      'nps equals 7',
      'expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "nps", found "equals"',
    ],
    ['a name alone', 'nps', 'expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "nps", found the end'],
    ['a missing number', 'nps <', 'expected a number after "nps <", found the end'],
    ['a word for a number', 'nps < seven', 'expected a number after "nps <", found "seven"'],
    ['a number with a unit', 'nps < 7x', 'expected a number after "nps <", found "7x"'],
    ['an exponent', 'nps < 1e1', 'expected a number after "nps <", found "1e1"'],
    ['a bare dot', 'nps < 7.', 'expected a number after "nps <", found "7."'],
    ['an uppercase name', 'NPS < 7', '"NPS" is not a question name: use lowercase letters a–z, digits and "-"'],
    [
      'a name with an underscore',
      'my_q answered',
      '"my_q" is not a question name: use lowercase letters a–z, digits and "-"',
    ],
    [
      'an uppercase id',
      'reason has Price',
      '"Price" is not an option or emotion id: use lowercase letters a–z, digits and "-"',
    ],
    ['has without an id', 'reason has', 'expected an option or emotion id after "reason has", found the end'],
    [
      'an unknown is-word',
      'nps is happy',
      'expected promoter, passive, detractor, positive, negative, mixed or neutral after "nps is", found "happy"',
    ],
    [
      'is without a word',
      'nps is',
      'expected promoter, passive, detractor, positive, negative, mixed or neutral after "nps is", found the end',
    ],
    ['an uppercase AND', 'nps < 7 AND effort < 3', 'expected "and" or "or" after "nps < 7", found "AND"'],
    ['two tests without a joiner', 'nps < 7 effort < 3', 'expected "and" or "or" after "nps < 7", found "effort"'],
    ['parentheses', '(nps < 7)', '"(nps" is not a question name: use lowercase letters a–z, digits and "-"'],
    [
      'a JavaScript expression',
      'alert(1)',
      '"alert(1)" is not a question name: use lowercase letters a–z, digits and "-"',
    ],
  ];
  for (const [what, text, error] of broken) {
    it(`refuses ${what} with a clear message`, () => assert.deepEqual(parseCondition(text), { ok: false, error }));
  }
});

describe('evaluate', () => {
  const compareRows: [string, number, boolean][] = [
    ['nps < 7', 6, true],
    ['nps < 7', 7, false],
    ['nps <= 7', 7, true],
    ['nps <= 7', 8, false],
    ['nps > 8', 9, true],
    ['nps > 8', 8, false],
    ['nps >= 9', 9, true],
    ['nps >= 9', 8, false],
    ['nps = 10', 10, true],
    ['nps = 10', 9, false],
    ['nps != 0', 1, true],
    ['nps != 0', 0, false],
  ];
  for (const [text, value, expected] of compareRows) {
    it(`finds "${text}" ${expected} for an NPS of ${value}`, () => assert.equal(check(text, [nps(value)]), expected));
  }

  it('compares effort and rating answers', () => {
    assert.equal(check('effort <= 3', [effort(2)]), true);
    assert.equal(check('ease >= 4', [rating(5)]), true);
    assert.equal(check('ease >= 4', [rating(3)]), false);
  });

  it('finds a comparison false when the name is unanswered, even !=', () => {
    assert.equal(check('nps < 7', []), false);
    assert.equal(check('nps != 7', [effort(2)]), false);
  });

  it('finds a comparison false on an answer that is not a number', () => {
    assert.equal(check('comment > 1', [comment('Snel')]), false);
    assert.equal(check('reason > 1', [choice('price')]), false);
  });

  const categoryRows: [string, number, boolean][] = [
    ['nps is promoter', 9, true],
    ['nps is promoter', 8, false],
    ['nps is passive', 7, true],
    ['nps is passive', 6, false],
    ['nps is detractor', 6, true],
    ['nps is detractor', 7, false],
  ];
  for (const [text, value, expected] of categoryRows) {
    it(`finds "${text}" ${expected} for an NPS of ${value}`, () => assert.equal(check(text, [nps(value)]), expected));
  }

  const balanceRows: [string, EmotionChoice[], boolean][] = [
    ['emotion is positive', [pos('happy')], true],
    ['emotion is positive', [pos('happy'), neg('angry')], false],
    ['emotion is negative', [neg('angry')], true],
    ['emotion is mixed', [pos('happy'), neg('angry')], true],
    ['emotion is neutral', [], true],
    ['emotion is neutral', [neg('sad')], false],
  ];
  for (const [text, choices, expected] of balanceRows) {
    const ids = choices.map((c) => c.id).join(', ') || 'none';
    it(`finds "${text}" ${expected} for ${ids}`, () => assert.equal(check(text, [emotion(...choices)]), expected));
  }

  it('does not read a category or a balance off the wrong kind of answer', () => {
    assert.equal(check('effort is promoter', [effort(7)]), false);
    assert.equal(check('nps is positive', [nps(10)]), false);
  });

  it('finds "has" in the options of a choice answer', () => {
    assert.equal(check('reason has price', [choice('speed', 'price')]), true);
    assert.equal(check('reason has price', [choice('speed')]), false);
    assert.equal(check('reason has other', [{ ...choice('other'), other: 'De koffie' }]), true);
  });

  it('finds "has" in the emotion ids of an emotion answer', () => {
    assert.equal(check('emotion has relieved', [emotion(pos('relieved'), neg('worried'))]), true);
    assert.equal(check('emotion has angry', [emotion(pos('relieved'))]), false);
  });

  it('finds "has" false on other kinds and on unanswered names', () => {
    assert.equal(check('comment has price', [comment('price')]), false);
    assert.equal(check('reason has price', []), false);
  });

  it('finds "answered" for any kind, and not for a missing name', () => {
    assert.equal(check('comment answered', [comment('x')]), true);
    assert.equal(check('emotion answered', [emotion()]), true);
    assert.equal(check('reason answered', [choice()]), true);
    assert.equal(check('rules answered', [{ name: 'rules', kind: 'statements', value: { available: 4 } }]), true);
    assert.equal(check('nps answered', [effort(3)]), false);
  });

  it('reads answers by name, not by kind', () => {
    const answers = [nps(3, 'nps-app'), nps(10, 'nps-branch')];
    assert.equal(check('nps-app is detractor and nps-branch is promoter', answers), true);
    assert.equal(check('nps is detractor', answers), false);
  });

  it('finds a test on a kind it does not know false, except "answered"', () => {
    const kano = { name: 'face', kind: 'kano', feature: 'x', value: { functional: 'like', dysfunctional: 'like' } };
    assert.equal(check('face has like', [kano]), false);
    assert.equal(check('face = 1', [kano]), false);
    assert.equal(check('face answered', [kano]), true);
  });

  const logicRows: [string, boolean][] = [
    ['nps < 7 and effort < 3', true],
    ['nps < 7 and effort > 3', false],
    ['nps > 7 or effort < 3', true],
    ['nps > 7 or effort > 3', false],
    // and before or: true or (false and false) is true; (true or false) and false would be false.
    ['nps < 7 or nps > 7 and effort > 3', true],
    // (false and true) or true is true; false and (true or true) would be false.
    ['nps > 7 and effort < 3 or effort < 3', true],
    ['nps > 7 or effort < 3 and nps < 7', true],
    ['nps > 7 and effort > 3 or nps < 7 and effort < 3', true],
  ];
  for (const [text, expected] of logicRows) {
    it(`finds "${text}" ${expected} for an NPS of 5 and an effort of 2`, () =>
      assert.equal(check(text, [nps(5), effort(2)]), expected));
  }
});

describe('conditionNames', () => {
  it('lists each name the condition reads once, in order', () =>
    assert.deepEqual(conditionNames(parse('nps < 7 and effort < 3 or nps is promoter and reason has x')), [
      'nps',
      'effort',
      'reason',
    ]));
});
