/**
 * What a survey needs only once it is drawn: the zod checks of its attributes and of the response, building
 * the response, and delivery (the outbox and the sender). The survey imports this module after its first
 * render (and the script tag imports it on a page whose outbox holds something), so a page's first paint
 * waits for Lit, the survey and its questions only; it arrives well before the respondent can press Send.
 */
import { isServer } from 'lit';
import { deliver, flush, hearOrphans } from '../../delivery/deliver.js';
import { formatIssues, Response } from '../../schema/response.js';
import { eventsOn } from './delivery-events.js';

export { deliver, flush };
export { buildResponse } from '../../schema/build-response.js';
export { readConfig } from '../../schema/config.js';

/**
 * Left-over responses of an earlier page that no connected survey with their survey id claims fire their
 * events on `document` (they bubble either way, so a listener on `document` hears them all).
 */
export const orphansOnDocument = () => hearOrphans(eventsOn(document));

/**
 * Sends what is due in the outbox, with the events of responses no survey claims on `document`: the npm
 * entry's `flushOutbox()`, for a page that loads feelback without defining a survey. On a server (a page
 * rendered in Node) there is no outbox: it does nothing.
 */
export function flushOutbox(): Promise<void> {
  if (isServer) return Promise.resolve();
  orphansOnDocument();
  return flush();
}

/** Why a built response breaks the contract's schema, or undefined when it holds. */
export function responseProblems(response: Response): string | undefined {
  const checked = Response.safeParse(response);
  if (checked.success) return undefined;
  return formatIssues(checked.error)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
}
