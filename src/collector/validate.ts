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
 *
 * zod/mini objects also parse field by field through generic code, where full zod compiles each object's
 * shape into one function (`$ZodObjectJIT`, where the runtime allows `new Function`, else the same generic
 * path). The collector does not count bytes, so the fast schema is rebuilt with compiled objects: the same
 * definitions, checks and messages, parsed in about half the time.
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

type Schema = z.core.$ZodType;

/**
 * The same schema with every object compiled. Only the kinds `Response` is made of are rebuilt (objects
 * and what can hold one); any other node is kept as it is, which is always correct, merely not compiled.
 */
function compiled<T extends Schema>(schema: T, done = new Map<Schema, Schema>()): T {
  const seen = done.get(schema);
  if (seen) return seen as T;
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const again = (inner: unknown) => compiled(inner as Schema, done);
  const rebuilt = (changes: Record<string, unknown>) => new schema._zod.constr({ ...def, ...changes });
  let out: Schema = schema;
  switch (def.type) {
    case 'object': {
      const shape: Record<string, Schema> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) shape[key] = again(value);
      out = new z.core.$ZodObjectJIT({ ...def, shape } as z.core.$ZodObjectDef);
      break;
    }
    case 'array':
      out = rebuilt({ element: again(def.element) });
      break;
    case 'union':
      out = rebuilt({ options: (def.options as Schema[]).map(again) });
      break;
    case 'optional':
    case 'nullable':
      out = rebuilt({ innerType: again(def.innerType) });
      break;
    case 'record':
      out = rebuilt({ keyType: again(def.keyType), valueType: again(def.valueType) });
      break;
  }
  done.set(schema, out);
  return out as T;
}

const Fast = compiled(dispatchingOnKind());

export type Validated = { success: true; data: Response } | { success: false; errors: Issue[] };

export function validateResponse(json: unknown): Validated {
  const fast = z.safeParse(Fast, json);
  if (fast.success) return { success: true, data: fast.data };
  const parsed = Response.safeParse(json);
  // Both schemas accept the same inputs; should they ever disagree, `Response` is the one that counts.
  return parsed.success ? { success: true, data: parsed.data } : { success: false, errors: formatIssues(parsed.error) };
}
