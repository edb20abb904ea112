/** Shared by the delivery tests: the recorder endpoint, responses, and the outbox as an earlier page left it. */
import { executeServerCommand } from '@web/test-runner-commands';
import type { deliver } from '../../src/delivery/deliver.js';
import { configureDelivery, settings, type DeliverySettings } from '../../src/delivery/policy.js';
import { buildResponse } from '../../src/schema/build-response.js';
import { DEFAULT_CONFIG } from '../../src/schema/config.js';
import type { Response } from '../../src/schema/response.js';

export interface Received {
  method: string;
  headers: Record<string, string>;
  body: Response;
  at: number;
  /** What the recorder answered; absent for a request it never answered. */
  status?: number;
  /** The client went away before the answer (during a `delayMs` step). */
  aborted?: boolean;
}

export interface Step {
  status?: number;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
}

export const OUTBOX_KEY = 'feelback-outbox-1';
const defaults: DeliverySettings = { ...settings };

let count = 0;
export const newBucket = () => `delivery-${Date.now()}-${++count}`;
export const endpointOf = (bucket: string) => new URL(`/__feelback/collect/${bucket}`, location.href).href;

export async function plan(bucket: string, steps: Step[]) {
  await fetch(`/__feelback/plan/${bucket}`, { method: 'PUT', body: JSON.stringify(steps) });
}

export const received = async (bucket: string): Promise<Received[]> =>
  (await fetch(`/__feelback/received/${bucket}`)).json();

/** Ids the endpoint accepted (answered 2xx), one element per acceptance. */
export const accepted = (list: Received[]) =>
  list.filter((r) => r.status! >= 200 && r.status! < 300).map((r) => r.body.id);

/**
 * The delivery settings every test starts from: real code paths, but each wait the scheduler decides on
 * is recorded in `waits` and shortened to nothing, so no test sleeps while the decisions are asserted.
 */
export function fastDelivery(changes: Partial<DeliverySettings> = {}) {
  const waits: number[] = [];
  configureDelivery({
    ...defaults,
    timeoutMs: 2000,
    timer: (ms) => {
      waits.push(ms);
      return 0;
    },
    ...changes,
  });
  return waits;
}

export const restoreDelivery = () => configureDelivery(defaults);

export const aResponse = (surveyId = 'default', metadata: Record<string, string> = {}): Response =>
  buildResponse({
    config: { ...DEFAULT_CONFIG, surveyId, metadata },
    answers: [{ name: 'nps', kind: 'nps', value: 9 }],
    lang: 'en',
    page: '/checkout',
  });

/** An outbox entry as an earlier page of this origin would have left it. */
export const leftOver = (response: Response, endpoint: string, at = Date.now() - 60_000) => ({
  response,
  at,
  attempts: 1,
  queued: true,
  endpoint,
  credentials: 'omit' as const,
});

export const seed = (list: unknown[]) => localStorage.setItem(OUTBOX_KEY, JSON.stringify(list));
export const stored = (): { response: Response }[] => JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');

/** Resolves once `check` holds; mocha's timeout is the only limit, so a slow machine is never a failure. */
export async function until(check: () => boolean | Promise<boolean>) {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Takes the test page off the network (Playwright emulation) for `ms`; resolves once it is off. `back`
 * settles when the page is online again, with the server's clock at the moment it went offline.
 */
export async function goOffline(ms: number) {
  const back = executeServerCommand<number, { offlineForMs: number }>('network', { offlineForMs: ms });
  await until(() => navigator.onLine === false);
  return { back };
}

export interface Tab {
  frame: HTMLIFrameElement;
  window: Window & {
    feelbackTab: {
      deliver: typeof deliver;
      flush(): Promise<void>;
      configureDelivery(changes: Partial<DeliverySettings>): void;
    };
    /** Events that reached the page: [type, response id, where it was dispatched]. */
    events: [string, string | undefined, string][];
  };
}

/**
 * Opens another page of this origin in an iframe: same localStorage, same Web Locks, its own copy of
 * feelback, which flushes the outbox as it loads. `locks: false` takes Web Locks away before feelback runs.
 */
export async function openTab(options: { locks?: boolean; body?: string } = {}): Promise<Tab> {
  const frame = document.createElement('iframe');
  const noLocks = `<script>Object.defineProperty(navigator, 'locks', { value: undefined });</script>`;
  const listen = `<script>
    window.events = [];
    for (const type of ['feelback-sent', 'feelback-queued', 'feelback-error'])
      document.addEventListener(type, (e) => events.push([type, e.detail.response?.id, e.target.localName ?? '#document']));
  </script>`;
  frame.srcdoc = `${options.locks === false ? noLocks : ''}${listen}${options.body ?? ''}
    <script type="module" src="/tests/support/tab.ts"></script>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Tab['window'] | null;
  await until(() => !!win()?.feelbackTab);
  return { frame, window: win()! };
}
