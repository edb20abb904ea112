import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackEmotion } from '../../src/elements/feelback-emotion/feelback-emotion.js';
import type { FeelbackErrorDetail } from '../../src/events.js';

const $ = (el: Element) => el.shadowRoot!;
const boxes = (el: FeelbackEmotion) => [...$(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const box = (el: FeelbackEmotion, name: string) =>
  boxes(el).find((b) => b.closest('label')!.textContent!.trim() === name)!;
const group = (el: FeelbackEmotion) => $(el).querySelector('[role=group]')!;
const nameOf = (el: FeelbackEmotion, node: Element) =>
  $(el).getElementById(node.getAttribute('aria-labelledby')!)!.textContent!.trim();
const scales = (el: FeelbackEmotion) => [...$(el).querySelectorAll('[role=radiogroup]')];
const scale = (el: FeelbackEmotion, name: string) => scales(el).find((g) => nameOf(el, g) === name)!;
const status = (el: FeelbackEmotion) => $(el).querySelector('[role=status]')!.textContent!.trim();
const update = async (el: FeelbackEmotion) => {
  await el.updateComplete;
  return el;
};

const EN = ['Happy', 'Angry', 'Relieved', 'Disappointed', 'Valued', 'Worried', 'Confident', 'Frustrated'];

describe('feelback-emotion', () => {
  it('renders a group named by the question with the ten core emotions interleaved, then "no particular feeling"', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en"></feelback-emotion>`);
    expect(nameOf(el, group(el))).to.equal('How did this make you feel?');
    const names = boxes(el).map((b) => b.closest('label')!.textContent!.trim());
    expect(names).to.deep.equal([...EN, 'Pleasantly surprised', 'Sad', 'No particular feeling']);
    expect($(el).querySelectorAll('svg[part=picture][aria-hidden=true]').length).to.equal(10);
    expect(el.answer).to.equal(null);
  });

  it('speaks Dutch on a Dutch page and English on an English one', async () => {
    const nl = await fixture(html`<div lang="nl"><feelback-emotion></feelback-emotion></div>`);
    const el = nl.querySelector('feelback-emotion')!;
    expect(nameOf(el, group(el))).to.equal('Hoe voelde u zich hierbij?');
    expect(box(el, 'Blij')).to.exist;
    expect(box(el, 'Vol vertrouwen')).to.exist;
    expect(box(el, 'Geen uitgesproken gevoel')).to.exist;
    box(el, 'Blij').click();
    await update(el);
    expect(scale(el, 'Hoe sterk? Blij')).to.exist;
    expect($(el).textContent).to.contain('een beetje').and.contain('heel sterk');
    const en = await fixture(html`<div lang="en-GB"><feelback-emotion></feelback-emotion></div>`);
    const el2 = en.querySelector('feelback-emotion')!;
    box(el2, 'Happy').click();
    await update(el2);
    expect(scale(el2, 'How strongly? Happy')).to.exist;
  });

  it('is accessible unanswered, answered and invalid', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="nl" required></feelback-emotion>`);
    await expect(el).to.be.accessible();
    box(el, 'Opgelucht').click();
    await update(el);
    await expect(el).to.be.accessible();
    expect(el.validate()).to.be.false;
    await update(el);
    await expect(el).to.be.accessible();
    el.clear();
    el.validate();
    await update(el);
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a 1–5 intensity radiogroup per checked emotion and answers with id, valence and intensity', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en" name="feel"></feelback-emotion>`);
    setTimeout(() => box(el, 'Worried').click());
    await oneEvent(el, 'change');
    await update(el);
    const radios = [...scale(el, 'How strongly? Worried').querySelectorAll('input')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5']);
    setTimeout(() => radios[3]!.click());
    const e = await oneEvent(el, 'change');
    expect(e.bubbles && e.composed).to.be.true;
    expect(el.answer).to.deep.equal({
      name: 'feel',
      kind: 'emotion',
      value: [{ id: 'worried', valence: 'negative', intensity: 4 }],
    });
    expect(JSON.stringify(el.value)).to.equal('[{"id":"worried","intensity":4}]');
  });

  it('toggles with Space, tabs through the boxes and moves intensity with the arrow keys', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><button>before</button><feelback-emotion></feelback-emotion><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-emotion')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(box(el, 'Happy'));
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(box(el, 'Happy').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(box(el, 'Angry'));
    // Past the remaining boxes to the intensity scale: one Tab stop, arrows move and check.
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'Tab' });
    const radios = [...scale(el, 'How strongly? Happy').querySelectorAll('input')];
    expect($(el).activeElement).to.equal(radios[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await update(el);
    expect(el.answer!.value).to.deep.equal([{ id: 'happy', valence: 'positive', intensity: 3 }]);
    await sendKeys({ press: 'ArrowLeft' });
    await update(el);
    expect(el.answer!.value).to.deep.equal([{ id: 'happy', valence: 'positive', intensity: 2 }]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('allows at most max emotions and says so instead of silently ignoring the next', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en" max="2"></feelback-emotion>`);
    expect($(el).textContent).to.contain('You can choose up to 2 feelings.');
    box(el, 'Happy').click();
    box(el, 'Angry').click();
    await update(el);
    expect(status(el)).to.contain('2 of 2 chosen');
    let fired = 0;
    el.addEventListener('change', () => fired++);
    const third = box(el, 'Relieved');
    expect(third.disabled).to.be.false;
    expect(third.getAttribute('aria-describedby')).to.equal($(el).querySelector('[role=status]')!.id);
    third.click();
    await update(el);
    expect(third.checked).to.be.false;
    expect(fired).to.equal(0);
    expect(status(el)).to.equal('You have already chosen 2 feelings. Uncheck one to choose another.');
    expect(el.value!.map((p) => p.id)).to.deep.equal(['happy', 'angry']);
    box(el, 'Angry').click();
    await update(el);
    expect(status(el)).to.equal('');
    box(el, 'Relieved').click();
    await update(el);
    expect(el.value!.map((p) => p.id)).to.deep.equal(['happy', 'relieved']);
  });

  it('answers [] for "no particular feeling", which clears and excludes the others', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="nl"></feelback-emotion>`);
    box(el, 'Boos').click();
    await update(el);
    const none = box(el, 'Geen uitgesproken gevoel');
    setTimeout(() => none.click());
    await oneEvent(el, 'change');
    await update(el);
    expect(el.answer).to.deep.equal({ name: 'emotion', kind: 'emotion', value: [] });
    expect(box(el, 'Boos').checked).to.be.false;
    expect(scales(el)).to.have.length(0);
    box(el, 'Bezorgd').click();
    await update(el);
    expect(none.checked).to.be.false;
    expect(el.value).to.deep.equal([{ id: 'worried' }]);
    box(el, 'Bezorgd').click();
    await update(el);
    expect(el.answer, 'unchecking the last is unanswered, not "none"').to.equal(null);
  });

  it('asks no intensity with without-intensity', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en" without-intensity></feelback-emotion>`);
    box(el, 'Valued').click();
    box(el, 'Sad').click();
    await update(el);
    expect(scales(el)).to.have.length(0);
    expect(el.validate()).to.be.true;
    expect(el.answer!.value).to.deep.equal([
      { id: 'valued', valence: 'positive' },
      { id: 'sad', valence: 'negative' },
    ]);
  });

  it('leaves a chosen emotion without intensity out of the answer, fails validation and focuses that radiogroup', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en"></feelback-emotion>`);
    box(el, 'Frustrated').click();
    await update(el);
    expect(el.answer, 'scores would read a missing intensity as "asked without"').to.equal(null);
    box(el, 'Happy').click();
    await update(el);
    scale(el, 'How strongly? Happy').querySelectorAll('input')[4]!.click();
    await update(el);
    expect(el.answer!.value).to.deep.equal([{ id: 'happy', valence: 'positive', intensity: 5 }]);
    expect(el.validate()).to.be.false;
    await update(el);
    const incomplete = scale(el, 'How strongly? Frustrated');
    expect(incomplete.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el).querySelector('[part=error]')!;
    expect(error.textContent!.trim()).to.equal('Please choose how strongly: Frustrated.');
    expect(incomplete.getAttribute('aria-describedby')).to.contain(error.id);
    expect(group(el).getAttribute('aria-describedby')).to.contain(error.id);
    el.focusControl();
    expect($(el).activeElement).to.equal(incomplete.querySelector('input'));
    await sendKeys({ press: 'ArrowRight' });
    await update(el);
    expect(el.invalid).to.be.false;
    expect(error.hasAttribute('hidden')).to.be.true;
    expect(el.validate()).to.be.true;
  });

  it('takes and gives the value as JSON and fires no change on a programmatic set', async () => {
    const el = await fixture<FeelbackEmotion>(
      html`<feelback-emotion lang="en" value='[{"id":"relieved","intensity":5}]'></feelback-emotion>`,
    );
    let fired = 0;
    el.addEventListener('change', () => fired++);
    expect(box(el, 'Relieved').checked).to.be.true;
    expect(el.answer!.value).to.deep.equal([{ id: 'relieved', valence: 'positive', intensity: 5 }]);
    el.value = [];
    await update(el);
    expect(box(el, 'No particular feeling').checked).to.be.true;
    el.setAttribute('value', '[{"id":"sad","intensity":2}]');
    await update(el);
    expect(box(el, 'Sad').checked).to.be.true;
    el.clear();
    await update(el);
    expect(boxes(el).some((b) => b.checked)).to.be.false;
    expect(fired).to.equal(0);
  });

  it('reports an invalid value attribute as a config error and stays unanswered', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion></feelback-emotion>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      setTimeout(() => {
        el.setAttribute('value', '{"id":"happy"}');
        expect(el.answer, 'before the update resets it').to.equal(null);
      });
      const e = (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
      expect(e.detail.code).to.equal('config');
    } finally {
      console.warn = warn;
    }
    expect(el.answer).to.equal(null);
  });

  it('uses a valid custom set', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="nl"></feelback-emotion>`);
    el.emotions = [
      { id: 'calm', valence: 'positive', label: { nl: 'Rustig', en: 'Calm' } },
      { id: 'proud', valence: 'positive', label: { nl: 'Trots', en: 'Proud' } },
      { id: 'confused', valence: 'negative', label: { nl: 'In de war', en: 'Confused' } },
    ];
    await update(el);
    const names = boxes(el).map((b) => b.closest('label')!.textContent!.trim());
    expect(names).to.deep.equal(['Rustig', 'In de war', 'Trots', 'Geen uitgesproken gevoel']);
    box(el, 'In de war').click();
    await update(el);
    $(el).querySelector<HTMLInputElement>('[role=radiogroup] input')!.click();
    expect(el.answer!.value).to.deep.equal([{ id: 'confused', valence: 'negative', intensity: 1 }]);
  });

  it('reports an invalid custom set as a config error and uses the core set', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en"></feelback-emotion>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      setTimeout(() => {
        el.emotions = [{ id: 'calm', valence: 'good', label: { nl: 'Rustig' } }] as never;
      });
      const e = (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
      expect(e.detail.code).to.equal('config');
      expect(e.detail.message).to.contain('emotions');
    } finally {
      console.warn = warn;
    }
    await update(el);
    expect(boxes(el)).to.have.length(11);
    expect(box(el, 'Happy')).to.exist;
  });

  it('refuses a custom set with an id the collector would refuse, and uses the core set', async () => {
    for (const id of ['Calm', 'very_calm', 'constructor']) {
      const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en"></feelback-emotion>`);
      const warn = console.warn;
      console.warn = () => {};
      try {
        setTimeout(() => (el.emotions = [{ id, valence: 'positive', label: { nl: 'Rustig', en: 'Calm' } }]));
        const e = (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
        expect(e.detail.code, id).to.equal('config');
        expect(e.detail.message, id).to.contain('0.id');
      } finally {
        console.warn = warn;
      }
      await update(el);
      expect(boxes(el), id).to.have.length(11);
      expect(box(el, 'Happy'), id).to.exist;
    }
  });

  it('exposes its parts', async () => {
    const el = await fixture<FeelbackEmotion>(html`<feelback-emotion lang="en"></feelback-emotion>`);
    box(el, 'Happy').click();
    el.validate();
    await update(el);
    for (const part of [
      'base',
      'question',
      'hint',
      'options',
      'option',
      'picture',
      'label',
      'status',
      'intensity',
      'error',
    ]) {
      expect($(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('gives every target at least 24 by 24 pixels and fits 320 pixels without scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px" lang="nl"><feelback-emotion></feelback-emotion></div>`,
    );
    const el = wrapper.querySelector('feelback-emotion')!;
    box(el, 'Aangenaam verrast').click();
    await update(el);
    for (const label of $(el).querySelectorAll('label')) {
      const rect = label.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
      expect(rect.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
    const edge = wrapper.getBoundingClientRect().right + 0.5;
    const wide = [...$(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > edge);
    expect(wide).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    const svg = $(el).querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).to.equal(40);
  });
});
