/**
 * The report's figures of the instruments of CONTRACT §9: a bar per choice option, the Kano better/worse
 * plot with its table, a bar per statement. Each picture is hidden from assistive technology, which reads a
 * table instead. Kept apart from `figures.ts`, which draws the core scores.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { PRESETS } from '../../schema/presets.js';
import type { KanoCategory, KanoSummary } from '../../scores/kano.js';
import type { Summary } from '../../scores/summary.js';
import { labelIn } from '../feelback-choice/options.js';
import { chart, table } from './figures.js';
import { isObject } from './summary-shape.js';

export interface InstrumentContext {
  /** All messages of the report's language: the figures' own and the report's shared texts. */
  m: Messages;
  lang: string;
}

/** The entries of a part of the summary; a summary from an older collector may lack it. */
const entries = <T>(x: unknown): [string, T][] =>
  isObject(x) ? Object.entries(x as Record<string, T>).filter(([, v]) => isObject(v)) : [];
const fraction = (x: unknown) => (typeof x === 'number' && x > 0 ? Math.min(x, 1) : 0);
const percent = (f: number) => `${f * 100}%`;

/** The answer categories of the Kano table, in the order of the evaluation table's legend. */
const KANO: readonly KanoCategory[] = ['A', 'O', 'M', 'I', 'R', 'Q'];

/** A preset's label for an answer value (the summary carries ids only), else the id itself. */
function presetLabel(id: string, lang: string): string {
  for (const preset of PRESETS.values()) {
    const item = preset.items.find((i) => i.id === id);
    if (item) return labelIn({ ...item.label }, lang);
  }
  return id;
}

/** A labelled bar whose width is a share: the same parts and classes as the core figures' rows. */
const row = (label: string, value: string, share: unknown) =>
  html`<div part="row" class="row">
    <span part="label">${label}</span><span part="value">${value}</span>
    <svg part="track" class="track"><rect part="bar" class="bar" width=${percent(fraction(share))} /></svg>
  </div>`;

/**
 * The Kano plot: x the worse coefficient's magnitude, y the better coefficient, both 0 … 1, split at ½ into
 * the four quadrants a feature falls in; each feature a numbered point, its number the row of the table.
 * Geometry in attributes only (no `style`), as the core figures, for a CSP without 'unsafe-inline'.
 */
function kanoPlot(features: readonly [string, KanoSummary][], m: Messages['reportInstruments']) {
  // A 172-unit square, room on the left for the better axis and below for the worse axis.
  const side = 172;
  const x = (worse: number) => 22 + worse * side;
  const y = (better: number) => 6 + (1 - better) * side;
  const [left, centre, right] = [x(0), x(0.5), x(1)];
  const [top, middle, bottom] = [y(1), y(0.5), y(0)];
  const quadrants: [KanoCategory, number, number, string][] = [
    ['A', left + 4, top + 12, 'start'],
    ['O', right - 4, top + 12, 'end'],
    ['I', left + 4, bottom - 6, 'start'],
    ['M', right - 4, bottom - 6, 'end'],
  ];
  return svg`<svg part="plot" class="plot" viewBox="0 0 200 200">
    <path class="plot-area" d="M${left} ${top}H${right}V${bottom}H${left}Z" />
    <path part="quadrant" class="quadrant" d="M${centre} ${top}V${bottom}M${left} ${middle}H${right}" />
    ${quadrants.map(
      ([c, qx, qy, anchor]) =>
        svg`<text part="quadrant-label" class="quadrant-label" x=${qx} y=${qy} text-anchor=${anchor}>${m.categories[c]} (${c})</text>`,
    )}
    <text class="axis-label" x=${centre} y="198" text-anchor="middle">${m.worse}</text>
    <text class="axis-label" x=${left} y="198" text-anchor="middle">0</text>
    <text class="axis-label" x=${right} y="198" text-anchor="middle">−1</text>
    <text class="axis-label" x="12" y=${middle} text-anchor="middle" transform="rotate(-90 12 ${middle})">${m.better}</text>
    <text class="axis-label" x="12" y=${bottom} text-anchor="middle">0</text>
    <text class="axis-label" x="12" y=${top + 6} text-anchor="middle">1</text>
    ${features.map(([, k], i) => {
      if (typeof k.better !== 'number' || typeof k.worse !== 'number') return nothing;
      const [px, py] = [x(fraction(Math.abs(k.worse))), y(fraction(k.better))];
      return svg`<g part="point" class="point">
        <circle cx=${px} cy=${py} r="7" />
        <text x=${px} y=${py + 3} text-anchor="middle">${i + 1}</text>
      </g>`;
    })}
  </svg>`;
}

