import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Summary } from '../../scores/summary.js';
import { isSummary } from './summary-shape.js';

export type SummaryStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface SummaryTaskHost extends ReactiveControllerHost {
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
}

/**
 * Loads a collector summary (`GET /api/summary`) from a URL, in the shape of `@lit/task`: a status, one
 * request in flight (a newer run aborts the older, whose result is never used), and callbacks for the
 * summary or the reason it could not be had. Never throws into the page. A report taken off the page
 * drops its request and loads again when it comes back.
 */
export class SummaryTask implements ReactiveController {
  #status: SummaryStatus = 'initial';
  #abort?: AbortController;
  #src?: string;
  /** The src a disconnect interrupted. */
  #resume?: string;

  constructor(
    private readonly host: SummaryTaskHost,
    private readonly on: { complete(summary: Summary): void; error(message: string): void },
  ) {
    host.addController(this);
  }

  get status() {
    return this.#status;
  }

  hostConnected() {
    if (this.#resume) void this.run(this.#resume);
    this.#resume = undefined;
  }

  hostDisconnected() {
    if (this.#status === 'pending') this.#resume = this.#src;
    this.abort();
  }

  /** Fetches `src`; the summary or the error goes to the callbacks unless a newer run or `abort()` came first. */
  async run(src: string) {
    this.abort();
    this.#src = src;
    const abort = (this.#abort = new AbortController());
    this.#set('pending');
    try {
      const res = await fetch(src, {
        credentials: this.host.credentials ?? 'same-origin',
        headers: this.host.headers,
        signal: abort.signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data: unknown = await res.json();
      if (!isSummary(data)) throw new Error('not a summary (CONTRACT §7)');
      if (abort.signal.aborted) return;
      this.on.complete(data);
      this.#set('complete');
    } catch (error) {
      if (abort.signal.aborted) return;
      this.on.error(`src ${src}: ${(error as Error).message}`);
      this.#set('error');
    }
  }

  /** Drops the request in flight, if any (the host took its data from elsewhere). */
  abort() {
    this.#abort?.abort();
    if (this.#status === 'pending') this.#set('initial');
  }

  #set(status: SummaryStatus) {
    this.#status = status;
    this.host.requestUpdate();
  }
}
