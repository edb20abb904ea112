import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { messages, resolveLang, speakers, type Lang, type Messages } from '../../i18n/index.js';
import type { Answer, AnswerKind } from '../../schema/response.js';

let counter = 0;

/**
 * The registration handshake, by shape only (two feelback bundles may share a page): a question dispatches
 * `feelback-register` (bubbling, composed) when it connects; the nearest survey stops it, keeps the
 * question and sets `leave`, which the question calls when it disconnects. Event-based rather than
 * `@lit/context`: the same link for ~1 KiB less in the bundle.
 */
export interface Registration {
  question: FeelbackQuestion;
  leave?: () => void;
}
export const REGISTER = 'feelback-register';
/** Fired (bubbling, composed) when a question's `show-if` condition is ready or changed. */
export const CONDITION = 'feelback-condition';

/**
 * What every question element shares: `name`, `required`, `question`, the language, the invalid state,
 * registration with the nearest `<feelback-survey>`, and the native `change` event the survey listens for.
 *
 * It is the extension point for a host's own question. Extend it, define a tag, and put it in a survey:
 * the survey asks it, validates it, scores it as far as its kind allows, and sends its answer like a
 * built-in one. Implement:
 * - `answerKind`: one of the response schema's kinds (`nps` `emotion` `effort` `rating` `comment`); named
 *   so rather than `kind`, which an element may offer as an attribute (`<feelback-rating kind="ease">`) that
 *   React and Vue set as the same-named property;
 * - `answer`: the schema-valid answer (e.g. `{ name: this.answerName, kind: 'rating', scale: 'custom',
 *   points: 5, value }`), or `null` while unanswered;
 * - `clear()`: forget the answer without firing `change`;
 * - `focusControl()`: focus the checked or first control (an invalid submit lands there);
 * - call `userChanged()` after every answer the respondent gives (never on a programmatic set), and
 *   render `renderError()` and `invalid` (e.g. `aria-invalid`) so a required question can say it is empty.
 *
 * @event change - The respondent answered or changed the answer (user input only, never on a programmatic set).
 */
export abstract class FeelbackQuestion extends LitElement {
  /** Lets the survey recognise questions without `instanceof`: two bundles may share a page. */
  readonly feelbackQuestion = true;

  /** Reactive properties without decorators, as in FeelbackSurvey: subclasses add theirs the same way. */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    question: {},
    theme: { reflect: true },
    // Its own accessor parses the condition on every set, whatever a subclass does in willUpdate.
    showIf: { attribute: 'show-if', noAccessor: true },
    invalid: { state: true },
    language: { state: true },
  };

  /** The kind of answer this question gives, one of the response schema's (`nps`, `rating`, …). */
  abstract readonly answerKind: AnswerKind;

  /** The answer's name in the response; defaults to the answer kind (`nps`, `emotion`, …). */
  name = '';

  /** The survey refuses to send while a required question is unanswered. */
  required = false;

  /** Replaces the default question text. */
  question?: string;

  /** `light`, `dark`, or `auto` (the visitor's `prefers-color-scheme`); unset, the survey's theme, else `auto`. */
  theme?: 'light' | 'dark' | 'auto';

  /** Set when a submit found this question unanswered; cleared by the next answer. */
  invalid = false;

  protected language: Lang = 'en';

  #showIf?: string;
  /** The parsed condition's test, once loaded; `null` while it loads, `undefined` without a condition. */
  #shows?: ((answers: readonly Answer[]) => boolean) | null;
  #loading?: Promise<unknown>;

  /**
   * A condition on the answers of earlier questions (CONTRACT §9), e.g. `nps <= 6`: while it is false the
   * survey hides the question, skips it, and leaves its answer out. A condition that does not parse fires
   * `feelback-error` `config`, and the question shows.
   */
  get showIf(): string | undefined {
    return this.#showIf;
  }

  set showIf(text: string | null | undefined) {
    const old = this.#showIf;
    this.#showIf = text ?? undefined;
    if (this.#showIf === old) return;
    this.#shows = text == null ? undefined : null;
    // The parser loads only on a page that uses show-if: the default survey does not pay for it.
    // The survey evaluates the conditions again.
    const changed = () => this.dispatchEvent(new Event(CONDITION, { bubbles: true, composed: true }));
    if (text == null) changed();
    else
      this.#loading = import('./show-if.js').then(({ conditionTest }) => {
        if (this.#showIf !== text) return;
        this.#shows = conditionTest(this, text);
        changed();
      });
    this.requestUpdate('showIf', old);
  }

  /**
   * Whether the question shows after these answers of the questions before it: always without `show-if`
   * or with one that does not parse, never while its condition loads.
   */
  shownFor(answers: readonly Answer[]): boolean {
    return this.#shows === undefined || (this.#shows !== null && this.#shows(answers));
  }

  /** Also waits for the `show-if` condition to load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#loading;
    return done;
  }

  /** Unique id prefix: ids inside one shadow root only need to be unique there, but stay readable. */
  protected readonly uid = `feelback-${++counter}`;

  get answerName(): string {
    return this.name || this.answerKind;
  }

  /** The answer as it goes into the response, or `null` while unanswered. */
  abstract get answer(): Answer | null;

  /** Forget the answer (programmatic: fires no `change`). */
  abstract clear(): void;

  /** Move focus into the question: its checked or first control. */
  abstract focusControl(): void;

  protected get msg(): Messages {
    return messages(this.language);
  }

  /** Set while a survey holds this question: tells it that the question left. */
  #leave?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    speakers.add(this);
    this.refreshLanguage();
    this.#register();
    // Upgraded before its survey (a host defined its own question first): defining the survey tag
    // upgrades the survey, which then listens; ask once more.
    if (!this.#leave) void customElements.whenDefined('feelback-survey').then(() => this.#register());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    speakers.delete(this);
    this.#leave?.();
    this.#leave = undefined;
  }

  #register() {
    if (this.#leave || !this.isConnected) return;
    const registration: Registration = { question: this };
    this.dispatchEvent(new CustomEvent(REGISTER, { detail: registration, bubbles: true, composed: true }));
    this.#leave = registration.leave;
  }

  /**
   * Re-read the language from the nearest `lang` (the survey calls this when its `lang` changes; so does
   * `registerTranslation()`).
   */
  refreshLanguage() {
    this.language = resolveLang(this);
  }

  /** Marks the question invalid when it is required and unanswered; returns whether it is valid. */
  validate(): boolean {
    this.invalid = this.required && this.answer === null;
    return !this.invalid;
  }

  /**
   * For a question of several radio groups (Kano, statements): focus the first group still unanswered, else
   * the first group; its checked radio, or its first.
   */
  protected focusFirstOpenGroup() {
    const groups = [...this.renderRoot.querySelectorAll('[role=radiogroup]')];
    const group = groups.find((g) => !g.querySelector('input:checked')) ?? groups[0];
    group?.querySelector<HTMLElement>('input:checked, input')?.focus();
  }

  /** Moves focus to the question's title (used by the steps layout). */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('[part~="question"]')?.focus();
  }

  /** The message shown while the question is invalid; the control names its id in aria-describedby. */
  protected renderError(message: string = this.msg.required) {
    return html`<p part="error" class="error" id="${this.uid}-e" ?hidden=${!this.invalid}>
      ${this.invalid ? message : nothing}
    </p>`;
  }

  /** Call on user input only: programmatic sets stay silent, as with native form controls. */
  protected userChanged() {
    if (this.answer !== null) this.invalid = false;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

export function isQuestion(el: Element): el is FeelbackQuestion {
  return (el as Partial<FeelbackQuestion>).feelbackQuestion === true;
}
