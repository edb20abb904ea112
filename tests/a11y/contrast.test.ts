/**
 * Contrast measured from computed colours (WCAG 2.2 1.4.3, 1.4.11, 1.4.1, 2.4.7): in every theme (built-in
 * light and dark, the three of demo/theming.css in the schemes they support, forced colours) and every state (initial,
 * invalid, answered, sent), every visible text ≥ 4.5:1 against what is behind it; every control's boundary,
 * focus ring and selected state ≥ 3:1; and a selection shows by more than colour.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { Summary } from '../../src/scores/summarize.js';
import { backgroundOf, contrast, contrastOn, layoutParent, over, parseColour } from './colour.js';
import { deep } from './support.js';

const THEMES: [name: string, cls: string, theme: 'light' | 'dark'][] = [
  ['light', '', 'light'],
  ['dark', '', 'dark'],
  ["a bank's blue, light", 'theme-bank', 'light'],
  ["a bank's blue, dark", 'theme-bank', 'dark'],
  ['neutral, light', 'theme-neutral', 'light'],
  ['neutral, dark', 'theme-neutral', 'dark'],
  ['demo dark', 'theme-dark', 'dark'],
];
type State = 'initial' | 'invalid' | 'answered' | 'sent';
const STATES: State[] = ['initial', 'invalid', 'answered', 'sent'];

const demoThemes = new CSSStyleSheet();
before(async () => {
  demoThemes.replaceSync(await (await fetch('/demo/theming.css')).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, demoThemes];
});

const style = getComputedStyle;
const visible = (el: Element) => {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 1 && box.height > 1;
};
const name = (el: Element) =>
  `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
const ownText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) ||
  (el.matches('textarea, input[type=text]') && !!(el as HTMLInputElement).value);

let bucket = 0;
async function page(cls: string, theme: string) {
  const summary: Summary = await (await fetch('/tests/fixtures/summary.json')).json();
  const endpoint = `/__feelback/collect/contrast-${++bucket}`;
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <button id="start">start</button>
      <feelback-survey class=${cls} theme=${theme} endpoint=${endpoint} survey-id="a"></feelback-survey>
      <feelback-survey class=${cls} theme=${theme} endpoint=${endpoint} survey-id="b" recovery="none">
        <feelback-nps required subject="Example Bank"></feelback-nps>
        <feelback-emotion required max="2"></feelback-emotion>
        <feelback-effort required></feelback-effort>
        <feelback-rating required kind="csat" points="5"></feelback-rating>
        <feelback-choice required other
          ><option value="a">Alpha</option>
          <option value="b">Beta</option></feelback-choice
        >
        <feelback-kano required feature="Apple Pay"></feelback-kano>
        <feelback-statements required preset="golden-rules"></feelback-statements>
        <feelback-comment required></feelback-comment>
      </feelback-survey>
      <feelback-report class=${cls} theme=${theme} .summary=${summary}></feelback-report>
    </div>`,
  );
  const all = [...deep(root)] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((el) => el.updateComplete));
  const surveys = [...root.querySelectorAll<FeelbackSurvey>('feelback-survey')];
  return { root, surveys, report: root.querySelector<FeelbackReport>('feelback-report')! };
}

/** Answers every question: a radio in each group, the first checkbox of each set, some text. */
async function answerAll(root: Element) {
  for (let round = 0; round < 3; round++) {
    for (const el of [...deep(root)]) {
      if (el.matches('[role=radiogroup]') && !el.querySelector(':checked')) {
        const r = el.querySelectorAll<HTMLInputElement>('input[type=radio]');
        r[Math.floor(r.length / 2)]?.click();
      }
      if (el.matches('[role=group]') && !el.querySelector(':checked'))
        el.querySelector<HTMLInputElement>('input[type=checkbox]')?.click();
      if (el.matches('textarea') && !(el as HTMLTextAreaElement).value) {
        (el as HTMLTextAreaElement).focus();
        await sendKeys({ type: 'Snel geholpen' });
      }
    }
    for (const el of [...deep(root)]) await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

async function reach(state: State, cls: string, theme: string) {
  const p = await page(cls, theme);
  if (state === 'invalid') for (const s of p.surveys) await s.submit();
  if (state === 'answered' || state === 'sent') await answerAll(p.root);
  if (state === 'sent') {
    const outcomes = await Promise.all(p.surveys.map((s) => s.submit()));
    expect(outcomes.map((o) => (o as { status?: string }).status ?? o)).to.not.include('invalid');
    for (const s of p.surveys) await s.updateComplete;
  }
  return p;
}

const problems: string[] = [];
const check = (ok: boolean, what: string) => ok || problems.push(what);

function checkText(root: Element) {
  let texts = 0;
  for (const el of deep(root)) {
    if (!ownText(el) || !visible(el)) continue;
    texts++;
    const ratio = contrastOn(style(el).color, el);
    check(ratio >= 4.5, `text ${name(el)} ${ratio.toFixed(2)}:1`);
  }
  return texts;
}

/** The boundary of a control, against what is behind it: its border or its own fill. */
function checkControls(root: Element) {
  let controls = 0;
  for (const el of deep(root)) {
    if (!el.matches('label[part~=option], label.contact, textarea, input[type=text], button') || !visible(el)) continue;
    controls++;
    const behind = backgroundOf(layoutParent(el));
    const s = style(el);
    const border = parseFloat(s.borderTopWidth) > 0 ? contrast(over(parseColour(s.borderTopColor), behind), behind) : 1;
    const fill = contrast(backgroundOf(el), behind);
    check(
      Math.max(border, fill) >= 3 || el.matches('label.contact, #start'),
      `boundary of ${name(el)} ${border.toFixed(2)}:1`,
    );
    // A visible native checkbox or radio: its tick is drawn in the accent colour (`auto` in forced
    // colours, where the system draws it).
    const native = el.querySelector('input[type=checkbox], input[type=radio]');
    if (native && style(native).opacity !== '0' && style(native).accentColor !== 'auto') {
      const ratio = contrastOn(style(native).accentColor, el);
      check(ratio >= 3, `accent of the box in ${name(el)} ${ratio.toFixed(2)}:1`);
    }
  }
  return controls;
}

/** A checked option shows by more than colour, and its fill or ring stands out ≥ 3:1. */
function checkSelected(root: Element) {
  let selected = 0;
  for (const input of deep(root)) {
    if (!input.matches('input:checked') || !visible(input.closest('label')!)) continue;
    selected++;
    const label = input.closest('label')!;
    if (style(input).opacity !== '0' && input.getBoundingClientRect().width >= 12) continue; // the tick itself
    const sibling = [...label.parentElement!.querySelectorAll('label')].find((l) => !l.querySelector(':checked'))!;
    const [on, off] = [style(label), style(sibling)];
    check(
      on.fontWeight !== off.fontWeight ||
        on.outlineStyle !== off.outlineStyle ||
        on.borderTopWidth !== off.borderTopWidth,
      `selection of ${name(label)} by colour alone`,
    );
    const behind = backgroundOf(layoutParent(label));
    const ring = on.outlineStyle === 'none' ? 1 : contrast(over(parseColour(on.outlineColor), behind), behind);
    const ratio = Math.max(ring, contrast(backgroundOf(label), behind));
    check(ratio >= 3, `selected ${name(label)} ${ratio.toFixed(2)}:1`);
  }
  return selected;
}

/** Tab through every control from a button before them: each shows a ring of 2 px ≥ 3:1. */
async function checkFocus(root: Element) {
  root.querySelector<HTMLButtonElement>('#start')!.focus();
  let stops = 0;
  for (let i = 0; i < 120; i++) {
    await sendKeys({ press: 'Tab' });
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    let outer: Node | null = el;
    while (outer?.getRootNode() instanceof ShadowRoot) outer = (outer.getRootNode() as ShadowRoot).host;
    if (!el || !root.contains(outer)) break;
    if (el === root.querySelector('#start')) continue;
    stops++;
    const owner = [el, el.closest('label'), el.parentElement].find(
      (e) => e && style(e).outlineStyle !== 'none' && parseFloat(style(e).outlineWidth) >= 2,
    );
    if (!check(!!owner, `no focus ring on ${name(el)}`)) continue;
    const ratio = contrastOn(style(owner!).outlineColor, layoutParent(owner!));
    check(ratio >= 3, `focus ring of ${name(el)} ${ratio.toFixed(2)}:1`);
  }
  return stops;
}

describe('contrast, from computed colours', () => {
  beforeEach(() => (problems.length = 0));

  for (const [themeName, cls, theme] of THEMES)
    for (const state of STATES)
      it(`${themeName}, ${state}: text ≥ 4.5:1, boundaries, focus and selection ≥ 3:1, never colour alone`, async () => {
        const { root } = await reach(state, cls, theme);
        const texts = checkText(root);
        expect(texts, 'texts measured').to.be.greaterThan(state === 'sent' ? 20 : 60);
        if (state !== 'sent') expect(checkControls(root), 'controls measured').to.be.greaterThan(40);
        if (state === 'answered') expect(checkSelected(root), 'selections measured').to.be.greaterThan(10);
        if (state === 'initial' || state === 'answered')
          expect(await checkFocus(root), 'focus stops').to.be.greaterThan(15);
        expect(problems).to.deep.equal([]);
      }).timeout(30000);

  // Windows contrast themes: the system's colours replace the tokens; the checked option keeps its own.
  describe('in forced colours', () => {
    before(() => executeServerCommand('media', { forcedColors: 'active' }));
    after(() => executeServerCommand('media', { forcedColors: null }));
    for (const state of STATES)
      it(`${state}: the same thresholds hold`, async () => {
        const { root } = await reach(state, '', 'light');
        checkText(root);
        if (state !== 'sent') checkControls(root);
        if (state === 'answered') checkSelected(root);
        if (state === 'initial' || state === 'answered') await checkFocus(root);
        expect(problems).to.deep.equal([]);
      }).timeout(30000);
  });
});
