/**
 * The popover's launcher, panel and Close button and the modal dialog, held to the thresholds the inline
 * survey meets (contrast.test.ts, zoom-touch.test.ts, rtl.test.ts): text ≥ 4.5:1 and control boundaries and
 * focus rings ≥ 3:1 in light, dark and forced colours; targets ≥ 44 × 44 px on a coarse pointer and
 * ≥ 24 × 24 px otherwise (2.5.5, 2.5.8); `bottom-end` at the left in RTL; a bottom sheet at 320 px with
 * nothing scrolling sideways (1.4.10).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { backgroundOf, contrast, contrastOn, layoutParent, over, parseColour } from './colour.js';
import { deep } from './support.js';

type Display = 'popover' | 'modal';
const part = (s: FeelbackSurvey, name: string) => s.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** A start button, then a survey with `display`, its display code arrived and drawn. */
async function page(display: Display, { theme = 'light', dir = 'ltr', placement = 'bottom-end' } = {}) {
  const root = await fixture<HTMLDivElement>(
    html`<div dir=${dir} lang="nl">
      <button id="start">start</button>
      <feelback-survey display=${display} theme=${theme} placement=${placement}></feelback-survey>
    </div>`,
  );
  const survey = root.querySelector<FeelbackSurvey>('feelback-survey')!;
  for (let i = 0; i < 50 && !survey.shadowRoot!.querySelector('[part~=panel]'); i++)
    await new Promise((r) => setTimeout(r, 10));
  await settle(survey);
  return { root, survey };
}

async function settle(survey: FeelbackSurvey) {
  for (let i = 0; i < 2; i++)
    await Promise.all([...deep(survey)].map((el) => (el as { updateComplete?: unknown }).updateComplete));
}

const visible = (el: Element) => {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 1 && box.height > 1;
};
const name = (el: Element) => `<${el.localName} part="${el.getAttribute('part') ?? ''}">`;
const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

/** Every problem found: texts under 4.5:1, buttons whose border or fill stands out less than 3:1. */
function measure(survey: FeelbackSurvey) {
  const problems: string[] = [];
  let texts = 0;
  for (const el of deep(survey)) {
    if (!visible(el)) continue;
    if (ownText(el)) {
      texts++;
      const ratio = contrastOn(getComputedStyle(el).color, el);
      if (ratio < 4.5) problems.push(`text ${name(el)} ${ratio.toFixed(2)}:1`);
    }
    if (el.matches('[part~=launcher], [part~=close]')) {
      const behind = backgroundOf(layoutParent(el));
      const s = getComputedStyle(el);
      const border =
        parseFloat(s.borderTopWidth) > 0 ? contrast(over(parseColour(s.borderTopColor), behind), behind) : 1;
      const ratio = Math.max(border, contrast(backgroundOf(el), behind));
      if (ratio < 3) problems.push(`boundary of ${name(el)} ${ratio.toFixed(2)}:1`);
    }
  }
  return { problems, texts };
}

/** The focused element's ring: 2 px at least, ≥ 3:1 against what is behind it. */
function ring(label: string) {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const s = getComputedStyle(el!);
  if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return [`no focus ring on ${label}`];
  // A ring drawn inside (a negative offset) lies on the element's own fill.
  const ratio = contrastOn(s.outlineColor, parseFloat(s.outlineOffset) < 0 ? el : layoutParent(el!));
  return ratio >= 3 ? [] : [`focus ring of ${label} ${ratio.toFixed(2)}:1`];
}

/** The popover by keyboard: Tab to the launcher, Enter, Tab to Close; or the modal opened by `open()`. */
async function openByKeyboard(display: Display, root: HTMLElement, survey: FeelbackSurvey) {
  const problems: string[] = [];
  root.querySelector<HTMLElement>('#start')!.focus();
  if (display === 'popover') {
    await sendKeys({ press: 'Tab' });
    problems.push(...ring('the launcher'));
    await sendKeys({ press: 'Enter' });
  } else await survey.open();
  await settle(survey);
  // Focus is on the title; the Close button comes first after it in the tab order... or before it.
  for (let i = 0; i < 40 && survey.shadowRoot!.activeElement !== part(survey, 'close'); i++)
    await sendKeys({ press: 'Tab' });
  problems.push(...ring('the Close button'));
  return problems;
}

