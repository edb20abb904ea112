import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackKano } from '../../src/elements/feelback-kano/feelback-kano.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { Response } from '../../src/schema/response.js';
import { $, ids, part } from './shared/scale-dom.js';

const groups = (el: Element) => [...$(el).querySelectorAll('[role=radiogroup]')];
const nameOf = (el: Element, g: Element) =>
  $(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim();
const radiosOf = (g: Element) => [...g.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const labelsOf = (g: Element) => radiosOf(g).map((r) => r.closest('label')!.textContent!.trim());
const make = (attrs = '') => fixture<FeelbackKano>(`<feelback-kano ${attrs}></feelback-kano>`);

const EN = ['I like it', 'I expect it', 'I am neutral', 'I can live with it', 'I dislike it'];
const NL = ['Vind ik prettig', 'Vanzelfsprekend', 'Maakt me niet uit', 'Kan ik mee leven', 'Vind ik niet prettig'];

describe('feelback-kano', () => {
  it('renders two radiogroups named by their questions, five named radios each', async () => {
    const el = await make('lang="en" feature="face login"');
    const [f, d] = groups(el);
    expect(groups(el)).to.have.length(2);
    expect(nameOf(el, f!)).to.equal('How would you feel if face login were there?');
    expect(nameOf(el, d!)).to.equal('How would you feel if face login were not there?');
    for (const g of [f!, d!]) {
      expect(labelsOf(g)).to.deep.equal(EN);
      expect(radiosOf(g).map((r) => r.value)).to.deep.equal(['like', 'expect', 'neutral', 'tolerate', 'dislike']);
      expect(new Set(radiosOf(g).map((r) => r.name)).size).to.equal(1);
    }
    expect(radiosOf(f!)[0]!.name).not.to.equal(radiosOf(d!)[0]!.name);
  });

  it('speaks Dutch in a Dutch page and takes its questions from attributes', async () => {
    const el = await make('lang="nl-NL" feature="inloggen met uw gezicht"');
    expect(nameOf(el, groups(el)[0]!)).to.equal('Hoe zou u het vinden als inloggen met uw gezicht er wel is?');
    expect(labelsOf(groups(el)[1]!)).to.deep.equal(NL);
    el.required = true;
    el.validate();
    await el.updateComplete;
    expect(part(el, 'error')!.textContent!.trim()).to.equal('Beantwoord deze vraag.');
    const own = await make('lang="en" question-functional="With it?" question-dysfunctional="Without it?"');
    expect(groups(own).map((g) => nameOf(own, g))).to.deep.equal(['With it?', 'Without it?']);
  });

  it('answers only when both are answered, firing change on user input only', async () => {
    const el = await make('name="face-login" feature="Face login"');
    const seen: Event[] = [];
    el.addEventListener('change', (e) => seen.push(e));
    radiosOf(groups(el)[0]!)[0]!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect(el.answer).to.equal(null);
    radiosOf(groups(el)[1]!)[4]!.click();
    expect(el.answer).to.deep.equal({
      name: 'face-login',
      kind: 'kano',
      feature: 'Face login',
      value: { functional: 'like', dysfunctional: 'dislike' },
    });
    el.functional = 'expect';
    el.clear();
    el.dysfunctional = 'neutral';
    await el.updateComplete;
    expect(seen).to.have.length(2);
    expect(radiosOf(groups(el)[1]!)[2]!.checked).to.equal(true);
    expect(el.answer).to.equal(null);
  });

  it('moves and checks with the arrow keys, one Tab stop per group', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div><button>before</button><feelback-kano></feelback-kano><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-kano')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const [f, d] = groups(el);
    expect($(el).activeElement).to.equal(radiosOf(f!)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.functional).to.equal('neutral');
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(radiosOf(d!)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.dysfunctional).to.equal('dislike');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('is required until both are answered, marks the unanswered side, and is accessible throughout', async () => {
    const el = await make('lang="en" required feature="x"');
    await expect(el).to.be.accessible();
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.textContent!.trim()).to.equal('Please answer this question.');
    expect(groups(el).map((g) => g.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
    expect(ids(groups(el)[0]!, 'aria-describedby')).to.include(error.id);
    await expect(el).to.be.accessible();
    radiosOf(groups(el)[0]!)[1]!.click();
    await el.updateComplete;
    expect(groups(el).map((g) => g.getAttribute('aria-invalid'))).to.deep.equal([null, 'true']);
    expect(el.validate()).to.equal(false);
    el.focusControl();
    expect($(el).activeElement).to.equal(radiosOf(groups(el)[1]!)[0]);
    radiosOf(groups(el)[1]!)[1]!.click();
    await el.updateComplete;
    expect(el.invalid).to.equal(false);
    expect(error.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('exposes its parts', async () => {
    const el = await make('required');
    el.validate();
    el.functional = 'like';
    await el.updateComplete;
    for (const name of [
      'base',
      'group',
      'functional',
      'dysfunctional',
      'question',
      'options',
      'option',
      'checked',
      'label',
      'error',
    ])
      expect(part(el, name), name).to.not.equal(null);
  });

  for (const lang of ['en', 'nl']) {
    it(`gives every option at least 24 by 24 pixels and fits 320 pixels (${lang})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div style="width:320px" lang="${lang}"><feelback-kano feature="inloggen met gezichtsherkenning"></feelback-kano></div>`,
      );
      const el = wrapper.querySelector('feelback-kano')!;
      const right = wrapper.getBoundingClientRect().right;
      for (const target of $(el).querySelectorAll('label, input')) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        expect(box.right).to.be.at.most(right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(320);
    });
  }

  it('sends its answer through a survey to a real endpoint', async () => {
    const bucket = `kano-${Date.now()}`;
    const survey = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en" endpoint="/__feelback/collect/${bucket}">
        <feelback-kano name="face-login" feature="Face login" required></feelback-kano>
      </feelback-survey>`,
    );
    const el = survey.querySelector('feelback-kano')!;
    await el.updateComplete;
    expect(await survey.submit()).to.deep.equal({ status: 'invalid' });
    radiosOf(groups(el)[0]!)[0]!.click();
    radiosOf(groups(el)[1]!)[4]!.click();
    const sent = oneEvent(survey, 'feelback-sent');
    expect((await survey.submit()).status).to.equal('sent');
    expect((await sent).detail.status).to.equal(201);
    const [req] = await (await fetch(`/__feelback/received/${bucket}`)).json();
    expect(Response.safeParse(req.body).success).to.equal(true);
    expect(req.body.answers).to.deep.equal([
      {
        name: 'face-login',
        kind: 'kano',
        feature: 'Face login',
        value: { functional: 'like', dysfunctional: 'dislike' },
      },
    ]);
  });
});
