import { css } from 'lit';

export const choiceStyles = css`
  .hint,
  .status,
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* One option a row: long labels (the motivators, in Dutch) wrap inside their box at 320 px. */
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    margin: var(--_gap) 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option span {
    min-width: 0;
  }
  .option:hover,
  .option:has(input:checked) {
    border-color: var(--_accent);
  }
  /* A thicker border as well as the tick: forced-colours mode keeps borders. */
  .option:has(input:checked) {
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] .option {
    border-color: var(--_error);
  }
  .other {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: var(--_gap);
  }
  .other input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  .other input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
