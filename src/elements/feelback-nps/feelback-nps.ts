import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Answer } from '../../schema/response.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { baseStyles } from '../shared/styles.js';
import { npsStyles } from './feelback-nps.styles.js';

/**
 * @tagname feelback-nps
 * @summary Net Promoter Score: "How likely are you to recommend … to a friend or colleague?" on 0–10.
 *
 * @event change - The respondent picked a score (user input only, never on a programmatic set).
 *
 * @csspart base - The whole question.
 * @csspart question - The question text, the radiogroup's name.
 * @csspart options - The radiogroup holding the 11 scores.
 * @csspart option - One score; also `checked` when picked.
 * @csspart label - The number inside an option.
 * @csspart anchors - The row under the scale holding the low and high labels.
 * @csspart low-label - Meaning of 0.
 * @csspart high-label - Meaning of 10.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Colour of the picked score and the focus ring.
 * @cssproperty --feelback-on-accent - Text colour on the accent.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-error - Colour of the error message.
 */
export class FeelbackNps extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles, npsStyles];

  static override properties: PropertyDeclarations = {
    subject: {},
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    value: { type: Number, reflect: true },
  };

  readonly kind = 'nps' as const;

  /** What is recommended; fills the default question, e.g. `onze bank`. */
  subject?: string;

  /** Meaning of 0; replaces the default. */
  lowLabel?: string;

  /** Meaning of 10; replaces the default. */
  highLabel?: string;

  /** The picked score 0–10, or null before the respondent answers. */
  value: number | null = null;

  /** The value when it is a valid score; an out-of-range `value` attribute counts as unanswered. */
  get #score(): number | null {
    const v = this.value;
    return v !== null && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
  }

  get answer(): Answer | null {
    const score = this.#score;
    return score === null ? null : { name: this.answerName, kind: 'nps', value: score };
  }

  clear() {
    this.value = null;
    this.invalid = false;
  }

  focusControl() {
    const inputs = [...this.renderRoot.querySelectorAll('input')];
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
  }

  override render() {
    const m = this.msg.nps;
    const id = this.uid;
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">
        ${this.question ?? m.question(this.subject ?? m.defaultSubject)}
      </div>
      ${renderScale({
        id,
        labelledBy: `${id}-q`,
        min: 0,
        max: 10,
        value: this.#score,
        invalid: this.invalid,
        required: this.required,
        errorId: `${id}-e`,
        lowLabel: this.lowLabel ?? m.low,
        highLabel: this.highLabel ?? m.high,
        onPick: (v) => {
          this.value = v;
          this.userChanged();
        },
      })}
      <p part="error" class="error" id="${id}-e" ?hidden=${!this.invalid}>
        ${this.invalid ? this.msg.required : nothing}
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-nps': FeelbackNps;
  }
}
