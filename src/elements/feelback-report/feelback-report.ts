import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emitError } from '../../events.js';
import { emotionLabel, messages, resolveLang, speakers, type Lang, type LabelledEmotion } from '../../i18n/index.js';
import { addTexts } from '../../i18n/index.js';
import { summarize } from '../../scores/summarize.js';
import type { Summarizable, Summary } from '../../scores/summary.js';
import { CORE_EMOTIONS } from '../../schema/core-emotions.js';
import { baseStyles, frameStyles } from '../shared/styles.js';
import { renderDashboard } from './dashboard-view.js';
import { DashboardTask, type Board } from './dashboard-task.js';
import { renderFigures } from './figures.js';
import { renderInstrumentFigures } from './instrument-figures.js';
import { instrumentStyles } from './instrument-figures.styles.js';
import { renderRecovery } from './recovery-figure.js';
import { boardUrls, readFilters, writeFilters, type Filters } from './filters.js';
import { reportStyles } from './feelback-report.styles.js';
import { dashboardStyles } from './dashboard.styles.js';
import { reportTexts } from './texts.js';
import { isSummary } from './summary-shape.js';
import { SummaryTask } from './summary-task.js';

// Its texts come with its chunk (addTexts).
addTexts(reportTexts);

/**
 * @tagname feelback-report
 * @summary Aggregated scores as pictures, each with a table for screen readers: NPS with its 95 % interval and the promoter/passive/detractor split, Emotion Score, strong feelings, emotion frequencies, NPS × emotion balance, effort. With `dashboard`: also the weekly trend with a significance note, touchpoints and channels side by side, comments and filters kept in the page's URL.
 *
 * @event {CustomEvent<FeelbackErrorDetail>} feelback-error - `{ code: 'config', message }`: `src` could not be loaded as a summary, or `summary`/`responses` are unusable, or (dashboard) the trend, groups or comments beside `src` could not be read.
 *
 * @csspart report - The region holding the whole report; `aria-busy` while `src` loads.
 * @csspart title - The visible title, the region's name.
 * @csspart message - The status line: loading, or why the report cannot be shown.
 * @csspart figure - One figure; also `nps`, `emotion-score`, `strong`, `emotions`, `crosstab` or `effort`.
 * @csspart nps - The NPS figure (together with `figure`).
 * @csspart emotion-score - The Emotion Score figure (together with `figure`).
 * @csspart strong - The figure of strongly positive and strongly negative shares (together with `figure`).
 * @csspart emotions - The emotion frequencies figure (together with `figure`).
 * @csspart crosstab - The NPS × emotion-balance figure (together with `figure`).
 * @csspart effort - The effort figure (together with `figure`).
 * @csspart choice - A choice question's figure, bars per option (together with `figure`).
 * @csspart kano - The Kano figure: the better/worse plot and its table (together with `figure`).
 * @csspart statements - A statements question's figure, bars per statement (together with `figure`).
 * @csspart plot - The Kano plot: x the worse coefficient's magnitude, y the better coefficient.
 * @csspart quadrant - The lines splitting the Kano plot into its four quadrants.
 * @csspart quadrant-label - A quadrant's category name.
 * @csspart point - A feature on the Kano plot, numbered as its row in the table.
 * @csspart recovery - The recovery figure of a collector's summary: cases, their states, hours to first contact (together with `figure`).
 * @csspart caption - A figure's caption.
 * @csspart n - How many answers a figure counts.
 * @csspart chart - The pictures of a figure (hidden from screen readers, which read its table).
 * @csspart score - A figure's main number; `–` when nobody answered.
 * @csspart empty - "No answers yet".
 * @csspart label - A text inside a chart.
 * @csspart value - A number inside a chart.
 * @csspart track - The background of a bar or scale.
 * @csspart bar - A filled bar; also `positive` or `negative` where it has a valence.
 * @csspart positive - A positive bar (together with `bar`).
 * @csspart negative - A negative bar (together with `bar`).
 * @csspart interval - The NPS 95 % interval on its −100 … 100 scale.
 * @csspart marker - The NPS score on its scale.
 * @csspart axis - The end labels under a scale.
 * @csspart row - One labelled bar (an emotion, a share).
 * @csspart split - The stacked promoter/passive/detractor bar.
 * @csspart promoters - Promoters in the split.
 * @csspart passives - Passives in the split (striped).
 * @csspart detractors - Detractors in the split.
 * @csspart legend - The legend under the split.
 * @csspart key - One legend entry with its count and share.
 * @csspart table - Every table: the visible NPS × emotion-balance table and the charts' text alternatives.
 * @csspart heatmap - The NPS × emotion-balance table (together with `table`), its cells shaded by their share of the row.
 * @csspart cell - A count in the heat map.
 * @csspart picture - The face beside an emotion's bar.
 * @csspart filters - (dashboard) The filter controls.
 * @csspart filter - (dashboard) One filter: its label and select.
 * @csspart select - (dashboard) A filter's select.
 * @csspart grid - (dashboard) The grid of figures.
 * @csspart placeholder - (dashboard) A figure's reserved space while it loads.
 * @csspart trend - (dashboard) The trend figure (together with `figure`).
 * @csspart trend-chart - (dashboard) The trend's picture.
 * @csspart band - (dashboard) The NPS 95 % interval band of the trend.
 * @csspart nps-line - (dashboard) The NPS line of the trend.
 * @csspart emotion-line - (dashboard) The Emotion Score line of the trend (dashed).
 * @csspart note - (dashboard) The note on the last change and whether it can be chance.
 * @csspart groups - (dashboard) A comparison of groups (together with `figure` and `touchpoints` or `channels`).
 * @csspart touchpoints - (dashboard) NPS by touchpoint.
 * @csspart channels - (dashboard) NPS by channel.
 * @csspart comments - (dashboard) The comments (together with `figure`).
 * @csspart comment-list - (dashboard) The list of comments.
 * @csspart comment - (dashboard) One comment.
 * @csspart comment-meta - (dashboard) When and where a comment came from.
 * @csspart more - (dashboard) The button that fetches more comments.
 *
 * @cssproperty --feelback-accent - Colour of bars.
 * @cssproperty --feelback-font - Font of the report (default: inherited from the page).
 * @cssproperty --feelback-radius - Corner radius of the frame and the bars.
 * @cssproperty --feelback-max-width - Widest the report grows (40rem; a dashboard 80rem).
 * @cssproperty --feelback-promoter - Promoters in the split.
 * @cssproperty --feelback-passive - Passives in the split.
 * @cssproperty --feelback-detractor - Detractors in the split.
 * @cssproperty --feelback-positive - Positive Emotion Score and strongly positive share.
 * @cssproperty --feelback-negative - Negative Emotion Score and strongly negative share.
 * @cssproperty --feelback-track - Background of bars and scales.
 * @cssproperty --feelback-text - Text colour; also fills the NPS marker.
 * @cssproperty --feelback-muted - Colour of secondary text: counts, axes, the status line.
 * @cssproperty --feelback-background - Background of the frame; also outlines the NPS marker.
 * @cssproperty --feelback-border - Rules between table rows.
 * @cssproperty --feelback-error - Colour of the message when the report cannot be shown.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-padding - Inner spacing of the frame.
 * @cssproperty --feelback-frame - Border colour of the frame.
 */