/** The survey's theme, and the page the launcher floats over: a dark theme may well sit on a light page. */
const CASES: [label: string, theme: string, page: string][] = [
  ['light', 'light', '#ffffff'],
  ['dark', 'dark', '#ffffff'],
  ['light on a dark page', 'light', '#0d1117'],
  ['dark on a dark page', 'dark', '#0d1117'],
];

describe('popover and modal: contrast', () => {
  afterEach(() => document.body.style.removeProperty('background'));
  for (const display of ['popover', 'modal'] as const) {
    for (const [label, theme, colour] of CASES)
      it(`${display}, ${label}: text ≥ 4.5:1, the launcher's and Close's boundary and focus ring ≥ 3:1`, async () => {
        document.body.style.background = colour;
        const { root, survey } = await page(display, { theme });
        const closed = measure(survey);
        const focus = await openByKeyboard(display, root, survey);
        const open = measure(survey);
        expect(open.texts, 'texts measured').to.be.greaterThan(20);
        expect([...closed.problems, ...focus, ...open.problems]).to.deep.equal([]);
        survey.close();
      });

    describe('in forced colours', () => {
      before(() => executeServerCommand('media', { forcedColors: 'active' }));
      after(() => executeServerCommand('media', { forcedColors: null }));
      it(`${display}: the same thresholds hold`, async () => {
        const { root, survey } = await page(display);
        const closed = measure(survey);
        const focus = await openByKeyboard(display, root, survey);
        const open = measure(survey);
        expect(open.texts, 'texts measured').to.be.greaterThan(20);
        expect([...closed.problems, ...focus, ...open.problems]).to.deep.equal([]);
        survey.close();
      });
    });
  }
});

describe('popover and modal: target size', () => {
  afterEach(async () => {
    await executeServerCommand('media', { coarse: false });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [pointer, least] of [
    ['fine', 24],
    ['coarse', 44],
  ] as const)
    for (const display of ['popover', 'modal'] as const)
      it(`${display}, ${pointer} pointer: the launcher and Close are at least ${least} × ${least} px`, async () => {
        await setViewport({ width: 320, height: 640 });
        if (pointer === 'coarse') await executeServerCommand('media', { coarse: true });
        const { survey } = await page(display);
        await survey.open();
        await settle(survey);
        const targets = ['launcher', 'close'].map((p) => part(survey, p)).filter((el) => el && visible(el));
        expect(targets.length).to.equal(display === 'popover' ? 2 : 1);
        const small = targets
          .map((el) => [el, el.getBoundingClientRect()] as const)
          .filter(([, box]) => box.width < least || box.height < least)
          .map(([el, box]) => `${name(el)} ${box.width}×${box.height}`);
        expect(small).to.deep.equal([]);
        survey.close();
      });
});

describe('popover and modal: right to left and narrow screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('placement="bottom-end" sits at the left in dir="rtl", bottom-start at the right', async () => {
    await setViewport({ width: 1280, height: 700 });
    const end = await page('popover', { dir: 'rtl' });
    await end.survey.open();
    await settle(end.survey);
    for (const p of ['launcher', 'panel']) expect(part(end.survey, p).getBoundingClientRect().left, p).to.be.below(40);
    end.survey.close();

    const start = await page('popover', { dir: 'rtl', placement: 'bottom-start' });
    await start.survey.open();
    await settle(start.survey);
    for (const p of ['launcher', 'panel'])
      expect(part(start.survey, p).getBoundingClientRect().right, p).to.be.above(innerWidth - 40);
    start.survey.close();
  });

  for (const [display, dir] of [
    ['popover', 'ltr'],
    ['popover', 'rtl'],
    ['modal', 'ltr'],
    ['modal', 'rtl'],
  ] as const)
    it(`at 320 px (${display}, ${dir}) ${display === 'popover' ? 'the panel is a bottom sheet and ' : ''}nothing scrolls sideways`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { survey } = await page(display, { dir });
      await survey.open();
      await settle(survey);
      const box = part(survey, 'panel').getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(innerWidth + 0.5);
      if (display === 'popover') {
        expect(box.left).to.be.closeTo(0, 1);
        expect(box.width).to.be.closeTo(innerWidth, 1);
        expect(box.bottom).to.be.closeTo(innerHeight, 1);
      }
      const wide = [...deep(survey)]
        .filter((el) => !(el instanceof SVGElement) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('the page');
      expect(wide).to.deep.equal([]);
      survey.close();
    });
});
