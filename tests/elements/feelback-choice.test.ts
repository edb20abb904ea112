import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackChoice } from '../../src/elements/feelback-choice/feelback-choice.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import { Response } from '../../src/schema/response.js';
import { MOTIVATORS } from '../../src/schema/presets.js';

const $ = (el: Element) => el.shadowRoot!;
const inputs = (el: FeelbackChoice) => [...$(el).querySelectorAll<HTMLInputElement>('[part~=options] input')];
const labelOf = (input: HTMLInputElement) => input.closest('label')!.textContent!.trim();
const names = (el: FeelbackChoice) => inputs(el).map(labelOf);
const control = (el: FeelbackChoice, name: string) => inputs(el).find((i) => labelOf(i) === name)!;
const group = (el: FeelbackChoice) => $(el).querySelector('[part~=options]')!;
const nameOf = (el: FeelbackChoice, node: Element) =>
  $(el).getElementById(node.getAttribute('aria-labelledby')!)!.textContent!.trim();
const textbox = (el: FeelbackChoice) => $(el).querySelector<HTMLInputElement>('[part~=textbox]');
const update = async (el: FeelbackChoice) => {
  await el.updateComplete;
  return el;
};

const reasons = html`<option value="price">Price</option>
  <option value="speed">Speed</option>
  <option value="service">Service</option>`;

