import { emit, emitError } from '../../events.js';
import type { Response } from '../../schema/response.js';
import type { DeliveryController, SubmitOutcome } from './delivery-controller.js';

/**
 * One submit, once the survey prepared it (validated and built the response, or said why not): the
 * contract's checks and events, then delivery. Imported after the survey's first render (respondent.ts);
 * delivery, the outbox and the response schema come with ./submission.ts.
 */
export async function send(
  delivery: DeliveryController,
  prepare: () => Promise<Response | SubmitOutcome>,
): Promise<SubmitOutcome> {
  const host = delivery.host;
  const response = await prepare();
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
