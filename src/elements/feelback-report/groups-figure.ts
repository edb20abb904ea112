import { html } from 'lit';
import type { DashboardMessages } from './dashboard-messages.js';
import type { Group } from './dashboard-task.js';
import { axis, bar, chart, onScale, table, type Formats } from './figures.js';

export interface GroupsView {
  name: 'touchpoints' | 'channels';
  caption: string;
  /** The table's first column: what a group is. */
  column: string;
  groups: readonly Group[];
  /** The value the filters chose, if any. */
  chosen: string | undefined;
}

/**
 * The NPS of each touchpoint or channel with its 95 % interval on one −100 … 100 scale, so that two groups
 * are compared by their intervals, not by their scores alone. Largest group first, as the collector sends
 * them; the group the filters chose is set in bold.
 */
export function groupsFigure(
  { name, caption, column, groups, chosen }: GroupsView,
  m: DashboardMessages & { empty: string },
  f: Formats,
) {
  const n = groups.reduce((sum, g) => sum + g.summary.nps.n, 0);
  const label = (g: Group) => g.key ?? m.none;
  const interval = (g: Group) => {
    const ci = g.summary.nps.ci95;
    return Array.isArray(ci) ? `${f.decimal(ci[0])} – ${f.decimal(ci[1])}` : '–';
  };
  return html`<figure part="figure groups ${name}" class="figure">
    <figcaption part="caption" class="caption">${caption} <span part="n" class="n">n = ${f.count(n)}</span></figcaption>
    ${
      groups.length === 0
        ? html`<p part="empty" class="empty">${m.empty}</p>`
        : [
            chart(
              html`${groups.map((g) => {
                const ci = Array.isArray(g.summary.nps.ci95) ? g.summary.nps.ci95 : null;
                return html`<div part="row" class=${g.key === chosen ? 'row chosen' : 'row'}>
                  <span part="label">${label(g)}</span
                  ><span part="value">${f.score(g.summary.nps.score)} (n = ${f.count(g.summary.nps.n)})</span>
                  ${ci ? bar(onScale(ci[0]), onScale(ci[1]), 'interval', onScale(g.summary.nps.score)) : bar(0, 0)}
                </div>`;
              })}
              ${axis(f.score(-100), f.score(0), f.score(100))}`,
            ),
            table(
              [column, 'n', m.nps, m.interval],
              groups.map((g) => [label(g), f.count(g.summary.nps.n), f.score(g.summary.nps.score), interval(g)]),
            ),
          ]
    }
  </figure>`;
}
