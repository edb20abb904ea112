import { emit, emitError } from '../../events.js';
import type { Lang } from '../../i18n/index.js';
import type { SurveyConfig } from '../../schema/config.js';
import type { Response } from '../../schema/response.js';
import type { ContactConsent } from './contact-consent.js';
import type { DeliveryController, SubmitOutcome } from './delivery-controller.js';
import type { SurveyAnswers } from './survey-answers.js';

/** What a submit reads of the survey. */
export interface SubmittedSurvey {
  readonly answers: SurveyAnswers;
  /** The checked config; undefined until its check has run. */
  config(): SurveyConfig | undefined;
  lang(): Lang;
  /** In the steps layout, shows the question at this index of those shown; nothing in the stack layout. */
  showStep(index: number): Promise<void> | undefined;
}

/**
 * One submit: validated, built, checked against the contract's schema, its events, then delivery.
 * Imported after the survey's first render (respondent.ts); delivery, the outbox and the response schema
 * come with ./submission.ts.
 */
export async function send(
  delivery: DeliveryController,
  survey: SubmittedSurvey,
  contact: ContactConsent,
): Promise<SubmitOutcome> {
  const host = delivery.host;
  const response = await prepare(delivery.host, survey, contact);
  if ('status' in response) return response;
  if (!host.endpoint && !host.transport) {
    emitError(host, { code: 'config', message: 'no endpoint attribute and no transport property: nothing was sent' });
    delivery.status = 'unconfigured';
    return { status: 'config' };
  }
  const { deliver, responseProblems } = await import('./submission.js');
  const message = responseProblems(response);
  if (message) {
    emitError(host, { code: 'invalid', message });
    return { status: 'invalid' };
  }
  if (!emit(host, 'feelback-submit', { response }, true)) return { status: 'cancelled' };
  const { needed, reasons } = response.recovery;
  if (needed) emit(host, 'feelback-recovery', { response, reasons });

  delivery.status = 'sending';
  const outcome = await deliver(response, delivery.target(), delivery.listener);
  delivery.status = outcome.status === 'rejected' ? 'failed' : needed ? 'recovery' : 'done';
  await host.updateComplete;
  // The form is gone; keep keyboard users where the news is.
  host.renderRoot.querySelector<HTMLElement>('[part~="thanks"]')?.focus();
  return outcome;
}

/** The response to send, or `invalid` after marking and focusing the first unanswered required question. */
async function prepare(
  host: HTMLElement & { readonly updateComplete: Promise<boolean> },
  survey: SubmittedSurvey,
  contact: ContactConsent,
): Promise<Response | SubmitOutcome> {
  await host.updateComplete;
  // A question may load code after its first render that its answer needs (a comment's redaction).
  await Promise.all(survey.answers.shown().map((q) => q.updateComplete));
  const questions = survey.answers.shown();
  const invalid = questions.filter((q) => !q.validate());
  const first = invalid[0];
  if (first) {
    await survey.showStep(questions.indexOf(first));
    await first.updateComplete;
    first.focusControl();
    const names = invalid.map((q) => q.answerName).join(', ');
    emitError(host, { code: 'invalid', message: `required question not answered: ${names}` });
    return { status: 'invalid' };
  }
  const { buildResponse } = await import('./submission.js');
  return buildResponse({
    config: survey.config()!,
    answers: survey.answers.answers(),
    lang: survey.lang(),
    page: location.pathname,
    contact: contact.value,
  });
}
