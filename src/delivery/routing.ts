/**
 * Who sends a response and who hears about it. This page's responses use the survey that submitted them;
 * responses an earlier page left behind borrow a connected survey with the same `surveyId`. Delivery
 * fires no DOM events: it calls listeners, and the survey's controller turns them into events.
 */
import type { Response } from '../schema/response.js';
import type { Entry } from './outbox.js';
import { surveys } from './attachments.js';
import type { DeliveryListener, DeliveryTarget } from './types.js';

/** Targets and listeners of the responses submitted on this page; a later page knows neither. */
export const targets = new Map<string, DeliveryTarget>();
export const listeners = new Map<string, DeliveryListener>();
/** Hears about left-over responses that no connected survey claims (the page's `document`). */
export const orphans: { listener?: DeliveryListener } = {};

export const absolute = (url: string) => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

/** A connected survey with this survey id (surveys join in attachments.ts, before this module loads). */
const survey = (surveyId: string) => [...surveys].find((s) => s.target().surveyId === surveyId);

/**
 * Who hears about a response: the survey that submitted it on this page. A response an earlier page left
 * in the outbox has no such element: its events go to a connected `<feelback-survey>` with the same
 * `surveyId` if there is one, else to `document` (they bubble either way, so a listener on `document`
 * hears them all).
 */
export const listenerOf = (response: Response): DeliveryListener | undefined =>
  listeners.get(response.id) ?? survey(response.surveyId)?.listener ?? orphans.listener;

/**
 * How to send a response: as it was submitted on this page; else to the endpoint it was submitted to,
 * with the headers of a connected survey posting there (stored tokens would be stale, so none are
 * stored); else through the transport of a connected survey with its survey id. Undefined: wait until
 * such a survey connects.
 */
export function targetOf(e: Entry): DeliveryTarget | undefined {
  const own = targets.get(e.response.id);
  if (own) return own;
  const live = survey(e.response.surveyId)?.target();
  if (e.endpoint) {
    const headers = live?.endpoint && absolute(live.endpoint) === e.endpoint ? live.headers : undefined;
    return { endpoint: e.endpoint, credentials: e.credentials, headers };
  }
  return live?.transport ? live : undefined;
}
