import { html, isServer, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Transport } from '../../delivery/types.js';
import { messages, registerTranslation, resolveLang, speakers, type Lang } from '../../i18n/index.js';
import { VERSION } from '../../version.js';
import type { FeelbackQuestion } from '../shared/feelback-question.js';
import { QuestionRegistrar } from '../shared/question-registrar.js';
import { baseStyles, frameStyles } from '../shared/styles.js';
import { DEFAULT_COUNT, renderDefaultQuestions } from './default-questions.js';
import { DeliveryController, type SubmitOutcome } from './delivery-controller.js';
import type { DisplayController } from './display-controller.js';
import { surveyStyles } from './feelback-survey.styles.js';
import { Later } from './later.js';
import type { Respondent } from './respondent.js';
import type { StepsController } from './steps-controller.js';
import { SurveyAnswers } from './survey-answers.js';
import { SurveyConfigReader } from './survey-config.js';
import { afterPaint } from '../shared/after-paint.js';

export type { SubmitOutcome };

/**
 * The default survey (no question children) re-exports its questions' parts, prefixed with their kind
 * (`nps-option`, `emotion-picture`, `comment-textbox`); the manifest lists each of them, made from the
 * questions' own documentation (custom-elements-manifest.config.mjs).
 *
 * @tagname feelback-survey
 * @summary The container: holds the questions, validates, sends the response and fires the events.
 *
 * @slot - Question elements: the built-in ones or a host's own `FeelbackQuestion` subclasses, which register
 * with the survey when they connect. Without any, the default survey renders: NPS, emotion, comment.
 *
 * @event {CustomEvent<FeelbackChangeDetail>} feelback-change - An answer changed by the user: `{ name, kind, value, scores }`.
 * @event {CustomEvent<FeelbackSubmitDetail>} feelback-submit - A valid response is about to be sent (cancelable): `{ response }`.
 * @event {CustomEvent<FeelbackSentDetail>} feelback-sent - The endpoint answered 2xx: `{ response, status }`.
 * @event {CustomEvent<FeelbackQueuedDetail>} feelback-queued - Delivery deferred and will be retried: `{ response, reason }`.
 * @event {CustomEvent<FeelbackErrorDetail>} feelback-error - `{ code, message }`, code `config`, `invalid`, `rejected` or `dropped`.
 * @event {CustomEvent<FeelbackRecoveryDetail>} feelback-recovery - The submitted response matches a recovery rule: `{ response, reasons }`.
 * @event {CustomEvent<FeelbackOpenDetail>} feelback-open - A popover or modal survey opened: `{ trigger }`, one of `launcher` `method` `load` `delay` `scroll` `exit` `event`.
 * @event {CustomEvent<FeelbackDismissDetail>} feelback-dismiss - A popover or modal survey closed: `{ answered }`. A dismissed survey sends nothing.
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
 * @csspart launcher - The "Give feedback" button of `display="popover"`.
 * @csspart panel - The popover's panel, or the modal `<dialog>`, around the form.
 * @csspart close - The Close button of the panel or dialog.
 *
 * @cssproperty --feelback-accent - Colour of buttons, picked options and focus rings.
 * @cssproperty --feelback-on-accent - Text colour on the accent (the Send and Next buttons, picked options).
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-muted - Colour of secondary text: the progress, hints, anchors.
 * @cssproperty --feelback-background - Background of the form and of the Back button.
 * @cssproperty --feelback-border - Border colour of the Back button and of the options.
 * @cssproperty --feelback-error - Colour of error messages and of a failed delivery's text.
 * @cssproperty --feelback-font - Font of the whole survey (default: inherited from the page).
 * @cssproperty --feelback-radius - Corner radius.
 * @cssproperty --feelback-gap - The base spacing; the space between questions is three times it.
 * @cssproperty --feelback-padding - Inner spacing of the form's frame and of the status region.
 * @cssproperty --feelback-frame - Border colour of the form's frame.
 * @cssproperty --feelback-max-width - Widest the survey grows.
 * @cssproperty --feelback-thanks-background - Background of the thank-you text.
 * @cssproperty --feelback-error-background - Background of the status region when sending failed.
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
    theme: { reflect: true },
    display: {},
    launcher: {},
    placement: {},
    trigger: {},
    pages: {},
    sample: {},
    recontactDays: { attribute: 'recontact-days' },
    cooldownDays: { attribute: 'cooldown-days' },
    consent: {},
    // Declared although they have no attribute: React 19 and Vue 3 set a property only when the element
    // has one (`name in element`); a plain field would be missing and their value dropped as an attribute.
    transport: { attribute: false },
    headers: { attribute: false },
    language: { state: true },
  };

  /** Which feelback defined the tag: a second bundle on the page compares it. */
  static readonly version = VERSION;

  /**
   * `registerTranslation()` of the feelback that defined the tags: how a language module loaded by a script
   * tag beside the bundle (`dist/i18n/de.js`) reaches it.
   */
  static readonly registerTranslation = registerTranslation;

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

  /**
   * String values sent with every response (hidden fields): an object as a property, the same as JSON in
   * the attribute.
   */
  metadata?: Record<string, string> | string;

  /** While the answers match a recovery rule, ask for consent to be contacted. */
  recoveryContact = false;

  /** fetch credentials mode: `omit` `same-origin` `include`. */
  credentials?: string;

  /** Replaces the default visible title. */
  heading?: string;

  /** `light`, `dark`, or `auto` (unset: the visitor's `prefers-color-scheme`); questions inside follow it. */
  theme?: 'light' | 'dark' | 'auto';

  /** Replaces the HTTP POST; a rejection counts as a retryable failure. */
  transport?: Transport;

  /** Extra request headers, e.g. a CSRF token. */
  headers?: Record<string, string>;

  /** `inline` (in the page), `popover` (a launcher button and a panel), `modal` (a dialog). */
  display?: string;

  /** `none` hides the popover's launcher: the survey then opens only by `trigger` or `open()`. */
  launcher?: string;

  /** Corner of the launcher and panel: `bottom-end` or `bottom-start`. */
  placement?: string;

  /** Automatic opening, space-separated, first wins, once per page view: `load` `delay:5s` `scroll:50%` `exit` `event:<name>`. */
  trigger?: string;

  /** Space-separated path globs (`*` any characters, `!` excludes) where automatic opening may happen. */
  pages?: string;

  /** Fraction 0–1 of visitors eligible for automatic opening, drawn once per visitor and survey. */
  sample?: string | number;

  /** No automatic opening within this many days of this survey's last answer or dismissal (default 30). */
  recontactDays?: string | number;

  /** No automatic opening within this many days of any feelback survey's automatic opening (default 7). */
  cooldownDays?: string | number;

  /** `pending`: nothing stored and nothing opened automatically until `grantConsent()`. */
  consent?: string;

  private language: Lang = 'en';

  /** The launcher, panel and triggers: fetched only when `display` is not `inline`. */
  #display?: DisplayController;
  #displayLoading?: Promise<DisplayController>;

  /** Next, Back and the progress: fetched only when `layout="steps"`. */
  #steps?: StepsController;
  #stepsLoading?: Promise<unknown>;

  readonly #config = new SurveyConfigReader(this, () => this.#respondent.run((r) => r.rescore()));
  readonly #registrar = new QuestionRegistrar(this);
  /** Scores, the recovery consent and sending: imported right after the first render (respondent.ts). */
  readonly #respondent: Later<Respondent> = new Later(() =>
    afterPaint()
      .then(() => import('./respondent.js'))
      .then(
        ({ Respondent }) =>
          new Respondent(this, {
            answers: this.#answers,
            config: () => this.#config.value,
            lang: () => this.language,
            showStep: (index) => (this.stepsLayout ? this.#steps?.show(index) : undefined),
          }),
      ),
  );
  readonly #answers: SurveyAnswers = new SurveyAnswers(this, this.#respondent, () =>
    this.stepsLayout ? (this.#steps?.step ?? 0) : undefined,
  );
  readonly #delivery: DeliveryController = new DeliveryController(
    this,
    () => ({ surveyId: this.#config.surveyId, checked: this.#config.value }),
    () => this.#respondent.start().then((r) => r.submit(this.#delivery)),
  );

  override connectedCallback() {
    super.connectedCallback();
    speakers.add(this);
    this.refreshLanguage();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    speakers.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) {
      this.refreshLanguage();
      // The language reaches the questions over the registration link.
      for (const q of this.questions()) q.refreshLanguage();
    }
  }

  /** Re-read the language (also when a translation is registered). */
  refreshLanguage() {
    this.language = resolveLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#config.read(changed, !this.hasUpdated);
    // On a server (SSR) the popover renders nothing until the browser has its code, as before hydration.
    if (!isServer && this.#overlay) void this.#loadDisplay();
    if (!isServer && this.stepsLayout) this.#loadSteps();
  }

  protected override firstUpdated() {
    void this.#respondent.start();
  }

  #loadSteps() {
    this.#stepsLoading ??= import('./steps-controller.js').then(({ StepsController }) => {
      this.#steps = new StepsController(this, () => this.#answers.shown());
      this.requestUpdate();
    });
  }

  /** Whether `display` asks for the popover or the modal (anything but empty or `inline`). */
  get #overlay() {
    return !!this.display && this.display.trim() !== 'inline';
  }

  #loadDisplay() {
    return (this.#displayLoading ??= import('./display-controller.js').then(({ DisplayController }) => {
      this.#display = new DisplayController(this, () => this.#config.surveyId);
      this.requestUpdate();
      return this.#display;
    }));
  }

  /** Opens a popover or modal survey (`feelback-open` with trigger `method`); nothing for an inline one. */
  async open() {
    if (this.#overlay) await (await this.#loadDisplay()).open('method');
  }

  /** Closes a popover or modal survey (`feelback-dismiss`); nothing was sent unless the visitor sent it. */
  close() {
    this.#display?.close();
  }

  /** Consent given: the survey may now remember the visitor and open automatically. */
  grantConsent() {
    this.consent = 'granted';
    this.#display?.grantConsent();
  }

  /**
   * Also waits for the code imported after the first render: the check of the config (and its `config`
   * errors), what the survey does as the respondent acts, and the steps layout's.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.#config.checked, this.#respondent.loaded, this.#stepsLoading]);
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  /** The questions asked, in document order: the host's, or else the default survey's. */
  questions(): FeelbackQuestion[] {
    return this.#registrar.questions;
  }

  /**
   * Validates and sends. Resolves with the first outcome; calling it again while a response is on its
   * way (or after it was accepted) returns the same promise, so a double click never sends twice.
   */
  submit(): Promise<SubmitOutcome> {
    return this.#delivery.run();
  }

  /** Clears every answer and shows the questions again, ready for a new response. */
  reset() {
    for (const q of this.questions()) q.clear();
    this.#delivery.reset();
    this.#respondent.value?.contact.reset();
    this.#steps?.reset();
  }

  /** Whether the survey shows one question at a time (`layout="steps"`). */
  get stepsLayout() {
    return this.#config.steps;
  }

  #onSubmit(e: SubmitEvent) {
    e.preventDefault();
    // Enter on the last step sends; on an earlier one it means Next.
    if (this.#steps?.beforeLast) void this.#steps.go(1);
    else void this.submit();
  }

  override render() {
    // The steps layout shows nothing until its code is here (on a server too, like a popover): never all the
    // questions at once first.
    if (this.stepsLayout && !this.#steps) return nothing;
    const m = messages(this.language).survey;
    const hosts = this.#registrar.hosts.length;
    const submit = html`<button part="submit" class="submit" type="submit">${m.submit}</button>`;
    const body = html`
      <form
        part="form"
        class="frame"
        aria-labelledby="title"
        novalidate
        ?hidden=${this.#delivery.finished}
        @submit=${this.#onSubmit}
      >
        <h2 part="title" class="title" id="title" tabindex="-1">${this.heading ?? m.title}</h2>
        <div part="questions" class="questions">
          <slot></slot>
          ${hosts ? nothing : renderDefaultQuestions()}
        </div>
        ${this.#respondent.value?.contact.render(m) ?? nothing}
        <div part="actions" class="actions">
          ${this.#steps ? this.#steps.render(m, hosts ? this.#answers.shown().length : DEFAULT_COUNT, submit) : submit}
        </div>
      </form>
      ${this.#delivery.render(m)}
    `;
    // A popover or modal survey shows nothing until its code is here: never an inline flash.
    if (this.#display) return this.#display.render(body, m);
    return this.#overlay ? nothing : body;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-survey': FeelbackSurvey;
  }
}
