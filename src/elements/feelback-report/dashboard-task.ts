import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interval } from '../../collector/periods.js';
import type { NpsChange } from '../../scores/compare.js';
import type { Scores } from '../../schema/response.js';
import type { Summary } from '../../scores/summary.js';
import type { SummaryTaskHost } from './summary-task.js';
import { isObject } from './summary-shape.js';

/** `GET /api/trend` (CONTRACT §10). */
export interface TrendReply {
  interval: Interval;
  points: { start: string; end: string; summary: Summary }[];
  change: { nps: NpsChange } | null;
}

/** One value of `GET /api/summary?groupBy=` (CONTRACT §10); `key` is `null` for responses without one. */
export interface Group {
  key: string | null;
  summary: Summary;
}

/** One item of `GET /api/comments` (CONTRACT §10). */
export interface CommentItem {
  id: string;
  receivedAt: string;
  touchpoint: string | null;
  channel: string;
  comment: string;
  scores: Partial<Scores>;
}

/** What the dashboard draws besides the summary. */
export interface Board {
  trend: TrendReply;
  touchpoints: Group[];
  channels: Group[];
  surveys: Group[];
  comments: CommentItem[];
  /** The URL of the next page of comments, or `null`. */
  more: string | null;
}

/** The URLs of one load, all with the same filters (the groups without their own, so they list every value). */
export interface BoardUrls {
  trend: string;
  touchpoints: string;
  channels: string;
  surveys: string;
  comments: string;
}

const isTrend = (x: unknown): x is TrendReply => isObject(x) && Array.isArray(x.points);
const groupsOf = (x: unknown): Group[] => {
  if (!isObject(x) || !Array.isArray(x.groups)) throw new Error('not groups (CONTRACT §10)');
  return x.groups as Group[];
};
const commentsOf = (x: unknown) => {
  if (!isObject(x) || !Array.isArray(x.items)) throw new Error('not comments (CONTRACT §10)');
  return x as { items: CommentItem[]; next: string | null };
};

/** The comments URL of the page after `cursor`. */
const nextPage = (url: string, cursor: string | null) => {
  if (!cursor) return null;
  const next = new URL(url);
  next.searchParams.set('cursor', cursor);
  return next.href;
};

/**
 * Loads the dashboard's reads (trend, groups, comments) together, in the shape of `SummaryTask`: one load
 * in flight, a newer one aborts the older, results only reach the host all at once (one layout, not five),
 * and nothing throws into the page. `more()` appends the next page of comments.
 */
export class DashboardTask implements ReactiveController {
  #abort?: AbortController;
  #pending = false;
  #failed = false;

  constructor(
    private readonly host: SummaryTaskHost & ReactiveControllerHost,
    private readonly on: { complete(board: Board): void; error(message: string): void },
  ) {
    host.addController(this);
  }

  get pending() {
    return this.#pending;
  }

  /** The last load failed (a collector before 1.1 has no trend): the host draws the summary alone. */
  get failed() {
    return this.#failed;
  }

  /** The load a disconnect interrupted, run again on reconnect (as `SummaryTask` does). */
  #resume?: BoardUrls;
  #urls?: BoardUrls;

  hostConnected() {
    if (this.#resume) void this.run(this.#resume);
    this.#resume = undefined;
  }

  hostDisconnected() {
    if (this.#pending) this.#resume = this.#urls;
    this.abort();
  }

  async #get(url: string, signal: AbortSignal): Promise<unknown> {
    const res = await fetch(url, {
      credentials: this.host.credentials ?? 'same-origin',
      headers: this.host.headers,
      signal,
    });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  }

  async run(urls: BoardUrls) {
    this.abort();
    this.#urls = urls;
    const abort = (this.#abort = new AbortController());
    this.#failed = false;
    this.#set(true);
    try {
      const [trend, touchpoints, channels, surveys, comments] = await Promise.all(
        [urls.trend, urls.touchpoints, urls.channels, urls.surveys, urls.comments].map((u) =>
          this.#get(u, abort.signal),
        ),
      );
      if (abort.signal.aborted) return;
      if (!isTrend(trend)) throw new Error(`${urls.trend}: not a trend (CONTRACT §10)`);
      const page = commentsOf(comments);
      this.on.complete({
        trend,
        touchpoints: groupsOf(touchpoints),
        channels: groupsOf(channels),
        surveys: groupsOf(surveys),
        comments: page.items,
        more: nextPage(urls.comments, page.next),
      });
    } catch (error) {
      if (!abort.signal.aborted) {
        this.#failed = true;
        this.on.error((error as Error).message);
      }
    }
    if (!abort.signal.aborted) this.#set(false);
  }

  /** The next page of comments after `board`'s, appended to it. */
  async more(board: Board) {
    if (!board.more || this.#pending) return;
    const abort = (this.#abort = new AbortController());
    this.#set(true);
    try {
      const page = commentsOf(await this.#get(board.more, abort.signal));
      if (abort.signal.aborted) return;
      this.on.complete({
        ...board,
        comments: [...board.comments, ...page.items],
        more: nextPage(board.more, page.next),
      });
    } catch (error) {
      if (!abort.signal.aborted) this.on.error((error as Error).message);
    }
    if (!abort.signal.aborted) this.#set(false);
  }

  abort() {
    this.#abort?.abort();
    if (this.#pending) this.#set(false);
  }

  #set(pending: boolean) {
    this.#pending = pending;
    this.host.requestUpdate();
  }
}
