import type { PropertyDeclarations } from 'lit';
import { addTexts } from '../../i18n/index.js';
import type { Answer } from '../../schema/response.js';
import { ScaleQuestion } from '../shared/scale-question.js';
import { effortTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(effortTexts);

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
 * @csspart checked - The picked point (together with `option`).
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
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-muted - Colour of the low and high labels.
 * @cssproperty --feelback-background - Background of an option that is not picked.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackEffort extends ScaleQuestion {
  static override properties: PropertyDeclarations = { organisation: {} };

  readonly answerKind = 'effort' as const;
  protected readonly min = 1;
  protected readonly max = 7;

  /** Who made it easy; fills the default statement, e.g. `De bank`. */
  organisation?: string;

  get answer(): Answer | null {
    const value = this.point;
    return value === null ? null : { name: this.answerName, kind: 'effort', value };
  }

  protected texts() {
    const m = this.msg.effort;
    return { question: m.question(this.organisation ?? m.defaultOrganisation), low: m.anchors[0], high: m.anchors[6] };
  }

  /** CES 2.0 labels every point; the name stays the number, the label is the description. */
  protected override describe(point: number) {
    return this.msg.effort.anchors[point - 1];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-effort': FeelbackEffort;
  }
}
