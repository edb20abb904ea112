/**
 * Reading a response's answers by kind and by name. Pure. A response may hold several answers of one kind
 * (two ratings, a Kano question per feature); their `name`s, unique in a response, tell them apart.
 */
import type { Answer, AnswerKind } from '../schema/response.js';

/** The answer type of one kind: `AnswerOf<'rating'>` has its `scale` and `points`. */
export type AnswerOf<K extends AnswerKind> = Extract<Answer, { kind: K }>;

const ofKind =
  <K extends AnswerKind>(kind: K) =>
  (a: Answer): a is AnswerOf<K> =>
    a.kind === kind;

/** Every answer of one kind, in the order given. */
export function answersOf<K extends AnswerKind>(answers: readonly Answer[], kind: K): AnswerOf<K>[] {
  return answers.filter(ofKind(kind));
}

/** The first answer of one kind: the one the per-response scores read. */
export function firstOf<K extends AnswerKind>(answers: readonly Answer[], kind: K): AnswerOf<K> | undefined {
  return answers.find(ofKind(kind));
}

/** The answer of one kind with this `name`; `undefined` when there is none, or the name is another kind's. */
export function answerNamed<K extends AnswerKind>(
  answers: readonly Answer[],
  kind: K,
  name: string,
): AnswerOf<K> | undefined {
  return answers.find((a): a is AnswerOf<K> => ofKind(kind)(a) && a.name === name);
}
