/**
 * What every scale question (NPS, effort, rating) promises, as one suite that each element's test file runs
 * with its own parameters, after the manner of Shoelace's form-control base tests. The name does not end in
 * `.test.ts`, so the test runner only runs it through those files. Each file keeps what is its own.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ScaleQuestion } from '../../../src/elements/shared/scale-question.js';
import type { Answer } from '../../../src/schema/response.js';
import { $, group, groupName, ids, part, radios, shownName } from './scale-dom.js';

export interface ScaleTexts {
  /** The default question: the radiogroup's name. */
  question: string;
  /** Default meaning of the lowest and the highest point. */
  low: string;
  high: string;
  /** The message shown while a required answer is missing. */
  required: string;
}

export interface ScaleQuestionSpec {
  tag: 'feelback-nps' | 'feelback-effort' | 'feelback-rating';
  /** Names a second run of the suite on the same tag with other `attributes`. */
  variant?: string;
  /** Attributes every fixture gets, e.g. `kind="ease" points="10"`. */
  attributes?: string;
  min: number;
  max: number;
  /** The answer's name when the element has no `name` (its kind). */
  defaultName: string;
  texts: { en: ScaleTexts; nl: ScaleTexts };
  /** The answer the element must give for a name and a picked point. */
  answer: (name: string, value: number) => Answer;
}

