/**
 * A question's `show-if`, turned into its test: loaded with the parser (scores/show-if.ts) only by a page
 * that uses `show-if`, so the question base on every page carries neither the parser nor its error report.
 */
import { emitError } from '../../events.js';
import type { Answer } from '../../schema/response.js';
import { evaluate, parseCondition } from '../../scores/show-if.js';
import type { FeelbackQuestion } from './feelback-question.js';

/**
 * The test of `text` on the answers before the question; `undefined` when it does not parse, after a
 * `feelback-error` `config` from the question (CONTRACT §9: the question then shows).
 */
export function conditionTest(
  question: FeelbackQuestion,
  text: string,
): ((answers: readonly Answer[]) => boolean) | undefined {
  const parsed = parseCondition(text);
  if (parsed.ok) return (answers) => evaluate(parsed.condition, answers);
  emitError(question, { code: 'config', message: `show-if="${text}" on ${question.answerName}: ${parsed.error}` });
  return undefined;
}
