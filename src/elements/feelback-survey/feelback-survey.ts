import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { attach, deliver } from '../../delivery/deliver.js';
import type { DeliveryListener, DeliveryOutcome, DeliveryTarget, Transport } from '../../delivery/types.js';
import { emit, emitError } from '../../events.js';
import { messages, resolveLang, type Lang } from '../../i18n/index.js';
import { buildResponse } from '../../schema/build-response.js';
import { DEFAULT_CONFIG, readConfig, type SurveyConfig } from '../../schema/config.js';
import { formatIssues, Response, type Answer } from '../../schema/response.js';
import { recoveryReasons, scoreResponse } from '../../scores/response-scores.js';
import { VERSION } from '../../version.js';
import { isQuestion, type FeelbackQuestion } from '../shared/feelback-question.js';
import { baseStyles, frameStyles } from '../shared/styles.js';
import { surveyStyles } from './feelback-survey.styles.js';
import { StepsController } from './steps-controller.js';

/** What `submit()` resolves to: a delivery outcome, or why nothing was sent. */
export type SubmitOutcome = DeliveryOutcome | { status: 'invalid' | 'cancelled' | 'config' };

const QUESTION_TAGS = 'feelback-nps, feelback-emotion, feelback-effort, feelback-rating, feelback-comment';

/** Parts of the default questions, re-exported with their kind as prefix (`nps-option`). */
const QUESTION_PARTS = [
  'base',
  'question',
  'options',
  'option',
  'checked',
  'label',
  'anchors',
  'low-label',
  'high-label',
  'error',
  'hint',
  'picture',
  'status',
  'intensity',
  'textbox',
  'count',
  'note',
  'meta',
];
const exportParts = (prefix: string) => QUESTION_PARTS.map((p) => `${p}: ${prefix}-${p}`).join(', ');

/**
 * @tagname feelback-survey
 * @summary The container: holds the questions, validates, sends the response and fires the events.
 *
 * @slot - Question elements. Without any, the default survey renders: NPS, emotion, comment.
 *
 * @event feelback-change - An answer changed by the user: `{ name, kind, value, scores }`.
 * @event feelback-submit - A valid response is about to be sent (cancelable): `{ response }`.
 * @event feelback-sent - The endpoint answered 2xx: `{ response, status }`.
 * @event feelback-queued - Delivery deferred and will be retried: `{ response, reason }`.
 * @event feelback-error - `{ code, message }`, code `config`, `invalid`, `rejected` or `dropped`.
 * @event feelback-recovery - The submitted response matches a recovery rule: `{ response, reasons }`.
 *
 * @csspart form - The form around the questions.
 * @csspart title - The visible title, the form's name.
 * @csspart questions - The box holding the questions.
 * @csspart contact - The recovery consent checkbox and its label.
 * @csspart actions - The row holding the buttons.
 * @csspart submit - The Send button.
 * @csspart next - The Next button (`layout="steps"`).
 * @csspart back - The Back button (`layout="steps"`).
 * @csspart progress - "Question 2 of 3" (`layout="steps"`).
 * @csspart thanks - The status region: the thank-you text, or why sending failed.
 * @csspart nps-option - Parts of the default survey's questions, prefixed with their kind (`nps-`, `emotion-`, `comment-`).
 *
 * @cssproperty --feelback-accent - Colour of buttons, picked options and focus rings.
 * @cssproperty --feelback-font - Font of the whole survey (default: inherited from the page).
 * @cssproperty --feelback-radius - Corner radius.
 * @cssproperty --feelback-max-width - Widest the survey grows.
 */
export class FeelbackSurvey extends LitElement {
  static override styles = [baseStyles, frameStyles, surveyStyles];

  /**
   * The reactive properties, declared here rather than with `@property()`/`@state()`: the decorators put
   * TypeScript's `__decorate` helper and Lit's decorator module in the script-tag bundle (0.45 KiB brotli).
   * `state: true` is internal state, no attribute. Each field below keeps its documentation.
   */
  static override properties: PropertyDeclarations = {
    endpoint: {},
    surveyId: { attribute: 'survey-id' },
    touchpoint: {},
    channel: {},
    layout: {},
    recovery: {},
    metadata: {},
    recoveryContact: { type: Boolean, attribute: 'recovery-contact' },
    credentials: {},
    heading: {},
    phase: { state: true },
    language: { state: true },
    useDefault: { state: true },
    needsRecovery: { state: true },
    contact: { state: true },
    recovered: { state: true },
  };

  /** Which feelback defined the tag: a second bundle on the page compares it. */
  static readonly version = VERSION;

