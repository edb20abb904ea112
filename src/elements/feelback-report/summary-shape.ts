import { NpsCategory } from '../../schema/response.js';
import type { Summary } from '../../scores/summary.js';

/** An object (or array): what the report checks before it reads a part of a summary. */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Whether `x` has the objects a report reads of a summary (CONTRACT §7). A light check instead of a schema:
 * the report formats every number defensively (`–` for anything that is not a finite number), so it only
 * needs the nesting to be there; a zod schema would cost the bundle bytes for no safer picture.
 */
export function isSummary(x: unknown): x is Summary {
  const s = x as Summary;
  return (
    isObject(s) &&
    typeof s.n === 'number' &&
    [s.nps, s.emotion, s.effort, s.crosstab].every(isObject) &&
    isObject(s.emotion.byEmotion) &&
    Object.values(s.emotion.byEmotion).every(isObject) &&
    NpsCategory.options.every((c) => isObject(s.crosstab[c]))
  );
}
