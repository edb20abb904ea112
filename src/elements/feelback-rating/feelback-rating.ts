import type { PropertyDeclarations, PropertyValues } from 'lit';
import { emitError } from '../../events.js';
import { addTexts } from '../../i18n/index.js';
import { RATING_SCALES } from '../../schema/plain.js';
import type { Answer, RatingScale } from '../../schema/response.js';
import { ScaleQuestion } from '../shared/scale-question.js';
import { ratingTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(ratingTexts);

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
 * @csspart checked - The picked point (together with `option`).
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
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-muted - Colour of the low and high labels.
 * @cssproperty --feelback-background - Background of an option that is not picked.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackRating extends ScaleQuestion {
  static override properties: PropertyDeclarations = {
    kind: {},
    points: { type: Number },
  };

  readonly answerKind = 'rating' as const;
  protected readonly min = 1;

  /**
   * Which rating: `csat` `effectiveness` `ease` `emotion` `custom`; sets the default question and anchors,
   * and is the answer's `scale`. A property of the attribute's name, so `kind` set by React or Vue lands here.
   */
  kind: RatingScale = 'csat';

  /** Number of points, 3–10; anything else is reported and 5 is used. */
  points = DEFAULT_POINTS;

  protected get max(): number {
    return validPoints(this.points) ? this.points : DEFAULT_POINTS;
  }

  get #kindOk(): RatingScale {
    return RATING_SCALES.includes(this.kind) ? this.kind : 'csat';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('points') && !validPoints(this.points)) {
      emitError(this, { code: 'config', message: `points must be a whole number from 3 to 10, not ${this.points}` });
    }
    if (changed.has('kind') && this.#kindOk !== this.kind) {
      emitError(this, { code: 'config', message: `kind must be one of ${RATING_SCALES.join(' ')}, not ${this.kind}` });
    }
  }

  get answer(): Answer | null {
    const value = this.point;
    return value === null
      ? null
      : { name: this.answerName, kind: 'rating', value, scale: this.#kindOk, points: this.max };
  }

  protected texts() {
    return this.msg.rating[this.#kindOk];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-rating': FeelbackRating;
  }
}
