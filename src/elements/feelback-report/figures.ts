import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { Balance, NpsCategory } from '../../schema/response.js';
import type { Summary } from '../../scores/summary.js';
import { picture } from '../feelback-emotion/pictures.js';
import { heatmapTable } from './heatmap-figure.js';

/** What the figures need besides the summary. */
export interface FigureContext {
  m: Messages['report'];
  lang: string;
  /** The label of an emotion id in the report's language, or the id. */
  label: (id: string) => string;
}

/** The summary's count field of a category (`promoters`), also the part and class of its segment of the split. */
const counted = (c: NpsCategory) => `${c}s` as const;

/** A fraction clamped to 0 … 1; anything that is not a number draws nothing (0). */
const clamp = (x: unknown) => (typeof x === 'number' && x > 0 ? Math.min(x, 1) : 0);
/** Where a −100 … 100 score sits on its scale, as a fraction. */
export const onScale = (x: unknown) => clamp(((x as number) + 100) / 200);
const percent = (f: number) => `${f * 100}%`;

/**
 * A bar on a track from `from` to `to` (fractions, either order), with an optional marker. The pictures are
 * SVG with their geometry in attributes: no `style` attribute, which a CSP without 'unsafe-inline' blocks.
 */
export const bar = (from: number, to: number, parts = 'bar', mark?: number) =>
  html`<svg part="track" class="track">
    <rect part=${parts} class=${parts} x=${percent(Math.min(from, to))} width=${percent(Math.abs(to - from))} />
    ${mark === undefined ? nothing : svg`<rect part="marker" class="marker" x=${percent(mark)} />`}
  </svg>`;

/** Passives are striped: the split never tells its segments apart by colour alone. */
const stripes = svg`<defs>
  <pattern id="stripes" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="2" />
  </pattern>
</defs>`;

export const axis = (...labels: string[]) =>
  html`<div part="axis" class="axis">${labels.map((l) => html`<span>${l}</span>`)}</div>`;

const row = (label: unknown, value: string, share: unknown, parts = 'bar') =>
  html`<div part="row" class="row">
    <span part="label">${label}</span><span part="value">${value}</span>${bar(0, clamp(share), parts)}
  </div>`;

/** The pictures of a figure: visible, hidden from assistive technology, which reads the table instead. */
export const chart = (content: unknown) => html`<div part="chart" class="chart" aria-hidden="true">${content}</div>`;

/**
 * A table with column headers and a row header per row (cells may be templates: an abbreviation with its
 * full name). `hidden`: the text alternative of a chart, for
 * screen readers only; the wrapper clips it (a table itself ignores `overflow`, so it would widen the page).
 */
export function table(head: readonly unknown[], rows: readonly (readonly unknown[])[], hidden = true) {
  const t = html`<table part="table" class="table">
    <thead>
      <tr>
        ${head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([h, ...cells]) =>
          html`<tr>
            <th scope="row">${h}</th>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return hidden ? html`<div class="visually-hidden">${t}</div>` : t;
}

