import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';

const inner = (s: FeelbackSurvey, tag: string) => s.shadowRoot!.querySelector(tag)!;
const radioNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) =>
    r.closest('label')!.textContent!.trim().startsWith(name),
  )!;
const checkboxNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
    (c) => c.closest('label')!.textContent!.trim() === name,
  )!;

async function defaultSurvey(lang: string, bucket: string) {
  const el = await fixture<FeelbackSurvey>(
    html`<feelback-survey lang=${lang} endpoint="/__feelback/collect/${bucket}"></feelback-survey>`,
  );
  await el.updateComplete;
  for (const tag of ['feelback-nps', 'feelback-emotion', 'feelback-comment']) {
    await (inner(el, tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return el;
}

describe('feelback-survey without question children', () => {
  it('renders the default survey: NPS, emotion and comment, in Dutch', async () => {
    const el = await defaultSurvey('nl', `default-${Date.now()}`);
    const tags = [...el.shadowRoot!.querySelectorAll('[part~="questions"] > *')]
      .map((e) => e.localName)
      .filter((t) => t.startsWith('feelback-'));
    expect(tags).to.deep.equal(['feelback-nps', 'feelback-emotion', 'feelback-comment']);
    expect(checkboxNamed(inner(el, 'feelback-emotion').shadowRoot!, 'Geen uitgesproken gevoel')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await defaultSurvey('en', `default-${Date.now()}`);
    expect(checkboxNamed(inner(el, 'feelback-emotion').shadowRoot!, 'No particular feeling')).to.exist;
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Send');
  });

  it('flags a detractor with a strong negative emotion for both recovery reasons, in the event and the POST body', async () => {
    const bucket = `default-recovery-${Date.now()}`;
    const el = await defaultSurvey('nl', bucket);
    radioNamed(inner(el, 'feelback-nps').shadowRoot!, '3').click();
    const emotion = inner(el, 'feelback-emotion');
    checkboxNamed(emotion.shadowRoot!, 'Teleurgesteld').click();
    await (emotion as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const strength = [...emotion.shadowRoot!.querySelectorAll('[role=radiogroup]')].find((g) =>
      emotion.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.includes('Teleurgesteld'),
    )!;
    radioNamed(strength, '5').click();

    const recovery = oneEvent(el, 'feelback-recovery');
    const sent = oneEvent(el, 'feelback-sent');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { detail } = await recovery;
    expect(detail.reasons).to.deep.equal(['detractor', 'strong-negative']);
    await sent;

    const [req, ...more] = await (await fetch(`/__feelback/received/${bucket}`)).json();
    expect(more).to.have.length(0);
    expect(req.body.recovery).to.deep.equal({ needed: true, reasons: ['detractor', 'strong-negative'] });
    expect(req.body.scores).to.deep.include({ npsCategory: 'detractor', balance: 'negative', strongNegative: true });
    expect(req.body.answers).to.deep.equal([
      { name: 'nps', kind: 'nps', value: 3 },
      { name: 'emotion', kind: 'emotion', value: [{ id: 'disappointed', valence: 'negative', intensity: 5 }] },
    ]);
    const status = el.shadowRoot!.querySelector('[role=status]')!.textContent!;
    expect(status).to.contain('Het spijt ons');
  });
});
