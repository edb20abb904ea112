import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { Summary } from '../../scores/summary.js';
import { commentsList } from './comments-list.js';
import { dashboardMessages } from './dashboard-messages.js';
import type { Board } from './dashboard-task.js';
import { formats, renderFigures, type FigureContext } from './figures.js';
import { renderFilters, type Filters } from './filters.js';
import { groupsFigure } from './groups-figure.js';
import { trendFigure } from './trend-figure.js';

export interface DashboardView extends FigureContext {
  data: Summary | undefined;
  board: Board | undefined;
  /** The trend, groups or comments could not be read: their places stay empty rather than wait forever. */
  boardFailed: boolean;
  filters: Filters;
  loading: boolean;
  change: (next: Filters) => void;
  more: () => void;
  /** The figures drawn after the summary's own: choice, Kano, statements, recovery (when the summary has them). */
  extras: (data: Summary) => unknown;
}

/**
 * A slot of the grid while its data loads: as tall as the figure it stands for will be (see the styles),
 * so the figures arrive without moving what is below them.
 */
const slot = (name: string, wide = false) =>
  html`<div part="placeholder" class=${wide ? `placeholder wide ${name}` : `placeholder ${name}`}></div>`;

/**
 * The dashboard: filters, then a grid of figures that reflows from several columns to one. The trend and
 * the comments span the grid; every other figure takes one cell.
 */
export function renderDashboard(v: DashboardView): TemplateResult {
  const d = dashboardMessages(v.lang);
  const f = formats(v.lang);
  const m: Messages['report'] = v.m;
  const { filters } = v;
  // Every figure arrives in the same frame: one that came early would move the placeholders after it.
  const ready = !!v.data && (!!v.board || v.boardFailed);
  const data = ready ? v.data : undefined;
  const board = ready ? v.board : undefined;
  const placeholder = (name: string, wide = false) => (ready ? nothing : slot(name, wide));
  const groups = (name: 'touchpoints' | 'channels', caption: string, column: string, chosen?: string) =>
    board
      ? groupsFigure({ name, caption, column, groups: board[name], chosen }, { ...d, empty: m.empty }, f)
      : placeholder(name);
  return html`${renderFilters(filters, v.board, d, v.change)}
    <div part="grid" class="grid">
      ${board ? trendFigure(board.trend, d, f, v.lang) : placeholder('trend', true)}
      ${groups('touchpoints', d.byTouchpoint, d.touchpoint, filters.touchpoint)}
      ${groups('channels', d.byChannel, d.channel, filters.channel)}
      ${data ? renderFigures(data, v) : ['nps', 'emotion-score', 'strong', 'emotions', 'crosstab', 'effort'].map((n) => slot(n))}
      ${data ? v.extras(data) : nothing}
      ${board ? commentsList(board, d, m, v.lang, v.more, v.loading) : placeholder('comments', true)}
    </div>`;
}
