/**
 * Right to left: a Hebrew host page (`dir="rtl"`, its labels registered by the host) gets a mirrored
 * layout from logical CSS alone, and the keyboard keeps the APG meaning of the arrows (left and right swap
 * with the direction; up and down do not).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { registerTranslation } from '../../src/index.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { Summary } from '../../src/scores/summarize.js';
import { $, part, radios } from '../elements/shared/scale-dom.js';
import { TAGS, styleText } from './support.js';

registerTranslation('he', {
  survey: { title: 'המשוב שלך', submit: 'שליחה' },
  required: 'נא לענות על השאלה.',
  nps: {
    question: (subject: string) => `עד כמה סביר שתמליצו על ${subject} לחבר או לעמית?`,
    defaultSubject: 'הבנק',
    low: 'בכלל לא סביר',
    high: 'סביר מאוד',
  },
  comment: { question: 'משהו להוסיף?' },
});

const box = (el: Element) => el.getBoundingClientRect();
const centre = (el: Element) => box(el).left + box(el).width / 2;

async function hebrewSurvey() {
  const page = await fixture<HTMLDivElement>(
    html`<div dir="rtl" lang="he" style="width: 40rem">
      <feelback-survey endpoint="/collect"></feelback-survey>
    </div>`,
  );
  const survey = page.querySelector<FeelbackSurvey>('feelback-survey')!;
  await survey.updateComplete;
  const [nps, emotion, comment] = [
    ...$(survey).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'feelback-nps, feelback-emotion, feelback-comment',
    ),
  ];
  await Promise.all([nps!, emotion!, comment!].map((q) => q.updateComplete));
  return { survey, nps: nps!, emotion: emotion!, comment: comment! };
}

describe('right to left', () => {
  it('no style of any element uses a physical left/right/top/bottom property', () => {
    const physical =
      /(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b|(?:^|[\s;{])(?:left|right|top|bottom)\s*:|text-align:\s*(?:left|right)|float:/;
    for (const tag of TAGS) expect(styleText(tag).match(physical), tag).to.equal(null);
  });

  it('shows the host\u2019s Hebrew labels and mirrors the NPS scale: 0 at the right, the low anchor at the right', async () => {
    const { survey, nps } = await hebrewSurvey();
    expect($(survey).textContent).to.contain('המשוב שלך').and.contain('שליחה');
    expect($(nps).textContent).to.contain('עד כמה סביר שתמליצו על הבנק');
    const options = radios(nps).map((r) => r.closest('label')!);
    expect(centre(options[0]!)).to.be.greaterThan(centre(options[1]!));
    const low = part(nps, 'low-label')!;
    const high = part(nps, 'high-label')!;
    expect(low.textContent).to.contain('בכלל לא סביר');
    expect(centre(low)).to.be.greaterThan(centre(high));
  });

  it('keeps the APG arrows: left checks the next (visually left) value, right the previous, down the next', async () => {
    const { nps } = await hebrewSurvey();
    const r = radios(nps);
    r[5]!.focus();
    r[5]!.click();
    await sendKeys({ press: 'ArrowLeft' });
    expect(r[6]!.checked, 'ArrowLeft → 6').to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(r[4]!.checked, 'ArrowRight twice → 4').to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    expect(r[5]!.checked, 'ArrowDown → 5').to.be.true;
    await sendKeys({ press: 'ArrowUp' });
    expect(r[4]!.checked, 'ArrowUp → 4').to.be.true;
    expect((nps as unknown as { value: number }).value).to.equal(4);
  });

  it('puts the emotion checkbox and the comment counter at the inline start and end of a right-to-left line', async () => {
    const { emotion, comment } = await hebrewSurvey();
    const option = $(emotion).querySelector('.emotion')!;
    const check = option.querySelector('input')!;
    expect(box(option).right - box(check).right, 'checkbox near the right edge').to.be.lessThan(16);
    const textarea = $(comment).querySelector('textarea')!;
    expect(centre(part(comment, 'count')!)).to.be.lessThan(centre(textarea));
  });

  it('draws the report\u2019s NPS scale from the right, like its axis: a positive score left of the middle', async () => {
    const summary: Summary = await (await fetch('/tests/fixtures/summary.json')).json();
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="he" style="width: 30rem"><feelback-report .summary=${summary}></feelback-report></div>`,
    );
    const report = page.querySelector<FeelbackReport>('feelback-report')!;
    await report.updateComplete;
    expect(summary.nps!.score).to.be.greaterThan(0);
    const marker = part(report, 'marker')!;
    const track = marker.closest('svg')!;
    expect(centre(marker)).to.be.lessThan(centre(track));
    const axis = part(report, 'axis')!;
    const [minus100] = [...axis.children];
    expect(centre(minus100!)).to.be.greaterThan(centre(axis));
  });
});
