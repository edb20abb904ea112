import { css } from 'lit';

export const surveyStyles = css`
  :host {
    max-width: var(--feelback-max-width, 40rem);
  }
  .title:focus {
    outline: none;
  }
  .questions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 3);
  }
  .contact {
    display: flex;
    gap: var(--_gap);
    align-items: center;
    min-height: 2.5rem;
    cursor: pointer;
  }
  .contact input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    gap: var(--_gap);
    align-items: center;
    flex-wrap: wrap;
  }
  .progress {
    color: var(--_muted);
    margin-inline-end: auto;
  }
  button {
    min-height: 2.75rem;
    min-width: 6rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .submit,
  .next {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .back {
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  button:focus-visible,
  .contact input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .status:not(:empty) {
    padding: var(--feelback-padding, 1rem);
    border-radius: var(--_radius);
    background: var(--feelback-thanks-background, light-dark(#eef6ee, #1a2e22));
  }
  .status.failed:not(:empty) {
    background: var(--feelback-error-background, light-dark(#fdecea, #3d1f1c));
    color: var(--_error);
  }
  .status:focus {
    outline: none;
  }
`;