export function runScaleQuestionTests(spec: ScaleQuestionSpec) {
  const { tag, min, max } = spec;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const attributes = spec.attributes ?? '';
  const make = (extra = '') => fixture<ScaleQuestion>(`<${tag} ${attributes} ${extra}></${tag}>`);
  /** The element between two buttons, inside `<div ${outer}>`. */
  const between = async (extra = '', outer = '') => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div ${outer}><button>before</button><${tag} ${attributes} ${extra}></${tag}><button>after</button></div>`,
    );
    const [previous, next] = wrapper.querySelectorAll('button');
    return { wrapper, el: wrapper.querySelector<ScaleQuestion>(tag)!, previous: previous!, next: next! };
  };
  const stopListening: (() => void)[] = [];
  /** The `change` events of `el` that reach the document: they bubble and leave the shadow root. */
  const changes = (el: Element) => {
    const seen: Event[] = [];
    const listen = (e: Event) => void (e.target === el && seen.push(e));
    document.addEventListener('change', listen);
    stopListening.push(() => document.removeEventListener('change', listen));
    return seen;
  };

  describe(`${spec.variant ? `${tag} (${spec.variant})` : tag}: a scale question`, () => {
    afterEach(() => stopListening.splice(0).forEach((stop) => stop()));

    it(`renders a radiogroup named by its question with ${points.length} radios named ${min} to ${max}`, async () => {
      const el = await make('lang="en"');
      expect($(el).querySelectorAll('[role=radiogroup]')).to.have.length(1);
      expect(groupName(el)).to.equal(spec.texts.en.question);
      expect(radios(el).map((r) => group(el).contains(r))).to.deep.equal(points.map(() => true));
      expect(radios(el).map((r) => shownName(r))).to.deep.equal(points.map(String));
      expect(radios(el).map((r) => r.value)).to.deep.equal(points.map(String));
      expect(new Set(radios(el).map((r) => r.name)).size, 'one name: one group for the browser').to.equal(1);
      expect(part(el, 'low-label')!.textContent).to.equal(`${min}: ${spec.texts.en.low}`);
      expect(part(el, 'high-label')!.textContent).to.equal(`${max}: ${spec.texts.en.high}`);
      expect(ids(group(el), 'aria-describedby')).to.deep.equal([part(el, 'anchors')!.id]);
    });

    it('speaks Dutch inside a Dutch page and English inside an English one', async () => {
      for (const [lang, texts] of [
        ['nl-NL', spec.texts.nl],
        ['en-GB', spec.texts.en],
      ] as const) {
        const { el } = await between('required', `lang="${lang}"`);
        expect(groupName(el), lang).to.equal(texts.question);
        expect(part(el, 'low-label')!.textContent, lang).to.equal(`${min}: ${texts.low}`);
        expect(part(el, 'high-label')!.textContent, lang).to.equal(`${max}: ${texts.high}`);
        el.validate();
        await el.updateComplete;
        expect(part(el, 'error')!.textContent!.trim(), lang).to.equal(texts.required);
      }
    });

    it('takes its question and anchors from attributes', async () => {
      const el = await make('lang="en" question="Asked here?" low-label="Low" high-label="High"');
      expect(groupName(el)).to.equal('Asked here?');
      expect(part(el, 'low-label')!.textContent).to.equal(`${min}: Low`);
      expect(part(el, 'high-label')!.textContent).to.equal(`${max}: High`);
    });

    it('is accessible unanswered, answered and invalid', async () => {
      const el = await make('lang="nl" required');
      await expect(el).to.be.accessible();
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(group(el).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      radios(el).at(-1)!.click();
      await el.updateComplete;
      expect(el.invalid).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('picks a point by click and fires one change that leaves the shadow root, with the answer', async () => {
      const el = await make();
      const seen = changes(el);
      radios(el)[2]!.click();
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
      expect(el.value).to.equal(min + 2);
      expect(el.answer).to.deep.equal(spec.answer(spec.defaultName, min + 2));
      await el.updateComplete;
      expect(part(el, 'checked')).to.equal(radios(el)[2]!.closest('label'));
    });

    it('moves and checks with the arrow keys from a single Tab stop', async () => {
      const { el, previous, next } = await between('name="given"');
      const seen = changes(el);
      previous.focus();
      await sendKeys({ press: 'Tab' });
      expect($(el).activeElement).to.equal(radios(el)[0]);
      expect(seen, 'focus alone picks nothing').to.have.length(0);
      await sendKeys({ press: 'ArrowRight' });
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal(min + 2);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal(min + 3);
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal(min + 2);
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal(min + 1);
      expect(radios(el)[1]!.checked).to.equal(true);
      expect($(el).activeElement).to.equal(radios(el)[1]);
      expect(seen).to.have.length(5);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(next);
      // Back in, Shift+Tab lands on the checked radio, and one more leaves the group.
      await sendKeys({ press: 'Shift+Tab' });
      expect($(el).activeElement).to.equal(radios(el)[1]);
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement).to.equal(previous);
      expect(el.answer).to.deep.equal(spec.answer('given', min + 1));
    });

    it('tabs to the checked point and wraps from the last point to the first', async () => {
      const { el, previous } = await between(`value="${max}"`);
      previous.focus();
      await sendKeys({ press: 'Tab' });
      expect($(el).activeElement).to.equal(radios(el).at(-1));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal(min);
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal(max);
    });

    it('fires no change on a programmatic set, and clear() forgets the answer silently', async () => {
      const el = await make();
      const seen = changes(el);
      el.value = max - 1;
      await el.updateComplete;
      expect(radios(el).map((r) => r.checked)).to.deep.equal(points.map((p) => p === max - 1));
      expect(el.answer).to.deep.equal(spec.answer(spec.defaultName, max - 1));
      el.clear();
      await el.updateComplete;
      expect(radios(el).some((r) => r.checked)).to.equal(false);
      expect(el.value).to.equal(null);
      expect(el.answer).to.equal(null);
      expect(seen).to.have.length(0);
    });

    it('treats an out-of-range or fractional value as unanswered', async () => {
      for (const value of [min - 1, max + 1, min + 0.5]) {
        const el = await make(`value="${value}" required`);
        expect(el.answer, String(value)).to.equal(null);
        expect(radios(el).some((r) => r.checked)).to.equal(false);
        expect(el.validate(), String(value)).to.equal(false);
      }
    });

    it('marks a required, unanswered question invalid and points at the error; an answer clears it', async () => {
      const el = await make('lang="en" required');
      expect(group(el).getAttribute('aria-required')).to.equal('true');
      expect(part(el, 'error')!.hidden).to.equal(true);
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(group(el).getAttribute('aria-invalid')).to.equal('true');
      expect(ids(group(el), 'aria-describedby')).to.include(error.id);
      expect(error.hidden).to.equal(false);
      expect(error.textContent!.trim()).to.equal(spec.texts.en.required);
      radios(el)[0]!.click();
      await el.updateComplete;
      expect(el.invalid).to.equal(false);
      expect(group(el).hasAttribute('aria-invalid')).to.equal(false);
      expect(ids(group(el), 'aria-describedby')).not.to.include(error.id);
      expect(error.hidden).to.equal(true);
      expect(el.validate()).to.equal(true);
      // clear() forgets the answer and the invalid state: the next submit decides again.
      el.clear();
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(group(el).getAttribute('aria-invalid')).to.equal('true');
      el.clear();
      await el.updateComplete;
      expect(el.invalid).to.equal(false);
      expect(group(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('is valid unanswered when not required', async () => {
      const el = await make();
      expect(el.validate()).to.equal(true);
      expect(group(el).hasAttribute('aria-required')).to.equal(false);
    });

    it('exposes its parts', async () => {
      const el = await make('required');
      el.validate();
      await el.updateComplete;
      for (const name of [
        'base',
        'question',
        'options',
        'option',
        'label',
        'anchors',
        'low-label',
        'high-label',
        'error',
      ]) {
        expect(part(el, name), name).to.not.equal(null);
      }
      expect($(el).querySelectorAll('[part~="option"]')).to.have.length(points.length);
      expect(part(el, 'checked')).to.equal(null);
      el.value = min;
      await el.updateComplete;
      expect([...$(el).querySelectorAll('[part~="checked"]')]).to.deep.equal([radios(el)[0]!.closest('label')]);
    });

    for (const lang of ['en', 'nl']) {
      it(`gives every option at least 24 by 24 pixels and fits 320 pixels without scrolling (${lang})`, async () => {
        const { wrapper, el } = await between('', `style="width:320px" lang="${lang}"`);
        const right = wrapper.getBoundingClientRect().right;
        for (const label of $(el).querySelectorAll('label')) {
          const box = label.getBoundingClientRect();
          expect(box.width).to.be.at.least(24);
          expect(box.height).to.be.at.least(24);
          expect(box.right).to.be.at.most(right + 0.5);
        }
        expect(el.scrollWidth).to.be.at.most(320);
      });
    }
  });
}
