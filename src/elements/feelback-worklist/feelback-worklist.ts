import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { allowedMoves, type CaseEvent, type CaseState } from '../../collector/recovery.js';
import { emitError } from '../../events.js';
import { emotionLabel, resolveLang, speakers, type Lang } from '../../i18n/index.js';
import { CORE_EMOTIONS } from '../../schema/emotions.js';
import type { RecoveryRule } from '../../schema/response.js';
import { baseStyles, frameStyles } from '../shared/styles.js';
import { worklistStyles } from './feelback-worklist.styles.js';
import { worklistTexts } from './texts.js';

/** A case as `GET /api/recovery` lists it (CONTRACT §10). */
export interface WorklistCase {
  id: string;
  receivedAt: string;
  touchpoint: string | null;
  channel: string;
  reasons: RecoveryRule[];
  contact: boolean;
  comment: string | null;
  emotions?: { id: string; intensity?: number }[];
  state: CaseState;
  history: CaseEvent[];
}

/**
 * @tagname feelback-worklist
 * @summary The service team's list of recovery cases (`GET /api/recovery`): reasons, emotions and comment of each, and a button per move the case may make (contacted, resolved, dismissed), with an optional note.
 *
 * @event {CustomEvent<FeelbackErrorDetail>} feelback-error - `{ code: 'config', message }`: `src` could not be loaded.
 *
 * @csspart worklist - The region holding the list.
 * @csspart title - The visible title, the region's name.
 * @csspart message - The status line: loading, a move made, or why the list cannot be shown.
 * @csspart list - The list of cases.
 * @csspart case - One case.
 * @csspart consent - Whether the respondent agreed to be contacted ("No consent to contact").
 * @csspart comment - The respondent's (redacted) comment.
 * @csspart note - The note field of a case.
 * @csspart move - A button that moves a case.
 * @csspart more - The button that loads the next page.
 *
 * @cssproperty --feelback-accent - Colour of the buttons.
 * @cssproperty --feelback-max-width - Widest the list grows.
 */
export class FeelbackWorklist extends LitElement {
  static override styles = [baseStyles, frameStyles, worklistStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    state: {},
    heading: {},
    theme: { reflect: true },
    headers: { attribute: false },
    items: { state: true },
    next: { state: true },
    status: { state: true },
    failed: { state: true },
    language: { state: true },
  };

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The worklist's URL; moves are PATCHed to `<src>/<id>`. */
  src = '/api/recovery';

  /** Which cases to list: `open` (default), `contacted`, `resolved`, `dismissed`, or empty for all. */
  state = 'open';

  /** Replaces the default visible title. */
  heading?: string;

  /** `light`, `dark`, or `auto` (unset: the visitor's `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';

  /** Extra request headers, e.g. `Authorization: Bearer <read token>`. */
  headers?: Record<string, string>;

  private items: WorklistCase[] = [];
  private next: string | null = null;
  private status = '';
  private failed = false;
  private language: Lang = 'en';
  #load?: AbortController;

  override connectedCallback() {
    super.connectedCallback();
    speakers.add(this);
    this.refreshLanguage();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    speakers.delete(this);
    this.#load?.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshLanguage();
  }

  /**
   * The worklist carries its own texts in nl, en, de and fr, so it reads the nearest `lang` as it is
   * rather than only the languages registered with the survey's translations (`nl` and `en` built in).
   */
  refreshLanguage() {
    const own = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    this.language = own ? own.toLowerCase() : resolveLang(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('state') || changed.has('headers')) void this.reload();
  }

  /** Loads the first page again. */
  async reload() {
    this.items = [];
    this.next = null;
    await this.#page(null);
  }

