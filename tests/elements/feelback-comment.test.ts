import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackComment } from '../../src/elements/feelback-comment/feelback-comment.js';
import { buildResponse } from '../../src/schema/build-response.js';
import { DEFAULT_CONFIG } from '../../src/schema/config.js';
import { Response } from '../../src/schema/response.js';

const $ = (el: Element) => el.shadowRoot!;
const response = buildResponse({ config: DEFAULT_CONFIG, answers: [], lang: 'en', page: '/' });
const textbox = (el: FeelbackComment) => $(el).querySelector('textarea')!;
const labelOf = (el: FeelbackComment) =>
  $(el)
    .querySelector(`label[for="${textbox(el).id}"]`)!
    .textContent!.trim();
const count = (el: FeelbackComment) => $(el).querySelector('[part=count]')!.textContent!.trim();
const live = (el: FeelbackComment) => $(el).querySelector('[aria-live=polite]')!.textContent!.trim();

describe('feelback-comment', () => {
  it('renders a textbox named by the question with a visible count', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment lang="en"></feelback-comment>`);
    expect(labelOf(el)).to.equal('Anything you would like to add?');
    expect(textbox(el).maxLength).to.equal(1000);
    expect(count(el)).to.equal('0 of 1000 characters');
    const described = textbox(el).getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include($(el).querySelector('[part=count]')!.id);
    expect(el.answer).to.equal(null);
  });

  it('speaks Dutch inside a Dutch page and English inside an English one', async () => {
    const nl = await fixture(html`<div lang="nl"><feelback-comment maxlength="200"></feelback-comment></div>`);
    const el = nl.querySelector('feelback-comment')!;
    expect(labelOf(el)).to.equal('Wilt u nog iets toelichten?');
    expect(count(el)).to.equal('0 van 200 tekens');
    expect($(el).textContent).to.contain('Persoonlijke gegevens');
    const en = await fixture(html`<div lang="en"><feelback-comment question="Tell us more"></feelback-comment></div>`);
    expect(labelOf(en.querySelector('feelback-comment')!)).to.equal('Tell us more');
  });

  it('is accessible empty, answered and invalid', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment lang="nl" required></feelback-comment>`);
    await expect(el).to.be.accessible();
    expect(el.validate()).to.be.false;
    await el.updateComplete;
    expect(textbox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textbox(el).getAttribute('aria-describedby')).to.contain($(el).querySelector('[part=error]')!.id);
    await expect(el).to.be.accessible();
    el.value = 'Prima geholpen';
    await el.updateComplete;
    expect(el.validate()).to.be.true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('counts live while typing and fires change only when the field is left', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><feelback-comment></feelback-comment><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-comment')!;
    let fired = 0;
    el.addEventListener('change', () => fired++);
    textbox(el).focus();
    await sendKeys({ type: 'Snel geholpen' });
    await el.updateComplete;
    expect(count(el)).to.equal('13 of 1000 characters');
    expect(fired).to.equal(0);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Tab' });
    const e = await changed;
    expect(e.bubbles && e.composed).to.be.true;
    expect(fired).to.equal(1);
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    expect(el.answer).to.deep.equal({ name: 'comment', kind: 'comment', value: 'Snel geholpen' });
  });

  it('announces the remaining characters politely after a typing pause, not per keystroke', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment lang="en" maxlength="30"></feelback-comment>`);
    textbox(el).focus();
    await sendKeys({ type: 'abc' });
    await aTimeout(1100);
    await el.updateComplete;
    expect(live(el)).to.equal('27 characters left');
    await sendKeys({ type: 'defghijklmnop' });
    expect(live(el), 'unchanged while typing').to.equal('27 characters left');
    await aTimeout(1100);
    await el.updateComplete;
    expect(live(el)).to.equal('14 characters left');
    await sendKeys({ type: 'qrstuvwxyz1234567890' });
    await el.updateComplete;
    expect(textbox(el).value).to.have.length(30);
    expect(count(el)).to.equal('30 of 30 characters');
  });

  it('redacts personal details in the answer, not in the textbox', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment></feelback-comment>`);
    const text = 'Bel 06-12345678 of mail jan@example.nl over NL91 ABNA 0417 1643 00, order 123456789.';
    el.value = text;
    await el.updateComplete;
    expect(textbox(el).value).to.equal(text);
    expect(el.answer!.value).to.equal('Bel [phone] of mail [email] over [iban], order 123456789.');
    el.redact = 'email';
    expect(el.answer!.value).to.equal('Bel 06-12345678 of mail [email] over NL91 ABNA 0417 1643 00, order 123456789.');
    el.redact = 'none';
    await el.updateComplete;
    expect(el.answer!.value).to.equal(text);
    expect($(el).querySelector<HTMLElement>('[part=note]')!.hidden).to.be.true;
  });

  it('replaces U+0000 and lone surrogates with U+FFFD in the answer, so a paste is never refused', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment></feelback-comment>`);
    el.value = 'a\u0000b x\ud800y z\udc00 top 😀 mail jan@example.nl\u0000';
    await el.updateComplete;
    expect(el.answer!.value).to.equal('a\ufffdb x\ufffdy z\ufffd top 😀 mail [email]\ufffd');
    expect(Response.safeParse({ ...response, answers: [el.answer] }).success).to.be.true;
    // A cut through an emoji at the limit leaves half of it: that half is replaced too.
    el.maxlength = 3;
    el.value = 'ab😀';
    expect(el.answer!.value).to.equal('ab\ufffd');
  });

  it('treats an empty or white-space comment as unanswered', async () => {
    const el = await fixture<FeelbackComment>(
      html`<feelback-comment
        value="  
 "
      ></feelback-comment>`,
    );
    expect(el.answer).to.equal(null);
    el.value = '  ok  ';
    expect(el.answer!.value).to.equal('ok');
  });

  it('fires no change on a programmatic set', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment lang="en"></feelback-comment>`);
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = 'Hallo';
    await el.updateComplete;
    expect(textbox(el).value).to.equal('Hallo');
    expect(count(el)).to.equal('5 of 1000 characters');
    el.clear();
    await el.updateComplete;
    expect(textbox(el).value).to.equal('');
    expect(fired).to.equal(0);
  });

  it('exposes its parts', async () => {
    const el = await fixture<FeelbackComment>(html`<feelback-comment required></feelback-comment>`);
    el.validate();
    await el.updateComplete;
    for (const part of ['base', 'question', 'textbox', 'meta', 'note', 'count', 'error']) {
      expect($(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('fits 320 pixels without scrolling with a target of at least 24 by 24 pixels', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px" lang="nl"><feelback-comment></feelback-comment></div>`,
    );
    const el = wrapper.querySelector('feelback-comment')!;
    const box = textbox(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
