/** When to try again: which answers are worth a retry, and how long to wait before it. */

export interface DeliverySettings {
  /** First backoff step; each further failure doubles it (full jitter: a random wait up to the step). */
  baseDelayMs: number;
  /** Longest backoff step. */
  maxDelayMs: number;
  /** An attempt that has not answered by then is aborted and retried. */
  timeoutMs: number;
  /** Longest a response waits in the outbox before it is dropped. */
  maxAgeMs: number;
  /** Most responses the outbox holds; the oldest are dropped first. */
  maxEntries: number;
  /** In-flight `keepalive` bytes on `pagehide`; browsers refuse more than 64 KiB. */
  keepaliveBytes: number;
  /**
   * Turns a wait the scheduler decided on into the timer it sets. Tests map it to (near) zero and record
   * the decision, so nothing sleeps while the waits are still asserted.
   */
  timer: (ms: number) => number;
}

export const settings: DeliverySettings = {
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  timeoutMs: 10_000,
  maxAgeMs: 7 * 24 * 3_600_000,
  maxEntries: 100,
  keepaliveBytes: 60 * 1024,
  timer: (ms) => ms,
};

/** Adjusts delivery for tests or unusual hosts; returns the settings now in force. */
export function configureDelivery(changes: Partial<DeliverySettings>): DeliverySettings {
  return Object.assign(settings, changes);
}

/** 408, 425, 429 and 5xx say "not now", every other 4xx "never". */
export const retryable = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** Exponential backoff with full jitter (AWS architecture blog), so a recovering server is not hit by a wave. */
export const backoff = (attempts: number) =>
  Math.random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempts - 1));

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
