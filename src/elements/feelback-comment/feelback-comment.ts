import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { emitError } from '../../events.js';
import { addTexts } from '../../i18n/index.js';
import { ILL_FORMED } from '../../schema/plain.js';
import type { Answer } from '../../schema/response.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { baseStyles } from '../shared/styles.js';
import { commentStyles } from './feelback-comment.styles.js';
import { loadRedaction, parseRedact, redacted, whenRedactable } from './redaction.js';
import { commentTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(commentTexts);

const DEFAULT_MAXLENGTH = 1000;
/** The response schema's limit for a comment. */
const MAX_MAXLENGTH = 5000;
/** Screen readers hear the remaining count after typing pauses this long. */
const ANNOUNCE_DELAY = 1000;

/**
 * @tagname feelback-comment
 * @summary Free text with a live character count; e-mail addresses, IBANs, phone numbers and BSNs are redacted before the answer leaves the element.
 *
 * @event change - The respondent changed the text and left the field (the textarea's native change; not per keystroke).
 *
 * @csspart base - The whole question.
 * @csspart question - The question text, the textbox's label.
 * @csspart textbox - The textarea.
 * @csspart meta - The row under the textbox holding the privacy note and the count.
 * @csspart note - Says that personal details are left out (hidden with `redact="none"`).
 * @csspart count - The visible character count.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Focus ring.
 * @cssproperty --feelback-border - Border colour of the textbox.
 * @cssproperty --feelback-radius - Corner radius of the textbox.
 * @cssproperty --feelback-muted - Colour of the note and the count.
 * @cssproperty --feelback-error - Colour of the error message.
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-background - Background of the textbox.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackComment extends FeelbackQuestion {
  static override styles = [baseStyles, commentStyles];

  static override properties: PropertyDeclarations = {
    maxlength: { type: Number },
    redact: {},
    value: {},
    announcement: { state: true },
  };

  readonly answerKind = 'comment' as const;

  /** Most characters the respondent can type (1–5000). */
  maxlength = DEFAULT_MAXLENGTH;

  /** Space-separated `email` `iban` `phone` `bsn`, or `none`; absent means all four. */
  redact?: string;

  /** The text as typed (not redacted: redaction applies to `answer`). */
  value = '';

  /** What the polite live region says; updated after a typing pause, not on every keystroke. */
  private announcement = '';

  #timer?: ReturnType<typeof setTimeout>;
  /** The redaction patterns, imported after the first render: drawing a comment does not need them. */
  #redaction?: Promise<unknown>;

  get #max(): number {
    const m = this.maxlength;
    return Number.isInteger(m) && m >= 1 && m <= MAX_MAXLENGTH ? m : DEFAULT_MAXLENGTH;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('maxlength') && this.#max !== this.maxlength) {
      emitError(this, {
        code: 'config',
        message: `maxlength must be a whole number from 1 to 5000, not ${this.maxlength}`,
      });
    }
    if (changed.has('redact')) {
      const { unknown } = parseRedact(this.redact);
      if (unknown.length) emitError(this, { code: 'config', message: `redact: unknown ${unknown.join(' ')}` });
    }
  }

  protected override firstUpdated() {
    this.#redaction = loadRedaction();
  }

  /** Also waits for the redaction patterns: from then on `answer` is redacted as the `redact` kinds say. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#redaction;
    return done;
  }

  /** The survey reads the answer as `change` passes: it fires once the text can be redacted. */
  protected override userChanged() {
    whenRedactable(() => super.userChanged());
  }

  /**
   * The redacted text, or null when empty or only white space (until the patterns have arrived, words with a
   * digit or an @ read `[…]`: redaction.ts). U+0000 and lone surrogates (a paste, or a cut through an emoji)
   * become U+FFFD, last, after every cut: the collector refuses them, and a respondent's text must never be
   * refused.
   */
  get answer(): Answer | null {
    const text = this.value.slice(0, this.#max).trim();
    if (!text) return null;
    const value = redacted(text, parseRedact(this.redact).kinds).slice(0, MAX_MAXLENGTH).replace(ILL_FORMED, '\uFFFD');
    return { name: this.answerName, kind: 'comment', value };
  }

  clear() {
    this.value = '';
    this.invalid = false;
    this.announcement = '';
  }

  focusControl() {
    this.renderRoot.querySelector('textarea')?.focus();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #onInput(textarea: HTMLTextAreaElement) {
    this.value = textarea.value;
    clearTimeout(this.#timer);
    // Like GOV.UK's character count: screen readers hear the remaining count once typing pauses,
    // never per keystroke, which would drown out the echo of the typed text.
    this.#timer = setTimeout(() => {
      this.announcement = this.msg.comment.left(this.#max - this.value.length);
    }, ANNOUNCE_DELAY);
  }

  override render() {
    const m = this.msg.comment;
    const id = this.uid;
    const noted = parseRedact(this.redact).kinds.length > 0;
    const described = [`${id}-c`, noted && `${id}-n`, this.invalid && `${id}-e`].filter(Boolean).join(' ');
    return html`<div part="base">
      <label part="question" class="question" id="${id}-q" for="${id}-t" tabindex="-1"
        >${this.question ?? m.question}</label
      >
      <textarea
        part="textbox"
        id="${id}-t"
        maxlength=${this.#max}
        .value=${this.value}
        aria-describedby=${described}
        aria-invalid=${this.invalid ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        @input=${(e: Event) => this.#onInput(e.target as HTMLTextAreaElement)}
        @change=${() => this.userChanged()}
      ></textarea>
      <div part="meta" class="meta">
        <span part="note" id="${id}-n" ?hidden=${!noted}>${m.redacted}</span>
        <span part="count" class="count" id="${id}-c">${m.count(this.value.length, this.#max)}</span>
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${this.renderError()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-comment': FeelbackComment;
  }
}
