import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { RecoveryRule, Scores } from '../../schema/response.js';
import { recoveryReasons } from '../../scores/response-scores.js';

/**
 * `recovery-contact`: while the answers match a recovery rule, the survey asks whether the respondent may
 * be contacted, and sends the answer as `recovery.contact` (only when the question was shown).
 */
export class ContactConsent {
  #matches = false;
  #consent = false;

  constructor(private readonly host: ReactiveControllerHost & { recoveryContact: boolean }) {}

  /** Whether the consent checkbox shows now. */
  get shown() {
    return this.host.recoveryContact && this.#matches;
  }

  /** What goes into `recovery.contact`: absent when the question was not shown. */
  get value() {
    return this.shown ? this.#consent : undefined;
  }

  /** The answers changed: do they match a recovery rule now? */
  scored(scores: Scores, rules: readonly RecoveryRule[]) {
    this.#matches = recoveryReasons(scores, rules).length > 0;
    this.host.requestUpdate();
  }

  reset() {
    this.#matches = this.#consent = false;
    this.host.requestUpdate();
  }

  render(m: Messages['survey']) {
    return this.shown
      ? html`<label part="contact" class="contact">
          <input
            type="checkbox"
            .checked=${this.#consent}
            @change=${(e: Event) => {
              this.#consent = (e.target as HTMLInputElement).checked;
              this.host.requestUpdate();
            }}
          />
          <span>${m.contact}</span>
        </label>`
      : nothing;
  }
}
