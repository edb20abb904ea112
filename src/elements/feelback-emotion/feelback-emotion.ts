import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { emitError } from '../../events.js';
import { addTexts, emotionLabel, type LabelledEmotion } from '../../i18n/index.js';
import type { Emotion, EmotionValue } from '../../schema/emotions.js';
import { CORE_EMOTIONS } from '../../schema/core-emotions.js';
import type { Answer } from '../../schema/response.js';
import { FeelbackQuestion } from '../shared/feelback-question.js';
import { renderScale, scaleStyles } from '../shared/scale.js';
import { baseStyles } from '../shared/styles.js';
import { emotionStyles } from './feelback-emotion.styles.js';
import { interleave } from './interleave.js';
import { picture } from './pictures.js';
import { emotionTexts } from './texts.js';

// Its texts come with its chunk (addTexts).
addTexts(emotionTexts);

const DEFAULT_MAX = 3;

/**
 * The zod checks of a custom set and of the value: the `schema` chunk, imported when there is something to
 * check rather than before the first paint (the default survey's emotion question draws without it).
 */
const checks = () => import('../../schema/emotion-checks.js');
const noop = () => {};

/** The core set in the order drawn, made once for every question that shows it rather than per question. */
const CORE_SHOWN = interleave(CORE_EMOTIONS);

/**
 * @tagname feelback-emotion
 * @summary "How did this make you feel?": up to `max` emotions, each with an intensity 1–5, or "no particular feeling".
 *
 * @event change - The respondent checked or unchecked an emotion or picked an intensity (user input only).
 *
 * @csspart base - The whole question.
 * @csspart question - The question text, the group's name.
 * @csspart hint - How many emotions may be chosen.
 * @csspart options - The group of emotion checkboxes; also each intensity radiogroup.
 * @csspart option - One emotion (checkbox, picture and label); also `checked`. Also each intensity radio.
 * @csspart checked - A checked emotion or a picked intensity (together with `option`).
 * @csspart picture - The face drawn for an emotion.
 * @csspart label - The text of an emotion or an intensity number.
 * @csspart status - Announces that the limit is reached.
 * @csspart intensity - The "How strongly?" block of one chosen emotion.
 * @csspart anchors - The meaning of 1 and 5 under an intensity scale.
 * @csspart low-label - "a little".
 * @csspart high-label - "very strongly".
 * @csspart error - Why the answer is not complete.
 *
 * @cssproperty --feelback-accent - Checked emotions, picked intensities and the focus ring.
 * @cssproperty --feelback-on-accent - Text colour on the accent.
 * @cssproperty --feelback-border - Border colour of the options.
 * @cssproperty --feelback-radius - Corner radius of the options.
 * @cssproperty --feelback-muted - Colour of the hint, status and anchors.
 * @cssproperty --feelback-error - Colour of the error message.
 * @cssproperty --feelback-text - Text colour.
 * @cssproperty --feelback-background - Background of an emotion or intensity that is not chosen.
 * @cssproperty --feelback-gap - The base spacing.
 * @cssproperty --feelback-font - Font (default: inherited from the page).
 */
export class FeelbackEmotion extends FeelbackQuestion {
  static override styles = [baseStyles, scaleStyles, emotionStyles];

  static override properties: PropertyDeclarations = {
    max: { type: Number },
    withoutIntensity: { type: Boolean, attribute: 'without-intensity' },
    value: {
      converter: (v) => {
        try {
          return v === null ? null : JSON.parse(v);
        } catch {
          return v; // reported in willUpdate, where the element can fire feelback-error
        }
      },
    },
    emotions: { attribute: false },
    shown: { state: true },
    tried: { state: true },
    incomplete: { state: true },
  };

  readonly answerKind = 'emotion' as const;

  /** How many emotions may be chosen. */
  max = DEFAULT_MAX;

  /** Ask only which emotions, not how strongly. */
  withoutIntensity = false;

  /** The answer (JSON in the attribute): `[{ id, intensity? }]`, `[]` for "no particular feeling", null unanswered. */
  value: EmotionValue | null = null;

  /**
   * A custom set `[{ id, valence, label: { nl, en, … } }]` (labels in more languages are shown in those);
   * an invalid one is reported and the core set used.
   */
  emotions?: readonly LabelledEmotion[];

