import { recoveryReasons, scoreResponse } from '../scores/response-scores.js';
import type { SurveyConfig } from './config.js';
import { SCHEMA_ID, type Answer, type Response } from './response.js';

/**
 * RFC 9562 version 7: 48 bits of Unix time in milliseconds, then 74 random bits. Ids made later sort later,
 * so a collector's unique index on them grows at its end instead of dirtying a random page per insert (on
 * SQLite that halves the cost of storing a response, and the gap widens as the table grows). The time is
 * the response's own `submittedAt`, so the id reveals nothing the body does not. `getRandomValues` also
 * works outside secure contexts, where `crypto.randomUUID` is missing.
 */
export function uuid(now = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 0; i < 6; i++) b[i] = Math.floor(now / 2 ** (40 - 8 * i)) % 256;
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface ResponseInput {
  config: SurveyConfig;
  answers: Answer[];
  lang: string;
  /** `location.pathname`: the path only, never the query string or fragment. */
  page: string;
  /** Present only when the consent question was shown. */
  contact?: boolean;
  id?: string;
  now?: Date;
}

export function buildResponse(input: ResponseInput): Response {
  const scores = scoreResponse(input.answers);
  const reasons = recoveryReasons(scores, input.config.recovery);
  const now = input.now ?? new Date();
  return {
    schema: SCHEMA_ID,
    id: input.id ?? uuid(now.getTime()),
    surveyId: input.config.surveyId,
    touchpoint: input.config.touchpoint,
    channel: input.config.channel,
    lang: input.lang,
    page: input.page || '/',
    submittedAt: now.toISOString(),
    answers: input.answers,
    scores,
    recovery: {
      needed: reasons.length > 0,
      reasons,
      ...(input.contact === undefined ? {} : { contact: input.contact }),
    },
    metadata: input.config.metadata,
  };
}
