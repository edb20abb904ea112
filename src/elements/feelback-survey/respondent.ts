/**
 * What the survey does as the respondent acts: the scores of each change (`feelback-change`), the recovery
 * consent (`recovery-contact`), and sending. None of it draws the questions, so the survey imports this
 * module right after its first render (later.ts); it arrives before anyone can answer, and what came before
 * it waits for it (survey-answers.ts, the survey's `submit()`).
 */
import type { ReactiveControllerHost } from 'lit';
import { emit, type FeelbackChangeDetail } from '../../events.js';
import type { Answer, Scores } from '../../schema/response.js';
import { scoreResponse } from '../../scores/response-scores.js';
import { ContactConsent } from './contact-consent.js';
import type { DeliveryController, SubmitOutcome } from './delivery-controller.js';
import { send, type SubmittedSurvey } from './sending.js';

/** One answer changed by the respondent: `feelback-change`'s detail without the scores. */
export type Change = Omit<FeelbackChangeDetail, 'scores'>;

export interface RespondentHost extends ReactiveControllerHost, HTMLElement {
  recoveryContact: boolean;
}

export class Respondent {
  readonly contact: ContactConsent;

  constructor(
    private readonly host: RespondentHost,
    private readonly survey: SubmittedSurvey,
  ) {
    this.contact = new ContactConsent(host);
  }

  /** Validates, builds and sends the response (sending.ts). */
  submit(delivery: DeliveryController): Promise<SubmitOutcome> {
    return send(delivery, this.survey, this.contact);
  }

  /** `feelback-change`, with the scores of `answers`: the answers as they stood at the change. */
  changed(change: Change, answers: readonly Answer[]) {
    // Scored once, for the consent question and the event: the answers of the last change are the newest.
    const scores = scoreResponse(answers);
    this.rescore(scores);
    emit(this.host, 'feelback-change', { ...change, scores });
  }

  /**
   * Whether the answers (by default as they are now) match a recovery rule, for the consent question. Before
   * its check, the config's recovery rules are unknown: the check calls this again.
   */
  rescore(scores?: Scores) {
    const config = this.survey.config();
    if (config) this.contact.scored(scores ?? scoreResponse(this.survey.answers.answers()), config.recovery);
  }
}
