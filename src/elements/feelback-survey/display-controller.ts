/**
 * `display="popover"` and `display="modal"` (CONTRACT §8): the launcher, the panel or dialog around the
 * survey's form, focus on open and back on close; automatic opening is `AutoOpener`'s (./auto-open.ts).
 * Fetched by the survey only when `display` is not `inline`, so the inline survey never pays.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit, type OpenTrigger } from '../../events.js';
import type { Messages } from '../../i18n/index.js';
import { AutoOpener, type AutoOpenHost } from './auto-open.js';
import { displayStyles } from './display.styles.js';
import { deepActive, KeepUncovered } from './uncovered.js';

export interface DisplayHost extends ReactiveControllerHost, AutoOpenHost {
  display?: string;
  launcher?: string;
  placement?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Clears the answers: a fresh survey for a visitor who asks again after answering. */
  reset(): void;
}

export class DisplayController implements ReactiveController {
  #open = false;
  #answered = false;
  /** The attributes the triggers were armed with: when any changes, they are armed again (or stopped). */
  #armedWith?: string;
  /** The mode the survey was last drawn in: another one closes what that one had open. */
  #drawnAs?: string;
  #returnTo: HTMLElement | null = null;
  /** The title of a popover that opened by itself, for the live region; `undefined` says nothing. */
  #said?: string;
  readonly #auto: AutoOpener;
  readonly #uncovered: KeepUncovered;

