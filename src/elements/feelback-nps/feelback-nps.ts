import type { PropertyDeclarations } from 'lit';
import { addTexts } from '../../i18n/index.js';
import type { Answer } from '../../schema/response.js';
import { ScaleQuestion } from '../shared/scale-question.js';
import { npsStyles } from './feelback-nps.styles.js';
import { npsTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(npsTexts);

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
 * @csspart checked - The picked score (together with `option`).
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
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-muted - Colour of the low and high labels.
 * @cssproperty --feelback-background - Background of an option that is not picked.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackNps extends ScaleQuestion {
  static override styles = [...ScaleQuestion.styles, npsStyles];

  static override properties: PropertyDeclarations = { subject: {} };

  readonly answerKind = 'nps' as const;
  protected readonly min = 0;
  protected readonly max = 10;

  /** What is recommended; fills the default question, e.g. `onze bank`. */
  subject?: string;

  get answer(): Answer | null {
    const value = this.point;
    return value === null ? null : { name: this.answerName, kind: 'nps', value };
  }

  protected texts() {
    const m = this.msg.nps;
    return { question: m.question(this.subject ?? m.defaultSubject), low: m.low, high: m.high };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-nps': FeelbackNps;
  }
}