  async #page(cursor: string | null) {
    this.#load?.abort();
    const load = (this.#load = new AbortController());
    const url = new URL(this.src, document.baseURI);
    if (this.state) url.searchParams.set('state', this.state);
    if (cursor) url.searchParams.set('cursor', cursor);
    this.failed = false;
    this.status = worklistTexts(this.language).loading;
    try {
      const res = await fetch(url, { headers: this.headers, signal: load.signal });
      if (!res.ok) throw new Error(`${url.pathname} answered ${res.status}`);
      const body = (await res.json()) as { items: WorklistCase[]; next: string | null };
      this.items = [...this.items, ...body.items];
      this.next = body.next;
      this.status = '';
    } catch (error) {
      if (load.signal.aborted) return;
      this.failed = true;
      this.status = worklistTexts(this.language).failed;
      emitError(this, { code: 'config', message: (error as Error).message });
    }
  }

  async #move(item: WorklistCase, to: CaseState, note: string) {
    const t = worklistTexts(this.language);
    const url = new URL(this.src, document.baseURI);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(item.id)}`;
    url.search = '';
    const res = await fetch(url, {
      method: 'PATCH',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify(note ? { state: to, note } : { state: to }),
    }).catch(() => null);
    if (res?.ok) {
      const moved = (await res.json()) as WorklistCase;
      // A case that left the listed state leaves the list; otherwise it shows its new state.
      this.items = this.items.flatMap((c) =>
        c.id !== item.id ? [c] : this.state && moved.state !== this.state ? [] : [moved],
      );
      this.status = t.moved(t.state[moved.state]);
    } else {
      await this.reload();
      this.status = t.refused;
    }
  }

  #renderCase(item: WorklistCase) {
    const t = worklistTexts(this.language);
    const lang = this.language;
    const when = new Date(item.receivedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const emotions = (item.emotions ?? []).map((e) => {
      const known = CORE_EMOTIONS.find((c) => c.id === e.id);
      return known ? emotionLabel(known, lang) : e.id;
    });
    const noteId = `note-${item.id}`;
    const note = () =>
      (this.renderRoot.querySelector(`#${CSS.escape(noteId)}`) as HTMLInputElement | null)?.value ?? '';
    return html`<li part="case" class="case">
      <h3>${item.touchpoint ?? item.channel} · ${t.state[item.state]}</h3>
      <p class="meta">${t.received} <time datetime=${item.receivedAt}>${when}</time></p>
      <p part="consent" class=${item.contact ? 'consent' : 'consent none'}>${item.contact ? t.consent : t.noConsent}</p>
      <dl>
        <dt>${t.why}</dt>
        <dd>${item.reasons.map((r) => t.reasons[r]).join(', ')}</dd>
        ${
          emotions.length
            ? html`<dt>${t.emotions}</dt>
                <dd>${emotions.join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${
        item.comment
          ? html`<blockquote part="comment" class="comment" aria-label=${t.comment}>${item.comment}</blockquote>`
          : nothing
      }
      <div class="actions">
        <label for=${noteId}>${t.note}<input part="note" id=${noteId} maxlength="1000" /></label>
        ${allowedMoves(item.state, item.contact).map(
          (to) =>
            html`<button part="move" type="button" data-move=${to} @click=${() => this.#move(item, to, note())}>
              ${t.move[to as Exclude<CaseState, 'open'>]}
            </button>`,
        )}
      </div>
    </li>`;
  }

  override render() {
    const t = worklistTexts(this.language);
    return html`<section part="worklist" class="frame" aria-labelledby="title">
      <h2 part="title" class="title" id="title">${this.heading ?? t.title}</h2>
      <p part="message" class=${this.failed ? 'message failed' : 'message'} role="status">
        ${this.status || (!this.failed && this.items.length === 0 ? t.empty : '')}
      </p>
      ${
        this.items.length
          ? html`<ul part="list" class="list">
              ${this.items.map((item) => this.#renderCase(item))}
            </ul>`
          : nothing
      }
      ${
        this.next
          ? html`<button part="more" type="button" @click=${() => this.#page(this.next)}>${t.more}</button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-worklist': FeelbackWorklist;
  }
}
