import { css } from 'lit';

export const worklistStyles = css`
  :host {
    max-width: var(--feelback-max-width, 48rem);
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
  }
  .failed {
    color: var(--_error);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .case {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .case h3 {
    margin: 0;
    font-size: 1em;
  }
  .meta,
  .consent {
    margin: 0;
    color: var(--_muted);
  }
  .consent.none {
    color: var(--_error);
    font-weight: 600;
  }
  .comment {
    margin: 0;
    padding-inline-start: var(--_gap);
    border-inline-start: 3px solid var(--_border);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_gap) / 2) var(--_gap);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
  }
  label {
    display: flex;
    flex-direction: column;
    flex: 1 1 12rem;
  }
  input,
  button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
  }
  input {
    padding: 0 var(--_gap);
    border: 1px solid var(--_border);
  }
  button {
    padding: 0 calc(var(--_gap) * 2);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
