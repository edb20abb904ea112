import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { CORE_EMOTIONS } from '../../src/schema/emotions.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import type { Answer } from '../../src/schema/response.js';
import { summarize, type Summary } from '../../src/scores/summarize.js';

/** Served by the web-test-runner dev server from the project root. */
const FIXTURE = '/tests/fixtures/summary.json';
const fixtureSummary = async (): Promise<Summary> => (await fetch(FIXTURE)).json();

const figure = (el: FeelbackReport, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`figure[part~="${name}"]`)!;
/** Text without soft hyphens (where long words may break), whitespace collapsed. */
const clean = (s: string) => s.replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim();
const text = (node: Element | ShadowRoot | null | undefined) => clean(node?.textContent ?? '');
/** The text sighted users see in a figure's pictures (hidden from assistive technology), as laid out. */
const chart = (el: FeelbackReport, name: string) => {
  const c = figure(el, name).querySelector<HTMLElement>('[part="chart"]')!;
  expect(c.getAttribute('aria-hidden')).to.equal('true');
  return clean(c.innerText);
};
/** A figure's table as rows of cell texts, header row first. */
const table = (el: FeelbackReport, name: string) =>
  [...figure(el, name).querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => text(c)));
/** The widths of the bars in a figure's rows, as numbers of percent. */
const widths = (el: FeelbackReport, name: string) =>
  [...figure(el, name).querySelectorAll('[part~="row"] rect')].map((r) => parseFloat(r.getAttribute('width')!));

async function withWarnings<T>(run: (warnings: unknown[][]) => Promise<T>): Promise<T> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return await run(warnings);
  } finally {
    console.warn = warn;
  }
}

const loaded = (el: FeelbackReport) =>
  waitUntil(() => el.shadowRoot!.querySelector('[part="report"]')?.getAttribute('aria-busy') === 'false');

