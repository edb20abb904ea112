import { html, type PropertyDeclarations } from 'lit';
import type { ScaleTexts } from '../../i18n/messages.js';
import { FeelbackQuestion } from './feelback-question.js';
import { renderScale, scaleStyles } from './scale.js';
import { baseStyles } from './styles.js';

/**
 * What NPS, effort and rating share: one radio scale from `min` to `max`, a question above it and its
 * anchors below. Subclasses say which points, which texts, and how a point becomes an answer.
 */
export abstract class ScaleQuestion extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles];

  static override properties: PropertyDeclarations = {
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    value: { type: Number, reflect: true },
  };

  /** Meaning of the lowest point; replaces the default. */
  lowLabel?: string;

  /** Meaning of the highest point; replaces the default. */
  highLabel?: string;

  /** The picked point, or null before the respondent answers. */
  value: number | null = null;

  protected abstract readonly min: number;
  protected abstract get max(): number;
  /** The default question and the default meanings of the lowest and highest points. */
  protected abstract texts(): ScaleTexts;
  /** A description per point, e.g. the CES agreement labels; the accessible name stays the number. */
  protected describe?(point: number): string | undefined;

  /** The value when it is a point of the scale; an out-of-range `value` attribute counts as unanswered. */
  protected get point(): number | null {
    const v = this.value;
    return v !== null && Number.isInteger(v) && v >= this.min && v <= this.max ? v : null;
  }

  clear() {
    this.value = null;
    this.invalid = false;
  }

  focusControl() {
    this.renderRoot.querySelector<HTMLElement>('input:checked, input')?.focus();
  }

  override render() {
    const { question, low, high } = this.texts();
    const id = this.uid;
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">${this.question ?? question}</div>
      ${renderScale({
        id,
        labelledBy: `${id}-q`,
        min: this.min,
        max: this.max,
        value: this.point,
        invalid: this.invalid,
        required: this.required,
        errorId: `${id}-e`,
        lowLabel: this.lowLabel ?? low,
        highLabel: this.highLabel ?? high,
        describe: this.describe?.bind(this),
        onPick: (v) => {
          this.value = v;
          this.userChanged();
        },
      })}
      ${this.renderError()}
    </div>`;
  }
}
