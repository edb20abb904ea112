/** Checks several schemas of the response share; not exported from the package. */
import * as z from 'zod/mini';
import { ILL_FORMED } from './plain.js';

// Declared without zod, so that the elements that clean text with it draw before the schema chunk arrives.
export { ILL_FORMED };

/** One check shared by every free-text string of the response (CONTRACT §7: refused with `400`). */
export const wellFormed = z.refine<string>((s) => s.search(ILL_FORMED) < 0, 'contains U+0000 or a lone surrogate');

export const intBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
export const text = (max: number) => z.string().check(z.maxLength(max), wellFormed);

export const RESERVED_NAME = 'is reserved: every object has a property of that name';

/**
 * Names, keys and ids that every object already has (`constructor`, `toString`, `__proto__`…) read as
 * inherited functions or set the prototype wherever they become keys (CONTRACT §7, 1.1): refused.
 */
export const notInherited = z.refine<string>((name) => !(name in Object.prototype), RESERVED_NAME);
