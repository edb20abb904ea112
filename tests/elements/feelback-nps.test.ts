import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';

const radios = (el: FeelbackNps) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const group = (el: FeelbackNps) => el.shadowRoot!.querySelector('[role=radiogroup]')!;

describe('feelback-nps', () => {
  it('renders a radiogroup named by the question with 11 radios named 0 to 10', async () => {
    const el = await fixture<FeelbackNps>(html`<feelback-nps lang="en" subject="our bank"></feelback-nps>`);
    const labelId = group(el).getAttribute('aria-labelledby')!;
    expect(el.shadowRoot!.getElementById(labelId)!.textContent!.trim()).to.equal(
      'How likely are you to recommend our bank to a friend or colleague?',
    );
    const names = radios(el).map((r) => r.closest('label')!.textContent!.trim());
    expect(names).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('is accessible before and after answering', async () => {
    const el = await fixture<FeelbackNps>(html`<feelback-nps lang="nl"></feelback-nps>`);
    await expect(el).to.be.accessible();
    radios(el)[8]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('picks a score by click and fires change', async () => {
    const el = await fixture<FeelbackNps>(html`<feelback-nps></feelback-nps>`);
    setTimeout(() => radios(el)[7]!.click());
    const e = await oneEvent(el, 'change');
    expect(e.bubbles && e.composed).to.be.true;
    expect(el.value).to.equal(7);
    expect(el.answer).to.deep.equal({ name: 'nps', kind: 'nps', value: 7 });
  });

  it('moves and checks with the arrow keys from a single Tab stop', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><feelback-nps name="rec"></feelback-nps><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-nps')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    expect(el.answer).to.deep.equal({ name: 'rec', kind: 'nps', value: 1 });
  });

  it('fires no change on a programmatic set', async () => {
    const el = await fixture<FeelbackNps>(html`<feelback-nps></feelback-nps>`);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = 9;
    await el.updateComplete;
    expect(radios(el)[9]!.checked).to.be.true;
    expect(fired).to.equal(0);
  });

  it('speaks Dutch inside a Dutch page and English inside an English one', async () => {
    const nl = await fixture(html`<div lang="nl-NL"><feelback-nps subject="onze bank"></feelback-nps></div>`);
    expect(nl.querySelector('feelback-nps')!.shadowRoot!.textContent).to.contain(
      'Hoe waarschijnlijk is het dat u onze bank aanbeveelt aan een vriend of collega?',
    );
    const en = await fixture(html`<div lang="en-GB"><feelback-nps></feelback-nps></div>`);
    expect(en.querySelector('feelback-nps')!.shadowRoot!.textContent).to.contain('How likely are you to recommend us');
  });

  it('gives every option at least 24 by 24 pixels and fits 320 pixels without scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><feelback-nps></feelback-nps></div>`);
    const el = wrapper.querySelector('feelback-nps')!;
    for (const label of el.shadowRoot!.querySelectorAll('label')) {
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
