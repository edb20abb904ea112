import type { ReactiveControllerHost } from 'lit';
import { isQuestion, REGISTER, type FeelbackQuestion, type Registration } from './feelback-question.js';

/**
 * The survey's side of the registration handshake (see `Registration`): it holds the questions that
 * connect inside the survey, in document order, until each tells it that it left. The host's questions
 * (light DOM, a host's own classes included) and the default survey's (the survey's shadow root) are
 * kept apart, because the first switch the second off.
 */
export class QuestionRegistrar {
  /** The host page's questions, in document order. */
  readonly hosts: FeelbackQuestion[] = [];
  /** The default survey's questions, rendered in the survey's own shadow root. */
  readonly defaults: FeelbackQuestion[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addEventListener(REGISTER, (e) => this.#adopt(e as CustomEvent<Registration>));
  }

  /** The questions asked: the host's, or else the default survey's. */
  get questions(): FeelbackQuestion[] {
    return this.hosts.length ? this.hosts : this.defaults;
  }

  #adopt(e: CustomEvent<Registration>) {
    const registration = e.detail;
    const q = registration.question;
    if (!isQuestion(q)) return;
    // The nearest survey holds it; an outer one never hears of it.
    e.stopPropagation();
    const list = q.getRootNode() === this.host.shadowRoot ? this.defaults : this.hosts;
    list.push(q);
    list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
    // A host's question, also one defined after the survey rendered, switches the default survey off. The
    // default questions come and go while the survey renders them: that needs no second update.
    const changed = () => list === this.hosts && this.host.requestUpdate();
    registration.leave = () => {
      list.splice(list.indexOf(q), 1);
      changed();
    };
    changed();
  }
}
