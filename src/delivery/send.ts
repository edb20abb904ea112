/** One attempt to hand a response over, by HTTP POST or through the host's `transport`. */
import type { Response } from '../schema/response.js';
import { retryAfter, settings } from './policy.js';
import type { DeliveryTarget } from './types.js';

/** What one attempt came to: an HTTP status (a transport that resolved counts as 200), or why it failed. */
export interface Attempt {
  status?: number;
  /** Milliseconds the server asked us to wait (`Retry-After`). */
  wait?: number;
  /** Why there was no answer: a network error, the timeout, or the transport's rejection. */
  error?: string;
}

/** The POST of CONTRACT §4: the id as `Idempotency-Key`, so a repeat can never count twice. */
export function request(
  response: Response,
  target: DeliveryTarget,
  body: string,
  init: RequestInit,
): Promise<globalThis.Response> {
  return fetch(target.endpoint!, {
    method: 'POST',
    headers: { ...target.headers, 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
    body,
    credentials: target.credentials ?? 'omit',
    ...init,
  });
}

const reason = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e)) || 'failed';

/** Sends once and never throws: every failure comes back as an `Attempt` the scheduler can judge. */
export async function send(response: Response, target: DeliveryTarget): Promise<Attempt> {
  const abort = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
      reject(new Error('timeout'));
    }, settings.timeoutMs);
  });
  try {
    if (target.transport) {
      // A transport cannot be aborted, but a hung one must not hold the response forever.
      await Promise.race([target.transport(response), timeout]);
      return { status: 200 };
    }
    const res = await Promise.race([
      request(response, target, JSON.stringify(response), { signal: abort.signal }),
      timeout,
    ]);
    return { status: res.status, wait: retryAfter(res.headers.get('Retry-After'), Date.now()) };
  } catch (e) {
    return { error: timedOut ? 'timeout' : reason(e) };
  } finally {
    clearTimeout(timer);
    timeout.catch(() => {});
  }
}
