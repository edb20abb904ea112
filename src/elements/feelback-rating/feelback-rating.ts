import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { emitError } from '../../events.js';
import { RATING_SCALES, type Answer, type RatingScale } from '../../schema/response.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { baseStyles } from '../shared/styles.js';

const DEFAULT_POINTS = 5;
const validPoints = (p: number) => Number.isInteger(p) && p >= 3 && p <= 10;

/**
 * @tagname feelback-rating
 * @summary A labelled 1–N rating: CSAT, the CX Index's effectiveness, ease and emotion, or a custom question.
 *
 * @event change - The respondent picked a point (user input only, never on a programmatic set).
 *
 * @csspart base - The whole question.
 * @csspart question - The question text, the radiogroup's name.
 * @csspart options - The radiogroup holding the points.
 * @csspart option - One point; also `checked` when picked.
 * @csspart label - The number inside an option.
 * @csspart anchors - The row under the scale holding the low and high labels.
 * @csspart low-label - Meaning of 1.
 * @csspart high-label - Meaning of the highest point.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Colour of the picked point and the focus ring.
 * @cssproperty --feelback-on-accent - Text colour on the accent.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-error - Colour of the error message.
 */
export class FeelbackRating extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles];

  static override properties: PropertyDeclarations = {
    scale: { attribute: 'kind' },
    points: { type: Number },
    lowLabel: { attribute: 'low-label' },
    highLabel: { attribute: 'high-label' },
    value: { type: Number, reflect: true },
  };

  readonly kind = 'rating' as const;

  /** Which rating (attribute `kind`): `csat` `effectiveness` `ease` `emotion` `custom`; sets the default question and anchors. */
  scale: RatingScale = 'csat';

  /** Number of points, 3–10; anything else is reported and 5 is used. */
  points = DEFAULT_POINTS;

  /** Meaning of 1; replaces the default. */
  lowLabel?: string;

  /** Meaning of the highest point; replaces the default. */
  highLabel?: string;

  /** The picked point, or null before the respondent answers. */
  value: number | null = null;

  get #n(): number {
    return validPoints(this.points) ? this.points : DEFAULT_POINTS;
  }

  get #kindOk(): RatingScale {
    return RATING_SCALES.includes(this.scale) ? this.scale : 'csat';
  }

  get #point(): number | null {
    const v = this.value;
    return v !== null && Number.isInteger(v) && v >= 1 && v <= this.#n ? v : null;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('points') && !validPoints(this.points)) {
      emitError(this, { code: 'config', message: `points must be a whole number from 3 to 10, not ${this.points}` });
    }
    if (changed.has('scale') && this.#kindOk !== this.scale) {
      emitError(this, { code: 'config', message: `kind must be one of ${RATING_SCALES.join(' ')}, not ${this.scale}` });
    }
  }

  get answer(): Answer | null {
    const point = this.#point;
    return point === null
      ? null
      : { name: this.answerName, kind: 'rating', value: point, scale: this.#kindOk, points: this.#n };
  }

  clear() {
    this.value = null;
    this.invalid = false;
  }

  focusControl() {
    this.renderRoot.querySelector<HTMLElement>('input:checked, input')?.focus();
  }

  override render() {
    const [question, low, high] = this.msg.rating[this.#kindOk];
    const id = this.uid;
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">${this.question ?? question}</div>
      ${renderScale({
        id,
        labelledBy: `${id}-q`,
        min: 1,
        max: this.#n,
        value: this.#point,
        invalid: this.invalid,
        required: this.required,
        errorId: `${id}-e`,
        lowLabel: this.lowLabel ?? low,
        highLabel: this.highLabel ?? high,
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
    'feelback-rating': FeelbackRating;
  }
}
