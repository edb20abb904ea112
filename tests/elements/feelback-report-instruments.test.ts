import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import { en, nl } from '../support/built-in-texts.js';
import { de, fr, registerTranslation, type Messages } from '../../src/index.js';
import type { Answer } from '../../src/schema/response.js';
import type { KanoAnswer } from '../../src/scores/kano.js';
import { summarize, type Summary } from '../../src/scores/summarize.js';

registerTranslation('de', de);
registerTranslation('fr', fr);

const clean = (s: string) => s.replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => clean(node?.textContent ?? '');
const figures = (el: FeelbackReport, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`figure[part~="${name}"]`),
];
const figure = (el: FeelbackReport, name: string) => figures(el, name)[0]!;
/** A figure's table as rows of cell texts as a screen reader reads them, header row first. */
const table = (f: HTMLElement) =>
  [...f.querySelectorAll('table tr')].map((tr) =>
    [...tr.children].map((c) =>
      clean(
        [...c.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.hasAttribute('aria-hidden')))
          .map((n) => n.textContent)
          .join(''),
      ),
    ),
  );
const chart = (f: HTMLElement) => {
  const c = f.querySelector<HTMLElement>('[part="chart"]')!;
  expect(c.getAttribute('aria-hidden')).to.equal('true');
  return clean(c.innerText);
};

const kano = (functional: KanoAnswer, dysfunctional: KanoAnswer): Answer => ({
  name: 'face-login',
  kind: 'kano',
  feature: 'Face login',
  value: { functional, dysfunctional },
});
/** The worked example of INSTRUMENTS.md: A 6, O 5, M 4, I 3, R 1, Q 1 → A, better 11/18, worse −0.5. */
const KANO_EXAMPLE: [KanoAnswer, KanoAnswer, number][] = [
  ['like', 'neutral', 6],
  ['like', 'dislike', 5],
  ['expect', 'dislike', 4],
  ['neutral', 'neutral', 3],
  ['dislike', 'like', 1],
  ['like', 'like', 1],
];

function instrumentSummary(): Summary {
  const responses: { answers: Answer[] }[] = [];
  for (const [f, d, times] of KANO_EXAMPLE) {
    for (let i = 0; i < times; i++) responses.push({ answers: [kano(f, d)] });
  }
  // Two thirds chose price; one a preset motivator; one "other".
  const choice = (value: string[]): Answer => ({ name: 'reason', kind: 'choice', value });
  responses.push(
    { answers: [choice(['price'])] },
    { answers: [choice(['price', 'feel-secure'])] },
    { answers: [choice(['other'])] },
  );
  const rules = (value: Record<string, number>): Answer => ({ name: 'rules', kind: 'statements', value });
  responses.push(
    { answers: [rules({ available: 5, 'keeps-promises': 2 })] },
    { answers: [rules({ available: 4, 'keeps-promises': 3 })] },
  );
  return summarize(responses);
}