  constructor(
    private readonly host: DisplayHost,
    /** The survey id the targeting remembers by. */
    surveyId: () => string,
  ) {
    // Before `addController`, which calls `hostConnected` at once on a connected host.
    this.#uncovered = new KeepUncovered(
      host,
      () => this.mode === 'popover',
      (name) => this.#part(name),
    );
    host.addController(this);
    this.#auto = new AutoOpener(
      host,
      surveyId,
      () => this.#open,
      (kind) => void this.open(kind),
    );
    const answered = () => {
      this.#answered = true;
      this.#auto.seen();
    };
    host.addEventListener('feelback-sent', answered);
    host.addEventListener('feelback-queued', answered);
  }

  /** `popover`, `modal`, or `inline` for anything else (the survey then renders as before). */
  get mode() {
    const display = this.host.display?.trim();
    return display === 'popover' || display === 'modal' ? display : 'inline';
  }

  get isOpen() {
    return this.#open;
  }

  hostConnected() {
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(displayStyles.styleSheet!)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, displayStyles.styleSheet!];
    }
    document.addEventListener('focusin', this.#uncovered.onPageFocus);
    this.#armedWith = undefined;
  }

  hostDisconnected() {
    // Taken out of the page, the browser hides the panel (or closes the dialog): closed here too, so the
    // launcher and `open()` work when it comes back (a router moving it, say).
    this.close();
    document.removeEventListener('focusin', this.#uncovered.onPageFocus);
    this.#auto.stop();
  }

  /** `display` changed while open: the old panel or dialog closes (a dismissal) before the new mode draws. */
  hostUpdate() {
    if (this.#drawnAs !== undefined && this.#drawnAs !== this.mode && this.#open) this.close();
    this.#drawnAs = this.mode;
  }

  hostUpdated() {
    const launcher = this.#part('launcher');
    // In the top layer, above the host's own stacking contexts (PostHog/posthog#25240).
    if (launcher?.isConnected && !launcher.matches(':popover-open')) launcher.showPopover();
    // Read at every update, not only at connect: a single-page app sets them as its routes change.
    const armWith = this.#targeting();
    if (armWith !== this.#armedWith) {
      this.#armedWith = armWith;
      if (this.mode === 'inline') this.#auto.stop();
      else this.#auto.arm();
    }
  }

  #targeting() {
    const { trigger, pages, sample, recontactDays, cooldownDays, consent } = this.host;
    return [this.mode, trigger, pages, sample, recontactDays, cooldownDays, consent].join('\n');
  }

  /** Consent given (the host's `consent` changed): what was deferred, remembering and automatic opening, starts. */
  grantConsent() {
    // Armed now, synchronously; the update that follows sees nothing new to arm for.
    this.#armedWith = this.#targeting();
    if (this.mode !== 'inline') this.#auto.arm();
  }

  #part(name: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Opens the panel or dialog; the launcher and `open()` also open a fresh survey after an answer. */
  async open(trigger: OpenTrigger) {
    if (this.mode === 'inline' || this.#open) return;
    this.#auto.stop();
    if (this.#answered) {
      this.#answered = false;
      this.host.reset();
    }
    const asked = trigger === 'launcher' || trigger === 'method';
    // An automatic popover leaves the visitor's focus where it is: a panel appearing is no reason to pull
    // them out of what they were typing. A modal takes focus, as every modal must.
    const takeFocus = asked || this.mode === 'modal';
    this.#returnTo = takeFocus ? deepActive() : null;
    this.#open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const panel = this.#part('panel');
    if (panel instanceof HTMLDialogElement) panel.showModal();
    else panel?.showPopover();
    if (takeFocus) this.#part('title')?.focus();
    else {
      // Focus stays, so a screen reader would not know: the live region, there and empty since the
      // launcher was drawn, says so politely.
      this.#said = this.#part('title')?.textContent?.trim() ?? '';
      this.host.requestUpdate();
      void this.#uncovered.avoid(deepActive());
    }
    emit(this.host, 'feelback-open', { trigger });
  }

  /** Closes; a dismissal counts for `recontact-days` like an answer. Focus goes back where it was. */
  close() {
    if (!this.#open) return;
    const panel = this.#part('panel');
    // Focus in the survey (its shadow root or a question) or lost to the body goes back; elsewhere it stays.
    const active = document.activeElement;
    const focusInside = !active || active === document.body || this.host.contains(active);
    this.#open = false;
    this.#said = undefined;
    if (panel instanceof HTMLDialogElement) panel.close();
    else if (panel?.matches(':popover-open')) panel.hidePopover();
    this.host.requestUpdate();
    this.#auto.seen();
    const to = this.#returnTo;
    const back = to?.isConnected && to !== document.body ? to : this.#part('launcher');
    if (focusInside) back?.focus();
    this.#returnTo = null;
    emit(this.host, 'feelback-dismiss', { answered: this.#answered });
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.#open) {
      e.preventDefault();
      this.close();
    }
  };

  /** The survey's form and status, in the launcher's panel or in a dialog; as they are when inline. */
  render(body: TemplateResult, m: Messages['survey']) {
    const mode = this.mode;
    if (mode === 'inline') return body;
    const corner = `${this.host.placement?.trim() === 'bottom-start' ? 'start' : ''} ${this.#uncovered.top ? 'top' : ''}`;
    const close = html`<button part="close" class="close" type="button" @click=${() => this.close()}>
      ${m.close}
    </button>`;
    if (mode === 'modal') {
      // Escape fires `cancel`: closed here, so the dismissal is counted and announced like the button's.
      return html`<dialog
        part="panel"
        class="overlay modal"
        aria-labelledby="title"
        @cancel=${(e: Event) => {
          e.preventDefault();
          this.close();
        }}
      >
        ${close}${body}
      </dialog>`;
    }
    const launcher =
      this.host.launcher?.trim() === 'none'
        ? ''
        : html`<button
            part="launcher"
            class="launcher ${corner}"
            type="button"
            popover="manual"
            aria-haspopup="dialog"
            aria-controls="panel"
            aria-expanded=${this.#open ? 'true' : 'false'}
            @click=${() => (this.#open ? this.close() : void this.open('launcher'))}
          >
            ${m.launcher}
          </button>`;
    // Outside the panel: a region inside a hidden popover is not in the accessibility tree, so it would
    // not be heard when it fills.
    const announce = html`<div id="announce" class="visually-hidden" role="status" aria-live="polite">
      ${this.#said === undefined ? '' : m.opened(this.#said)}
    </div>`;
    return html`${launcher}${announce}
      <div
        part="panel"
        id="panel"
        class="overlay panel ${corner}"
        popover="manual"
        role="dialog"
        aria-labelledby="title"
        @keydown=${this.#onKeydown}
      >
        ${close}${body}
      </div>`;
  }
}
