/** Checks several schemas of the response share; not exported from the package. */
import * as z from 'zod/mini';

export const intBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
export const text = (max: number) => z.string().check(z.maxLength(max));
