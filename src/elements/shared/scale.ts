import { css, html, nothing } from 'lit';

export interface ScaleOptions {
  /** Prefix for ids inside the element's shadow root. */
  id: string;
  /** Id of the element holding the question text: the radiogroup's name. */
  labelledBy: string;
  min: number;
  max: number;
  value: number | null;
  invalid: boolean;
  required: boolean;
  errorId: string;
  lowLabel: string;
  highLabel: string;
  /** Extra description per radio, e.g. CES anchor texts; the accessible name stays the number. */
  describe?: (value: number) => string | undefined;
  onPick: (value: number) => void;
}

/**
 * A labelled scale of native radios inside a `radiogroup`. Native radios give the WAI-ARIA APG radio
 * group keyboard for free: one Tab stop, arrow keys move *and* check. One `change` listener on the group
 * serves its radios (each radio's value is its point), rather than a listener and a closure per radio.
 */
export function renderScale(o: ScaleOptions) {
  const values = Array.from({ length: o.max - o.min + 1 }, (_, i) => o.min + i);
  const anchorsId = `${o.id}-anchors`;
  return html`
    <div
      role="radiogroup"
      part="options"
      class="options"
      aria-labelledby=${o.labelledBy}
      aria-describedby=${o.invalid ? `${anchorsId} ${o.errorId}` : anchorsId}
      aria-invalid=${o.invalid ? 'true' : nothing}
      aria-required=${o.required ? 'true' : nothing}
      @change=${(e: Event) => o.onPick(Number((e.target as HTMLInputElement).value))}
    >
      ${values.map((v) => {
        const description = o.describe?.(v);
        return html`<label part=${o.value === v ? 'option checked' : 'option'} class="option">
          <input
            type="radio"
            name=${o.id}
            .value=${String(v)}
            .checked=${o.value === v}
            aria-describedby=${description ? `${o.id}-d${v}` : nothing}
          /><span part="label">${v}</span>
          ${description ? html`<span id="${o.id}-d${v}" class="visually-hidden" aria-hidden="true">${description}</span>` : nothing}
        </label>`;
      })}
    </div>
    <div part="anchors" class="anchors" id=${anchorsId}>
      <span part="low-label">${o.min}: ${o.lowLabel}</span>
      <span part="high-label">${o.max}: ${o.highLabel}</span>
    </div>
  `;
}

export const scaleStyles = css`
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .option {
    position: relative;
    flex: 1 0 2.5rem;
    max-width: 4rem;
    min-height: 2.5rem;
    display: flex;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  /* A thicker outline as well as the fill: forced-colours mode drops backgrounds, not borders. */
  .option:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_on-accent);
    outline: 2px solid var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .option:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  /* Forced colours would drop the fill: the checked option takes the system's selection colours. */
  @media (forced-colors: active) {
    .option:has(input:checked) {
      forced-color-adjust: none;
      --_accent: Highlight;
      --_on-accent: HighlightText;
    }
  }
  [aria-invalid='true'] .option {
    border-color: var(--_error);
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    gap: var(--_gap);
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
