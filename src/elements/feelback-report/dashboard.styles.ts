import { css } from 'lit';

/** The dashboard's layout (a grid that reflows to one column), its own pictures, the heat map and print. */
export const dashboardStyles = css`
  :host([dashboard]) {
    max-width: var(--feelback-max-width, 80rem);
  }
  /* The status line keeps its height: the filters and figures under it never move when it empties. */
  .dashboard .message {
    min-height: 1lh;
  }
  .dashboard .message:empty {
    margin-block-start: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) calc(var(--_gap) * 2);
  }
  .filter {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    font-size: 0.875em;
  }
  select,
  .more {
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .more {
    align-self: start;
    cursor: pointer;
  }
  select:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /*
   * As many columns of at least 20rem as fit, one at 320 px. At least a screen tall from the start, so
   * whatever follows the report on the page is out of view before the figures arrive and never seen moving.
   */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: calc(var(--_gap) * 4);
    align-items: start;
    min-height: 100vh;
  }
  .wide {
    grid-column: 1 / -1;
  }
  /*
   * The tables behind the pictures are for screen readers only: laid out within their clipped box, so a
   * five-column trend table never reaches past a 320 px screen.
   */
  .dashboard .visually-hidden > .table {
    table-layout: fixed;
  }
  .placeholder {
    height: 16rem;
    border-radius: var(--_radius);
    background: var(--_track);
  }
  .placeholder.trend {
    height: 22rem;
  }
  .placeholder.comments {
    height: 12rem;
  }
  .plot {
    display: flex;
    gap: var(--_gap);
  }
  .y-axis {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.875em;
    text-align: end;
  }
  svg.trend-chart {
    flex: 1;
    height: 12rem;
    border-block: 1px solid var(--_track);
  }
  .trend-chart path,
  .swatch path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .zero {
    stroke: var(--_border);
    stroke-width: 1;
  }
  /* Never colour alone: the NPS is a solid line, the Emotion Score a dashed one; the legend says which. */
  .nps-line {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .emotion-line {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .trend-chart .band,
  .swatch .band {
    fill: color-mix(in srgb, var(--_accent) 20%, transparent);
    stroke: none;
  }
  .note {
    margin: 0;
  }
  .row.chosen {
    font-weight: 700;
  }
  .row .picture {
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.375em;
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    display: inline-block;
  }
  /* The heat map's shades: light enough that the count on each keeps its contrast. */
  .heatmap td {
    background: color-mix(in srgb, var(--_accent) var(--_heat, 0%), var(--_bg));
  }
  .heatmap .heat-1 {
    --_heat: 10%;
  }
  .heatmap .heat-2 {
    --_heat: 20%;
  }
  .heatmap .heat-3 {
    --_heat: 30%;
  }
  .heatmap .heat-4 {
    --_heat: 40%;
  }
  .comment-list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .comment p {
    margin: 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .comment-text {
    white-space: pre-line;
  }
  h3.caption {
    margin: 0;
    font-size: 1em;
  }
  @media print {
    .filters,
    .more,
    .placeholder {
      display: none;
    }
    .grid {
      display: block;
      min-height: 0;
    }
    .grid > * {
      margin-block-end: calc(var(--_gap) * 4);
      break-inside: avoid;
    }
    svg,
    .heatmap td {
      print-color-adjust: exact;
    }
  }
`;
