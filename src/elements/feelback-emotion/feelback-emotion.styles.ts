import { css } from 'lit';

export const emotionStyles = css`
  .hint,
  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* auto-fill columns: two at 320 px, more on wider screens; no horizontal scroll. */
  .emotions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 6.75rem), 1fr));
    gap: 0.375rem;
    margin: var(--_gap) 0;
  }
  /* Picture above the label, the checkbox in the corner: long Dutch words fit two columns at 320 px. */
  .emotion {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    line-height: 1.2;
    text-align: center;
    overflow-wrap: break-word;
  }
  .emotion.none {
    grid-column: 1 / -1;
  }
  /* Without a picture the text sits beside the checkbox. */
  .emotion:not(:has(svg)) {
    align-items: start;
    padding-inline-start: 2.25rem;
    text-align: start;
  }
  .emotion:hover,
  .emotion:has(input:checked) {
    border-color: var(--_accent);
  }
  .emotion:has(input:checked) {
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .emotion:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Red only when nothing is chosen; a missing intensity marks its own scale. */
  [aria-invalid='true']:not(:has(:checked)) .emotion {
    border-color: var(--_error);
  }
  .emotion input {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .picture {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .intensity {
    margin-block-start: var(--_gap);
  }
  .strength {
    margin: 0 0 0.25rem;
  }
  .intensity .option {
    max-width: 3.5rem;
  }
`;
