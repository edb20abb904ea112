import { css } from 'lit';

/**
 * Shared by every element. Host pages restyle through these tokens and through parts; nothing else
 * inherits in (shadow DOM), so a host's `label { … }` rules cannot break the layout.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--feelback-accent, #0b57d0);
    --_on-accent: var(--feelback-on-accent, #fff);
    --_text: var(--feelback-text, #1f2328);
    --_muted: var(--feelback-muted, #57606a);
    --_bg: var(--feelback-background, #fff);
    --_border: var(--feelback-border, #6e7781);
    --_error: var(--feelback-error, #b3261e);
    --_radius: var(--feelback-radius, 6px);
    --_gap: var(--feelback-gap, 0.5rem);
    display: block;
    color: var(--_text);
    font: var(--feelback-font, inherit);
    min-width: 0;
  }
  /* !important: a host page rule such as feelback-nps { display: flex } must not un-hide a step. */
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .question {
    margin: 0 0 var(--_gap);
    font-weight: 600;
  }
  .question:focus {
    outline: none;
  }
  .question:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    color: var(--_error);
    margin: var(--_gap) 0 0;
    font-size: 0.9em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The frame of the survey's form and of the report: one column in a bordered box, and its title. */
export const frameStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 3);
    padding: var(--feelback-padding, 1rem);
    border: 1px solid var(--feelback-frame, #d0d7de);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
`;