/** The number formats of a language; each shows `–` for anything that is not a finite number. */
export function formats(lang: string) {
  // `–`: an empty set's `null` must never read as a measured 0.
  const format = (options?: Intl.NumberFormatOptions) => {
    const f = new Intl.NumberFormat(lang, options);
    return (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? f.format(x) : '–');
  };
  const two = format({ maximumFractionDigits: 2 });
  const three = format({ maximumFractionDigits: 3 });
  return {
    count: format(),
    decimal: format({ maximumFractionDigits: 1 }),
    score: format({ maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    share: format({ style: 'percent' }),
    shareTenths: format({ style: 'percent', maximumFractionDigits: 1 }),
    // p = 0.02 as the note says it; three decimals below 0.01, where two would round to 0.
    p: (x: number) => (x >= 0.01 ? two(x) : three(x)),
  };
}
export type Formats = ReturnType<typeof formats>;

/** Every figure of the report, in the order of CONTRACT §2. */
export function renderFigures(s: Summary, { m, lang, label }: FigureContext): TemplateResult[] {
  const { count, decimal, score, share } = formats(lang);
  const scoreAxis = () => axis(score(-100), score(0), score(100));

  const figure = (name: string, caption: string, n: unknown, body: () => unknown) =>
    html`<figure part="figure ${name}" class="figure">
      <figcaption part="caption" class="caption">${caption} <span part="n" class="n">n = ${count(n)}</span></figcaption>
      ${
        (n as number) > 0
          ? body()
          : html`<p part="score" class="score" aria-hidden="true">–</p>
              <p part="empty" class="empty">${m.empty}</p>`
      }
    </figure>`;

  const { nps, emotion: e, effort } = s;
  const [lo, hi] = Array.isArray(nps.ci95) ? nps.ci95 : [];
  const interval = `${decimal(lo)} – ${decimal(hi)}`;
  const categories = NpsCategory.options;
  const split = (c: NpsCategory) => `${count(nps[counted(c)])} (${share(nps[counted(c)] / nps.n)})`;
  const widths = categories.map((c) => clamp(nps[counted(c)] / nps.n));
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const emotions = Object.entries(e.byEmotion).sort((a, b) => b[1].count - a[1].count);
  const cells = (c: NpsCategory) => Balance.options.map((b) => s.crosstab[c][b]);
  const strong = [
    [m.strongPositive, e.strongPositiveShare, 'positive'],
    [m.strongNegative, e.strongNegativeShare, 'negative'],
  ] as const;

  return [
    figure('nps', m.nps, nps.n, () => [
      chart(
        html`<p part="score" class="score">${score(nps.score)}</p>
          <p part="label">${m.interval}: ${interval}</p>
          ${bar(onScale(lo), onScale(hi), 'interval', onScale(nps.score))} ${scoreAxis()}
          <svg part="split" class="split">
            ${stripes}
            ${categories.map((c, i) => svg`<rect part=${counted(c)} class=${counted(c)} x=${percent(offsets[i]!)} width=${percent(widths[i]!)} />`)}
          </svg>
          <div part="legend" class="legend">
            ${categories.map(
              (c) =>
                html`<span part="key" class="key"
                  ><svg class="swatch"><rect class=${counted(c)} /></svg>${m.categories[c]} ${split(c)}</span
                >`,
            )}
          </div>`,
      ),
      table(
        [m.measure, m.value],
        [[m.score, score(nps.score)], [m.interval, interval], ...categories.map((c) => [m.categories[c], split(c)])],
      ),
    ]),
    figure('emotion-score', m.emotionScore, e.n, () => [
      chart(
        html`<p part="score" class="score">${score(e.score)}</p>
          ${bar(0.5, onScale(e.score), (e.score ?? 0) < 0 ? 'bar negative' : 'bar positive')} ${scoreAxis()}`,
      ),
      table([m.measure, m.value], [[m.score, score(e.score)]]),
    ]),
    figure('strong', m.strong, e.n, () => [
      chart(strong.map(([l, x, valence]) => row(l, share(x), x, `bar ${valence}`))),
      table(
        [m.measure, m.share],
        strong.map(([l, x]) => [l, share(x)]),
      ),
    ]),
    figure('emotions', m.emotions, e.n, () => [
      chart(
        emotions.map(([id, x]) =>
          row(html`${picture(id)}${label(id)}`, `${count(x.count)} (${share(x.share)})`, x.share),
        ),
      ),
      table(
        [m.emotion, m.count, m.share],
        emotions.map(([id, x]) => [label(id), count(x.count), share(x.share)]),
      ),
    ]),
    // The table is the picture here: visible, and read as it is.
    figure(
      'crosstab',
      m.crosstab,
      categories.flatMap(cells).reduce((sum, x) => sum + (+x || 0), 0),
      () => heatmapTable(s, m, count),
    ),
    figure('effort', m.effort, effort.n, () => [
      chart(
        html`<p part="score" class="score">${decimal(effort.mean)}</p>
          <p part="label">${m.mean}</p>
          ${bar(0, clamp((effort.mean! - 1) / 6))} ${axis('1', '7')}
          ${row(m.agree, share(effort.agreeShare), effort.agreeShare)}`,
      ),
      table(
        [m.measure, m.value],
        [
          [m.mean, decimal(effort.mean)],
          [m.agree, share(effort.agreeShare)],
        ],
      ),
    ]),
  ];
}
