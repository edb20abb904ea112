import { css } from 'lit';

/**
 * Shared by every element. Host pages restyle through these tokens and through parts; nothing else
 * inherits in (shadow DOM), so a host's `label { … }` rules cannot break the layout.
 *
 * Every colour has a light and a dark value (`light-dark()`), picked by the element's `color-scheme`: the
 * `theme` attribute (`light`, `dark`, `auto` = the visitor's `prefers-color-scheme`), which questions inside
 * a survey inherit through `--_scheme`. Native controls (checkboxes, the textarea) follow the same scheme.
 */
export const baseStyles = css`
  :host {
    color-scheme: var(--_scheme, light dark);
    --_accent: var(--feelback-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--feelback-on-accent, light-dark(#fff, #062e6f));
    --_text: var(--feelback-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--feelback-muted, light-dark(#57606a, #9da7b3));
    --_bg: var(--feelback-background, light-dark(#fff, #161b22));
    --_border: var(--feelback-border, light-dark(#6e7781, #8b949e));
    --_error: var(--feelback-error, light-dark(#b3261e, #ffb4ab));
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
  :host([theme='light']) {
    --_scheme: light;
  }
  :host([theme='dark']) {
    --_scheme: dark;
  }
  :host([theme='auto']) {
    --_scheme: light dark;
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
  /* Nothing moves for a visitor who asked for less motion (a host's parts included). */
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Touch screens: every target at least 44 × 44 px (2.5.5), not only the 24 px of 2.5.8. */
  @media (pointer: coarse) {
    /* :host outweighs each element's own .option rules, which come later. */
    :host .option,
    :host .contact {
      min-width: 2.75rem;
      min-height: 2.75rem;
    }
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
    border: 1px solid var(--feelback-frame, light-dark(#d0d7de, #30363d));
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
`;
