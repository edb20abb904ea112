import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackEffort } from '../../src/elements/feelback-effort/feelback-effort.js';

const $ = (el: Element) => el.shadowRoot!;
const radios = (el: FeelbackEffort) => [...$(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const group = (el: FeelbackEffort) => $(el).querySelector('[role=radiogroup]')!;
const groupName = (el: FeelbackEffort) =>
  $(el).getElementById(group(el).getAttribute('aria-labelledby')!)!.textContent!.trim();
const description = (el: FeelbackEffort, radio: HTMLInputElement) =>
  $(el).getElementById(radio.getAttribute('aria-describedby')!)!.textContent!.trim();

describe('feelback-effort', () => {
  it('renders the CES 2.0 statement with the organisation and 7 radios named 1 to 7, anchors as descriptions', async () => {
    const el = await fixture<FeelbackEffort>(
      html`<feelback-effort lang="en" organisation="Our bank"></feelback-effort>`,
    );
    expect(groupName(el)).to.equal('Our bank made it easy for me to handle my issue.');
    expect(radios(el).map((r) => r.closest('label')!.querySelector('[part=label]')!.textContent)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(description(el, radios(el)[0]!)).to.equal('Strongly disagree');
    expect(description(el, radios(el)[3]!)).to.equal('Neither agree nor disagree');
    expect(description(el, radios(el)[6]!)).to.equal('Strongly agree');
  });

  it('speaks Dutch inside a Dutch page and English inside an English one', async () => {
    const nl = await fixture(html`<div lang="nl"><feelback-effort></feelback-effort></div>`);
    const el = nl.querySelector('feelback-effort')!;
    expect(groupName(el)).to.equal('De organisatie maakte het mij gemakkelijk om mijn zaak te regelen.');
    expect(description(el, radios(el)[6]!)).to.equal('Helemaal mee eens');
    const en = await fixture(html`<div lang="en"><feelback-effort question="Was it easy?"></feelback-effort></div>`);
    expect(groupName(en.querySelector('feelback-effort')!)).to.equal('Was it easy?');
  });

  it('is accessible unanswered, answered and invalid', async () => {
    const el = await fixture<FeelbackEffort>(html`<feelback-effort lang="nl" required></feelback-effort>`);
    await expect(el).to.be.accessible();
    expect(el.validate()).to.be.false;
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    radios(el)[5]!.click();
    await el.updateComplete;
    expect(el.invalid).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('picks by click and fires change with the answer', async () => {
    const el = await fixture<FeelbackEffort>(html`<feelback-effort></feelback-effort>`);
    setTimeout(() => radios(el)[1]!.click());
    const e = await oneEvent(el, 'change');
    expect(e.bubbles && e.composed).to.be.true;
    expect(el.answer).to.deep.equal({ name: 'effort', kind: 'effort', value: 2 });
  });

  it('moves and checks with the arrow keys from a single Tab stop', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><feelback-effort name="ces"></feelback-effort><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-effort')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    expect(el.answer).to.deep.equal({ name: 'ces', kind: 'effort', value: 2 });
  });

  it('fires no change on a programmatic set and treats an out-of-range value as unanswered', async () => {
    const el = await fixture<FeelbackEffort>(html`<feelback-effort value="9"></feelback-effort>`);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    expect(el.answer).to.equal(null);
    el.value = 6;
    await el.updateComplete;
    expect(radios(el)[5]!.checked).to.be.true;
    el.clear();
    await el.updateComplete;
    expect(radios(el).some((r) => r.checked)).to.be.false;
    expect(fired).to.equal(0);
  });

  it('exposes its parts', async () => {
    const el = await fixture<FeelbackEffort>(html`<feelback-effort required></feelback-effort>`);
    el.validate();
    await el.updateComplete;
    for (const part of [
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
      expect($(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('gives every option at least 24 by 24 pixels and fits 320 pixels without scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px" lang="nl"><feelback-effort></feelback-effort></div>`,
    );
    const el = wrapper.querySelector('feelback-effort')!;
    for (const label of $(el).querySelectorAll('label')) {
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