export class FeelbackReport extends LitElement {
  static override styles = [baseStyles, frameStyles, reportStyles, dashboardStyles, instrumentStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    dashboard: { type: Boolean, reflect: true },
    credentials: {},
    heading: {},
    theme: { reflect: true },
    summary: { attribute: false },
    responses: { attribute: false },
    headers: { attribute: false },
    emotions: { attribute: false },
    language: { state: true },
    data: { state: true },
    failed: { state: true },
    filters: { state: true },
    board: { state: true },
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a collector summary (`GET /api/summary`, CONTRACT §7); used when neither `summary` nor `responses` is set. */
  src?: string;

  /**
   * Draws the dashboard: the trend, touchpoints and channels, comments and filter controls besides the
   * summary's figures. Needs `src`: the trend and comments are read beside it (`…/api/summary` →
   * `…/api/trend`, `…/api/comments`), and the filters are kept in the page's URL.
   */
  dashboard = false;

  /** fetch credentials mode for `src`: `omit` `same-origin` `include`. */
  credentials?: RequestCredentials;

  /** Replaces the default visible title. */
  heading?: string;

  /** `light`, `dark`, or `auto` (unset: the visitor's `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';

  /** A summary as `summarize()` returns it; wins over `responses` and `src`. */
  summary?: Summary;

  /** Responses to summarize in the browser; wins over `src`. */
  responses?: readonly Summarizable[];

  /** Extra request headers for `src`, e.g. `Authorization` when the collector has a read token. */
  headers?: Record<string, string>;

  /** The custom emotion set of the survey, for its labels; default the core set. */
  emotions?: readonly LabelledEmotion[];

  private language: Lang = 'en';
  private data?: Summary;
  private failed = false;
  private filters: Filters = { period: 'all' };
  private board?: Board;

  /** Loads `src`; a newer load (or a `summary`/`responses` set meanwhile) wins over an older one. */
  readonly #source = new SummaryTask(this, {
    complete: (summary) => (this.data = summary),
    error: (message) => this.#fail(message),
  });

  /** The dashboard's reads; one that fails is reported and leaves the summary's figures drawn. */
  readonly #board = new DashboardTask(this, {
    complete: (board) => (this.board = board),
    error: (message) => emitError(this, { code: 'config', message }),
  });

  override connectedCallback() {
    super.connectedCallback();
    speakers.add(this);
    this.refreshLanguage();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    speakers.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshLanguage();
  }

  /** Re-read the language (also when a translation is registered). */
  refreshLanguage() {
    this.language = resolveLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A dashboard starts from the filters in the page's URL, so a bookmarked or shared view opens as it was.
    if (changed.has('dashboard') && this.dashboard) this.filters = readFilters(location.search);
    const load = ['summary', 'responses', 'src', 'dashboard', 'filters'] as const;
    if (this.hasUpdated && !load.some((key) => changed.has(key as keyof FeelbackReport))) return;
    this.#source.abort();
    this.#board.abort();
    this.failed = false;
    const { summary, responses, src } = this;
    try {
      if (summary) {
        if (!isSummary(summary)) throw new Error('summary: not a summary (CONTRACT §7)');
        this.data = summary;
      } else if (responses || !src) {
        if (responses && !Array.isArray(responses)) throw new Error('responses: not an array');
        // Every emotion of the set gets its row, also at count 0.
        this.data = summarize(responses ?? [], { emotions: (this.emotions ?? CORE_EMOTIONS).map((e) => e.id) });
      } else if (this.dashboard) {
        const { summary: url, ...urls } = boardUrls(src, document.baseURI, this.filters);
        void this.#source.run(url);
        void this.#board.run(urls);
      } else {
        void this.#source.run(src);
      }
    } catch (error) {
      this.#fail((error as Error).message);
    }
  }

  #fail(message: string) {
    this.failed = true;
    this.data = undefined;
    emitError(this, { code: 'config', message });
  }

  /** A new choice of filters: into the page's URL (replacing, so Back leaves the page), then a new load. */
  #filter = (filters: Filters) => {
    history.replaceState(history.state, '', writeFilters(location.href, filters));
    this.filters = filters;
  };

  #label(id: string): string {
    const emotion = [...(this.emotions ?? []), ...CORE_EMOTIONS].find((e) => e.id === id);
    return emotion?.label ? emotionLabel(emotion, this.language) : id;
  }

  override render() {
    const m = messages(this.language).report;
    const loading = this.#source.status === 'pending' || this.#board.pending;
    const status = this.failed ? m.failed : loading ? m.loading : '';
    const context = { m, lang: this.language, label: (id: string) => this.#label(id) };
    const dashboard = this.dashboard && !!this.src && !this.summary && !this.responses;
    const extras = (data: Summary) => [
      renderInstrumentFigures(data, { m: messages(this.language), lang: this.language }),
      renderRecovery(data, this.language),
    ];
    return html`<section
      part="report"
      class=${dashboard ? 'report frame dashboard' : 'report frame'}
      aria-labelledby="title"
      aria-busy=${String(loading)}
    >
      <h2 part="title" class="title" id="title">${this.heading ?? m.title}</h2>
      <p part="message" class=${this.failed ? 'message failed' : 'message'} role="status">${status}</p>
      ${
        dashboard && !this.failed
          ? renderDashboard({
              ...context,
              data: this.data,
              board: this.board,
              boardFailed: this.#board.failed,
              filters: this.filters,
              loading,
              change: this.#filter,
              more: () => this.board && void this.#board.more(this.board),
              extras,
            })
          : this.data
            ? [renderFigures(this.data, context), extras(this.data)]
            : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-report': FeelbackReport;
  }
}
