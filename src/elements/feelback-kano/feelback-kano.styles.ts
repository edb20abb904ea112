import { css } from 'lit';

/** Two groups of five labelled radios, one per line: the labels are words, too long to sit side by side at 320 px. */
export const kanoStyles = css`
  .group + .group {
    margin-block-start: calc(var(--_gap) * 2);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-height: 2.5rem;
    padding: 0.25rem var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  /* A thicker border as well as the check: forced-colours mode drops backgrounds, not borders. */
  .option:has(input:checked) {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  [aria-invalid='true'] .option {
    border-color: var(--_error);
  }
`;
