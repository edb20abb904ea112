/**
 * A host page that defines its own question before feelback defines its elements: the question connects
 * (and asks for a survey) while `<feelback-survey>` is still an unknown element.
 */
import { html } from 'lit';
import { FeelbackQuestion, type Answer } from '../../src/index.js';

class EarlyStars extends FeelbackQuestion {
  readonly answerKind = 'comment' as const;
  get answer(): Answer | null {
    return null;
  }
  clear() {}
  focusControl() {}
  override render() {
    return html`<p>early</p>`;
  }
}
customElements.define('early-stars', EarlyStars);
