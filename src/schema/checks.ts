/** Checks several schemas of the response share; not exported from the package. */
import * as z from 'zod/mini';

/**
 * U+0000 or a lone surrogate: PostgreSQL's `text` cannot hold the first and UTF-8 has no bytes for the second,
 * so one store would fail on them where another stores them. With `u` a surrogate pair is one code point, so
 * only a lone half matches. Global for `replace` (`<feelback-comment>`); `search` ignores the flag.
 */
export const ILL_FORMED = /[\0\ud800-\udfff]/gu;

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