  static override get observedAttributes() {
    // `lang` stays the native attribute (children read it); the survey only needs to hear it change.
    return [...super.observedAttributes, 'lang'];
  }

  /** URL that receives the POST. */
  endpoint?: string;

  /** Identifies the survey. */
  surveyId?: string;

  /** The step of the customer journey, e.g. `hypotheek-aanvraag`. */
  touchpoint?: string;

  /** `web` `app` `phone` `branch` `email` `chat`. */
  channel?: string;

  /** `stack` (all questions at once) or `steps` (one at a time). */
  layout?: string;

  /** Space-separated rules marking a response for service recovery: `detractor` `strong-negative` `high-effort`, or `none`. */
  recovery?: string;

  /** JSON object of string values sent with every response. */
  metadata?: string;

  /** While the answers match a recovery rule, ask for consent to be contacted. */
  recoveryContact = false;

  /** fetch credentials mode: `omit` `same-origin` `include`. */
  credentials?: string;

  /** Replaces the default visible title. */
  heading?: string;

  /** Replaces the HTTP POST; a rejection counts as a retryable failure. */
  transport?: Transport;

  /** Extra request headers, e.g. a CSRF token. */
  headers?: Record<string, string>;

  /** `unconfigured`: a submit found no endpoint; the questions stay, the status says sending is not possible. */
  private phase: 'answering' | 'unconfigured' | 'sending' | 'done' | 'failed' = 'answering';
  private language: Lang = 'en';
  private useDefault = false;
  private needsRecovery = false;
  private contact = false;
  private recovered = false;

  #config: SurveyConfig = DEFAULT_CONFIG;
  readonly #steps = new StepsController(this);
  #pending?: Promise<SubmitOutcome>;

  constructor() {
    super();
    this.addEventListener('change', (e) => this.#onQuestionChange(e));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.language = resolveLang(this);
    this.useDefault = !this.querySelector(QUESTION_TAGS);
    // Every page load sends what earlier pages left in the outbox, through a survey like this one.
    attach(this, () => this.#target());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) {
      this.language = resolveLang(this);
      for (const q of this.questions()) q.refreshLanguage();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const keys = ['surveyId', 'touchpoint', 'channel', 'layout', 'recovery', 'metadata', 'credentials'] as const;
    if (keys.some((k) => changed.has(k))) {
      const { config, errors } = readConfig(this);
      this.#config = config;
      for (const message of errors) emitError(this, { code: 'config', message });
    }
  }

  /** The question elements, in document order. */
  questions(): FeelbackQuestion[] {
    const root = this.useDefault ? this.renderRoot : this;
    return [...root.querySelectorAll('*')].filter(isQuestion);
  }

  #answers(): Answer[] {
    return this.questions()
      .map((q) => q.answer)
      .filter((a): a is Answer => a !== null);
  }

  #onQuestionChange(e: Event) {
    const q = e.composedPath().find((n): n is FeelbackQuestion => n instanceof Element && isQuestion(n));
    if (!q) return;
    const scores = scoreResponse(this.#answers());
    this.needsRecovery = recoveryReasons(scores, this.#config.recovery).length > 0;
    emit(this, 'feelback-change', { name: q.answerName, kind: q.kind, value: q.answer?.value ?? null, scores });
  }

  /**
   * Validates and sends. Resolves with the first outcome; calling it again while a response is on its
   * way (or after it was accepted) returns the same promise, so a double click never sends twice.
   */
  submit(): Promise<SubmitOutcome> {
    this.#pending ??= this.#run().then((outcome) => {
      // Nothing left the page: let the respondent fix it and try again.
      if (outcome.status === 'invalid' || outcome.status === 'cancelled' || outcome.status === 'config') {
        this.#pending = undefined;
      }
      return outcome;
    });
    return this.#pending;
  }

  /** Clears every answer and shows the questions again, ready for a new response. */
  reset() {
    for (const q of this.questions()) q.clear();
    this.#pending = undefined;
    this.phase = 'answering';
    this.contact = false;
    this.needsRecovery = false;
    this.recovered = false;
    this.#steps.reset();
  }

