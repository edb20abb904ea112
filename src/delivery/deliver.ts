/**
 * The scheduler: one per page (module state), shared by every survey. It puts a response in the outbox
 * before the first attempt, sends it when the browser is online, retries with backoff, hands what is left
 * to `keepalive` requests on `pagehide`, and picks up what earlier pages of this origin left behind.
 */
import { isServer } from 'lit';
import type { Response } from '../schema/response.js';
import { exclusive, lease, leasedElsewhere, TAB } from './lock.js';
import { entries, entry, evict, put, remove, type Entry } from './outbox.js';
import { backoff, retryAfter, retryable, settings } from './policy.js';
import { absolute, listenerOf, listeners, orphans, targetOf, targets } from './routing.js';
import { post, send, type Attempt } from './send.js';
import type { DeliveryListener, DeliveryOutcome, DeliveryTarget } from './types.js';

/** `submit()` promises waiting for their response's first settled state. */
const waiters = new Map<string, (outcome: DeliveryOutcome) => void>();
/** Responses this tab is sending now. */
const busy = new Map<string, Promise<void>>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let started = false;

const offline = () => navigator.onLine === false;
/** Listens for the page's connectivity and lifetime: in a browser only, never while a server renders. */
function start() {
  if (started || isServer) return;
  started = true;
  addEventListener('online', () => void flush());
  addEventListener('pagehide', leave);
  // A page restored from the back/forward cache is a page load too, without loading the bundle again.
  addEventListener('pageshow', (e) => e.persisted && void flush());
}

function settle(response: Response, outcome?: DeliveryOutcome) {
  const id = response.id;
  if (outcome) waiters.get(id)?.(outcome);
  waiters.delete(id);
  if (outcome?.status !== 'queued') {
    targets.delete(id);
    listeners.delete(id);
    clearTimeout(timers.get(id));
    timers.delete(id);
  }
}

/** Tries again at `at` from this tab's timer; a timer attempt may go before `due`, which it set itself. */
function arm(id: string, at: number) {
  clearTimeout(timers.get(id));
  // setTimeout fires at once past 2^31 - 1 ms; a longer Retry-After just waits for the next flush then.
  const wait = Math.min(2 ** 31 - 1, Math.max(0, at - Date.now()));
  timers.set(
    id,
    setTimeout(() => {
      timers.delete(id);
      void attempt(id, true);
    }, settings.timer(wait)),
  );
}

/** Marks a response deferred: `feelback-queued` fires the first time only, across pages. */
function defer(e: Entry, reason: string, changes: Partial<Entry> = {}) {
  put({ ...e, ...changes, queued: true });
  if (!e.queued) listenerOf(e.response)?.queued(e.response, reason);
  settle(e.response, { status: 'queued', reason });
}

/**
 * Acts on what an attempt came to: done on 2xx, given up on a permanent refusal, otherwise put off.
 * Returns when to try again; the caller arms that timer once it has let go of the response.
 */
function conclude(e: Entry, { status, wait, error }: Attempt): number | undefined {
  const r = e.response;
  if (status && status >= 200 && status < 300) {
    remove(r.id);
    listenerOf(r)?.sent(r, status);
    settle(r, { status: 'sent', httpStatus: status });
    return undefined;
  }
  if (status && !retryable(status)) {
    remove(r.id);
    const message = `the endpoint rejected the response with HTTP ${status}`;
    listenerOf(r)?.rejected(r, status, message);
    settle(r, { status: 'rejected', httpStatus: status, message });
    return undefined;
  }
  const attempts = e.attempts + 1;
  const due = Date.now() + Math.max(backoff(attempts), wait ?? 0);
  defer(e, error ?? `HTTP ${status}`, { attempts, due, lease: undefined });
  return due;
}

/**
 * One attempt from this tab, unless another tab holds the response. While this tab is already sending it,
 * the caller gets that attempt instead, so `await flush()` means everything due has been tried.
 */
