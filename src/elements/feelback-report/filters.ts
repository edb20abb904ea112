import { html } from 'lit';
import type { BoardUrls, Group } from './dashboard-task.js';
import { PERIODS, type DashboardMessages, type Period } from './dashboard-messages.js';

/**
 * The dashboard's filters. They live in the page's URL under the names the collector reads (`surveyId`,
 * `touchpoint`, `channel`) plus `period`, so a filtered view can be bookmarked and sent to a colleague.
 */
export interface Filters {
  surveyId?: string;
  touchpoint?: string;
  channel?: string;
  period: Period;
}

export const FILTER_KEYS = ['surveyId', 'touchpoint', 'channel'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const isPeriod = (x: string | null): x is Period => (PERIODS as readonly (string | null)[]).includes(x);

/** The filters a page URL holds; anything unknown is ignored. */
export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const period = params.get('period');
  const filters: Filters = { period: isPeriod(period) ? period : 'all' };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** `href` with the filters in its query (the page's other parameters kept), for `history.replaceState`. */
export function writeFilters(href: string, filters: Filters): string {
  const url = new URL(href);
  for (const key of FILTER_KEYS) {
    if (filters[key]) url.searchParams.set(key, filters[key]);
    else url.searchParams.delete(key);
  }
  if (filters.period === 'all') url.searchParams.delete('period');
  else url.searchParams.set('period', filters.period);
  return url.href;
}

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * The `from` of a period: the Monday (UTC) that starts the first of its weeks, the current week counting
 * as one, so the trend's weeks are whole except the running one.
 */
export function periodFrom(period: Period, now: number): string | undefined {
  if (period === 'all') return undefined;
  const d = new Date(now);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return new Date(monday - (parseInt(period, 10) - 1) * WEEK).toISOString();
}

/**
 * The summary URL with the filters (those of `src` kept unless a control sets one), and the dashboard's
 * other reads beside it: `src` names the summary (`…/api/summary`); the trend and comments are its
 * siblings (`…/api/trend`, `…/api/comments`), as in every collector of CONTRACT §10.
 */
export function boardUrls(src: string, base: string, filters: Filters, now = Date.now()) {
  const summary = new URL(src, base);
  const { surveyId, touchpoint, channel } = filters;
  const query = { surveyId, touchpoint, channel, from: periodFrom(filters.period, now) };
  for (const [key, value] of Object.entries(query)) if (value) summary.searchParams.set(key, value);
  const sibling = (name: string, set: Record<string, string>, without?: FilterKey) => {
    const url = new URL(name, summary);
    url.search = summary.search;
    if (without && !new URL(src, base).searchParams.has(without)) url.searchParams.delete(without);
    for (const [k, v] of Object.entries(set)) url.searchParams.set(k, v);
    return url.href;
  };
  const urls: BoardUrls = {
    trend: sibling('trend', { interval: 'week' }),
    touchpoints: sibling('summary', { groupBy: 'touchpoint' }, 'touchpoint'),
    channels: sibling('summary', { groupBy: 'channel' }, 'channel'),
    surveys: sibling('summary', { groupBy: 'surveyId' }, 'surveyId'),
    comments: sibling('comments', { limit: '10' }),
  };
  return { summary: summary.href, ...urls };
}

interface FilterChoices {
  surveys: readonly Group[];
  touchpoints: readonly Group[];
  channels: readonly Group[];
}

/** The filter controls: native selects (keyboard, 24 px targets, labels) that apply at once. */
export function renderFilters(
  filters: Filters,
  choices: FilterChoices | undefined,
  m: DashboardMessages,
  change: (next: Filters) => void,
) {
  const select = (key: FilterKey, label: string, groups: readonly Group[] | undefined) => {
    const values = (groups ?? []).map((g) => g.key).filter((k): k is string => !!k);
    const current = filters[key];
    // The chosen value stays listed even when the data no longer holds it.
    if (current && !values.includes(current)) values.unshift(current);
    return html`<label part="filter" class="filter"
      ><span>${label}</span>
      <select
        part="select"
        @change=${(e: Event) => change({ ...filters, [key]: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!current}>${m.all}</option>
        ${[...values].sort().map((v) => html`<option value=${v} ?selected=${v === current}>${v}</option>`)}
      </select></label
    >`;
  };
  return html`<form part="filters" class="filters" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
    ${select('surveyId', m.survey, choices?.surveys)} ${select('touchpoint', m.touchpoint, choices?.touchpoints)}
    ${select('channel', m.channel, choices?.channels)}
    <label part="filter" class="filter"
      ><span>${m.period}</span>
      <select
        part="select"
        @change=${(e: Event) => change({ ...filters, period: (e.target as HTMLSelectElement).value as Period })}
      >
        ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === filters.period}>${m.periods[p]}</option>`)}
      </select></label
    >
  </form>`;
}
