/**
 * Zoom and touch (WCAG 2.2 1.4.4, 1.4.10, 1.4.12, 2.5.5, 2.5.8, 2.4.11): at 200 % (640 CSS px of a 1280 px
 * screen) and 400 % (320 CSS px) nothing scrolls sideways, also with the text spacing of 1.4.12; on a coarse
 * pointer every target is at least 44 × 44 px; a sticky host header never hides the focused control.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { Summary } from '../../src/scores/summarize.js';
import { deep } from './support.js';

type Updating = Element & { updateComplete?: Promise<unknown> };
const settle = async (root: Element) => {
  for (let i = 0; i < 2; i++) await Promise.all([...deep(root)].map((el) => (el as Updating).updateComplete));
};

async function everything(spacing = false) {
  const summary: Summary = await (await fetch('/tests/fixtures/summary.json')).json();
  const root = await fixture<HTMLDivElement>(
    html`<div class=${spacing ? 'spaced' : ''} lang="nl">
      <feelback-survey endpoint="/__feelback/collect/zoom"></feelback-survey>
      <feelback-survey endpoint="/__feelback/collect/zoom" recovery-contact>
        <feelback-nps required></feelback-nps>
        <feelback-emotion required max="2"></feelback-emotion>
        <feelback-effort required></feelback-effort>
        <feelback-rating required kind="csat" points="10"></feelback-rating>
        <feelback-choice required preset="motivators" multiple other></feelback-choice>
        <feelback-kano required feature="Betalen met Apple Pay"></feelback-kano>
        <feelback-statements required preset="golden-rules"></feelback-statements>
        <feelback-comment required></feelback-comment>
      </feelback-survey>
      <feelback-survey layout="steps" endpoint="/__feelback/collect/zoom">
        <feelback-nps></feelback-nps><feelback-comment></feelback-comment>
      </feelback-survey>
      <feelback-report .summary=${summary}></feelback-report>
    </div>`,
  );
  await settle(root);
  return root;
}

/** Elements wider than their box: the page, and anything inside the elements (SVG pictures and the 1 px
 * visually hidden texts aside). */
function sideways(root: Element): string[] {
  const wide = [...deep(root)]
    .filter((el) => !(el instanceof SVGElement) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `<${el.localName} part="${el.getAttribute('part') ?? ''}"> ${el.scrollWidth} > ${el.clientWidth}`);
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('the page');
  return wide;
}

// 1.4.12: the text spacing a reader's style sheet may set; all of it inherits into shadow roots but the
// paragraph spacing, which no author style can reach inside.
const spacing = new CSSStyleSheet();
spacing.replaceSync('.spaced { line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }');

describe('zoom, reflow and touch', () => {
  before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing]));
  after(() => executeServerCommand('media', { coarse: false }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, zoom] of [
    [640, '200 %'],
    [320, '400 %'],
  ] as const)
    for (const spaced of [false, true])
      it(`at ${zoom} (${width} CSS px)${spaced ? ' with 1.4.12 text spacing' : ''} nothing scrolls sideways, also invalid`, async () => {
        await setViewport({ width, height: 640 });
        const root = await everything(spaced);
        expect(sideways(root), 'initial').to.deep.equal([]);
        for (const s of root.querySelectorAll<FeelbackSurvey>('feelback-survey')) await s.submit();
        await settle(root);
        expect(sideways(root), 'invalid').to.deep.equal([]);
      });

  it('on a coarse pointer every target is at least 44 × 44 CSS px (at 320 px, where they are smallest)', async () => {
    await setViewport({ width: 320, height: 640 });
    await executeServerCommand('media', { coarse: true });
    expect(matchMedia('(pointer: coarse)').matches).to.be.true;
    const root = await everything();
    // The recovery-contact checkbox shows for a detractor.
    const survey = root.querySelectorAll<FeelbackSurvey>('feelback-survey')[1]!;
    survey.querySelector('feelback-nps')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await settle(root);
    const targets = [...deep(root)].filter(
      (el) =>
        el.matches('label[part~=option], label.contact, button, textarea, input[type=text]') &&
        el.checkVisibility() &&
        !el.closest('[hidden]'),
    );
    expect(targets.length).to.be.greaterThan(60);
    const small = targets
      .map((el) => [el, el.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width < 44 || box.height < 44)
      .map(([el, box]) => `<${el.localName} part="${el.getAttribute('part')}"> ${box.width}×${box.height}`);
    expect(small).to.deep.equal([]);
  });
});

describe('focus not obscured (2.4.11) under a sticky host header', () => {
  const HEADER = 96;
  async function hostPage() {
    const sheet = new CSSStyleSheet();
    // What the host page sets (docs/accessibility.md): its scroller keeps the header's height free.
    sheet.replaceSync(`html { scroll-padding-block-start: ${HEADER + 8}px; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await setViewport({ width: 400, height: 500 });
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <header style="position: sticky; top: 0; height: ${HEADER}px; background: #00395d; z-index: 1">Bank</header>
        <p style="height: 600px">Above the survey.</p>
        <feelback-survey endpoint="/__feelback/collect/sticky">
          <feelback-nps required></feelback-nps>
          <feelback-emotion required></feelback-emotion>
          <feelback-comment required></feelback-comment>
        </feelback-survey>
        <p style="height: 600px">Below the survey.</p>
      </div>`,
    );
    await settle(root);
    return { root, sheet, survey: root.querySelector<FeelbackSurvey>('feelback-survey')! };
  }
  const focused = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el!;
  };
  /** The focused control's box (a scale's radio covers its label) is below the header. */
  const clearOfHeader = (what: string) => {
    const el = focused();
    const box = (el.closest('label') ?? el).getBoundingClientRect();
    expect(box.top, `${what}: <${el.localName}> at ${box.top}`).to.be.at.least(HEADER);
  };

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('an invalid send moves focus to the first question, which scrolls clear of the header', async () => {
    const { survey, sheet } = await hostPage();
    try {
      const submit = survey.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!;
      submit.focus();
      submit.scrollIntoView({ block: 'end' });
      await sendKeys({ press: 'Enter' });
      await survey.updateComplete;
      clearOfHeader('after the invalid send');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('Shift+Tab upwards through the survey keeps every control clear of the header', async () => {
    const { survey, sheet } = await hostPage();
    try {
      const submit = survey.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!;
      submit.focus();
      submit.scrollIntoView({ block: 'end' });
      for (let i = 0; i < 14; i++) {
        await sendKeys({ press: 'Shift+Tab' });
        if (!survey.contains(focused()) && !(focused().getRootNode() instanceof ShadowRoot)) break;
        clearOfHeader(`Shift+Tab ${i + 1}`);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
