/**
 * The collector's validation of a POST body: exactly `Response` of src/schema (the same inputs accepted, the
 * same value out, the same errors), with less work on the hot path.
 *
 * `Response` checks an answer with a plain union of the answer kinds (smaller in the browser bundle), which
 * parses a comment answer as an NPS, an emotion, an effort and a rating answer first, building their issues,
 * before the comment branch accepts it. The collector builds the same body from the same list of kinds
 * (`ANSWER_SCHEMAS`) around a union that dispatches on `kind`: the kinds are distinct literals, so an answer
 * can only ever pass the branch its `kind` names. zod then compiles that schema into one function
 * (`z.compile`, its public ahead-of-time compiler): about 2 µs per response, where the plain union takes
 * 30–65 and the uncompiled discriminated union 20–24 (bench/validation.mjs; figures in bench/README.md).
 *
 * What the compiled schema does not accept, `Response` itself validates: its verdict, value and messages are
 * the answer, so the documented error paths hold (the discriminated union would report an unknown `kind`
 * elsewhere). Tests compare the two on thousands of mutated bodies. Where a runtime forbids `new Function`,
 * the discriminated union runs uncompiled.
 */
import * as z from 'zod/mini';
import { ANSWER_SCHEMAS, formatIssues, ownProtoKey, Response, responseOf, type Issue } from '../schema/response.js';

const byKind = responseOf(z.discriminatedUnion('kind', ANSWER_SCHEMAS));

let compiled = true;
let fast: typeof byKind;
try {
  // `strict`: throw rather than hand the schema back uncompiled, so that `compiledValidation` tells the truth.
  fast = z.compile(byKind, { strict: true });
} catch {
  // A runtime that forbids `new Function` (some edge runtimes).
  compiled = false;
  fast = byKind;
}

/** Whether this runtime validates through zod's compiled function (tests check it does on Node). */
export const compiledValidation = compiled;

/**
 * zod/mini ships without messages ("Invalid input" for everything). A 400 should tell an integrator what is
 * wrong, so the collector's parses carry the English ones, per parse: zod's global configuration belongs to
 * the host application that imports the collector, and the browser bundle does not load them at all.
 */
export const englishMessages: z.core.$ZodErrorMap = z.locales.en().localeError;

export type Validated = { success: true; data: Response } | { success: false; errors: Issue[] };

export function validateResponse(json: unknown): Validated {
  // The one refusal zod cannot express without costing the browser bundle: see `ownProtoKey`.
  const proto = ownProtoKey(json);
  if (proto) return { success: false, errors: [proto] };
  const accepted = fast.safeParse(json);
  if (accepted.success) return { success: true, data: accepted.data };
  const parsed = Response.safeParse(json, { error: englishMessages });
  // Both schemas accept the same inputs; should they ever disagree, `Response` is the one that counts.
  return parsed.success ? { success: true, data: parsed.data } : { success: false, errors: formatIssues(parsed.error) };
}