function attempt(id: string, fromTimer = false): Promise<void> {
  const running = busy.get(id);
  if (running) return running;
  const run = (async () => {
    let retryAt: number | undefined;
    try {
      await exclusive(id, async () => {
        // Read again inside the lock: another tab may have delivered it or put it off meanwhile.
        const e = entry(id);
        if (!e || (!fromTimer && (e.due ?? 0) > Date.now())) return;
        if (offline()) return defer(e, 'offline');
        const target = targetOf(e);
        if (!target) return;
        put({ ...e, lease: lease() });
        retryAt = conclude(e, await send(e.response, target));
      });
    } catch {
      // Nothing here may cost the response: it stays in the outbox for the next flush.
    }
    busy.delete(id);
    // Only now: the lock is released, so the timer's attempt cannot find the response still held.
    if (retryAt !== undefined) arm(id, retryAt);
  })();
  busy.set(id, run);
  return run;
}

/**
 * Sends what is due in the outbox, this page's responses and those an earlier page left. Runs on bundle
 * load, when a survey connects, and on `online`; safe to call any time.
 */
export async function flush() {
  start();
  const now = Date.now();
  for (const e of evict(now, (id) => busy.has(id) || leasedElsewhere(id, now))) {
    const why =
      now - e.at > settings.maxAgeMs
        ? `it waited longer than ${settings.maxAgeMs / 864e5} days`
        : `the outbox holds at most ${settings.maxEntries} responses`;
    listenerOf(e.response)?.dropped(e.response, `response dropped from the outbox: ${why}`);
    settle(e.response);
  }
  const pending: Promise<void>[] = [];
  for (const e of entries()) {
    const id = e.response.id;
    if (offline()) {
      // Only this page's own responses: another tab reports its own.
      if (listeners.has(id)) defer(e, 'offline');
      continue;
    }
    // Not before its backoff, nor while another tab (or a page that went away) may still be sending it.
    const at = Math.max(e.due ?? 0, e.lease && e.lease.tab !== TAB ? e.lease.until : 0);
    if (at <= now) pending.push(attempt(id));
    else if (!timers.has(id)) arm(id, at);
  }
  await Promise.all(pending);
}

/** Who hears about left-over responses when no connected survey has their survey id. */
export const hearOrphans = (listener: DeliveryListener) => (orphans.listener = listener);

/**
 * Delivers one response: into the outbox first, then sent. Resolves with the first settled state (sent,
 * queued or rejected); later states still arrive through the listener.
 */
export function deliver(
  response: Response,
  target: DeliveryTarget,
  listener: DeliveryListener,
): Promise<DeliveryOutcome> {
  start();
  const id = response.id;
  const settled = new Promise<DeliveryOutcome>((resolve) => waiters.set(id, resolve));
  targets.set(id, target);
  listeners.set(id, listener);
  const endpoint = target.endpoint ? absolute(target.endpoint) : undefined;
  put({ response, at: Date.now(), attempts: 0, endpoint, credentials: target.credentials });
  void flush();
  return settled;
}

/**
 * The page is going away: pending responses leave as `keepalive` requests, oldest first, while their
 * in-flight total stays within the browser's quota; the rest wait in the outbox for the next page (an
 * attempt already under way went as `keepalive` itself when it fit, so it outlives the page too). A
 * request the page does not live to see answered stays in the outbox too and is sent again later with
 * the same `Idempotency-Key`: the endpoint counts it once.
 */
function leave() {
  if (offline()) return;
  const now = Date.now();
  for (const e of entries()) {
    const id = e.response.id;
    const target = targetOf(e);
    if (busy.has(id) || leasedElsewhere(id, now) || !target?.endpoint || target.transport) continue;
    const sending = post(e.response, target, undefined, true);
    if (!sending) continue;
    put({ ...e, lease: lease() });
    const done = sending
      .then(
        (res): Attempt => ({ status: res.status, wait: retryAfter(res.headers.get('Retry-After'), Date.now()) }),
        (err: unknown): Attempt => ({ error: String(err) }),
      )
      .then((result) => {
        busy.delete(id);
        const retryAt = conclude(e, result);
        if (retryAt !== undefined) arm(id, retryAt);
      })
      .catch(() => {});
    busy.set(id, done);
  }
}
