import { recoveryReasons, scoreResponse } from '../scores/response-scores.js';
import type { SurveyConfig } from './config.js';
import { SCHEMA_ID, type Answer, type Response } from './response.js';

/** RFC 4122 v4; `crypto.randomUUID` exists only in secure contexts, so fall back to getRandomValues. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
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
  return {
    schema: SCHEMA_ID,
    id: input.id ?? uuid(),
    surveyId: input.config.surveyId,
    touchpoint: input.config.touchpoint,
    channel: input.config.channel,
    lang: input.lang,
    page: input.page || '/',
    submittedAt: (input.now ?? new Date()).toISOString(),
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
