import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { join } from '../../delivery/attachments.js';
import type { Attachment, DeliveryListener, DeliveryOutcome, DeliveryTarget, Transport } from '../../delivery/types.js';
import type { Messages } from '../../i18n/index.js';
import type { SurveyConfig } from '../../schema/config.js';
import { eventsOn } from './delivery-events.js';

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

export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string;
  transport?: Transport;
  headers?: Record<string, string>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Submit and delivery for one survey, in the shape of `@lit/task`: a `status`, one in-flight promise
 * (`run()` returns it again while pending, and after a response left the page), and an attachment to the
 * page's delivery from the moment it connects, so responses an earlier page left with this survey id use
 * this survey's target and fire their events here. Sending itself (sending.ts, with delivery) is imported
 * after the first render: what stays here is what the first paint draws, the empty status region.
 */
export class DeliveryController implements ReactiveController, Attachment {
  #status: SubmitStatus = 'answering';
  #pending?: Promise<SubmitOutcome>;
  #leave?: () => void;
  readonly listener: DeliveryListener;

  constructor(
    readonly host: DeliveryHost,
    /** The survey id, and the checked config once its check (imported after the first render) has run. */
    private readonly config: () => { surveyId: string; checked?: SurveyConfig },
    /** Validates, builds and sends the response (sending.ts): code imported after the first render. */
    private readonly send: () => Promise<SubmitOutcome>,
  ) {
    this.listener = eventsOn(host);
    host.addController(this);
  }

  get status() {
    return this.#status;
  }

  set status(status: SubmitStatus) {
    this.#status = status;
    this.host.requestUpdate();
  }

  /** Whether the form made way for the status region. */
  get finished() {
    return this.#status === 'done' || this.#status === 'recovery' || this.#status === 'failed';
  }

  hostConnected() {
    const leave = (this.#leave = join(this));
    // Every page load sends what earlier pages left in the outbox, through a survey like this one: once it
    // is drawn and its config checked, so delivery never delays the first paint.
    void this.host.updateComplete
      .then(() => import('./submission.js'))
      .then(({ flush, orphansOnDocument }) => {
        if (this.#leave !== leave) return; // it left meanwhile
        orphansOnDocument();
        return flush();
      });
  }

  hostDisconnected() {
    this.#leave?.();
    this.#leave = undefined;
  }

  /** How this survey sends now. */
  target(): DeliveryTarget {
    const { surveyId, checked } = this.config();
    const credentials = checked?.credentials;
    const { endpoint, transport, headers } = this.host;
    return { surveyId, endpoint, transport, headers, credentials };
  }

  /**
   * Validates, builds and delivers the response. While a response is on its way, or after it was accepted,
   * returns the same promise, so a double click never sends twice.
   */
  run(): Promise<SubmitOutcome> {
    this.#pending ??= this.send().then((outcome) => {
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
    this.status = 'answering';
  }

  /** The status region: the thank-you text, or why sending failed. Empty until a submit, but there. */
  render(m: Messages['survey']) {
    const failed = this.#status === 'failed' || this.#status === 'unconfigured';
    const text = STATUS_TEXT[this.#status];
    return html`<div part="thanks" class=${failed ? 'status failed' : 'status'} role="status" tabindex="-1">
      ${text ? m[text] : ''}
    </div>`;
  }
}
