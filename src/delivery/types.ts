import type { Response } from '../schema/response.js';

/** Replaces the HTTP POST; a rejection counts as a retryable failure. */
export type Transport = (payload: Response) => Promise<void>;

export interface DeliveryTarget {
  /** Which survey sends: a later page hands a left-over response to a survey with the same id. */
  surveyId?: string;
  endpoint?: string;
  transport?: Transport;
  /** Extra request headers, e.g. a CSRF token. */
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
}

/** The first settled state of one response's delivery, as `submit()` resolves it. */
export type DeliveryOutcome =
  | { status: 'sent'; httpStatus: number }
  | { status: 'queued'; reason: string }
  | { status: 'rejected'; httpStatus: number; message: string };

/** How delivery reports back; the survey's delivery controller turns these into DOM events. */
export interface DeliveryListener {
  sent(response: Response, status: number): void;
  queued(response: Response, reason: string): void;
  rejected(response: Response, status: number, message: string): void;
  dropped(response: Response, message: string): void;
}

/** A connected survey as delivery sees it: how it would send now, and who hears about its survey id. */
export interface Attachment {
  target(): DeliveryTarget;
  readonly listener: DeliveryListener;
}
