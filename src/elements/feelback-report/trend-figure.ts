import { html, nothing, svg } from 'lit';
import type { ChangeWords, DashboardMessages } from './dashboard-messages.js';
import type { TrendReply } from './dashboard-task.js';
import { chart, table, type Formats } from './figures.js';

/** Height of a −100 … 100 score in the chart's 100 × 100 box (SVG y grows downwards). */
const y = (score: number) => 50 - score / 2;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Path runs through the points that have a value: a period nobody answered breaks the line. */
function line(values: readonly (number | null)[], x: (i: number) => number) {
  let d = '';
  let open = false;
  values.forEach((v, i) => {
    if (!finite(v)) return void (open = false);
    d += `${open ? 'L' : 'M'}${x(i)} ${y(v)}`;
    // A zero-length segment with a round cap draws a dot, also for a lone point between gaps.
    d += 'h0';
    open = true;
  });
  return d;
}

/** The interval band: one closed shape per run of periods with answers, upper edge out, lower edge back. */
function band(intervals: readonly ([number, number] | null)[], x: (i: number) => number) {
  const runs: [number, [number, number]][][] = [[]];
  intervals.forEach((ci, i) => (ci ? runs[runs.length - 1]!.push([i, ci]) : runs.push([])));
  return runs
    .filter((run) => run.length > 0)
    .map((run) => {
      // A single period draws a narrow bar rather than nothing.
      const pad = run.length === 1 ? 0.5 : 0;
      const upper = run.map(([i, [, hi]], k) => `${k ? 'L' : 'M'}${x(i) - pad} ${y(hi)}`).join('');
      const lower = [...run].reverse().map(([i, [lo]]) => `L${x(i) + pad} ${y(lo)}`);
      return `${upper}${pad ? `L${x(run[0]![0]) + pad} ${y(run[0]![1][1])}` : ''}${lower.join('')}Z`;
    })
    .join('');
}

/** The note on the last change, in words, from the trend's `change` (CONTRACT §10). */
export function changeWords(trend: TrendReply, f: Formats): ChangeWords | null {
  const c = trend.change?.nps;
  if (!c || !finite(c.difference)) return null;
  const points = Math.round(c.difference);
  const p = finite(c.p) ? (c.p < 0.001 ? `< ${f.p(0.001)}` : `= ${f.p(c.p)}`) : null;
  return {
    points: f.count(Math.abs(points)),
    direction: points > 0 ? 'rose' : points < 0 ? 'fell' : 'same',
    interval: trend.interval,
    p,
    significant: c.significant === true,
  };
}

/** The NPS by period with its 95 % interval band, and the Emotion Score line, with a table and a note. */
export function trendFigure(trend: TrendReply, m: DashboardMessages, f: Formats, lang: string) {
  const points = trend.points;
  const x = (i: number) => (points.length > 1 ? (i / (points.length - 1)) * 100 : 50);
  const nps = points.map((p) => p.summary.nps.score);
  const emotion = points.map((p) => p.summary.emotion.score);
  const intervals = points.map((p) => (Array.isArray(p.summary.nps.ci95) ? p.summary.nps.ci95 : null));
  const date = new Intl.DateTimeFormat(lang, {
    day: trend.interval === 'month' ? undefined : 'numeric',
    month: 'short',
    year: trend.interval === 'month' ? 'numeric' : undefined,
    timeZone: 'UTC',
  });
  const when = (iso: string) => date.format(new Date(iso));
  const n = points.reduce((sum, p) => sum + p.summary.n, 0);
  const swatch = (cls: string) =>
    html`<svg class="swatch" viewBox="0 0 16 16">${svg`<path class=${cls} d="M0 8h16" />`}</svg>`;
  return html`<figure part="figure trend" class="figure wide">
    <figcaption part="caption" class="caption">${m.trend} <span part="n" class="n">n = ${f.count(n)}</span></figcaption>
    ${chart(
      html`<div class="plot">
          <div class="y-axis"><span>${f.score(100)}</span><span>${f.score(0)}</span><span>${f.score(-100)}</span></div>
          <svg part="trend-chart" class="trend-chart" viewBox="0 0 100 100" preserveAspectRatio="none">
            ${svg`<path part="band" class="band" d=${band(intervals, x)} />
              <path class="zero" d="M0 50H100" />
              <path part="nps-line" class="nps-line" d=${line(nps, x)} />
              <path part="emotion-line" class="emotion-line" d=${line(emotion, x)} />`}
          </svg>
        </div>
        <div part="axis" class="axis">
          ${points.length ? html`<span>${when(points[0]!.start)}</span><span>${when(points.at(-1)!.start)}</span>` : nothing}
        </div>
        <div part="legend" class="legend">
          <span part="key" class="key">${swatch('nps-line')}${m.nps}</span>
          <span part="key" class="key"><svg class="swatch">${svg`<rect class="band" />`}</svg>${m.interval}</span>
          <span part="key" class="key">${swatch('emotion-line')}${m.emotionScore}</span>
        </div>`,
    )}
    <p part="note" class="note">${m.change(changeWords(trend, f))}</p>
    ${table(
      [m.periodStart[trend.interval], 'n', m.nps, m.interval, m.emotionScore],
      points.map((p, i) => [
        when(p.start),
        f.count(p.summary.n),
        f.score(nps[i]),
        intervals[i] ? `${f.decimal(intervals[i][0])} – ${f.decimal(intervals[i][1])}` : '–',
        f.score(emotion[i]),
      ]),
    )}
  </figure>`;
}