describe('feelback-report', () => {
  describe('drawing the summary property', () => {
    let summary: Summary;
    before(async () => {
      summary = await fixtureSummary();
    });

    it('shows the NPS with its interval and the split, in the picture and in its table', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
      expect(text(figure(el, 'nps').querySelector('figcaption'))).to.equal('Net Promoter Score (NPS) n = 200');
      const picture = chart(el, 'nps');
      for (const shown of ['+30', '95% interval: 18.8 – 40.3', 'Promoters 100 (50%)', 'Passives 60 (30%)']) {
        expect(picture).to.contain(shown);
      }
      expect(picture).to.contain('Detractors 40 (20%)');
      expect(table(el, 'nps')).to.deep.equal([
        ['Measure', 'Value'],
        ['Score', '+30'],
        ['95% interval', '18.8 – 40.3'],
        ['Promoters', '100 (50%)'],
        ['Passives', '60 (30%)'],
        ['Detractors', '40 (20%)'],
      ]);
      // The split: three segments side by side, as wide as their shares.
      const segments = ['promoters', 'passives', 'detractors'].map((p) =>
        figure(el, 'nps').querySelector(`[part="split"] [part="${p}"]`)!,
      );
      expect(segments.map((s) => parseFloat(s.getAttribute('width')!))).to.deep.equal([50, 30, 20]);
      expect(segments.map((s) => parseFloat(s.getAttribute('x')!))).to.deep.equal([0, 50, 80]);
      // The interval on −100 … 100: 18.8 sits at 59.4 %, 40.3 at 70.1 %; the score's marker at 65 %.
      const interval = figure(el, 'nps').querySelector('[part="interval"]')!;
      expect(parseFloat(interval.getAttribute('x')!)).to.be.closeTo(59.41, 0.01);
      expect(parseFloat(interval.getAttribute('width')!)).to.be.closeTo(10.74, 0.01);
      expect(parseFloat(figure(el, 'nps').querySelector('[part="marker"]')!.getAttribute('x')!)).to.equal(65);
    });

    it('shows the Emotion Score, the strong shares, one bar per emotion by count and effort', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
      expect(chart(el, 'emotion-score')).to.equal('+20 -100 0 +100');
      expect(table(el, 'emotion-score')).to.deep.equal([
        ['Measure', 'Value'],
        ['Score', '+20'],
      ]);
      expect(text(figure(el, 'emotion-score').querySelector('figcaption'))).to.equal('Emotion Score n = 150');

      expect(chart(el, 'strong')).to.equal('Strongly positive 40% Strongly negative 10%');
      expect(table(el, 'strong')).to.deep.equal([
        ['Measure', 'Share'],
        ['Strongly positive', '40%'],
        ['Strongly negative', '10%'],
      ]);
      expect(widths(el, 'strong')).to.deep.equal([40, 10]);

      // Sorted by count; an id outside the core set shows as itself.
      expect(chart(el, 'emotions')).to.equal('Happy 60 (40%) Angry 45 (30%) Relieved 30 (20%) stuck 12 (8%)');
      expect(table(el, 'emotions')).to.deep.equal([
        ['Emotion', 'Count', 'Share'],
        ['Happy', '60', '40%'],
        ['Angry', '45', '30%'],
        ['Relieved', '30', '20%'],
        ['stuck', '12', '8%'],
      ]);
      expect(widths(el, 'emotions').map(Math.round)).to.deep.equal([40, 30, 20, 8]);

      expect(chart(el, 'effort')).to.equal('5.3 Mean (1–7) 1 7 Easy (5–7) 63%');
      expect(table(el, 'effort')).to.deep.equal([
        ['Measure', 'Value'],
        ['Mean (1–7)', '5.3'],
        ['Easy (5–7)', '63%'],
      ]);
      expect(text(figure(el, 'effort').querySelector('figcaption'))).to.equal('Customer effort (CES) n = 80');
    });

    it('shows the NPS × emotion balance as a visible table with headers', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
      const t = figure(el, 'crosstab').querySelector('table')!;
      expect(t.closest('[aria-hidden], .visually-hidden')).to.equal(null);
      expect(t.querySelectorAll('th[scope="col"]')).to.have.length(5);
      expect(t.querySelectorAll('th[scope="row"]')).to.have.length(3);
      expect(table(el, 'crosstab')).to.deep.equal([
        ['NPS', 'Positive', 'Negative', 'Mixed', 'Neutral'],
        ['Promoters', '60', '2', '8', '5'],
        ['Passives', '15', '7', '6', '4'],
        ['Detractors', '2', '25', '3', '1'],
      ]);
      expect(text(figure(el, 'crosstab').querySelector('figcaption'))).to.equal('NPS × emotion balance n = 138');
    });

    it('gives every chart a text alternative and hides its pictures from assistive technology', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report .summary=${summary}></feelback-report>`);
      const figures = [...el.shadowRoot!.querySelectorAll('figure')];
      expect(figures).to.have.length(6);
      for (const f of figures) {
        expect(f.querySelector('figcaption')!.textContent).not.to.equal('');
        expect(f.querySelector('table'), f.getAttribute('part')!).to.exist;
        for (const svg of f.querySelectorAll('svg')) expect(svg.closest('[aria-hidden="true"]')).to.exist;
      }
    });

    it('speaks Dutch with Dutch numbers and is accessible in Dutch and English', async () => {
      const nl = await fixture<FeelbackReport>(html`<feelback-report lang="nl" .summary=${summary}></feelback-report>`);
      expect(text(nl.shadowRoot!.querySelector('h2'))).to.equal('Resultaten');
      expect(chart(nl, 'nps')).to.contain('95%-interval: 18,8 – 40,3');
      expect(chart(nl, 'nps')).to.contain('Criticasters 40 (20%)');
      expect(table(nl, 'emotions')[1]).to.deep.equal(['Blij', '60', '40%']);
      expect(table(nl, 'effort')[1]).to.deep.equal(['Gemiddelde (1–7)', '5,3']);
      expect(table(nl, 'crosstab')[0]).to.deep.equal(['NPS', 'Positief', 'Negatief', 'Gemengd', 'Neutraal']);
      await expect(nl).to.be.accessible();
      const en = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
      await expect(en).to.be.accessible();
    });

    it('follows the nearest lang and a change of its own lang', async () => {
      const wrapper = await fixture(
        html`<div lang="nl-NL"><feelback-report .summary=${summary}></feelback-report></div>`,
      );
      const el = wrapper.querySelector('feelback-report')!;
      expect(text(figure(el, 'emotion-score').querySelector('figcaption'))).to.equal('Emotiescore n = 150');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(figure(el, 'emotion-score').querySelector('figcaption'))).to.equal('Emotion Score n = 150');
    });

    it('fits 320 pixels without horizontal scrolling, in Dutch and in English', async () => {
      for (const lang of ['nl', 'en']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width:320px" lang=${lang}><feelback-report .summary=${summary}></feelback-report></div>`,
        );
        const el = wrapper.querySelector('feelback-report')!;
        expect(el.scrollWidth, lang).to.be.at.most(320);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          expect(node.getBoundingClientRect().right, `${lang} ${node.localName}`).to.be.at.most(
            wrapper.getBoundingClientRect().right + 0.5,
          );
        }
      }
    });

    it('has a part on every visible piece', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report .summary=${summary}></feelback-report>`);
      const parts = [
        ...['report', 'title', 'message', 'figure', 'caption', 'n', 'chart', 'score', 'label', 'value', 'table'],
        ...['track', 'bar', 'positive', 'negative', 'interval', 'marker', 'axis', 'row'],
        ...['split', 'promoters', 'passives', 'detractors', 'legend', 'key'],
        ...['nps', 'emotion-score', 'strong', 'emotions', 'crosstab', 'effort'],
      ];
      for (const p of parts) expect(el.shadowRoot!.querySelector(`[part~="${p}"]`), p).to.exist;
    });
  });

  describe('summarizing the responses property', () => {
    const nps = (value: number): Answer => ({ name: 'nps', kind: 'nps', value });
    const feel = (id: string, valence: 'positive' | 'negative', intensity: number): Answer => ({
      name: 'emotion',
      kind: 'emotion',
      value: [{ id, valence, intensity }],
    });
    // INSTRUMENTS.md's worked example: 200 answers, 100 promoters, 60 passives, 40 detractors.
    const responses = [
      ...Array.from({ length: 100 }, (_, i) => ({ answers: [nps(9 + (i % 2)), feel('valued', 'positive', 5)] })),
      ...Array.from({ length: 60 }, () => ({ answers: [nps(7)] })),
      ...Array.from({ length: 40 }, (_, i) => ({ answers: [nps(i % 7), feel('worried', 'negative', 2)] })),
      { answers: [{ name: 'effort', kind: 'effort', value: 2 } satisfies Answer] },
    ];

    it('shows the numbers summarize gives, score 30 and interval 18.8 to 40.3', async () => {
      const el = await fixture<FeelbackReport>(
        html`<feelback-report lang="en" .responses=${responses}></feelback-report>`,
      );
      const expected = summarize(responses, { emotions: CORE_EMOTIONS.map((e) => e.id) });
      expect(expected.nps.score).to.equal(30);
      expect(table(el, 'nps').slice(1)).to.deep.equal([
        ['Score', '+30'],
        ['95% interval', '18.8 – 40.3'],
        ['Promoters', '100 (50%)'],
        ['Passives', '60 (30%)'],
        ['Detractors', '40 (20%)'],
      ]);
      expect(text(figure(el, 'nps').querySelector('figcaption'))).to.contain(`n = ${expected.nps.n}`);
      // 100 positive and 40 negative balances of 140 emotion answers.
      expect(table(el, 'emotion-score')[1]).to.deep.equal(['Score', '+42.9']);
      expect(table(el, 'strong').slice(1)).to.deep.equal([
        ['Strongly positive', '71%'],
        ['Strongly negative', '0%'],
      ]);
      // Every emotion of the core set keeps its row, also at count 0.
      const emotions = table(el, 'emotions').slice(1);
      expect(emotions).to.have.length(10);
      expect(emotions.slice(0, 3)).to.deep.equal([
        ['Valued', '100', '71%'],
        ['Worried', '40', '29%'],
        ['Angry', '0', '0%'],
      ]);
      expect(table(el, 'crosstab').slice(1)).to.deep.equal([
        ['Promoters', '100', '0', '0', '0'],
        ['Passives', '0', '0', '0', '0'],
        ['Detractors', '0', '40', '0', '0'],
      ]);
      expect(table(el, 'effort').slice(1)).to.deep.equal([
        ['Mean (1–7)', '2'],
        ['Easy (5–7)', '0%'],
      ]);
    });

    it('reports responses that are not an array, without throwing', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<FeelbackReport>(html`<feelback-report lang="en"></feelback-report>`);
        setTimeout(() => (el.responses = 'not an array' as never));
        const e = await oneEvent(el, 'feelback-error');
        expect(e.bubbles && e.composed).to.be.true;
        expect((e.detail as FeelbackErrorDetail).code).to.equal('config');
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        const message = el.shadowRoot!.querySelector('[part="message"]')!;
        expect(message.getAttribute('role')).to.equal('status');
        expect(text(message)).to.equal('The results cannot be shown.');
        expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
      });
    });

    it('reports a summary property that is not a summary', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<FeelbackReport>(html`<feelback-report></feelback-report>`);
        setTimeout(() => (el.summary = { n: 1 } as never));
        expect((await oneEvent(el, 'feelback-error')).detail.code).to.equal('config');
        expect(warnings).to.have.length(1);
      });
    });
  });

  describe('loading src from a server', () => {
    it('fetches the summary, busy until it is drawn', async () => {
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" src=${FIXTURE}></feelback-report>`);
      const region = el.shadowRoot!.querySelector('[part="report"]')!;
      expect(region.getAttribute('aria-busy')).to.equal('true');
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('Loading results…');
      await loaded(el);
      expect(table(el, 'nps')[1]).to.deep.equal(['Score', '+30']);
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('');
      await expect(el).to.be.accessible();
    });

    for (const [what, src] of [
      ['a missing URL (404)', '/tests/fixtures/missing.json'],
      ['a JSON that is not a summary', '/tests/fixtures/not-a-summary.json'],
      ['a file that is not JSON', '/README.md'],
    ]) {
      it(`reports ${what} with feelback-error config, one warning and a visible message`, async () => {
        await withWarnings(async (warnings) => {
          let detail: FeelbackErrorDetail | undefined;
          const el = await fixture<FeelbackReport>(
            html`<feelback-report
              lang="nl"
              src=${src}
              @feelback-error=${(e: CustomEvent<FeelbackErrorDetail>) => (detail = e.detail)}
            ></feelback-report>`,
          );
          await loaded(el);
          expect(detail?.code).to.equal('config');
          expect(detail?.message).to.contain(src);
          expect(warnings).to.have.length(1);
          expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(
            'De resultaten kunnen niet worden getoond.',
          );
          expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
          await expect(el).to.be.accessible();
        });
      });
    }

    it('fetches again when src changes, and ignores an older fetch that ends later', async () => {
      const slow = { n: 9, nps: { n: 9, score: -100, promoters: 0, passives: 0, detractors: 9, ci95: [-100, -60] } };
      const stale = { ...(await fixtureSummary()), ...slow };
      await fetch('/__feelback/plan/report-slow', {
        method: 'PUT',
        body: JSON.stringify([{ status: 200, body: stale, delayMs: 300 }]),
      });
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en"></feelback-report>`);
      el.src = '/__feelback/collect/report-slow';
      await el.updateComplete;
      el.src = FIXTURE;
      await loaded(el);
      expect(table(el, 'nps')[1]).to.deep.equal(['Score', '+30']);
      await new Promise((r) => setTimeout(r, 500));
      expect(table(el, 'nps')[1]).to.deep.equal(['Score', '+30']);
      await fetch('/__feelback/received/report-slow', { method: 'DELETE' });
    });
  });

  describe('with no answers', () => {
    it('shows – and "no answers yet" in every figure, never NaN, and stays accessible', async () => {
      for (const el of [
        await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summarize([])}></feelback-report>`),
        await fixture<FeelbackReport>(html`<feelback-report lang="en" .responses=${[]}></feelback-report>`),
        await fixture<FeelbackReport>(html`<feelback-report lang="en"></feelback-report>`),
      ]) {
        const all = text(el.shadowRoot);
        expect(all).not.to.contain('NaN');
        for (const f of el.shadowRoot!.querySelectorAll('figure')) {
          expect(text(f.querySelector('[part="score"]'))).to.equal('–');
          expect(text(f.querySelector('[part="empty"]'))).to.equal('No answers yet.');
          expect(text(f.querySelector('figcaption'))).to.contain('n = 0');
        }
        expect(el.shadowRoot!.querySelectorAll('figure')).to.have.length(6);
        await expect(el).to.be.accessible();
      }
    });

    it('shows – for a share that could not be measured', async () => {
      const summary = summarize([
        { answers: [{ name: 'emotion', kind: 'emotion', value: [{ id: 'happy', valence: 'positive' }] }] },
      ]);
      const el = await fixture<FeelbackReport>(html`<feelback-report lang="en" .summary=${summary}></feelback-report>`);
      expect(table(el, 'strong').slice(1)).to.deep.equal([
        ['Strongly positive', '–'],
        ['Strongly negative', '0%'],
      ]);
      expect(text(el.shadowRoot)).not.to.contain('NaN');
    });
  });
});
