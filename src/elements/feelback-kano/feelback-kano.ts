import { html, nothing, type PropertyDeclarations } from 'lit';
import { addTexts } from '../../i18n/index.js';
import type { Answer } from '../../schema/response.js';
import { isKanoAnswer, KANO_ANSWERS, type KanoAnswer } from '../../schema/plain.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { baseStyles } from '../shared/styles.js';
import { kanoStyles } from './feelback-kano.styles.js';
import { kanoTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(kanoTexts);

type Side = 'functional' | 'dysfunctional';
const SIDES: readonly Side[] = ['functional', 'dysfunctional'];

/**
 * @tagname feelback-kano
 * @summary Kano question pair about one feature: how would you feel if it were there, and if it were not? Five answers each.
 *
 * @event change - The respondent picked an answer in either group (user input only, never on a programmatic set).
 *
 * @csspart base - The whole question.
 * @csspart group - One of the two questions with its radios; also `functional` or `dysfunctional`.
 * @csspart functional - The question with the feature present (together with `group`).
 * @csspart dysfunctional - The question with the feature absent (together with `group`).
 * @csspart question - A question text, the name of its radiogroup.
 * @csspart options - A radiogroup holding the five answers.
 * @csspart option - One answer; also `checked` when picked.
 * @csspart checked - A picked answer (together with `option`).
 * @csspart label - The text of an answer.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Colour of the picked answer and the focus ring.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-error - Colour of the error message.
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-background - Background of an option.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackKano extends FeelbackQuestion {
  static override styles = [baseStyles, kanoStyles];

  static override properties: PropertyDeclarations = {
    feature: {},
    questionFunctional: { attribute: 'question-functional' },
    questionDysfunctional: { attribute: 'question-dysfunctional' },
    functional: { reflect: true },
    dysfunctional: { reflect: true },
  };

  readonly answerKind = 'kano' as const;

  /** The feature asked about, in the page's language: fills both default questions and goes into the answer. */
  feature?: string;

  /** Replaces the question with the feature present. */
  questionFunctional?: string;

  /** Replaces the question with the feature absent. */
  questionDysfunctional?: string;

  /** The answer with the feature present (`like` `expect` `neutral` `tolerate` `dislike`), or null. */
  functional: KanoAnswer | null = null;

  /** The answer with the feature absent, or null. */
  dysfunctional: KanoAnswer | null = null;

  /** Both answers, or null until both are given: one side alone cannot be classified. */
  get answer(): Answer | null {
    const { functional, dysfunctional } = this;
    if (!isKanoAnswer(functional) || !isKanoAnswer(dysfunctional)) return null;
    return { name: this.answerName, kind: 'kano', feature: this.feature ?? '', value: { functional, dysfunctional } };
  }

  clear() {
    this.functional = null;
    this.dysfunctional = null;
    this.invalid = false;
  }

  /** The first group still unanswered, else the first group: its checked radio, or its first. */
  focusControl() {
    this.focusFirstOpenGroup();
  }

  override render() {
    const m = this.msg.kano;
    const feature = this.feature || m.defaultFeature;
    const questions: Record<Side, string> = {
      functional: this.questionFunctional ?? m.functional(feature),
      dysfunctional: this.questionDysfunctional ?? m.dysfunctional(feature),
    };
    return html`<div part="base">
      ${SIDES.map((side) => this.renderGroup(side, questions[side]))} ${this.renderError()}
    </div>`;
  }

  private renderGroup(side: Side, question: string) {
    const id = `${this.uid}-${side}`;
    const picked = isKanoAnswer(this[side]) ? this[side] : null;
    // Only the side still unanswered is invalid: the other is fine as it is.
    const invalid = this.invalid && picked === null;
    return html`<div part="group ${side}" class="group">
      <div part="question" class="question" id="${id}-q" tabindex="-1">${question}</div>
      <div
        role="radiogroup"
        part="options"
        class="options"
        aria-labelledby="${id}-q"
        aria-describedby=${invalid ? `${this.uid}-e` : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
      >
        ${KANO_ANSWERS.map(
          (option) =>
            html`<label part=${picked === option ? 'option checked' : 'option'} class="option">
              <input
                type="radio"
                name=${id}
                .value=${option}
                .checked=${picked === option}
                @change=${() => {
                  this[side] = option;
                  this.userChanged();
                }}
              /><span part="label">${this.msg.kano.options[option]}</span>
            </label>`,
        )}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-kano': FeelbackKano;
  }
}
