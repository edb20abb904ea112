import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { FeelbackQuestion } from '../shared/feelback-question.js';

export interface StepsHost extends ReactiveControllerHost {
  /** Whether the survey has `layout="steps"` now. */
  readonly stepsLayout: boolean;
}

/**
 * The `steps` layout: one question at a time with Next and Back and "Vraag 2 van 3". Steps move over, and
 * count, only the questions shown (`show-if`); the survey hides the others, and all but the current one
 * (survey-answers.ts). Imported only when `layout="steps"`: the survey draws nothing until it is here.
 */
export class StepsController {
  /** Index of the visible question among those shown. */
  step = 0;

  readonly #host: StepsHost;

  constructor(
    host: StepsHost,
    /** The questions whose `show-if` holds, in document order. */
    private readonly shown: () => FeelbackQuestion[],
  ) {
    this.#host = host;
  }

  /** Whether Enter should mean Next rather than Send. */
  get beforeLast() {
    return this.#host.stepsLayout && this.step < this.shown().length - 1;
  }

  /** Shows the question at `index` (e.g. the first invalid one at submit). */
  async show(index: number) {
    this.step = index;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  /** Moves one step, validating the current question before moving on, and focuses the new title. */
  async go(delta: 1 | -1) {
    const questions = this.shown();
    const current = questions[this.step];
    if (delta > 0 && current && !current.validate()) {
      await current.updateComplete;
      current.focusControl();
      return;
    }
    await this.show(Math.max(0, Math.min(questions.length - 1, this.step + delta)));
    const next = this.shown()[this.step];
    if (next) {
      await next.updateComplete;
      next.focusTitle();
    }
  }

  reset() {
    this.step = 0;
    this.#host.requestUpdate();
  }

  /** The progress text and buttons; `submit` is the survey's Send button. */
  render(m: Messages['survey'], total: number, submit: TemplateResult) {
    if (!this.#host.stepsLayout) return submit;
    const last = this.step >= total - 1;
    return html`<p part="progress" class="progress" aria-live="polite">${m.progress(this.step + 1, total)}</p>
      ${
        this.step > 0
          ? html`<button part="back" class="back" type="button" @click=${() => this.go(-1)}>${m.back}</button>`
          : nothing
      }
      ${
        last
          ? submit
          : html`<button part="next" class="next" type="button" @click=${() => this.go(1)}>${m.next}</button>`
      }`;
  }
}
