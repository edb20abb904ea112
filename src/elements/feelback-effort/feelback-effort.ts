import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Answer } from '../../schema/response.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { baseStyles } from '../shared/styles.js';

/**
 * @tagname feelback-effort
 * @summary Customer Effort Score (CES 2.0): agreement with "<organisation> made it easy for me to handle my issue", 1–7.
 *
 * @event change - The respondent picked a point (user input only, never on a programmatic set).
 *
 * @csspart base - The whole question.
 * @csspart question - The statement, the radiogroup's name.
 * @csspart options - The radiogroup holding the 7 points.
 * @csspart option - One point; also `checked` when picked.
 * @csspart label - The number inside an option.
 * @csspart anchors - The row under the scale holding the low and high labels.
 * @csspart low-label - Meaning of 1.
 * @csspart high-label - Meaning of 7.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Colour of the picked point and the focus ring.
 * @cssproperty --feelback-on-accent - Text colour on the accent.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-error - Colour of the error message.
 */
export class FeelbackEffort extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles];

  static override properties: PropertyDeclarations = {
    organisation: {},
    value: { type: Number, reflect: true },
  };

  readonly kind = 'effort' as const;

  /** Who made it easy; fills the default statement, e.g. `De bank`. */
  organisation?: string;

  /** The picked point 1–7, or null before the respondent answers. */
  value: number | null = null;

  /** The value when it is a valid point; an out-of-range `value` attribute counts as unanswered. */
  get #point(): number | null {
    const v = this.value;
    return v !== null && Number.isInteger(v) && v >= 1 && v <= 7 ? v : null;
  }

  get answer(): Answer | null {
    const point = this.#point;
    return point === null ? null : { name: this.answerName, kind: 'effort', value: point };
  }

  clear() {
    this.value = null;
    this.invalid = false;
  }

  focusControl() {
    this.renderRoot.querySelector<HTMLElement>('input:checked, input')?.focus();
  }

  override render() {
    const m = this.msg.effort;
    const id = this.uid;
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">
        ${this.question ?? m.question(this.organisation ?? m.defaultOrganisation)}
      </div>
      ${renderScale({
        id,
        labelledBy: `${id}-q`,
        min: 1,
        max: 7,
        value: this.#point,
        invalid: this.invalid,
        required: this.required,
        errorId: `${id}-e`,
        lowLabel: m.anchors[0],
        highLabel: m.anchors[6],
        // CES 2.0 labels every point; the name stays the number, the label is the description.
        describe: (v) => m.anchors[v - 1],
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
    'feelback-effort': FeelbackEffort;
  }
}
