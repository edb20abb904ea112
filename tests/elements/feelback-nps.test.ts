import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import { groupName } from './shared/scale-dom.js';
import { runScaleQuestionTests } from './shared/scale-question-tests.js';

runScaleQuestionTests({
  tag: 'feelback-nps',
  min: 0,
  max: 10,
  defaultName: 'nps',
  texts: {
    en: {
      question: 'How likely are you to recommend us to a friend or colleague?',
      low: 'Not at all likely',
      high: 'Extremely likely',
      required: 'Please answer this question.',
    },
    nl: {
      question: 'Hoe waarschijnlijk is het dat u ons aanbeveelt aan een vriend of collega?',
      low: 'Zeer onwaarschijnlijk',
      high: 'Zeer waarschijnlijk',
      required: 'Beantwoord deze vraag.',
    },
  },
  answer: (name, value) => ({ name, kind: 'nps', value }),
});

describe('feelback-nps', () => {
  it('names what is recommended in the question, in English and in Dutch', async () => {
    const el = await fixture<FeelbackNps>(html`<feelback-nps lang="en" subject="our bank"></feelback-nps>`);
    expect(groupName(el)).to.equal('How likely are you to recommend our bank to a friend or colleague?');
    const nl = await fixture(html`<div lang="nl-NL"><feelback-nps subject="onze bank"></feelback-nps></div>`);
    expect(nl.querySelector('feelback-nps')!.shadowRoot!.textContent).to.contain(
      'Hoe waarschijnlijk is het dat u onze bank aanbeveelt aan een vriend of collega?',
    );
  });
});
