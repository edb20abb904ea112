import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { emitError } from '../../events.js';
import { addTexts } from '../../i18n/index.js';
import type { Answer } from '../../schema/response.js';
import { PRESETS } from '../../schema/presets.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { baseStyles } from '../shared/styles.js';
import { statementsStyles } from './feelback-statements.styles.js';
import { statementsTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(statementsTexts);

/** One statement of the battery: its id in the answer and its text in the page's language. */
export interface Statement {
  id: string;
  text: string;
}

/** What the schema accepts as a statement id, and how many (CONTRACT §9): others cannot be sent. */
const STATEMENT_ID = /^[a-z0-9-]{1,64}$/;
const MAX_STATEMENTS = 50;
const isPoint = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 5;

/**
 * @tagname feelback-statements
 * @summary An agreement battery: each statement rated from 1 (strongly disagree) to 5 (strongly agree).
 *
 * @event change - The respondent rated a statement (user input only, never on a programmatic set).
 *
 * @csspart base - The whole question.
 * @csspart question - The question above the statements.
 * @csspart item - One statement with its scale.
 * @csspart statement - A statement's text, the name of its radiogroup.
 * @csspart options - A radiogroup holding the points 1–5.
 * @csspart option - One point; also `checked` when picked.
 * @csspart checked - A picked point (together with `option`).
 * @csspart label - The number inside an option.
 * @csspart anchors - The row under a scale holding the low and high labels.
 * @csspart low-label - Meaning of 1.
 * @csspart high-label - Meaning of 5.
 * @csspart error - The message shown when a required answer is missing.
 *
 * @cssproperty --feelback-accent - Colour of the picked point and the focus ring.
 * @cssproperty --feelback-on-accent - Text colour on the accent.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-error - Colour of the error message.
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-muted - Colour of the low and high labels.
 * @cssproperty --feelback-background - Background of an option that is not picked.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackStatements extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles, statementsStyles];

  static override properties: PropertyDeclarations = {
    preset: {},
    value: { attribute: false },
  };

  readonly answerKind = 'statements' as const;

  /** A built-in list of statements instead of child options: `golden-rules`. */
  preset?: string;

  /** The points given so far, by statement id. */
  value: Record<string, number> = {};

  /** Child `<option>`s may be added, removed or reworded after the element rendered. */
  #options = new MutationObserver(() => this.requestUpdate());

  override connectedCallback() {
    super.connectedCallback();
    this.#options.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#options.disconnect();
  }

  /**
   * The statements asked: the child `<option value="id">text</option>`s, else the preset's in the page's
   * language. Ids the schema would refuse are left out, and the 51st on, so that what is shown can be sent.
   */
  get statements(): Statement[] {
    return this.#resolve().statements;
  }

  #resolve(): { statements: Statement[]; problems: string[] } {
    const own = [...this.querySelectorAll(':scope > option')].map((o) => ({
      id: o.getAttribute('value') ?? '',
      text: o.textContent?.trim() ?? '',
    }));
    const problems: string[] = [];
    const preset = PRESETS.get(this.preset ?? '');
    if (this.preset && !preset) problems.push(`preset: unknown "${this.preset}"`);
    const lang = this.language.split('-')[0] as 'nl' | 'en';
    const items =
      own.length > 0 || !preset ? own : preset.items.map((i) => ({ id: i.id, text: i.label[lang] ?? i.label.en }));
    const seen = new Set<string>();
    const statements: Statement[] = [];
    for (const item of items) {
      const { id } = item;
      if (!STATEMENT_ID.test(id) || id in Object.prototype) {
        problems.push(`option value "${id}" is not a statement id: use a–z, 0–9 and "-", 64 at most`);
      } else if (seen.has(id)) problems.push(`option value "${id}" is listed twice`);
      else {
        seen.add(id);
        statements.push(item);
      }
    }
    if (statements.length > MAX_STATEMENTS) problems.push(`at most ${MAX_STATEMENTS} statements`);
    return { statements: statements.slice(0, MAX_STATEMENTS), problems };
  }

  /** The problems already reported: a re-render must not repeat them, a new one is reported once. */
  #reported = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const { problems } = this.#resolve();
    for (const message of problems) {
      if (!this.#reported.has(message)) emitError(this, { code: 'config', message });
    }
    this.#reported = new Set(problems);
  }

  /** The rated statements, or null before the first; with `required`, null until every statement is rated. */
  get answer(): Answer | null {
    const rated = this.statements.filter(({ id }) => Object.hasOwn(this.value, id) && isPoint(this.value[id]));
    if (rated.length === 0) return null;
    if (this.required && rated.length < this.statements.length) return null;
    return {
      name: this.answerName,
      kind: 'statements',
      value: Object.fromEntries(rated.map(({ id }) => [id, this.value[id]!])),
    };
  }

  clear() {
    this.value = {};
    this.invalid = false;
  }

  /** The first statement still unrated, else the first: its checked radio, or its first. */
  focusControl() {
    this.focusFirstOpenGroup();
  }

  override render() {
    const m = this.msg.statements;
    return html`<div part="base">
      <div part="question" class="question" id="${this.uid}-q" tabindex="-1">${this.question ?? m.question}</div>
      <div class="statements">
        ${this.statements.map(({ id, text }, i) => {
          const groupId = `${this.uid}-${i}`;
          const point = Object.hasOwn(this.value, id) && isPoint(this.value[id]) ? this.value[id]! : null;
          return html`<div part="item" class="item">
            <div part="statement" class="statement" id="${groupId}-q">${text}</div>
            ${renderScale({
              id: groupId,
              labelledBy: `${groupId}-q`,
              min: 1,
              max: 5,
              value: point,
              // Only a statement still unrated is invalid.
              invalid: this.invalid && point === null,
              required: this.required,
              errorId: `${this.uid}-e`,
              lowLabel: m.anchors[0],
              highLabel: m.anchors[4],
              describe: (p) => m.anchors[p - 1],
              onPick: (p) => {
                this.value = { ...this.value, [id]: p };
                this.userChanged();
              },
            })}
          </div>`;
        })}
      </div>
      ${this.renderError()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-statements': FeelbackStatements;
  }
}
