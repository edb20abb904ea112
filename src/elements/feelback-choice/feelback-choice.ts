import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emitError } from '../../events.js';
import { addTexts } from '../../i18n/index.js';
import { ILL_FORMED } from '../../schema/plain.js';
import type { Answer, ChoiceAnswer } from '../../schema/response.js';
import { loadRedaction, REDACT_KINDS, redacted, whenRedactable } from '../feelback-comment/redaction.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { baseStyles } from '../shared/styles.js';
import { choiceStyles } from './feelback-choice.styles.js';
import { labelIn, OTHER, resolveOptions, shuffled, type ChoiceOption } from './options.js';
import { commentTexts } from '../feelback-comment/texts.js';
import { choiceTexts } from './texts.js';

// Its texts come with its chunk (addTexts); the note under “other” is the comment's (it is redacted alike).
addTexts(commentTexts);
addTexts(choiceTexts);

/** The schema's limit for the other text. */
const MAX_OTHER = 1000;

/**
 * @tagname feelback-choice
 * @summary One option (radios) or several (`multiple`, checkboxes) from a list: child `<option>`s, the `options` property or `preset="motivators"`; `other` adds a free-text option, redacted like a comment.
 *
 * @event change - The respondent checked or unchecked an option, or changed the other text and left the field (user input only).
 *
 * @csspart base - The whole question.
 * @csspart question - The question text, the group's name.
 * @csspart hint - How many options may be chosen (`multiple` with `max`).
 * @csspart options - The radiogroup, or the group of checkboxes.
 * @csspart option - One option (control and label); also `checked`.
 * @csspart checked - A checked option (together with `option`).
 * @csspart control - The radio or checkbox of an option.
 * @csspart label - The text of an option.
 * @csspart other - The block with the other text, shown while `other` is chosen.
 * @csspart textbox - The text field of the other option.
 * @csspart note - Says that personal details are left out of the other text.
 * @csspart status - Announces that the limit is reached.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Checked options, the controls and the focus ring.
 * @cssproperty --feelback-border - Border colour of the options and the text field.
 * @cssproperty --feelback-radius - Corner radius of the options and the text field.
 * @cssproperty --feelback-muted - Colour of the hint, status and note.
 * @cssproperty --feelback-error - Colour of the error message and of the options while invalid.
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-background - Background of the options and the text field.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackChoice extends FeelbackQuestion {
  static override styles = [baseStyles, choiceStyles];

  static override properties: PropertyDeclarations = {
    multiple: { type: Boolean, reflect: true },
    max: { type: Number },
    other: { type: Boolean },
    shuffle: { type: Boolean },
    preset: {},
    options: { attribute: false },
    value: { attribute: false },
    otherText: { attribute: false },
    shown: { state: true },
    tried: { state: true },
  };

  readonly answerKind = 'choice' as const;

  /** Checkboxes, any number (up to `max`); otherwise radios, one. */
  multiple = false;

  /** With `multiple`: most options that may be chosen. */
  max?: number;

  /** Adds "Other" last, with a text field. */
  other = false;

  /** Shows the options in another order for each respondent (`other` stays last). */
  shuffle = false;

  /** A list of options shipped with feelback: `motivators`. */
  preset?: string;

  /** Options `[{ value, label }]`, `label` a string or `{ nl, en, … }`; wins over `preset` and child `<option>`s. */
  options?: readonly ChoiceOption[];

  /** The chosen option ids (`other` for the other option). */
  value: readonly string[] = [];

  /** The other text as typed (not redacted: redaction applies to `answer`). */
  otherText = '';

  /** The options in the order shown. */
  private shown: ChoiceOption[] = [];
  /** The respondent tried to choose one more than `max`: the status explains. */
  private tried = false;

  #children: ChoiceOption[] = [];
  #observer?: MutationObserver;
  /** With `other`: the redaction patterns, imported after the render that first draws the other option. */
  #redaction?: Promise<unknown>;

  override connectedCallback() {
    super.connectedCallback();
    this.#readChildren();
    // A framework may render the <option>s after the element connects, or change them later.
    this.#observer ??= new MutationObserver(() => this.#readChildren());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readChildren() {
    this.#children = [...this.querySelectorAll(':scope > option')].map((o) => ({
      value: o.getAttribute('value') ?? '',
      label: o.textContent?.trim() ?? '',
    }));
    this.requestUpdate('shown');
  }

  get #limit(): number {
    const count = this.shown.length + +this.other;
    if (!this.multiple) return 1;
    const max = this.max;
    return max !== undefined && Number.isInteger(max) && max >= 1 ? Math.min(max, count) : count;
  }

  /** The chosen ids that are shown, once each, in the author's order with `other` last; at most `limit`. */
  get #picks(): string[] {
    const chosen = new Set(Array.isArray(this.value) ? this.value : []);
    const ids = [...this.#authorOrder.map((o) => o.value), ...(this.other ? [OTHER] : [])];
    return ids.filter((id) => chosen.has(id)).slice(0, this.#limit);
  }

  #authorOrder: ChoiceOption[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('max') && this.max !== undefined && !(Number.isInteger(this.max) && this.max >= 1)) {
      emitError(this, { code: 'config', message: `max must be a whole number from 1, not ${this.max}` });
    }
    const keys: PropertyKey[] = ['options', 'preset', 'other', 'shuffle', 'shown'];
    if (keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      const { options, problems } = resolveOptions(this.options, this.preset, this.#children, this.other);
      for (const message of problems) emitError(this, { code: 'config', message });
      const same = options.map((o) => o.value).join() === this.#authorOrder.map((o) => o.value).join();
      this.#authorOrder = options;
      // The order is drawn once per respondent: a re-render or a relabelling keeps it.
      if (!this.shuffle) this.shown = options;
      else if (!same || changed.has('shuffle')) this.shown = shuffled(options);
      else this.shown = this.shown.map((s) => options.find((o) => o.value === s.value)!);
    }
  }

  protected override updated() {
    if (this.other) this.#redaction ??= loadRedaction();
  }

  /** Also waits for the redaction patterns, when `other` asks for them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#redaction;
    return done;
  }

  /** The survey reads the answer as `change` passes: with `other`, it fires once the text can be redacted. */
  protected override userChanged() {
    if (this.other) whenRedactable(() => super.userChanged());
    else super.userChanged();
  }

  /**
   * The chosen ids, always a list. The other text is redacted (masked until the patterns arrive, see
   * redaction.ts), cut to the schema's length and freed of U+0000 and lone surrogates (a respondent's text
   * must never be refused); present only when `other` is chosen and the text is not empty.
   */
  get answer(): Answer | null {
    const value = this.#picks;
    if (value.length === 0) return null;
    const answer: ChoiceAnswer = { name: this.answerName, kind: 'choice', value };
    const text = this.otherText.trim();
    if (value.includes(OTHER) && text) {
      answer.other = redacted(text, REDACT_KINDS).slice(0, MAX_OTHER).replace(ILL_FORMED, '\uFFFD');
    }
    return answer;
  }

  clear() {
    this.value = [];
    this.otherText = '';
    this.invalid = this.tried = false;
  }

  focusControl() {
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    (find('[part~="options"] input:checked') ?? find('[part~="options"] input'))?.focus();
  }

  #pick(id: string, input: HTMLInputElement) {
    this.tried = false;
    if (!this.multiple) {
      this.value = [id];
    } else if (!input.checked) {
      this.value = this.#picks.filter((p) => p !== id);
    } else if (this.#picks.length >= this.#limit) {
      // Not silently ignored: the box stays operable, unchecks again, and the status says why.
      input.checked = false;
      this.tried = true;
      return;
    } else {
      this.value = [...this.#picks, id];
    }
    this.userChanged();
  }

  override render() {
    const m = this.msg.choice;
    const id = this.uid;
    const picks = this.#picks;
    const limit = this.#limit;
    const limited = this.multiple && limit < this.shown.length + +this.other;
    const full = limited && picks.length >= limit;
    const described = [limited && `${id}-h`, this.invalid && `${id}-e`].filter(Boolean).join(' ');
    const option = (value: string, label: string) => {
      const checked = picks.includes(value);
      return html`<label part=${checked ? 'option checked' : 'option'} class="option">
        <input
          part="control"
          type=${this.multiple ? 'checkbox' : 'radio'}
          name=${this.multiple ? nothing : `${id}-r`}
          .value=${value}
          .checked=${checked}
          aria-describedby=${full && !checked ? `${id}-s` : nothing}
          @change=${(e: Event) => this.#pick(value, e.target as HTMLInputElement)}
        /><span part="label">${label}</span>
      </label>`;
    };
    const question = this.question ?? (this.multiple ? m.questionMultiple : m.question);
    // CONTRACT §2 marks an invalid question with aria-invalid on its group (for a `group`, ARIA 1.2 lists it
    // for form roles only, but axe and screen readers accept it); the message is linked by aria-describedby.
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">${question}</div>
      ${limited ? html`<p part="hint" class="hint" id="${id}-h">${m.max(limit)}</p>` : nothing}
      <div
        role=${this.multiple ? 'group' : 'radiogroup'}
        part="options"
        class="options"
        aria-labelledby="${id}-q"
        aria-describedby=${described || nothing}
        aria-invalid=${this.invalid ? 'true' : nothing}
        aria-required=${this.required && !this.multiple ? 'true' : nothing}
      >
        ${this.shown.map((o) => option(o.value, labelIn(o.label, this.language)))}
        ${this.other ? option(OTHER, m.other) : nothing}
      </div>
      ${picks.includes(OTHER) ? this.#renderOther() : nothing}
      ${
        this.multiple
          ? html`<p part="status" class="status" role="status" id="${id}-s">
              ${this.tried ? m.full(limit) : full ? m.chosen(picks.length, limit) : ''}
            </p>`
          : nothing
      }
      ${this.renderError()}
    </div>`;
  }

  #renderOther() {
    const id = this.uid;
    return html`<div part="other" class="other">
      <input
        part="textbox"
        type="text"
        aria-label=${this.msg.choice.otherText}
        aria-describedby="${id}-n"
        maxlength=${MAX_OTHER}
        .value=${this.otherText}
        @input=${(e: Event) => (this.otherText = (e.target as HTMLInputElement).value)}
        @change=${() => this.userChanged()}
      />
      <span part="note" class="note" id="${id}-n">${this.msg.comment.redacted}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-choice': FeelbackChoice;
  }
}
