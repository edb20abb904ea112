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

/** Bytes of this page's `keepalive` requests in flight: browsers refuse more than 64 KiB in all. */
let keepaliveBytes = 0;

/**
 * The POST of CONTRACT §4, with the id as `Idempotency-Key` so a repeat can never count twice. It goes as
 * a `keepalive` request whenever it fits in the quota, so an attempt under way when the tab closes still
 * arrives. `onlyKeepalive` (the page is going away): undefined, nothing sent, when it does not fit.
 */
export function post(
  response: Response,
  target: DeliveryTarget,
  signal?: AbortSignal,
  onlyKeepalive = false,
): Promise<globalThis.Response> | undefined {
  const body = JSON.stringify(response);
  const size = new Blob([body]).size;
  const keepalive = keepaliveBytes + size <= settings.keepaliveBytes;
  if (!keepalive && onlyKeepalive) return undefined;
  if (keepalive) keepaliveBytes += size;
  return fetch(target.endpoint!, {
    method: 'POST',
    headers: { ...target.headers, 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
    body,
    credentials: target.credentials ?? 'omit',
    keepalive,
    signal,
  }).finally(() => {
    if (keepalive) keepaliveBytes -= size;
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
    const res = await Promise.race([post(response, target, abort.signal)!, timeout]);
    return { status: res.status, wait: retryAfter(res.headers.get('Retry-After'), Date.now()) };
  } catch (e) {
    return { error: timedOut ? 'timeout' : reason(e) };
  } finally {
    clearTimeout(timer);
    timeout.catch(() => {});
  }
}
