/**
 * The zod checks of `<feelback-emotion>`, which it imports once there is something to check: a module of the
 * `schema` chunk, so that the import fetches that chunk directly, and small, so that its namespace keeps
 * nothing else of the chunk alive.
 */
import { EmotionSet, EmotionValue } from './emotions.js';
import { formatIssues } from './response.js';

/** What is wrong with a custom set, as the `config` error reports it; undefined when it is valid. */
export function emotionSetProblems(set: unknown): string | undefined {
  const parsed = EmotionSet.safeParse(set);
  return parsed.success ? undefined : JSON.stringify(formatIssues(parsed.error));
}

/** Whether a value has the shape of `<feelback-emotion value>`. */
export const isEmotionValue = (value: unknown): boolean => EmotionValue.safeParse(value).success;
