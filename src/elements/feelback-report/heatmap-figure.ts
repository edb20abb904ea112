import { html } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { Balance, NpsCategory } from '../../schema/response.js';
import type { Summary } from '../../scores/summary.js';

/** Shades of a cell: 0 (none of its row) … 4 (all of it). */
const LEVELS = 4;

/**
 * The NPS × emotion-balance table as a heat map: each cell is shaded by its share of its row (what
 * promoters, passives, detractors felt), and keeps its count as text, so the colour never carries the
 * numbers alone. The table is the picture: visible, and read as it is.
 */
export function heatmapTable(s: Summary, m: Messages['report'], count: (x: unknown) => string) {
  const cells = (c: NpsCategory) => Balance.options.map((b) => +s.crosstab[c][b] || 0);
  return html`<table part="table heatmap" class="table heatmap">
    <thead>
      <tr>
        <th scope="col">NPS</th>
        ${Balance.options.map((b) => html`<th scope="col">${m.balances[b]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${NpsCategory.options.map((c) => {
        const row = cells(c);
        const total = row.reduce((a, b) => a + b, 0);
        return html`<tr>
          <th scope="row">${m.categories[c]}</th>
          ${row.map((x, i) => {
            const level = total > 0 ? Math.round((x / total) * LEVELS) : 0;
            return html`<td part="cell" class="heat-${level}" data-balance=${Balance.options[i]!}>
              ${count(s.crosstab[c][Balance.options[i]!])}
            </td>`;
          })}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
