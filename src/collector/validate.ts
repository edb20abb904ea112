/**
 * The collector's validation of a POST body: exactly `Response` of src/schema (the same inputs accepted,
 * the same value out, the same errors), with less work on the hot path.
 *
 * `Response` validates an answer with a plain union (smaller in the browser bundle than a discriminated
 * one), which parses a comment answer as an NPS, an emotion, an effort and a rating answer first, building
 * their issues, before the comment branch accepts it: half the time of a whole valid response. Here the
 * same branches sit in a discriminated union on `kind`. The kinds are distinct literals, so an answer can
 * only ever pass the branch its `kind` names: both schemas accept the same answers with the same result.
 * A body that fails is validated again by `Response` itself, so errors keep their documented paths and
 * messages.
 */
import * as z from 'zod/mini';
import { Answer, formatIssues, Response, type Issue } from '../schema/response.js';

function dispatchingOnKind(): z.ZodMiniType<Response> {
  const { shape, checks } = Response.def;
  const answers = shape.answers;
  // Derived from the schema, never a copy: should `answers` ever stop being an array of `Answer`, fall back.
  if (answers.def.element !== Answer) return Response;
  // The same check objects as `Response` (max 50 answers, unique names); zod types them loosely.
  const answerChecks = (answers.def.checks ?? []) as z.core.$ZodCheck<Answer[]>[];
  const responseChecks = (checks ?? []) as z.core.$ZodCheck<Response>[];
  const byKind = z.discriminatedUnion('kind', Answer.def.options);
  return z.object({ ...shape, answers: z.array(byKind).check(...answerChecks) }).check(...responseChecks);
}

const Fast = dispatchingOnKind();

export type Validated = { success: true; data: Response } | { success: false; errors: Issue[] };

export function validateResponse(json: unknown): Validated {
  const fast = Fast.safeParse(json);
  if (fast.success) return { success: true, data: fast.data };
  const parsed = Response.safeParse(json);
  // Both schemas accept the same inputs; should they ever disagree, `Response` is the one that counts.
  return parsed.success ? { success: true, data: parsed.data } : { success: false, errors: formatIssues(parsed.error) };
}
