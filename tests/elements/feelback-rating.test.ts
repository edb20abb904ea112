import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackRating } from '../../src/elements/feelback-rating/feelback-rating.js';
import type { FeelbackErrorDetail } from '../../src/events.js';

const $ = (el: Element) => el.shadowRoot!;
const radios = (el: FeelbackRating) => [...$(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const names = (el: FeelbackRating) => radios(el).map((r) => r.closest('label')!.textContent!.trim());
const group = (el: FeelbackRating) => $(el).querySelector('[role=radiogroup]')!;
const groupName = (el: FeelbackRating) =>
  $(el).getElementById(group(el).getAttribute('aria-labelledby')!)!.textContent!.trim();

/** Silences the console.warn that goes with every config error. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

describe('feelback-rating', () => {
  it('renders a csat radiogroup of 5 radios named 1 to 5 by default', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating lang="en"></feelback-rating>`);
    expect(groupName(el)).to.equal('How satisfied are you with this?');
    expect(names(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect($(el).textContent).to.contain('Very dissatisfied').and.contain('Very satisfied');
  });

  const kinds = [
    ['csat', 'Hoe tevreden bent u hierover?'],
    ['effectiveness', 'In hoeverre kon u doen wat u wilde doen?'],
    ['ease', 'Hoe gemakkelijk was het?'],
    ['emotion', 'Hoe voelde u zich daarbij?'],
    ['custom', 'Hoe beoordeelt u dit?'],
  ] as const;
  for (const [kind, question] of kinds) {
    it(`asks the ${kind} question in Dutch and answers with its scale`, async () => {
      const el = await fixture<FeelbackRating>(html`<feelback-rating lang="nl" kind=${kind}></feelback-rating>`);
      expect(groupName(el)).to.equal(question);
      radios(el)[3]!.click();
      expect(el.answer).to.deep.equal({ name: 'rating', kind: 'rating', value: 4, scale: kind, points: 5 });
    });
  }

  it('takes 3 to 10 points and the question attribute', async () => {
    const el = await fixture<FeelbackRating>(
      html`<feelback-rating lang="en" kind="custom" points="10" question="Rate the app"></feelback-rating>`,
    );
    expect(groupName(el)).to.equal('Rate the app');
    expect(names(el)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    el.points = 3;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['1', '2', '3']);
  });

  for (const points of ['2', '11', '4.5', 'many']) {
    it(`reports points="${points}" as a config error and uses 5`, async () => {
      const el = await fixture<FeelbackRating>(html`<feelback-rating></feelback-rating>`);
      const e = await quietly(async () => {
        setTimeout(() => el.setAttribute('points', points));
        return (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
      });
      expect(e.detail.code).to.equal('config');
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
    });
  }

  it('reports an unknown kind as a config error and asks csat', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating lang="en"></feelback-rating>`);
    const e = await quietly(async () => {
      setTimeout(() => el.setAttribute('kind', 'nps'));
      return (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
    });
    expect(e.detail.code).to.equal('config');
    await el.updateComplete;
    expect(groupName(el)).to.equal('How satisfied are you with this?');
  });

  it('is accessible unanswered, answered and invalid', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating lang="nl" kind="ease" required></feelback-rating>`);
    await expect(el).to.be.accessible();
    expect(el.validate()).to.be.false;
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    radios(el)[4]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fires change on user input and moves with the arrow keys from a single Tab stop', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><feelback-rating name="sat"></feelback-rating><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-rating')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(radios(el)[0]);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowRight' });
    const e = await changed;
    expect(e.bubbles && e.composed).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    expect(el.answer).to.deep.equal({ name: 'sat', kind: 'rating', value: 3, scale: 'csat', points: 5 });
  });

  it('fires no change on a programmatic set', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating></feelback-rating>`);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = 2;
    await el.updateComplete;
    expect(radios(el)[1]!.checked).to.be.true;
    el.clear();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('exposes its parts', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating required></feelback-rating>`);
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

  it('gives every option at least 24 by 24 pixels and fits 320 pixels without scrolling, even with 10 points', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><feelback-rating points="10"></feelback-rating></div>`,
    );
    const el = wrapper.querySelector('feelback-rating')!;
    for (const label of $(el).querySelectorAll('label')) {
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