  async #run(): Promise<SubmitOutcome> {
    await this.updateComplete;
    const questions = this.questions();
    const invalid = questions.filter((q) => !q.validate());
    if (invalid.length > 0) {
      if (this.stepsLayout) await this.#steps.show(questions.indexOf(invalid[0]!));
      await invalid[0]!.updateComplete;
      invalid[0]!.focusControl();
      const names = invalid.map((q) => q.answerName).join(', ');
      emitError(this, { code: 'invalid', message: `required question not answered: ${names}` });
      return { status: 'invalid' };
    }
    if (!this.endpoint && !this.transport) {
      emitError(this, { code: 'config', message: 'no endpoint attribute and no transport property: nothing was sent' });
      this.phase = 'unconfigured';
      return { status: 'config' };
    }
    const response = buildResponse({
      config: this.#config,
      answers: this.#answers(),
      lang: this.language,
      page: location.pathname,
      contact: this.#contactShown ? this.contact : undefined,
    });
    const checked = Response.safeParse(response);
    if (!checked.success) {
      const message = formatIssues(checked.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ');
      emitError(this, { code: 'invalid', message });
      return { status: 'invalid' };
    }
    if (!emit(this, 'feelback-submit', { response }, true)) return { status: 'cancelled' };
    if (response.recovery.needed) emit(this, 'feelback-recovery', { response, reasons: response.recovery.reasons });

    this.phase = 'sending';
    this.recovered = response.recovery.needed;
    const outcome = await deliver(response, this.#target(), this.#listener);
    this.phase = outcome.status === 'rejected' ? 'failed' : 'done';
    await this.updateComplete;
    // The form is gone; keep keyboard users where the news is.
    this.renderRoot.querySelector<HTMLElement>('[part~="thanks"]')?.focus();
    return outcome;
  }

  #target() {
    return {
      surveyId: this.#config.surveyId,
      endpoint: this.endpoint,
      transport: this.transport,
      headers: this.headers,
      credentials: this.#config.credentials,
    } satisfies DeliveryTarget;
  }

  readonly #listener: DeliveryListener = {
    sent: (response, status) => emit(this, 'feelback-sent', { response, status }),
    queued: (response, reason) => emit(this, 'feelback-queued', { response, reason }),
    rejected: (response, _status, message) => emitError(this, { code: 'rejected', message, response }),
    dropped: (response, message) => emitError(this, { code: 'dropped', message, response }),
  };

  get #contactShown() {
    return this.recoveryContact && this.needsRecovery;
  }

  /** Whether the survey shows one question at a time (`layout="steps"`). */
  get stepsLayout() {
    return this.#config.layout === 'steps';
  }

  #onSubmit(e: SubmitEvent) {
    e.preventDefault();
    // Enter on the last step sends; on an earlier one it means Next.
    if (this.#steps.beforeLast) void this.#steps.go(1);
    else void this.submit();
  }

  #onSlotChange() {
    const hasQuestions = !!this.querySelector(QUESTION_TAGS);
    if (hasQuestions === this.useDefault) this.useDefault = !hasQuestions;
  }

  #renderDefaultQuestions() {
    return html`<feelback-nps required exportparts=${exportParts('nps')}></feelback-nps>
      <feelback-emotion exportparts=${exportParts('emotion')}></feelback-emotion>
      <feelback-comment exportparts=${exportParts('comment')}></feelback-comment>`;
  }

  #renderActions() {
    const m = messages(this.language).survey;
    const total = this.useDefault ? 3 : this.querySelectorAll(QUESTION_TAGS).length;
    return this.#steps.render(m, total, html`<button part="submit" class="submit" type="submit">${m.submit}</button>`);
  }

  override render() {
    const m = messages(this.language).survey;
    const finished = this.phase === 'done' || this.phase === 'failed';
    const statusText =
      this.phase === 'done'
        ? this.recovered
          ? m.thanksRecovery
          : m.thanks
        : this.phase === 'failed'
          ? m.errorRejected
          : this.phase === 'unconfigured'
            ? m.errorConfig
            : this.phase === 'sending'
              ? m.sending
              : '';
    return html`
      <form part="form" class="frame" aria-labelledby="title" novalidate ?hidden=${finished} @submit=${this.#onSubmit}>
        <h2 part="title" class="title" id="title" tabindex="-1">${this.heading ?? m.title}</h2>
        <div part="questions" class="questions">
          <slot @slotchange=${this.#onSlotChange}></slot>
          ${this.useDefault ? this.#renderDefaultQuestions() : nothing}
        </div>
        ${
          this.#contactShown
            ? html`<label part="contact" class="contact">
                <input
                  type="checkbox"
                  .checked=${this.contact}
                  @change=${(e: Event) => (this.contact = (e.target as HTMLInputElement).checked)}
                />
                <span>${m.contact}</span>
              </label>`
            : nothing
        }
        <div part="actions" class="actions">${this.#renderActions()}</div>
      </form>
      <div
        part="thanks"
        class=${this.phase === 'failed' || this.phase === 'unconfigured' ? 'status failed' : 'status'}
        role="status"
        tabindex="-1"
      >
        ${statusText}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-survey': FeelbackSurvey;
  }
}
