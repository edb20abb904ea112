import { css } from 'lit';

export const reportStyles = css`
  :host {
    --_promoter: var(--feelback-promoter, light-dark(#1a7f37, #3fb950));
    --_passive: var(--feelback-passive, light-dark(#6e7781, #8b949e));
    --_detractor: var(--feelback-detractor, light-dark(#b3261e, #ff7b72));
    --_positive: var(--feelback-positive, light-dark(#1a7f37, #3fb950));
    --_negative: var(--feelback-negative, light-dark(#b3261e, #ff7b72));
    --_track: var(--feelback-track, light-dark(#eaeef2, #30363d));
    max-width: var(--feelback-max-width, 40rem);
    /* Long Dutch words (Criticasters, Aangenaam verrast) break rather than widen a 320 px screen. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .report {
    position: relative;
  }
  .message {
    margin: 0;
  }
  /* Kept in the tree while empty, so screen readers hear it when text arrives; the gap is not needed. */
  .message:empty {
    margin-block-start: calc(var(--_gap) * -3);
  }
  .failed {
    color: var(--_error);
  }
  .figure,
  .chart {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
  }
  .caption {
    font-weight: 600;
  }
  .n,
  .axis,
  .empty {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  .n {
    white-space: nowrap;
  }
  .chart p,
  .empty {
    margin: 0;
  }
  .score {
    margin: 0;
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
  }
  .chart,
  .table {
    font-variant-numeric: tabular-nums;
  }
  /* The pictures are SVG fills, which forced-colours mode would flatten into one colour. */
  svg {
    display: block;
    width: 100%;
    overflow: visible;
    forced-color-adjust: none;
  }
  /* Right to left, a scale runs from the right like its axis labels (the pictures hold no text). */
  svg:dir(rtl) {
    scale: -1 1;
  }
  rect {
    height: 100%;
    fill: var(--_accent);
  }
  .track {
    height: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_track);
  }
  .marker {
    y: -25%;
    width: 4px;
    height: 150%;
    transform: translateX(-2px);
    fill: var(--_text);
    stroke: var(--_bg);
  }
  .axis,
  .row {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.25rem var(--_gap);
  }
  .row .track {
    flex-basis: 100%;
  }
  .split {
    height: 1.5rem;
    border-radius: var(--_radius);
    background: var(--_track);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.375em;
    vertical-align: -0.125em;
  }
  .swatch rect {
    width: 100%;
  }
  .promoters {
    fill: var(--_promoter);
  }
  /* Never colour alone: passives are striped, and the legend names every segment with its numbers. */
  .passives {
    fill: url(#stripes);
  }
  pattern rect {
    fill: var(--_passive);
  }
  .detractors {
    fill: var(--_detractor);
  }
  .positive {
    fill: var(--_positive);
  }
  .negative {
    fill: var(--_negative);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem;
    /* Columns as wide as their longest syllable: headers break at their soft hyphens, not inside them. */
    overflow-wrap: break-word;
    border-block-end: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  th:first-child {
    text-align: start;
  }
`;
