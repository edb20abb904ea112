import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackStatements } from '../../src/elements/feelback-statements/feelback-statements.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import { Response } from '../../src/schema/response.js';
import { $, ids, part, shownName } from './shared/scale-dom.js';

const groups = (el: Element) => [...$(el).querySelectorAll('[role=radiogroup]')];
const nameOf = (el: Element, g: Element) =>
  $(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim();
const radiosOf = (g: Element) => [...g.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const OWN = `<option value="available">Always reachable</option><option value="keeps-promises">Keeps promises</option>`;
const make = (attrs = '', inner = OWN) =>
  fixture<FeelbackStatements>(`<feelback-statements ${attrs}>${inner}</feelback-statements>`);

describe('feelback-statements', () => {
  it('renders a radiogroup per child option, named by the statement, radios 1 to 5', async () => {
    const el = await make('lang="en"');
    expect(groups(el).map((g) => nameOf(el, g))).to.deep.equal(['Always reachable', 'Keeps promises']);
    for (const g of groups(el)) {
      expect(radiosOf(g).map(shownName)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(new Set(radiosOf(g).map((r) => r.name)).size).to.equal(1);
    }
    expect(part(el, 'low-label')!.textContent).to.equal('1: Strongly disagree');
    expect(part(el, 'high-label')!.textContent).to.equal('5: Strongly agree');
  });

  it('asks the golden rules preset in Dutch and in English', async () => {
    const nl = await make('lang="nl" preset="golden-rules"', '');
    expect(groups(nl).map((g) => nameOf(nl, g))[0]).to.equal('Wees beschikbaar');
    expect(groups(nl)).to.have.length(6);
    expect(part(nl, 'low-label')!.textContent).to.equal('1: Helemaal oneens');
    expect(part(nl, 'high-label')!.textContent).to.equal('5: Helemaal eens');
    const en = await make('lang="en" preset="golden-rules"', '');
    expect(groups(en).map((g) => nameOf(en, g))[2]).to.equal('Keep your promises');
  });

  it('answers with the rated statements, firing change on user input only', async () => {
    const el = await make('name="rules"');
    const seen: Event[] = [];
    el.addEventListener('change', (e) => seen.push(e));
    expect(el.answer).to.equal(null);
    radiosOf(groups(el)[1]!)[1]!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect(el.answer).to.deep.equal({ name: 'rules', kind: 'statements', value: { 'keeps-promises': 2 } });
    radiosOf(groups(el)[0]!)[3]!.click();
    expect(el.answer).to.deep.equal({
      name: 'rules',
      kind: 'statements',
      value: { available: 4, 'keeps-promises': 2 },
    });
    el.value = { available: 5 };
    await el.updateComplete;
    expect(radiosOf(groups(el)[0]!)[4]!.checked).to.equal(true);
    el.clear();
    expect(el.answer).to.equal(null);
    expect(seen).to.have.length(2);
  });

  it('moves and checks with the arrow keys, one Tab stop per statement', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div><button>before</button><feelback-statements>${OWN}</feelback-statements><button>after</button></div>`,
    );
    const el = wrapper.querySelector('feelback-statements')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(radiosOf(groups(el)[0]!)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect($(el).activeElement).to.equal(radiosOf(groups(el)[1]!)[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.deep.equal({ available: 3, 'keeps-promises': 5 });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('is required until every statement is rated, marks the unrated ones, and is accessible throughout', async () => {
    const el = await make('lang="en" required');
    await expect(el).to.be.accessible();
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.textContent!.trim()).to.equal('Please answer this question.');
    expect(ids(groups(el)[0]!, 'aria-describedby')).to.include(error.id);
    await expect(el).to.be.accessible();
    radiosOf(groups(el)[0]!)[0]!.click();
    await el.updateComplete;
    expect(el.answer).to.equal(null);
    expect(groups(el).map((g) => g.getAttribute('aria-invalid'))).to.deep.equal([null, 'true']);
    el.focusControl();
    expect($(el).activeElement).to.equal(radiosOf(groups(el)[1]!)[0]);
    radiosOf(groups(el)[1]!)[4]!.click();
    await el.updateComplete;
    expect(el.invalid).to.equal(false);
    expect(el.validate()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('leaves out statements whose id a response cannot carry, and follows its options', async () => {
    const el = await make('', `<option value="Bad Id">x</option><option value="constructor">y</option>${OWN}`);
    expect(el.statements.map((s) => s.id)).to.deep.equal(['available', 'keeps-promises']);
    el.append(Object.assign(document.createElement('option'), { value: 'later', textContent: 'Later' }));
    await aTimeout(0); // the MutationObserver's record, then the render it asks for
    await el.updateComplete;
    expect(groups(el)).to.have.length(3);
  });

  it('reports an unknown preset and a bad option id as feelback-error config and on the console, once each', async () => {
    const errors: FeelbackErrorDetail[] = [];
    const warned: string[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent<FeelbackErrorDetail>).detail);
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    document.addEventListener('feelback-error', listen);
    try {
      const unknown = await make('preset="nope"', '');
      unknown.requestUpdate();
      await unknown.updateComplete;
      await make('', `<option value="Bad Id">x</option><option value="constructor">y</option>${OWN}`);
    } finally {
      document.removeEventListener('feelback-error', listen);
      console.warn = warn;
    }
    expect(errors.map((e) => e.code)).to.deep.equal(['config', 'config', 'config']);
    expect(errors[0]!.message).to.contain('nope');
    expect(errors[1]!.message).to.contain('Bad Id');
    expect(errors[2]!.message).to.contain('constructor');
    expect(warned).to.have.length(3);
    expect(warned[0]).to.contain('nope');
  });

  it('exposes its parts', async () => {
    const el = await make('required');
    el.validate();
    el.value = { available: 3 };
    await el.updateComplete;
    for (const name of [
      'base',
      'question',
      'item',
      'statement',
      'options',
      'option',
      'checked',
      'label',
      'anchors',
      'low-label',
      'high-label',
      'error',
    ])
      expect(part(el, name), name).to.not.equal(null);
  });

  for (const lang of ['en', 'nl']) {
    it(`gives every option at least 24 by 24 pixels and fits 320 pixels (${lang})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div style="width:320px" lang="${lang}"><feelback-statements preset="golden-rules"></feelback-statements></div>`,
      );
      const el = wrapper.querySelector('feelback-statements')!;
      await el.updateComplete;
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

  it('sends its answer through a survey to a real endpoint', async () => {
    const bucket = `statements-${Date.now()}`;
    const survey = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="nl" endpoint="/__feelback/collect/${bucket}">
        <feelback-statements name="rules" preset="golden-rules"></feelback-statements>
      </feelback-survey>`,
    );
    const el = survey.querySelector('feelback-statements')!;
    await el.updateComplete;
    radiosOf(groups(el)[0]!)[3]!.click();
    radiosOf(groups(el)[2]!)[1]!.click();
    const sent = oneEvent(survey, 'feelback-sent');
    expect((await survey.submit()).status).to.equal('sent');
    expect((await sent).detail.status).to.equal(201);
    const [req] = await (await fetch(`/__feelback/received/${bucket}`)).json();
    expect(Response.safeParse(req.body).success).to.equal(true);
    expect(req.body.answers).to.deep.equal([
      { name: 'rules', kind: 'statements', value: { available: 4, 'keeps-promises': 2 } },
    ]);
  });
});