/** The figures of the choice, Kano and statements parts of a summary; nothing for a summary without them. */
export function renderInstrumentFigures(s: Summary, { m: all, lang }: InstrumentContext): TemplateResult {
  const m = all.reportInstruments;
  const r = all.report;
  const number = (options?: Intl.NumberFormatOptions) => {
    const f = new Intl.NumberFormat(lang, options);
    return (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? f.format(x) : '–');
  };
  const count = number();
  const decimal = number({ maximumFractionDigits: 1 });
  const coefficient = number({ maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const share = number({ style: 'percent' });

  const figure = (name: string, caption: string, n: unknown, body: unknown) =>
    html`<figure part="figure ${name}" class="figure">
      <figcaption part="caption" class="caption">${caption} <span part="n" class="n">n = ${count(n)}</span></figcaption>
      ${(n as number) > 0 ? body : html`<p part="empty" class="empty">${r.empty}</p>`}
    </figure>`;

  const choices = entries<{ n: number; counts: Record<string, number>; shares: Record<string, number> }>(s.choice);
  const choiceFigures = choices.map(([name, c]) => {
    const label = (id: string) => (id === 'other' ? m.other : presetLabel(id, lang));
    // Most chosen first; "other" last, as the question shows it.
    const options = Object.entries(isObject(c.counts) ? c.counts : {}).sort(
      ([a, x], [b, y]) => +(a === 'other') - +(b === 'other') || y - x || (a < b ? -1 : 1),
    );
    const shareOf = (id: string) => (isObject(c.shares) ? c.shares[id] : undefined);
    return figure('choice', m.choice(name), c.n, [
      chart(options.map(([id, k]) => row(label(id), `${count(k)} (${share(shareOf(id))})`, shareOf(id)))),
      table(
        [m.option, r.count, r.share],
        options.map(([id, k]) => [label(id), count(k), share(shareOf(id))]),
      ),
    ]);
  });

  const features = entries<KanoSummary>(s.kano);
  const abbr = (c: KanoCategory) =>
    html`<span aria-hidden="true">${c}</span><span class="visually-hidden">${m.categories[c]}</span>`;
  const kanoFigure = features.length
    ? figure(
        'kano',
        m.kano,
        features.reduce((sum, [, k]) => sum + (+k.n || 0), 0),
        [
          chart(kanoPlot(features, m)),
          // Visible: the counts behind each point are worth reading for everyone. Scrolls at 320 px.
          html`<div class="scroll" tabindex="0" role="region" aria-label=${m.kano}>
            ${table(
              [m.feature, ...KANO.map(abbr), m.category, m.better, m.worse],
              features.map(([name, k], i) => [
                `${i + 1}. ${k.feature ?? name}`,
                ...KANO.map((c) => count(isObject(k.counts) ? k.counts[c] : undefined)),
                k.category && KANO.includes(k.category) ? `${m.categories[k.category]} (${k.category})` : '–',
                coefficient(k.better),
                coefficient(k.worse),
              ]),
              false,
            )}
          </div>`,
        ],
      )
    : nothing;

  const batteries = entries<Record<string, { n: number; mean: number; agreeShare: number }>>(s.statements);
  const statementFigures = batteries.map(([name, battery]) => {
    const items = entries<{ n: number; mean: number; agreeShare: number }>(battery);
    const n = items.reduce((max, [, x]) => Math.max(max, +x.n || 0), 0);
    return figure('statements', m.statements(name), n, [
      chart(
        items.map(([id, x]) =>
          row(presetLabel(id, lang), `${decimal(x.mean)} · ${share(x.agreeShare)} ${m.agree}`, x.agreeShare),
        ),
      ),
      table(
        [m.statement, 'n', m.mean, m.agree],
        items.map(([id, x]) => [presetLabel(id, lang), count(x.n), decimal(x.mean), share(x.agreeShare)]),
      ),
    ]);
  });

  return html`${choiceFigures}${kanoFigure}${statementFigures}`;
}
