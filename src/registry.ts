import { FeelbackChoice } from './elements/feelback-choice/feelback-choice.js';
import { FeelbackComment } from './elements/feelback-comment/feelback-comment.js';
import { FeelbackEffort } from './elements/feelback-effort/feelback-effort.js';
import { FeelbackEmotion } from './elements/feelback-emotion/feelback-emotion.js';
import { FeelbackNps } from './elements/feelback-nps/feelback-nps.js';
import { FeelbackKano } from './elements/feelback-kano/feelback-kano.js';
import { FeelbackRating } from './elements/feelback-rating/feelback-rating.js';
import { FeelbackReport } from './elements/feelback-report/feelback-report.js';
import { FeelbackStatements } from './elements/feelback-statements/feelback-statements.js';
import { FeelbackSurvey } from './elements/feelback-survey/feelback-survey.js';
import { FeelbackWorklist } from './elements/feelback-worklist/feelback-worklist.js';
import { VERSION } from './version.js';

/** Every tag feelback defines, with its class. */
export const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['feelback-survey', FeelbackSurvey],
  ['feelback-nps', FeelbackNps],
  ['feelback-emotion', FeelbackEmotion],
  ['feelback-effort', FeelbackEffort],
  ['feelback-rating', FeelbackRating],
  ['feelback-comment', FeelbackComment],
  ['feelback-kano', FeelbackKano],
  ['feelback-statements', FeelbackStatements],
  ['feelback-choice', FeelbackChoice],
  ['feelback-report', FeelbackReport],
  ['feelback-worklist', FeelbackWorklist],
];

let warned = false;

/**
 * Defines every element that is not defined yet. Idempotent: the first definition wins, so a page that
 * loads feelback twice (or two versions) keeps working; a version mismatch is reported once.
 */
export function defineElements() {
  // A server without a custom element registry (Lit's Node build brings one, other runtimes may not).
  if (typeof customElements === 'undefined') return;
  for (const [tag, ctor] of ELEMENTS) {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor && !warned && existing.version && existing.version !== VERSION) {
      warned = true;
      console.warn(
        `feelback ${VERSION}: <${tag}> is already defined by feelback ${existing.version}; keeping that one`,
      );
    }
  }
}
