/**
 * What a survey needs only once it is drawn: the zod checks of its attributes and of the response, building
 * the response, and delivery (the outbox and the sender). The survey imports this module after its first
 * render (and the script tag imports it on a page whose outbox holds something), so a page's first paint
 * waits for Lit, the survey and its questions only; it arrives well before the respondent can press Send.
 */
import { isServer } from 'lit';
import { deliver, flush, hearOrphans } from '../../delivery/deliver.js';
import { emitError } from '../../events.js';
import { readConfig, type SurveyAttributes, type SurveyConfig } from '../../schema/config.js';
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

/** The survey's config as read at an update: `metadata` may be the property's object. */
export type ConfigInput = Omit<SurveyAttributes, 'metadata'> & { metadata?: Record<string, string> | string };

/**
 * The zod check of the survey's config (survey-config.ts reads it at each update that changed it): each
 * broken attribute is reported as a `config` error on the survey, and falls back to its default.
 */
export function checkConfig(survey: EventTarget, input: ConfigInput): SurveyConfig {
  const { config, errors } = readConfig({ ...input, metadata: metadataText(input.metadata) });
  for (const message of errors) emitError(survey, { code: 'config', message });
  return config;
}

/** An object given as the `metadata` property as JSON, so it is validated (and reported) like the attribute. */
function metadataText(metadata: ConfigInput['metadata']): string | undefined {
  if (metadata == null || typeof metadata === 'string') return metadata;
  try {
    return JSON.stringify(metadata);
  } catch {
    return String(metadata);
  }
}
