/**
 * Who sends a response and who hears about it. This page's responses use the survey that submitted them;
 * responses an earlier page left behind borrow a connected survey with the same `surveyId`.
 */
import { emit, emitError } from '../events.js';
import type { Response } from '../schema/response.js';
import type { Entry } from './outbox.js';
import type { DeliveryListener, DeliveryTarget } from './types.js';

/** Targets and listeners of the responses submitted on this page; a later page knows neither. */
export const targets = new Map<string, DeliveryTarget>();
export const listeners = new Map<string, DeliveryListener>();
/** Connected surveys and how each would send now. */
export const surveys = new Map<HTMLElement, () => DeliveryTarget>();

export const absolute = (url: string) => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

/** A connected survey with this survey id, and its current target. */
function survey(surveyId: string): [HTMLElement, DeliveryTarget] | undefined {
  for (const [host, target] of surveys) {
    if (!host.isConnected) surveys.delete(host);
    else if (target().surveyId === surveyId) return [host, target()];
  }
  return undefined;
}

/**
 * Who hears about a response: the survey that submitted it on this page. A response an earlier page left
 * in the outbox has no such element: its events go to a connected `<feelback-survey>` with the same
 * `surveyId` if there is one, else to `document` (they bubble either way, so a listener on `document`
 * hears them all).
 */
export function listenerOf(response: Response): DeliveryListener {
  const own = listeners.get(response.id);
  if (own) return own;
  const target: EventTarget = survey(response.surveyId)?.[0] ?? document;
  return {
    sent: (r, status) => emit(target, 'feelback-sent', { response: r, status }),
    queued: (r, reason) => emit(target, 'feelback-queued', { response: r, reason }),
    rejected: (r, _status, message) => emitError(target, { code: 'rejected', message, response: r }),
    dropped: (r, message) => emitError(target, { code: 'dropped', message, response: r }),
  };
}

/**
 * How to send a response: as it was submitted on this page; else to the endpoint it was submitted to,
 * with the headers of a connected survey posting there (stored tokens would be stale, so none are
 * stored); else through the transport of a connected survey with its survey id. Undefined: wait until
 * such a survey connects.
 */
export function targetOf(e: Entry): DeliveryTarget | undefined {
  const own = targets.get(e.response.id);
  if (own) return own;
  const live = survey(e.response.surveyId)?.[1];
  if (e.endpoint) {
    const headers = live?.endpoint && absolute(live.endpoint) === e.endpoint ? live.headers : undefined;
    return { endpoint: e.endpoint, credentials: e.credentials, headers };
  }
  return live?.transport ? live : undefined;
}
