import { css } from 'lit';

export const commentStyles = css`
  textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_gap);
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
`;