describe('feelback-choice', () => {
  it('renders native radios in a radiogroup named by the question, each named by its label', async () => {
    const el = await fixture<FeelbackChoice>(
      html`<feelback-choice lang="en" name="reason" question="Why did you choose us?">${reasons}</feelback-choice>`,
    );
    expect(group(el).getAttribute('role')).to.equal('radiogroup');
    expect(nameOf(el, group(el))).to.equal('Why did you choose us?');
    expect(names(el)).to.deep.equal(['Price', 'Speed', 'Service']);
    expect(inputs(el).every((i) => i.type === 'radio')).to.be.true;
    expect(el.answer).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders checkboxes in a group with multiple, and is accessible with other chosen', async () => {
    const el = await fixture<FeelbackChoice>(
      html`<feelback-choice lang="en" multiple other>${reasons}</feelback-choice>`,
    );
    expect(group(el).getAttribute('role')).to.equal('group');
    expect(nameOf(el, group(el))).to.equal('Which of these apply?');
    expect(names(el)).to.deep.equal(['Price', 'Speed', 'Service', 'Other']);
    expect(inputs(el).every((i) => i.type === 'checkbox')).to.be.true;
    control(el, 'Other').click();
    await update(el);
    expect(textbox(el)!.getAttribute('aria-label')).to.equal('Please specify');
    await expect(el).to.be.accessible();
  });

  it('takes options from the options property, labels in the page language', async () => {
    const el = await fixture<FeelbackChoice>(
      html`<feelback-choice
        lang="nl"
        .options=${[
          { value: 'app', label: { nl: 'De app', en: 'The app' } },
          { value: 'branch', label: 'Filiaal' },
        ]}
      ></feelback-choice>`,
    );
    expect(names(el)).to.deep.equal(['De app', 'Filiaal']);
    expect(nameOf(el, group(el))).to.equal('Wat is het meest op u van toepassing?');
  });

  it('moves and checks with the arrow keys in the radiogroup (one Tab stop)', async () => {
    const el = await fixture<FeelbackChoice>(html`<feelback-choice lang="en">${reasons}</feelback-choice>`);
    const changes: unknown[] = [];
    el.addEventListener('change', () => changes.push(el.answer));
    control(el, 'Price').focus();
    await sendKeys({ press: 'ArrowDown' });
    await update(el);
    expect($(el).activeElement).to.equal(control(el, 'Speed'));
    expect(el.answer).to.deep.equal({ name: 'choice', kind: 'choice', value: ['speed'] });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await update(el);
    expect(el.answer).to.deep.include({ value: ['price'] }, 'wraps around');
    expect(changes).to.have.length(3);
    expect(inputs(el).filter((i) => i.checked)).to.have.length(1);
  });

  it('checks boxes with Tab and Space', async () => {
    const el = await fixture<FeelbackChoice>(html`<feelback-choice lang="en" multiple>${reasons}</feelback-choice>`);
    control(el, 'Price').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await update(el);
    expect($(el).activeElement).to.equal(control(el, 'Service'));
    expect(el.answer).to.deep.equal({ name: 'choice', kind: 'choice', value: ['price', 'service'] });
    await sendKeys({ press: 'Space' });
    await update(el);
    expect(el.answer!.value).to.deep.equal(['price']);
  });

  it('fires change on user input only, never on a programmatic set', async () => {
    const el = await fixture<FeelbackChoice>(html`<feelback-choice multiple>${reasons}</feelback-choice>`);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = ['speed'];
    await update(el);
    expect(control(el, 'Speed').checked).to.be.true;
    el.clear();
    await update(el);
    expect(fired).to.equal(0);
    setTimeout(() => control(el, 'Price').click());
    const e = await oneEvent(el, 'change');
    expect(e.bubbles && e.composed).to.be.true;
    expect(el.answer!.value).to.deep.equal(['price']);
  });

  it('lets no more than max be checked, and the status says why', async () => {
    const el = await fixture<FeelbackChoice>(
      html`<feelback-choice lang="en" multiple max="2">${reasons}</feelback-choice>`,
    );
    expect($(el).querySelector('[part~=hint]')!.textContent!.trim()).to.equal('You can choose up to 2.');
    control(el, 'Price').click();
    control(el, 'Speed').click();
    await update(el);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    control(el, 'Service').click();
    await update(el);
    expect(control(el, 'Service').checked).to.be.false;
    expect(fired).to.equal(0);
    expect($(el).querySelector('[role=status]')!.textContent!.trim()).to.equal(
      'You have already chosen 2. Uncheck one to choose another.',
    );
    expect(el.answer!.value).to.deep.equal(['price', 'speed']);
  });

  it('adds other last with a text field whose text is redacted like a comment', async () => {
    const el = await fixture<FeelbackChoice>(html`<feelback-choice lang="nl" other>${reasons}</feelback-choice>`);
    expect(names(el).at(-1)).to.equal('Anders, namelijk');
    expect(textbox(el)).to.equal(null);
    control(el, 'Anders, namelijk').click();
    await update(el);
    expect(el.answer).to.deep.equal({ name: 'choice', kind: 'choice', value: ['other'] }, 'no text, no other');
    textbox(el)!.focus();
    await sendKeys({ type: 'Bel me op 06 12345678 of mail a@b.nl' });
    setTimeout(() => textbox(el)!.dispatchEvent(new Event('change', { bubbles: true })));
    await oneEvent(el, 'change');
    expect(el.answer).to.deep.equal({
      name: 'choice',
      kind: 'choice',
      value: ['other'],
      other: 'Bel me op [phone] of mail [email]',
    });
    expect(el.otherText, 'the typed text stays as typed').to.contain('a@b.nl');
    // Another radio: other is no longer chosen, and its text is not sent.
    control(el, 'Price').click();
    await update(el);
    expect(el.answer).to.deep.equal({ name: 'choice', kind: 'choice', value: ['price'] });
    expect(textbox(el)).to.equal(null);
  });

  it('shuffles the options per respondent and keeps other last', async () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ value: `o-${i}`, label: `Option ${i}` }));
    const orders = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const el = await fixture<FeelbackChoice>(
        html`<feelback-choice lang="en" shuffle other .options=${options}></feelback-choice>`,
      );
      const shown = names(el);
      expect(shown.at(-1)).to.equal('Other');
      expect([...shown.slice(0, -1)].sort()).to.deep.equal(options.map((o) => o.label).sort());
      orders.add(shown.join());
      const before = shown.join();
      control(el, 'Option 3').click();
      await update(el);
      expect(names(el).join(), 'an answer does not reshuffle').to.equal(before);
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  it('offers the ten emotional motivators as a preset, in Dutch and in English', async () => {
    const nl = await fixture<FeelbackChoice>(html`<feelback-choice lang="nl" preset="motivators"></feelback-choice>`);
    expect(names(nl)).to.deep.equal(MOTIVATORS.items.map((i) => i.label.nl));
    expect(names(nl)).to.include('Me zeker voelen');
    const en = await fixture<FeelbackChoice>(
      html`<feelback-choice lang="en" preset="motivators" multiple max="3"></feelback-choice>`,
    );
    expect(names(en)).to.have.length(10);
    expect(names(en)).to.include('Feel secure');
    control(en, 'Feel secure').click();
    await update(en);
    expect(en.answer!.value).to.deep.equal(['feel-secure']);
    await expect(en).to.be.accessible();
  });

  it('reports an unknown preset and a bad option id as feelback-error config', async () => {
    const errors: FeelbackErrorDetail[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent<FeelbackErrorDetail>).detail);
    document.addEventListener('feelback-error', listen);
    try {
      await fixture(html`<feelback-choice preset="nope"></feelback-choice>`);
      await fixture(html`<feelback-choice><option value="Bad id">X</option></feelback-choice>`);
    } finally {
      document.removeEventListener('feelback-error', listen);
    }
    expect(errors.map((e) => e.code)).to.deep.equal(['config', 'config']);
    expect(errors[0]!.message).to.contain('nope');
    expect(errors[1]!.message).to.contain('Bad id');
  });

  it('is invalid while required and unanswered, with aria-invalid and a message', async () => {
    const el = await fixture<FeelbackChoice>(html`<feelback-choice lang="en" required>${reasons}</feelback-choice>`);
    expect(el.validate()).to.be.false;
    await update(el);
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    expect(group(el).getAttribute('aria-required')).to.equal('true');
    const message = $(el).getElementById(group(el).getAttribute('aria-describedby')!)!;
    expect(message.textContent!.trim()).to.equal('Please answer this question.');
    await expect(el).to.be.accessible();
    control(el, 'Speed').click();
    await update(el);
    expect(group(el).hasAttribute('aria-invalid')).to.be.false;
    expect(el.validate()).to.be.true;
  });

  it('has a part on everything visible', async () => {
    const el = await fixture<FeelbackChoice>(
      html`<feelback-choice lang="en" multiple max="1" other required>${reasons}</feelback-choice>`,
    );
    control(el, 'Other').click();
    el.validate();
    await update(el);
    for (const part of ['base', 'question', 'hint', 'options', 'option', 'checked', 'control', 'label', 'other']) {
      expect($(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
    for (const part of ['textbox', 'note', 'status', 'error']) {
      expect($(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('gives every target at least 24 by 24 pixels and fits 320 pixels without scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px" lang="nl">
        <feelback-choice preset="motivators" multiple other></feelback-choice>
      </div>`,
    );
    const el = wrapper.querySelector('feelback-choice')!;
    control(el, 'Anders, namelijk').click();
    await update(el);
    for (const target of [...$(el).querySelectorAll('label'), textbox(el)!]) {
      const rect = target.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
    }
    const edge = wrapper.getBoundingClientRect().right + 0.5;
    const wide = [...$(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > edge);
    expect(wide).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('feelback-choice in a survey', () => {
  it('sends its answer, with the redacted other text, to a real endpoint', async () => {
    const bucket = `choice-${Date.now()}`;
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en" endpoint="/__feelback/collect/${bucket}">
        <feelback-choice name="reason" multiple other required>${reasons}</feelback-choice>
      </feelback-survey>`,
    );
    const choice = el.querySelector('feelback-choice')!;
    await update(choice);
    expect(el.questions()).to.deep.equal([choice]);
    expect(await el.submit()).to.deep.equal({ status: 'invalid' });
    control(choice, 'Speed').click();
    control(choice, 'Other').click();
    await update(choice);
    textbox(choice)!.focus();
    await sendKeys({ type: 'Call 06 12345678' });
    textbox(choice)!.dispatchEvent(new Event('change', { bubbles: true }));
    const sent = oneEvent(el, 'feelback-sent');
    expect((await el.submit()).status).to.equal('sent');
    expect((await sent).detail.status).to.equal(201);
    const [req, ...more] = await (await fetch(`/__feelback/received/${bucket}`)).json();
    expect(more).to.have.length(0);
    expect(Response.safeParse(req.body).success).to.be.true;
    expect(req.body.answers).to.deep.equal([
      { name: 'reason', kind: 'choice', value: ['speed', 'other'], other: 'Call [phone]' },
    ]);
  });
});
