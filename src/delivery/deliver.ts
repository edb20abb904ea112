import type { Response } from '../schema/response.js';
import type { DeliveryListener, DeliveryOutcome, DeliveryTarget } from './types.js';

/** One POST of the response, with its id as the `Idempotency-Key` so a retry can never duplicate it. */
export async function post(response: Response, target: DeliveryTarget, signal?: AbortSignal): Promise<number> {
  if (target.transport) {
    await target.transport(response);
    return 200;
  }
  const res = await fetch(target.endpoint!, {
    method: 'POST',
    headers: { ...target.headers, 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
    body: JSON.stringify(response),
    credentials: target.credentials ?? 'omit',
    signal,
  });
  return res.status;
}

const retryable = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** Sends a response once; retryable failures are reported as queued. */
export async function deliver(
  response: Response,
  target: DeliveryTarget,
  listener: DeliveryListener,
): Promise<DeliveryOutcome> {
  let status: number;
  try {
    status = await post(response, target);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    listener.queued(response, reason);
    return { status: 'queued', reason };
  }
  if (status >= 200 && status < 300) {
    listener.sent(response, status);
    return { status: 'sent', httpStatus: status };
  }
  if (retryable(status)) {
    const reason = `HTTP ${status}`;
    listener.queued(response, reason);
    return { status: 'queued', reason };
  }
  const message = `the endpoint rejected the response with HTTP ${status}`;
  listener.rejected(response, status, message);
  return { status: 'rejected', httpStatus: status, message };
}