describe('feelback-report: the figures of choice, Kano and statements', () => {
  it('draws nothing extra for a summary without these parts, or one from before 1.1 without choice', async () => {
    const summary = await (await fetch('/tests/fixtures/summary.json')).json();
    const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
    for (const name of ['choice', 'kano', 'statements']) expect(figures(el, name)).to.have.length(0);
    expect(figures(el, 'nps')).to.have.length(1);
    const older = { ...summarize([]) } as Partial<Summary>;
    delete older.choice;
    el.summary = older as Summary;
    await el.updateComplete;
    expect(figures(el, 'choice')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('draws choice bars with counts and shares, most chosen first and other last, with a table', async () => {
    const el = await fixture<FeelbackReport>(
      html`<feelback-report lang="en" .summary=${instrumentSummary()}></feelback-report>`,
    );
    const f = figure(el, 'choice');
    expect(text(f.querySelector('figcaption'))).to.equal('Choice: reason n = 3');
    expect(chart(f)).to.equal('price 2 (67%) Feel secure 1 (33%) Other 1 (33%)');
    const bars = [...f.querySelectorAll('[part~="row"] rect')].map((r) => parseFloat(r.getAttribute('width')!));
    expect(bars.map(Math.round)).to.deep.equal([67, 33, 33]);
    expect(table(f)).to.deep.equal([
      ['Option', 'Count', 'Share'],
      ['price', '2', '67%'],
      ['Feel secure', '1', '33%'],
      ['Other', '1', '33%'],
    ]);
  });

  it('plots Kano better against worse in four labelled quadrants, with the counts, category and coefficients', async () => {
    const el = await fixture<FeelbackReport>(
      html`<feelback-report lang="en" .summary=${instrumentSummary()}></feelback-report>`,
    );
    const f = figure(el, 'kano');
    const plot = f.querySelector('svg[part="plot"]')!;
    expect(plot.closest('[aria-hidden="true"]')).to.not.equal(null);
    const labels = [...plot.querySelectorAll('[part="quadrant-label"]')].map((t) => text(t));
    expect(labels).to.deep.equal(['Delighter (A)', 'Satisfier (O)', 'Indifferent (I)', 'Basic need (M)']);
    expect(plot.querySelectorAll('[part="quadrant"]')).to.have.length(1);
    // The point sits at |worse| = 0.5 across and better = 11/18 up, on the plot's 172-unit square.
    const point = plot.querySelector('[part="point"] circle')!;
    expect(+point.getAttribute('cx')!).to.be.closeTo(22 + 0.5 * 172, 0.01);
    expect(+point.getAttribute('cy')!).to.be.closeTo(6 + (1 - 11 / 18) * 172, 0.01);
    expect(text(plot.querySelector('[part="point"] text'))).to.equal('1');
    expect(table(f)).to.deep.equal([
      [
        'Feature',
        'Delighter',
        'Satisfier',
        'Basic need',
        'Indifferent',
        'Reverse',
        'Questionable',
        'Category',
        'Better',
        'Worse',
      ],
      ['1. Face login', '6', '5', '4', '3', '1', '1', 'Delighter (A)', '0.61', '-0.50'],
    ]);
    // What sighted users see as column headers: the letters.
    const shown = [...f.querySelectorAll('thead th')].map((th) => th.querySelector('[aria-hidden]')?.textContent);
    expect(shown.slice(1, 7)).to.deep.equal(['A', 'O', 'M', 'I', 'R', 'Q']);
    await expect(el).to.be.accessible();
  });

  it('draws a bar per statement with its mean and agree share, with a table', async () => {
    const el = await fixture<FeelbackReport>(
      html`<feelback-report lang="en" .summary=${instrumentSummary()}></feelback-report>`,
    );
    const f = figure(el, 'statements');
    expect(text(f.querySelector('figcaption'))).to.equal('Statements: rules n = 2');
    expect(chart(f)).to.equal('Be available 4.5 · 100% Agree (4–5) Keep your promises 2.5 · 0% Agree (4–5)');
    expect(table(f)).to.deep.equal([
      ['Statement', 'n', 'Mean (1–5)', 'Agree (4–5)'],
      ['Be available', '2', '4.5', '100%'],
      ['Keep your promises', '2', '2.5', '0%'],
    ]);
  });

  it('speaks Dutch and stays within 320 px, accessible', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await fixture<FeelbackReport>(
        html`<feelback-report lang="nl" .summary=${instrumentSummary()}></feelback-report>`,
      );
      expect(text(figure(el, 'choice').querySelector('figcaption'))).to.equal('Keuze: reason n = 3');
      expect(chart(figure(el, 'choice')))
        .to.contain('Me zeker voelen 1 (33%)')
        .and.contain('Anders 1 (33%)');
      const kanoTable = table(figure(el, 'kano'));
      expect(kanoTable[0]).to.include('Verrassing').and.include('Categorie');
      expect(kanoTable[1]).to.include('Verrassing (A)').and.include('0,61').and.include('-0,50');
      expect(table(figure(el, 'statements'))[1]).to.deep.equal(['Wees beschikbaar', '2', '4,5', '100%']);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const [lang, all] of [
    ['nl', nl],
    ['en', en],
    ['de', de],
    ['fr', fr],
  ] as [string, Messages][]) {
    it(`labels every figure in ${lang}`, async () => {
      const m = all.reportInstruments;
      const el = await fixture<FeelbackReport>(
        html`<feelback-report lang=${lang} .summary=${instrumentSummary()}></feelback-report>`,
      );
      const caption = (name: string) => text(figure(el, name).querySelector('figcaption'));
      expect(caption('choice')).to.contain(clean(m.choice('reason')));
      expect(caption('kano')).to.contain(clean(m.kano));
      expect(caption('statements')).to.contain(clean(m.statements('rules')));
      expect(table(figure(el, 'choice'))[0]).to.deep.equal([m.option, all.report.count, all.report.share].map(clean));
      expect(table(figure(el, 'choice')).at(-1)![0]).to.equal(clean(m.other));
      const kanoTable = table(figure(el, 'kano'));
      expect(kanoTable[0]).to.deep.equal(
        [
          m.feature,
          ...(['A', 'O', 'M', 'I', 'R', 'Q'] as const).map((c) => m.categories[c]),
          m.category,
          m.better,
          m.worse,
        ].map(clean),
      );
      expect(table(figure(el, 'statements'))[0]).to.deep.equal([m.statement, 'n', m.mean, m.agree].map(clean));
      await expect(el).to.be.accessible();
    });
  }
});
