/**
 * `show-if`: a condition on earlier answers (CONTRACT §9). Pure: a hand-written parser (no `eval`, no
 * `Function`, so a strict CSP and hostile attribute values are fine) and an evaluator over answers.
 *
 * Grammar, no parentheses, `and` binding tighter than `or`:
 *   condition := clause ("or" clause)*      clause := test ("and" test)*
 *   test := name op number | name "has" id | name "is" word | name "answered"
 * with names and ids `[a-z0-9-]+` and op one of `<` `<=` `>` `>=` `=` `!=`.
 */
import type { Answer, Balance, EmotionChoice, NpsCategory } from '../schema/response.js';
import { emotionBalance, npsCategory } from './response-scores.js';

export type CompareOp = '<' | '<=' | '>' | '>=' | '=' | '!=';

/** One test on the answer called `name`. */
export type Test =
  | { name: string; test: 'compare'; op: CompareOp; value: number }
  | { name: string; test: 'has'; id: string }
  | { name: string; test: 'category'; category: NpsCategory }
  | { name: string; test: 'balance'; balance: Balance }
  | { name: string; test: 'answered' };

/** Parsed `show-if`: true when every test of some clause holds (an `or` of `and`s). */
export type Condition = readonly (readonly Test[])[];

export type ParseResult = { ok: true; condition: Condition } | { ok: false; error: string };

/** What the evaluator reads: the schema's answers, or any later kind (which no test matches). */
export type ConditionAnswer = Answer | { name: string; kind: string; value?: unknown };

const OPS: readonly string[] = ['<', '<=', '>', '>=', '=', '!='];
const CATEGORIES: readonly string[] = ['promoter', 'passive', 'detractor'];
const BALANCES: readonly string[] = ['positive', 'negative', 'mixed', 'neutral'];
const NAME = /^[a-z0-9-]+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
// A word is a run of anything but spaces and operator characters, so `nps<7` reads as `nps < 7`.
const TOKEN = /[<>=!]+|[^\s<>=!]+/g;

class ParseError extends Error {}

/** A cursor over the tokens; every `expect…` throws a `ParseError` with a message for the page author. */
class Tokens {
  private i = 0;
  constructor(private readonly list: readonly string[]) {}

  get done(): boolean {
    return this.i >= this.list.length;
  }

  /** The tokens read so far, to say where a problem is. */
  get before(): string {
    return this.list.slice(0, this.i).join(' ');
  }

  next(): string | undefined {
    return this.list[this.i++];
  }

  expectName(what: 'a question name' | 'an option or emotion id'): string {
    const after = this.before;
    const token = this.next();
    if (token === undefined) throw new ParseError(`expected ${what} after "${after}", found the end`);
    if (NAME.test(token)) return token;
    throw new ParseError(`"${token}" is not ${what}: use lowercase letters a–z, digits and "-"`);
  }
}

/** Parse a `show-if` attribute; never throws. */
export function parseCondition(text: string): ParseResult {
  const tokens = new Tokens(text.match(TOKEN) ?? []);
  if (tokens.done) return { ok: false, error: 'the condition is empty' };
  try {
    const condition: Test[][] = [[parseTest(tokens)]];
    while (!tokens.done) {
      const after = tokens.before;
      const joiner = tokens.next();
      if (joiner === 'and') condition.at(-1)!.push(parseTest(tokens));
      else if (joiner === 'or') condition.push([parseTest(tokens)]);
      else throw new ParseError(`expected "and" or "or" after "${after}", found "${joiner}"`);
    }
    return { ok: true, condition };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}

function parseTest(tokens: Tokens): Test {
  const name = tokens.expectName('a question name');
  const after = tokens.before;
  const op = tokens.next();
  if (op === 'answered') return { name, test: 'answered' };
  if (op === 'has') return { name, test: 'has', id: tokens.expectName('an option or emotion id') };
  if (op === 'is') return parseIs(name, tokens);
  if (op !== undefined && OPS.includes(op)) return { name, test: 'compare', op: op as CompareOp, ...number(tokens) };
  const found = op === undefined ? 'the end' : `"${op}"`;
  throw new ParseError(`expected <, <=, >, >=, =, !=, "has", "is" or "answered" after "${after}", found ${found}`);
}

function parseIs(name: string, tokens: Tokens): Test {
  const after = tokens.before;
  const word = tokens.next();
  if (word !== undefined && CATEGORIES.includes(word)) return { name, test: 'category', category: word as NpsCategory };
  if (word !== undefined && BALANCES.includes(word)) return { name, test: 'balance', balance: word as Balance };
  const found = word === undefined ? 'the end' : `"${word}"`;
  throw new ParseError(
    `expected promoter, passive, detractor, positive, negative, mixed or neutral after "${after}", found ${found}`,
  );
}

function number(tokens: Tokens): { value: number } {
  const after = tokens.before;
  const token = tokens.next();
  if (token !== undefined && NUMBER.test(token)) return { value: Number(token) };
  throw new ParseError(`expected a number after "${after}", found ${token === undefined ? 'the end' : `"${token}"`}`);
}

/** Is the condition true for these answers? A test on an unanswered name, or on the wrong kind, is false. */
export function evaluate(condition: Condition, answers: readonly ConditionAnswer[]): boolean {
  return condition.some((clause) =>
    clause.every((test) =>
      holds(
        test,
        answers.find((a) => a.name === test.name),
      ),
    ),
  );
}

/** The answer names a condition reads: a survey can report those that are not earlier questions. */
export function conditionNames(condition: Condition): string[] {
  return [...new Set(condition.flat().map((t) => t.name))];
}

const NUMERIC_KINDS: readonly string[] = ['nps', 'effort', 'rating'];

function holds(test: Test, answer: ConditionAnswer | undefined): boolean {
  if (!answer) return false;
  switch (test.test) {
    case 'answered':
      return true;
    case 'compare':
      return NUMERIC_KINDS.includes(answer.kind) && typeof answer.value === 'number'
        ? compare(answer.value, test.op, test.value)
        : false;
    case 'has':
      return chosenIds(answer).includes(test.id);
    case 'category':
      return answer.kind === 'nps' && typeof answer.value === 'number' && npsCategory(answer.value) === test.category;
    case 'balance':
      return answer.kind === 'emotion' && Array.isArray(answer.value) && emotionBalance(answer.value) === test.balance;
  }
}

function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/** The options of a choice answer, the emotion ids of an emotion answer; nothing for other kinds. */
function chosenIds(answer: ConditionAnswer): readonly string[] {
  if (!Array.isArray(answer.value)) return [];
  if (answer.kind === 'choice') return answer.value as readonly string[];
  if (answer.kind === 'emotion') return (answer.value as readonly EmotionChoice[]).map((c) => c.id);
  return [];
}
