/**
 * The POST body of CONTRACT §4, as a zod/mini schema: the single source of truth for the browser's
 * validation, the collector's validation and dist/response.schema.json.
 */
import * as z from 'zod/mini';
import { Answer } from './answers.js';
import { notInherited, RESERVED_NAME, text } from './checks.js';

// The answer kinds live in answers.ts; re-exported so that `feelback` (src/index.ts) keeps exporting them.
export * from './answers.js';

export const SCHEMA_ID = 'feelback.response/1';

export const CHANNELS = ['web', 'app', 'phone', 'branch', 'email', 'chat'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const RECOVERY_RULES = ['detractor', 'strong-negative', 'high-effort'] as const;
export const RecoveryRule = z.enum(RECOVERY_RULES);
export type RecoveryRule = z.infer<typeof RecoveryRule>;

export const NpsCategory = z.enum(['promoter', 'passive', 'detractor']);
export type NpsCategory = z.infer<typeof NpsCategory>;
export const Balance = z.enum(['positive', 'negative', 'mixed', 'neutral']);
export type Balance = z.infer<typeof Balance>;

/** Per-response scores of INSTRUMENTS.md; every key always present, `null` where its answer is absent. */
export const Scores = z.object({
  npsCategory: z.nullable(NpsCategory),
  valence: z.nullable(z.number().check(z.gte(-1), z.lte(1))),
  balance: z.nullable(Balance),
  strongPositive: z.nullable(z.boolean()),
  strongNegative: z.nullable(z.boolean()),
  highEffort: z.nullable(z.boolean()),
});
export type Scores = z.infer<typeof Scores>;

export const Recovery = z.object({
  needed: z.boolean(),
  reasons: z.array(RecoveryRule),
  /** Present only when the consent question was shown. */
  contact: z.optional(z.boolean()),
});
export type Recovery = z.infer<typeof Recovery>;

/** The path of a URL only: banking URLs carry tokens in the query string and fragment. */
const PagePath = text(2048).check(
  z.refine((p) => p.startsWith('/') && !p.includes('?') && !p.includes('#'), {
    message: 'page must be a path without query string or fragment',
  }),
);

/**
 * Hidden fields: a bounded set (CONTRACT §7, 1.1), because every key becomes a column of the export and the
 * collector takes them from anyone who can POST.
 */
export const Metadata = z
  .record(z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,40}$/), notInherited), text(500))
  .check(z.refine((m) => Object.keys(m).length <= 20, 'at most 20 metadata keys'));
export type Metadata = z.infer<typeof Metadata>;

/**
 * The one name zod drops from a record without an issue: `JSON.parse` makes `__proto__` an own key, and the
 * record skips it (it would set the prototype of the output), so `{"metadata":{"__proto__":"x"}}` would be
 * accepted and the key lost (so would a statement id). No schema sees the input before the record does without a pipe (a few hundred
 * bytes in the browser bundle, whose metadata has passed through `Metadata` already), so the collector asks
 * this of the raw body too. `undefined` when there is no such key.
 */
export function ownProtoKey(body: unknown): Issue | undefined {
  const hasProto = (x: unknown) => typeof x == 'object' && x !== null && Object.hasOwn(x, '__proto__');
  const { metadata, answers } = (body ?? {}) as { metadata?: unknown; answers?: unknown };
  if (hasProto(metadata)) return { path: 'metadata.__proto__', message: RESERVED_NAME };
  // The other records are answers' values: a statements battery by statement id.
  const index = Array.isArray(answers)
    ? answers.findIndex((a) => hasProto((a as { value?: unknown } | null)?.value))
    : -1;
  if (index >= 0) return { path: `answers.${index}.value.__proto__`, message: RESERVED_NAME };
  return undefined;
}

/**
 * The POST body around a schema of one answer. Built twice from the one list of answer kinds: `Response`
 * below with the plain union `Answer`, the collector with a discriminated union (src/collector/validate.ts).
 */
export const responseOf = <A extends z.ZodMiniType<Answer>>(answer: A) =>
  z
    .object({
      schema: z.literal(SCHEMA_ID),
      // Regexes instead of z.uuid() and z.iso.datetime(): the same checks at a fraction of the bundle bytes.
      id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i)),
      surveyId: text(128).check(z.minLength(1)),
      touchpoint: z.nullable(text(128).check(z.minLength(1))),
      channel: Channel,
      lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
      page: PagePath,
      submittedAt: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/)),
      answers: z.array(answer).check(z.maxLength(50)),
      scores: Scores,
      recovery: Recovery,
      metadata: Metadata,
    })
    .check(
      z.refine((r) => new Set(r.answers.map((a) => a.name)).size === r.answers.length, {
        message: 'answer names must be unique',
        path: ['answers'],
      }),
    );

export const Response = responseOf(Answer);
export type Response = z.infer<typeof Response>;

export interface Issue {
  path: string;
  message: string;
}

interface RawIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  errors?: readonly (readonly RawIssue[])[];
  /** Why a record's key was refused (`invalid_key`). */
  issues?: readonly RawIssue[];
}

/**
 * zod issues as the collector's `{ path, message }` pairs, paths in dotted form (`answers.0.value`). A failed
 * union (an answer) reports the issues of the branch whose `kind` matched, not a bare "Invalid input"; a
 * refused record key (a metadata key) says why at its path, not a bare "Invalid key in record".
 */
export function formatIssues(error: { issues: readonly RawIssue[] }): Issue[] {
  return error.issues.flatMap(function flat(i: RawIssue): Issue[] {
    // Only a union's issue has `errors`, only a record key's (or a map's) has `issues`.
    const inner = i.issues ?? i.errors?.find((b) => b.length && !b.some((e) => e.path.at(-1) === 'kind'));
    if (inner) return inner.flatMap((e) => flat({ ...e, path: [...i.path, ...e.path] }));
    return [{ path: i.path.map(String).join('.'), message: i.message }];
  });
}
