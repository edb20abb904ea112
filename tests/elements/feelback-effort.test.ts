import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/define.js';
import type { FeelbackEffort } from '../../src/elements/feelback-effort/feelback-effort.js';
import { groupName, radios } from './shared/scale-dom.js';
import { runScaleQuestionTests } from './shared/scale-question-tests.js';

runScaleQuestionTests({
  tag: 'feelback-effort',
  min: 1,
  max: 7,
  defaultName: 'effort',
  texts: {
    en: {
      question: 'The organisation made it easy for me to handle my issue.',
      low: 'Strongly disagree',
      high: 'Strongly agree',
      required: 'Please answer this question.',
    },
    nl: {
      question: 'De organisatie maakte het mij gemakkelijk om mijn zaak te regelen.',
      low: 'Helemaal mee oneens',
      high: 'Helemaal mee eens',
      required: 'Beantwoord deze vraag.',
    },
  },
  answer: (name, value) => ({ name, kind: 'effort', value }),
});

/** axe's accessible-name computation; Chromium's own accessibility tree gives the same names here. */
const axe = (window as unknown as { axe: AxeText }).axe;
interface AxeText {
  setup(root: Node): void;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
}

const description = (el: FeelbackEffort, radio: HTMLInputElement) =>
  el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)!.textContent!.trim();

describe('feelback-effort', () => {
  it('renders the CES 2.0 statement with the organisation, a number on every point and its anchor as description', async () => {
    const el = await fixture<FeelbackEffort>(
      html`<feelback-effort lang="en" organisation="Our bank"></feelback-effort>`,
    );
    expect(groupName(el)).to.equal('Our bank made it easy for me to handle my issue.');
    expect(radios(el).map((r) => r.closest('label')!.querySelector('[part=label]')!.textContent)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(radios(el).map((r) => description(el, r))).to.deep.equal([
      'Strongly disagree',
      'Disagree',
      'Somewhat disagree',
      'Neither agree nor disagree',
      'Somewhat agree',
      'Agree',
      'Strongly agree',
    ]);
  });

  it('describes the points in Dutch inside a Dutch page', async () => {
    const nl = await fixture(html`<div lang="nl"><feelback-effort></feelback-effort></div>`);
    const el = nl.querySelector('feelback-effort')!;
    expect(radios(el).map((r) => description(el, r))).to.deep.equal([
      'Helemaal mee oneens',
      'Mee oneens',
      'Enigszins mee oneens',
      'Neutraal',
      'Enigszins mee eens',
      'Mee eens',
      'Helemaal mee eens',
    ]);
  });

  // The description span sits inside the radio's <label>: unless hidden from the name, it was read twice
  // ("1 Strongly disagree", then the description "Strongly disagree" again).
  it('names every radio by its number alone, the anchor being only its description', async () => {
    const el = await fixture<FeelbackEffort>(html`<feelback-effort lang="en"></feelback-effort>`);
    axe.setup(document);
    try {
      expect(radios(el).map((r) => axe.commons.text.accessibleText(r))).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
    } finally {
      axe.teardown();
    }
    expect(description(el, radios(el)[0]!)).to.equal('Strongly disagree');
  });
});
