import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import { Response } from '../../src/schema/response.js';

interface Received {
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown> & { id: string };
}

let bucketCount = 0;
const newBucket = () => `survey-${Date.now()}-${++bucketCount}`;
const endpointOf = (bucket: string) => `/__feelback/collect/${bucket}`;
const received = async (bucket: string): Promise<Received[]> => (await fetch(`/__feelback/received/${bucket}`)).json();

const nps = (survey: FeelbackSurvey) => survey.querySelector<FeelbackNps>('feelback-nps')!;
const radio = (q: FeelbackNps, n: number) => q.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[n]!;
const submitButton = (s: FeelbackSurvey) => s.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;

async function survey(bucket: string | null, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="nl">
      <feelback-survey touchpoint="hypotheek-aanvraag" survey-id="hypotheek" ${attrs}>
        <feelback-nps required subject="onze bank"></feelback-nps>
      </feelback-survey>
    </div>`,
  );
  const el = wrapper.querySelector('feelback-survey')!;
  if (bucket) el.setAttribute('endpoint', endpointOf(bucket));
  await el.updateComplete;
  return el;
}

describe('feelback-survey', () => {
  it('is a form named by its visible title with a Send button, in Dutch', async () => {
    const el = await survey(null);
    const form = el.shadowRoot!.querySelector('form')!;
    const title = el.shadowRoot!.getElementById(form.getAttribute('aria-labelledby')!)!;
    expect(title.textContent!.trim()).to.equal('Uw mening');
    expect(title.checkVisibility()).to.be.true;
    expect(submitButton(el).textContent!.trim()).to.equal('Versturen');
  });

  it('is accessible in the initial, answered and invalid states', async () => {
    const el = await survey(null);
    await expect(el).to.be.accessible();
    await el.submit();
    await nps(el).updateComplete;
    await expect(el).to.be.accessible();
    radio(nps(el), 9).click();
    await nps(el).updateComplete;
    expect(nps(el).shadowRoot!.querySelector('[role=radiogroup]')!.hasAttribute('aria-invalid')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('posts the contract body with an Idempotency-Key to a real server', async () => {
    const bucket = newBucket();
    const el = await survey(bucket, '');
    history.replaceState(null, '', `${location.pathname}?token=secret#frag`);
    radio(nps(el), 9).click();
    const sent = oneEvent(el, 'feelback-sent');
    submitButton(el).click();
    const { detail } = await sent;
    expect(detail.status).to.equal(201);
    const [req, ...more] = await received(bucket);
    expect(more).to.have.length(0);
    expect(req!.method).to.equal('POST');
    expect(req!.headers['content-type']).to.equal('application/json');
    expect(req!.headers['idempotency-key']).to.equal(req!.body.id);
    expect(req!.headers.cookie).to.equal(undefined);
    const body = req!.body;
    expect(Response.safeParse(body).success).to.be.true;
    expect(body).to.include({
      schema: 'feelback.response/1',
      surveyId: 'hypotheek',
      touchpoint: 'hypotheek-aanvraag',
      channel: 'web',
      lang: 'nl',
      page: location.pathname,
    });
    expect(body.page).not.to.contain('token');
    expect(body.answers).to.deep.equal([{ name: 'nps', kind: 'nps', value: 9 }]);
    expect(body.scores).to.deep.equal({
      npsCategory: 'promoter',
      valence: null,
      balance: null,
      strongPositive: null,
      strongNegative: null,
      highEffort: null,
    });
    expect(body.recovery).to.deep.equal({ needed: false, reasons: [] });
    expect(body.metadata).to.deep.equal({});
    expect(detail.response).to.deep.equal(body);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('Bedankt voor uw antwoord!');
    history.replaceState(null, '', location.pathname);
  });

  it('marks an unanswered required question, focuses it and sends nothing', async () => {
    const bucket = newBucket();
    const el = await survey(bucket);
    let errors = 0;
    el.addEventListener('feelback-error', (e) => {
      expect(e.detail.code).to.equal('invalid');
      errors++;
    });
    let submits = 0;
    el.addEventListener('feelback-submit', () => submits++);
    submitButton(el).click();
    await aTimeout(50);
    const q = nps(el);
    const group = q.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    const message = q.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(message.textContent!.trim()).to.equal('Beantwoord deze vraag.');
    expect(q.shadowRoot!.activeElement).to.equal(radio(q, 0));
    expect(errors).to.equal(1);
    expect(submits).to.equal(0);
    expect(await received(bucket)).to.have.length(0);
  });

  it('answers by keyboard alone: Tab into the scale, arrows, Tab to Send, Enter', async () => {
    const bucket = newBucket();
    const el = await survey(bucket);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(submitButton(el));
    const sent = oneEvent(el, 'feelback-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.response.answers).to.deep.equal([{ name: 'nps', kind: 'nps', value: 2 }]);
    expect(detail.response.scores.npsCategory).to.equal('detractor');
    before.remove();
  });

  it('fires feelback-change with the scores as they stand', async () => {
    const el = await survey(null);
    setTimeout(() => radio(nps(el), 7).click());
    const { detail } = await oneEvent(el, 'feelback-change');
    expect(detail).to.deep.include({ name: 'nps', kind: 'nps', value: 7 });
    expect(detail.scores.npsCategory).to.equal('passive');
  });

  it('keeps a response unsent when feelback-submit is cancelled', async () => {
    const bucket = newBucket();
    const el = await survey(bucket);
    radio(nps(el), 10).click();
    el.addEventListener('feelback-submit', (e) => e.preventDefault(), { once: true });
    expect(await el.submit()).to.deep.equal({ status: 'cancelled' });
    expect(await received(bucket)).to.have.length(0);
  });

  it('returns the same promise to a second submit and sends once', async () => {
    const bucket = newBucket();
    const el = await survey(bucket);
    radio(nps(el), 8).click();
    const a = el.submit();
    const b = el.submit();
    expect(a).to.equal(b);
    expect((await a).status).to.equal('sent');
    submitButton(el).click();
    await aTimeout(50);
    expect(await received(bucket)).to.have.length(1);
  });

  it('flags a detractor for recovery and fires feelback-recovery before delivery ends', async () => {
    const bucket = newBucket();
    const el = await survey(bucket);
    radio(nps(el), 4).click();
    const order: string[] = [];
    for (const type of ['feelback-submit', 'feelback-recovery', 'feelback-sent'] as const) {
      el.addEventListener(type, () => order.push(type));
    }
    const recovery = oneEvent(el, 'feelback-recovery');
    void el.submit();
    const { detail } = await recovery;
    expect(detail.reasons).to.deep.equal(['detractor']);
    await oneEvent(el, 'feelback-sent');
    expect(order).to.deep.equal(['feelback-submit', 'feelback-recovery', 'feelback-sent']);
    const [req] = await received(bucket);
    expect(req!.body.recovery).to.deep.equal({ needed: true, reasons: ['detractor'] });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Het spijt ons');
  });

  it('asks consent to contact only while the answers match a recovery rule, and sends it', async () => {
    const bucket = newBucket();
    const el = await survey(bucket, '');
    el.toggleAttribute('recovery-contact', true);
    await el.updateComplete;
    const checkbox = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]');
    expect(checkbox()).to.equal(null);
    radio(nps(el), 3).click();
    await el.updateComplete;
    const box = checkbox()!;
    expect(box.closest('label')!.textContent!.trim()).to.equal(
      'Mag er contact met u worden opgenomen over uw ervaring?',
    );
    await expect(el).to.be.accessible();
    radio(nps(el), 9).click();
    await el.updateComplete;
    expect(checkbox()).to.equal(null);
    radio(nps(el), 2).click();
    await el.updateComplete;
    checkbox()!.click();
    await el.submit();
    const [req] = await received(bucket);
    expect(req!.body.recovery).to.deep.equal({ needed: true, reasons: ['detractor'], contact: true });
  });

  it('leaves recovery.contact out when the consent question was not shown', async () => {
    const bucket = newBucket();
    const el = await survey(bucket, '');
    el.toggleAttribute('recovery-contact', true);
    radio(nps(el), 10).click();
    await el.submit();
    const [req] = await received(bucket);
    expect(req!.body.recovery).to.deep.equal({ needed: false, reasons: [] });
  });

  it('reports a missing endpoint as a config error and sends nothing', async () => {
    const el = await survey(null);
    radio(nps(el), 9).click();
    const error = oneEvent(el, 'feelback-error');
    const outcome = el.submit();
    expect((await error).detail.code).to.equal('config');
    expect(await outcome).to.deep.equal({ status: 'config' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      'Versturen is nu niet mogelijk.',
    );
    expect(el.shadowRoot!.querySelector('form')!.hidden).to.be.false;
  });

  it('reports a broken attribute as feelback-error and console.warn, and keeps working', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = document.createElement('feelback-survey');
      const errors: string[] = [];
      el.addEventListener('feelback-error', (e) => errors.push(e.detail.code));
      el.setAttribute('channel', 'fax');
      el.setAttribute('metadata', '{broken');
      el.innerHTML = '<feelback-nps></feelback-nps>';
      const bucket = newBucket();
      el.setAttribute('endpoint', endpointOf(bucket));
      document.body.append(el);
      await el.updateComplete;
      expect(errors).to.deep.equal(['config', 'config']);
      expect(warnings).to.have.length(2);
      radio(el.querySelector('feelback-nps')!, 10).click();
      expect((await el.submit()).status).to.equal('sent');
      const [req] = await received(bucket);
      expect(req!.body).to.include({ channel: 'web' });
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('sends metadata and speaks the language of its lang attribute', async () => {
    const bucket = newBucket();
    const el = await survey(bucket, '');
    el.setAttribute('metadata', '{"segment":"particulier"}');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await nps(el).updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Send');
    expect(nps(el).shadowRoot!.textContent).to.contain('How likely are you to recommend onze bank');
    radio(nps(el), 9).click();
    await el.submit();
    const [req] = await received(bucket);
    expect(req!.body).to.deep.include({ lang: 'en', metadata: { segment: 'particulier' } });
  });

  it('clears the answers with reset()', async () => {
    const el = await survey(newBucket());
    radio(nps(el), 9).click();
    await el.submit();
    el.reset();
    await el.updateComplete;
    expect(nps(el).value).to.equal(null);
    expect(el.shadowRoot!.querySelector('form')!.hidden).to.be.false;
  });
});

describe('language resolution', () => {
  it('takes the nearest lang, then <html lang>, then English', async () => {
    const html0 = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl';
      const a = await fixture<FeelbackSurvey>(html`<feelback-survey></feelback-survey>`);
      expect(a.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Versturen');
      const b = await fixture(html`<section lang="en"><feelback-survey></feelback-survey></section>`);
      expect(b.querySelector('feelback-survey')!.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal(
        'Send',
      );
      document.documentElement.lang = 'fi';
      const c = await fixture<FeelbackSurvey>(html`<feelback-survey></feelback-survey>`);
      const expected = navigator.language.toLowerCase().startsWith('nl') ? 'Versturen' : 'Send';
      expect(c.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal(expected);
    } finally {
      document.documentElement.lang = html0;
    }
  });
});
