import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answer } from '../../schema/response.js';
import { CONDITION, type FeelbackQuestion } from '../shared/feelback-question.js';
import type { Later } from './later.js';
import type { Respondent } from './respondent.js';

export interface AnswersHost extends ReactiveControllerHost, HTMLElement {
  /** The questions asked, in document order. */
  questions(): FeelbackQuestion[];
}

/**
 * The survey's answers: which questions show (`show-if`), with the others hidden, and each change by the
 * respondent, handed on as `feelback-change` with the scores. The scores come with the code imported after
 * the first render (respondent.ts): a change that comes before it is emitted once it arrived, in order,
 * with the scores of the answers as they stood at the change.
 */
export class SurveyAnswers implements ReactiveController {
  /** The questions hidden here, so that a switch back to `stack` or a condition now true shows them again. */
  readonly #hid = new WeakSet<FeelbackQuestion>();

  constructor(
    private readonly host: AnswersHost,
    private readonly respondent: Later<Respondent>,
    /** In the `steps` layout, the index of the visible question among those shown; else undefined. */
    private readonly step: () => number | undefined,
  ) {
    host.addController(this);
    host.addEventListener('change', (e) => this.#changed(e));
    host.addEventListener(CONDITION, (e) => {
      e.stopPropagation();
      host.requestUpdate();
    });
  }

  /**
   * The questions shown, in document order: each whose `show-if` holds for the answers of the questions
   * shown before it. A hidden question keeps its answer, but it is not validated and not sent.
   */
  shown(): FeelbackQuestion[] {
    const answers: Answer[] = [];
    return this.host.questions().filter((q) => {
      if (!q.shownFor(answers)) return false;
      if (q.answer) answers.push(q.answer);
      return true;
    });
  }

  /** The answers of the questions shown. */
  answers(): Answer[] {
    return this.shown()
      .map((q) => q.answer)
      .filter((a): a is Answer => a !== null);
  }

  /**
   * Hides the questions not shown now, and in the `steps` layout all but the current one. The other
   * questions stay in the DOM, hidden, so Back finds their answers untouched.
   */
  hostUpdated() {
    const step = this.step();
    const shown = this.shown();
    for (const q of this.host.questions()) {
      // In the stack layout a question is ours only when it has show-if or was hidden here: one that a page
      // author hid or showed by hand keeps the author's choice.
      if (step === undefined && q.showIf === undefined && !this.#hid.has(q)) continue;
      // `hidden` takes a question out of the accessibility tree and the tab order.
      const hide = !shown.includes(q) || (step !== undefined && q !== shown[step]);
      q.hidden = hide;
      if (hide) this.#hid.add(q);
      else this.#hid.delete(q);
    }
  }

  #changed(e: Event) {
    const path = e.composedPath();
    const q = this.host.questions().find((q) => path.includes(q));
    if (!q) return;
    // Later questions may show or hide now.
    this.host.requestUpdate();
    const change = { name: q.answerName, kind: q.answerKind, value: q.answer?.value ?? null };
    const answers = this.answers();
    this.respondent.run((r) => r.changed(change, answers));
  }
}
