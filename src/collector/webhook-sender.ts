/**
 * Sends the outbox's events to `FEELBACK_WEBHOOK_URL`, in the collector's process. Each round claims the due
 * events under a lease (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so several collectors never take the
 * same one), POSTs each, and records the outcome. A failure (network error, timeout, any status but 2xx)
 * is retried with exponential backoff and full jitter, `Retry-After` honoured, with the same `webhook-id`;
 * after `maxAgeMs` the event is given up and listed at `GET /api/webhooks/failed`.
 */
import { randomUUID } from 'node:crypto';
import { describeError } from './log.js';
import { eventBody, sign, signingKey, type OutboxEvent, type WebhookOutbox } from './webhooks.js';

export interface WebhookSenderOptions {
  url: string;
  /** `whsec_<base64>`. */
  secret: string;
  outbox: WebhookOutbox;
  /** Per attempt; a claim's lease is twice this, so a live sender never loses its claim mid-request. */
  timeoutMs?: number;
  /** The first retry's ceiling; each next one doubles it, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Given up this long after the event was created (or retried by hand). Default 24 hours. */
  maxAgeMs?: number;
  /** How often the outbox is polled for due events. */
  pollMs?: number;
  /** Injectable, so tests pass a day without waiting one. */
  now?: () => Date;
  random?: () => number;
  onError?: (error: unknown) => void;
}

const DAY = 24 * 3_600_000;
const BATCH = 20;

export class WebhookSender {
  private readonly key: Uint8Array;
  private readonly token = randomUUID();
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> | null = null;
  private stopped = false;
  private readonly controller = new AbortController();

  constructor(private readonly options: WebhookSenderOptions) {
    this.key = signingKey(options.secret);
    this.now = options.now ?? (() => new Date());
  }

  /** Polls until `stop()`. */
  start(): void {
    const loop = () => {
      if (this.stopped) return;
      void this.tick()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.options.pollMs ?? 1000);
        });
    };
    loop();
  }

  /** Stops polling and cuts a request in flight; its event stays leased and is sent again after the lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.controller.abort();
    await this.round?.catch(() => {});
  }

  /** One round: claims the due events and attempts each once. Answers how many were delivered. */
  tick(): Promise<number> {
    this.round ??= this.sendDue().finally(() => (this.round = null));
    return this.round;
  }

  private async sendDue(): Promise<number> {
    const timeout = this.options.timeoutMs ?? 15_000;
    const now = this.now();
    const events = await this.options.outbox.claim(now, new Date(now.getTime() + 2 * timeout), this.token, BATCH);
    let delivered = 0;
    for (const event of events) {
      if (this.stopped) break;
      if (await this.send(event, timeout)) delivered += 1;
    }
    return delivered;
  }

  private async send(event: OutboxEvent, timeout: number): Promise<boolean> {
    const { outbox } = this.options;
    const body = eventBody(event);
    const timestamp = Math.floor(this.now().getTime() / 1000);
    let failure: string;
    let retryAfter: number | null = null;
    // The attempt ends at its timeout or at `stop()`. (`AbortSignal.any` would say it shorter; Node 20.0 lacks it.)
    const attempt = new AbortController();
    const timer = setTimeout(() => attempt.abort(new Error(`no answer within ${timeout} ms`)), timeout);
    const stop = () => attempt.abort();
    this.controller.signal.addEventListener('abort', stop);
    try {
      const res = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': sign(this.key, event.id, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: attempt.signal,
      });
      await res.body?.cancel();
      if (res.status >= 200 && res.status < 300) {
        await outbox.delivered(event.id, this.token, this.now());
        return true;
      }
      failure = `HTTP ${res.status}`;
      retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.now());
    } catch (error) {
      // Stopped mid-request: the lease runs out and another round (here or elsewhere) sends it again.
      if (this.stopped) return false;
      failure = describeError(error);
    } finally {
      clearTimeout(timer);
      this.controller.signal.removeEventListener('abort', stop);
    }
    const now = this.now();
    const deadline = Date.parse(event.since) + (this.options.maxAgeMs ?? DAY);
    if (now.getTime() >= deadline) {
      await outbox.giveUp(event.id, this.token, now, failure);
      return false;
    }
    const delay = retryAfter ?? this.backoff(event.attempts + 1);
    // The last try falls on the deadline rather than past it.
    await outbox.reschedule(event.id, this.token, new Date(Math.min(now.getTime() + delay, deadline)), failure);
    return false;
  }

  /** Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): uniform in [0, min(cap, base·2ⁿ⁻¹)]. */
  private backoff(attempt: number): number {
    const first = this.options.firstDelayMs ?? 5000;
    const ceiling = Math.min(this.options.maxDelayMs ?? 3_600_000, first * 2 ** Math.min(attempt - 1, 30));
    return Math.round((this.options.random ?? Math.random)() * ceiling);
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
