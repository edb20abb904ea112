import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import { summarize } from '../../src/scores/summarize.js';

const recovery = {
  n: 5,
  share: 0.5,
  open: 1,
  contacted: 2,
  resolved: 1,
  dismissed: 1,
  hoursToContact: { median: 5, p90: 25 },
  contactedWithin24h: 0.5,
};

const cells = (el: FeelbackReport) =>
  [...el.shadowRoot!.querySelectorAll('[part~="recovery"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );

describe('feelback-report recovery figure', () => {
  it("draws a collector summary's recovery figures as a table, in Dutch, and stays accessible", async () => {
    const summary = { ...summarize([]), n: 10, recovery };
    const el = await fixture<FeelbackReport>(html`<feelback-report lang="nl" .summary=${summary}></feelback-report>`);
    const figure = el.shadowRoot!.querySelector('[part~="recovery"]')!;
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Herstel: klanten teruggebeld');
    expect(cells(el)).to.deep.equal([
      ['Zaken', '5'],
      ['Deel van de antwoorden', '50%'],
      ['Open', '1'],
      ['Gebeld', '2'],
      ['Opgelost', '1'],
      ['Afgesloten', '1'],
      ['Uren tot eerste contact (mediaan)', '5'],
      ['Uren tot eerste contact (90e percentiel)', '25'],
      ['Binnen 24 uur gebeld', '50%'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows – for figures without a value, and no figure for a summary without recovery', async () => {
    const empty = {
      ...recovery,
      n: 0,
      share: null,
      hoursToContact: { median: null, p90: null },
      contactedWithin24h: null,
    };
    const el = await fixture<FeelbackReport>(
      html`<feelback-report lang="en" .summary=${{ ...summarize([]), recovery: empty }}></feelback-report>`,
    );
    expect(cells(el).map(([, value]) => value)).to.deep.equal(['0', '–', '1', '2', '1', '1', '–', '–', '–']);
    const plain = await fixture<FeelbackReport>(html`<feelback-report .summary=${summarize([])}></feelback-report>`);
    expect(plain.shadowRoot!.querySelector('[part~="recovery"]')).to.equal(null);
  });
});