  private shown: Emotion[] = CORE_SHOWN;
  /** The respondent tried to choose one more than allowed: the status explains. */
  private tried = false;
  /** Id of the chosen emotion whose intensity validation found missing. */
  private incomplete?: string;

  get #limit(): number {
    const max = this.max;
    return Number.isInteger(max) && max >= 1 ? Math.min(max, this.shown.length) : DEFAULT_MAX;
  }

  /** The value while it is a list: a broken attribute is only reset in the next update. */
  get #list(): EmotionValue | null {
    return Array.isArray(this.value) ? this.value : null;
  }

  /** The chosen emotions that exist in the set, once each, at most `limit`. */
  get #picks(): EmotionValue {
    const ids = new Set(this.shown.map((e) => e.id));
    return (this.#list ?? []).filter((p) => ids.delete(p?.id)).slice(0, this.#limit);
  }

  /** The custom set `shown` was last made from: a set is drawn only once the schema has checked it. */
  #checkedSet?: readonly LabelledEmotion[];
  /** The newest check of `value`: `updateComplete` waits for it and the `config` error it may fire. */
  #valueChecked?: Promise<void>;

  /**
   * Draws a custom set only once checked, so an invalid one never draws broken and then changes; the core set
   * (no `emotions`) needs no check and draws at once.
   */
  protected override async scheduleUpdate() {
    // A loop: the set may change again while the schema loads, and this update must draw the newest.
    while (this.emotions !== this.#checkedSet) await this.#checkSet(this.emotions);
    super.scheduleUpdate();
  }

  async #checkSet(set: readonly LabelledEmotion[] | undefined) {
    let valid = set == null;
    if (!valid) {
      // Should the schema chunk fail to load, the set is reported and the core set drawn: never nothing.
      const problems = await checks().then(
        ({ emotionSetProblems }) => emotionSetProblems(set),
        () => 'not checked: the schema did not load',
      );
      if (this.emotions !== set) return;
      valid = problems === undefined;
      if (problems) emitError(this, { code: 'config', message: `emotions: ${problems}` });
    }
    this.#checkedSet = set;
    // The host's own objects once valid: parsing keeps only the schema's `nl` and `en` of each label.
    this.shown = valid && set ? interleave(set) : CORE_SHOWN;
  }

  /** Also waits for the zod check of the value and the `config` error it may fire. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#valueChecked;
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('max') && !(Number.isInteger(this.max) && this.max >= 1)) {
      emitError(this, { code: 'config', message: `max must be a whole number from 1, not ${this.max}` });
    }
    // Drawing reads the value leniently (#list, #picks); the zod check comes with the schema chunk, and a
    // broken value is reported and reset to unanswered in the update after.
    const value = this.value;
    if (changed.has('value') && value !== null) {
      this.#valueChecked = checks().then(({ isEmotionValue }) => {
        if (this.value !== value || isEmotionValue(value)) return;
        emitError(this, { code: 'config', message: `value must be JSON like [{"id":"happy","intensity":4}]` });
        this.value = null;
      }, noop); // the schema did not load: the response is not sent either (the survey checks it with zod)
    }
  }

  /**
   * Only complete choices: while intensity is asked, a choice without one is left out (and `validate()`
   * fails), because the scores read a missing intensity as "asked without intensity".
   */
  get answer(): Answer | null {
    const asked = !this.withoutIntensity;
    const picks = this.#picks;
    const complete = picks.filter((p) => !asked || p.intensity);
    const list = this.#list;
    if (list === null || (picks.length === 0 && list.length > 0) || (picks.length && !complete.length)) {
      return null;
    }
    return {
      name: this.answerName,
      kind: 'emotion',
      value: complete.map(({ id, intensity }) => {
        const { valence } = this.shown.find((e) => e.id === id)!;
        return asked ? { id, valence, intensity } : { id, valence };
      }),
    };
  }

  /** Also fails while a chosen emotion has no intensity yet, even when the question is optional. */
  override validate(): boolean {
    this.incomplete = this.withoutIntensity ? undefined : this.#picks.find((p) => !p.intensity)?.id;
    this.invalid = this.incomplete !== undefined || (this.required && this.answer === null);
    return !this.invalid;
  }

  clear() {
    this.value = null;
    this.invalid = this.tried = false;
    this.incomplete = undefined;
  }

  focusControl() {
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    (find('[role=radiogroup][aria-invalid] input') ?? find('.emotions input:checked') ?? find('input'))?.focus();
  }

  protected override userChanged() {
    const wasInvalid = this.invalid;
    super.userChanged();
    // Once marked, the message follows the answer: it moves to the next problem or disappears.
    if (wasInvalid) this.validate();
  }

  #pick(emotion: Emotion, input: HTMLInputElement) {
    const picks = this.#picks;
    this.tried = false;
    if (!input.checked) {
      const rest = picks.filter((p) => p.id !== emotion.id);
      this.value = rest.length ? rest : null;
    } else if (picks.length >= this.#limit) {
      // Not silently ignored: the box stays operable, unchecks again, and the status says why.
      input.checked = false;
      this.tried = true;
      return;
    } else {
      this.value = [...picks, { id: emotion.id }];
    }
    this.userChanged();
  }

  #pickNone(input: HTMLInputElement) {
    this.tried = false;
    this.value = input.checked ? [] : null;
    this.userChanged();
  }

  #pickIntensity(id: string, intensity: number) {
    this.value = this.#picks.map((p) => (p.id === id ? { id, intensity } : p));
    this.userChanged();
  }

  override render() {
    const m = this.msg.emotion;
    const id = this.uid;
    const lang = this.language;
    const picks = this.#picks;
    const limit = this.#limit;
    const full = picks.length >= limit;
    const none = this.#list?.length === 0;
    const label = (emotionId: string) =>
      emotionLabel(
        this.shown.find((e) => e.id === emotionId)!,
        lang,
      );
    const option = (checked: boolean, content: unknown, onChange: (input: HTMLInputElement) => void, extra = '') =>
      html`<label part=${checked ? 'option checked' : 'option'} class="emotion ${extra}">
        <input
          type="checkbox"
          .checked=${checked}
          aria-describedby=${full && !checked && !extra ? `${id}-s` : nothing}
          @change=${(e: Event) => onChange(e.target as HTMLInputElement)}
        />${content}
      </label>`;
    // CONTRACT §2 marks an invalid question with aria-invalid on its group; ARIA 1.2 lists the state for
    // form roles only, but axe and screen readers accept it, and the message stays linked by aria-describedby.
    /* eslint-disable lit-a11y/role-supports-aria-attr */
    return html`<div part="base">
      <div part="question" class="question" id="${id}-q" tabindex="-1">${this.question ?? m.question}</div>
      <p part="hint" class="hint" id="${id}-h">${m.max(limit)}</p>
      <div
        role="group"
        part="options"
        class="emotions"
        aria-labelledby="${id}-q"
        aria-describedby=${this.invalid ? `${id}-h ${id}-e` : `${id}-h`}
        aria-invalid=${this.invalid ? 'true' : nothing}
      >
        ${this.shown.map((e) =>
          option(
            picks.some((p) => p.id === e.id),
            html`${picture(e.id)}<span part="label">${emotionLabel(e, lang)}</span>`,
            (input) => this.#pick(e, input),
          ),
        )}
        ${option(none, html`<span part="label">${m.none}</span>`, (input) => this.#pickNone(input), 'none')}
      </div>
      <p part="status" class="status" role="status" id="${id}-s">
        ${this.tried ? m.full(limit) : full ? m.chosen(picks.length, limit) : ''}
      </p>
      ${
        this.withoutIntensity
          ? nothing
          : picks.map((p) => {
              const n = this.shown.findIndex((e) => e.id === p.id);
              return html`<div part="intensity" class="intensity">
                <p class="strength" id="${id}-n${n}">${m.strength(label(p.id))}</p>
                ${renderScale({
                  id: `${id}-i${n}`,
                  labelledBy: `${id}-n${n}`,
                  min: 1,
                  max: 5,
                  value: p.intensity ?? null,
                  invalid: this.invalid && this.incomplete === p.id,
                  required: true,
                  errorId: `${id}-e`,
                  lowLabel: m.intensityLow,
                  highLabel: m.intensityHigh,
                  onPick: (v) => this.#pickIntensity(p.id, v),
                })}
              </div>`;
            })
      }
      ${this.renderError(this.incomplete ? m.incomplete(label(this.incomplete)) : undefined)}
    </div>`;
    /* eslint-enable lit-a11y/role-supports-aria-attr */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feelback-emotion': FeelbackEmotion;
  }
}
