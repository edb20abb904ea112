import { css } from 'lit';

/**
 * The popover's launcher and panel and the modal dialog. Adopted by the survey only once `display` asks for
 * them (the inline survey never loads this). Logical insets, so `bottom-end` is the left corner in RTL.
 */
export const displayStyles = css`
  .launcher,
  .panel {
    position: fixed;
    inset: auto;
    margin: 0;
    inset-inline-end: 1rem;
    inset-block-end: 1rem;
  }
  /* The launcher floats over a page of any colour: its fill stands out on one, its border (the text's
     colour) on the other, so its boundary is 3:1 on light and dark pages in either theme (1.4.11). */
  .launcher {
    border: 2px solid var(--_on-accent);
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  /* For the same reason the ring is drawn inside, on the launcher's own fill. */
  .launcher:focus-visible {
    outline-color: var(--_on-accent);
    outline-offset: -5px;
  }
  .panel {
    inset-block-end: 4.5rem;
    width: min(26rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 6rem);
    overflow: auto;
  }
  .panel,
  .modal {
    padding: 0;
    border: 1px solid var(--feelback-frame, light-dark(#d0d7de, #30363d));
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  .modal {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
  }
  .modal::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .start {
    inset-inline-end: auto;
    inset-inline-start: 1rem;
  }
  /* Moved to the top edge: the focused element of the page sits under the bottom corner (WCAG 2.4.11). */
  .top {
    inset-block-end: auto;
    inset-block-start: 1rem;
  }
  .panel.top {
    inset-block-start: 4.5rem;
  }
  .overlay > .frame {
    border: 0;
  }
  .close {
    display: block;
    min-width: 0;
    margin-block-start: var(--_gap);
    margin-inline: auto var(--_gap);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  /* A bottom sheet on a narrow screen: the whole width, the launcher beside the page's lower edge. */
  @media (max-width: 30rem) {
    .panel,
    .panel.start {
      inset-inline: 0;
      inset-block-end: 0;
      width: 100%;
      max-height: 85dvh;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
    .panel.top {
      inset-block: 0 auto;
    }
  }
`;
