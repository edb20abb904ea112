import { css } from 'lit';

/** The Kano plot and its table; the choice and statement bars reuse the core figures' row styles. */
export const instrumentStyles = css`
  .plot {
    max-width: 24rem;
    font-size: 8px;
  }
  .plot-area {
    fill: var(--_track);
    stroke: var(--_border);
  }
  .quadrant {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 3 2;
  }
  .quadrant-label,
  .axis-label {
    fill: var(--_muted);
  }
  .point circle {
    fill: var(--_accent);
    stroke: var(--_bg);
  }
  .point text {
    fill: var(--_on-accent);
    font-weight: 700;
  }
  /* Ten columns do not fit 320 px: the table scrolls within the figure rather than widening the page. */
  .scroll {
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
  }
`;
