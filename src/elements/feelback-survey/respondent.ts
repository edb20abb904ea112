/**
 * What the survey does as the respondent acts: the scores of each change (`feelback-change`), the recovery
 * consent (`recovery-contact`), and sending. None of it draws the questions, so the survey imports this
 * module right after its first render (later.ts); it arrives before anyone can answer, and what came before
 * it waits for it (survey-answers.ts, the survey's `submit()`).
 */
import type { ReactiveControllerHost } from 'lit';
import { emit, type FeelbackChangeDetail } from '../../events.js';
import type { SurveyConfig } from '../../schema/config.js';
import type { Answer } from '../../schema/response.js';
import { scoreResponse } from '../../scores/response-scores.js';
import { ContactConsent } from './contact-consent.js';
import { send } from './sending.js';

/** One answer changed by the respondent: `feelback-change`'s detail without the scores. */
export type Change = Omit<FeelbackChangeDetail, 'scores'>;

export interface RespondentHost extends ReactiveControllerHost, HTMLElement {
  recoveryContact: boolean;
}

export class Respondent {
  readonly contact: ContactConsent;
  /** Sends a prepared response (sending.ts). */
  readonly send = send;

  constructor(
    private readonly host: RespondentHost,
    /** The answers of the questions shown, as they are now. */
    private readonly answers: () => Answer[],
    /** The checked config; undefined until its check has run. */
    private readonly config: () => SurveyConfig | undefined,
  ) {
    this.contact = new ContactConsent(host);
  }

  /** `feelback-change`, with the scores of `answers`: the answers as they stood at the change. */
  changed(change: Change, answers: readonly Answer[]) {
    this.rescore();
    emit(this.host, 'feelback-change', { ...change, scores: scoreResponse(answers) });
  }

  /**
   * Whether the answers as they are now match a recovery rule, for the consent question. Before its check,
   * the config's recovery rules are unknown: the check calls this again.
   */
  rescore() {
    const config = this.config();
    if (config) this.contact.scored(scoreResponse(this.answers()), config.recovery);
  }
}
