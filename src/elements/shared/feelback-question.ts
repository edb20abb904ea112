import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { messages, resolveLang, type Lang, type Messages } from '../../i18n/index.js';
import type { Answer, AnswerKind } from '../../schema/response.js';

let counter = 0;

/**
 * What every question element shares: `name`, `required`, `question`, the language, the invalid state,
 * and the native `change` event the survey listens for. Subclasses render and know their answer.
 */
export abstract class FeelbackQuestion extends LitElement {
  /** Lets the survey recognise questions without `instanceof`: two bundles may share a page. */
  readonly feelbackQuestion = true;

  /** Reactive properties without decorators, as in FeelbackSurvey: subclasses add theirs the same way. */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    question: {},
    invalid: { state: true },
    language: { state: true },
  };

  abstract readonly kind: AnswerKind;

  /** The answer's name in the response; defaults to the kind (`nps`, `emotion`, …). */
  name = '';

  /** The survey refuses to send while a required question is unanswered. */
  required = false;

  /** Replaces the default question text. */
  question?: string;

  /** Set when a submit found this question unanswered; cleared by the next answer. */
  invalid = false;

  protected language: Lang = 'en';

  /** Unique id prefix: ids inside one shadow root only need to be unique there, but stay readable. */
  protected readonly uid = `feelback-${++counter}`;

  get answerName(): string {
    return this.name || this.kind;
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

  override connectedCallback() {
    super.connectedCallback();
    this.refreshLanguage();
  }

  /** Re-read the language from the nearest `lang` (the survey calls this when its `lang` changes). */
  refreshLanguage() {
    this.language = resolveLang(this);
  }

  /** Marks the question invalid when it is required and unanswered; returns whether it is valid. */
  validate(): boolean {
    this.invalid = this.required && this.answer === null;
    return !this.invalid;
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
