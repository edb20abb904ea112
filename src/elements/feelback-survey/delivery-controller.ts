import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { attach, deliver, flush, hearOrphans } from '../../delivery/deliver.js';
import type { Attachment, DeliveryListener, DeliveryOutcome, DeliveryTarget, Transport } from '../../delivery/types.js';
import { emit, emitError } from '../../events.js';
import type { Messages } from '../../i18n/index.js';
import type { SurveyConfig } from '../../schema/config.js';
import { formatIssues, Response } from '../../schema/response.js';

/** What `submit()` resolves to: a delivery outcome, or why nothing was sent. */
export type SubmitOutcome = DeliveryOutcome | { status: 'invalid' | 'cancelled' | 'config' };

/**
 * Where a submit stands. `unconfigured`: it found no endpoint, the questions stay; `recovery`: sent (or
 * queued) and the response matched a recovery rule; `failed`: the endpoint refused it for good.
 */
export type SubmitStatus = 'answering' | 'unconfigured' | 'sending' | 'done' | 'recovery' | 'failed';

/** What the status region says in each status. */
const STATUS_TEXT = {
  answering: undefined,
  unconfigured: 'errorConfig',
  sending: 'sending',
  done: 'thanks',
  recovery: 'thanksRecovery',
  failed: 'errorRejected',
} as const satisfies Record<SubmitStatus, keyof Messages['survey'] | undefined>;

/** The one mapping from delivery outcomes to feelback events, dispatched on `target` (a survey, or `document`). */
export const eventsOn = (target: EventTarget): DeliveryListener => ({
  sent: (response, status) => emit(target, 'feelback-sent', { response, status }),
  queued: (response, reason) => emit(target, 'feelback-queued', { response, reason }),
  rejected: (response, _status, message) => emitError(target, { code: 'rejected', message, response }),
  dropped: (response, message) => emitError(target, { code: 'dropped', message, response }),
});

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

export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string;
  transport?: Transport;
  headers?: Record<string, string>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Submit and delivery for one survey, in the shape of `@lit/task`: a `status`, one in-flight promise
 * (`run()` returns it again while pending, and after a response left the page), and an attachment to the
 * page's delivery on `hostConnected`, so responses an earlier page left with this survey id use this
 * survey's target and fire their events here.
 */
export class DeliveryController implements ReactiveController, Attachment {
  #status: SubmitStatus = 'answering';
  #pending?: Promise<SubmitOutcome>;
  #detach?: () => void;
  readonly listener: DeliveryListener;

  constructor(
    private readonly host: DeliveryHost,
    private readonly config: () => SurveyConfig,
  ) {
    this.listener = eventsOn(host);
    host.addController(this);
  }

  get status() {
    return this.#status;
  }

  /** Whether the form made way for the status region. */
  get finished() {
    return this.#status === 'done' || this.#status === 'recovery' || this.#status === 'failed';
  }

  hostConnected() {
    orphansOnDocument();
    // Every page load sends what earlier pages left in the outbox, through a survey like this one.
    this.#detach = attach(this, this.host.updateComplete);
  }

  hostDisconnected() {
    this.#detach?.();
  }

  /** How this survey sends now. */
  target(): DeliveryTarget {
    const { surveyId, credentials } = this.config();
    const { endpoint, transport, headers } = this.host;
    return { surveyId, endpoint, transport, headers, credentials };
  }

  /**
   * Prepares (the host validates and builds the response, or says why not) and delivers. While a response
   * is on its way, or after it was accepted, returns the same promise, so a double click never sends twice.
   */
  run(prepare: () => Promise<Response | SubmitOutcome>): Promise<SubmitOutcome> {
    this.#pending ??= this.#run(prepare).then((outcome) => {
      // Nothing left the page: let the respondent fix it and try again.
      if (outcome.status === 'invalid' || outcome.status === 'cancelled' || outcome.status === 'config') {
        this.#pending = undefined;
      }
      return outcome;
    });
    return this.#pending;
  }

  reset() {
    this.#pending = undefined;
    this.#set('answering');
  }

  #set(status: SubmitStatus) {
    this.#status = status;
    this.host.requestUpdate();
  }

  async #run(prepare: () => Promise<Response | SubmitOutcome>): Promise<SubmitOutcome> {
    const host = this.host;
    const response = await prepare();
    if ('status' in response) return response;
    if (!host.endpoint && !host.transport) {
      emitError(host, { code: 'config', message: 'no endpoint attribute and no transport property: nothing was sent' });
      this.#set('unconfigured');
      return { status: 'config' };
    }
    const checked = Response.safeParse(response);
    if (!checked.success) {
      const message = formatIssues(checked.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ');
      emitError(host, { code: 'invalid', message });
      return { status: 'invalid' };
    }
    if (!emit(host, 'feelback-submit', { response }, true)) return { status: 'cancelled' };
    const { needed, reasons } = response.recovery;
    if (needed) emit(host, 'feelback-recovery', { response, reasons });

    this.#set('sending');
    const outcome = await deliver(response, this.target(), this.listener);
    this.#set(outcome.status === 'rejected' ? 'failed' : needed ? 'recovery' : 'done');
    await host.updateComplete;
    // The form is gone; keep keyboard users where the news is.
    host.renderRoot.querySelector<HTMLElement>('[part~="thanks"]')?.focus();
    return outcome;
  }

  /** The status region: the thank-you text, or why sending failed. */
  render(m: Messages['survey']) {
    const failed = this.#status === 'failed' || this.#status === 'unconfigured';
    const text = STATUS_TEXT[this.#status];
    return html`<div part="thanks" class=${failed ? 'status failed' : 'status'} role="status" tabindex="-1">
      ${text ? m[text] : ''}
    </div>`;
  }
}
