import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackRating } from '../../src/elements/feelback-rating/feelback-rating.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import { groupName, radios } from './shared/scale-dom.js';
import { runScaleQuestionTests } from './shared/scale-question-tests.js';

const required = { en: 'Please answer this question.', nl: 'Beantwoord deze vraag.' };

runScaleQuestionTests({
  tag: 'feelback-rating',
  variant: 'csat, 5 points by default',
  min: 1,
  max: 5,
  defaultName: 'rating',
  texts: {
    en: {
      question: 'How satisfied are you with this?',
      low: 'Very dissatisfied',
      high: 'Very satisfied',
      required: required.en,
    },
    nl: {
      question: 'Hoe tevreden bent u hierover?',
      low: 'Zeer ontevreden',
      high: 'Zeer tevreden',
      required: required.nl,
    },
  },
  answer: (name, value) => ({ name, kind: 'rating', value, scale: 'csat', points: 5 }),
});

// The widest scale, on another kind: the 320-pixel layout, the keys and the answer's scale and points.
runScaleQuestionTests({
  tag: 'feelback-rating',
  variant: 'ease, 10 points',
  attributes: 'kind="ease" points="10"',
  min: 1,
  max: 10,
  defaultName: 'rating',
  texts: {
    en: { question: 'How easy was it?', low: 'Very difficult', high: 'Very easy', required: required.en },
    nl: { question: 'Hoe gemakkelijk was het?', low: 'Zeer moeilijk', high: 'Zeer gemakkelijk', required: required.nl },
  },
  answer: (name, value) => ({ name, kind: 'rating', value, scale: 'ease', points: 10 }),
});

const names = (el: FeelbackRating) => radios(el).map((r) => r.closest('label')!.textContent!.trim());

/** Silences the console.warn that goes with every config error. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

describe('feelback-rating', () => {
  const kinds = [
    ['csat', 'Hoe tevreden bent u hierover?'],
    ['effectiveness', 'In hoeverre kon u doen wat u wilde doen?'],
    ['ease', 'Hoe gemakkelijk was het?'],
    ['emotion', 'Hoe voelde u zich daarbij?'],
    ['custom', 'Hoe beoordeelt u dit?'],
  ] as const;
  for (const [kind, question] of kinds) {
    it(`asks the ${kind} question in Dutch and answers with its scale`, async () => {
      const el = await fixture<FeelbackRating>(html`<feelback-rating lang="nl" kind=${kind}></feelback-rating>`);
      expect(groupName(el)).to.equal(question);
      radios(el)[3]!.click();
      expect(el.answer).to.deep.equal({ name: 'rating', kind: 'rating', value: 4, scale: kind, points: 5 });
    });
  }

  it('takes 3 to 10 points and the question attribute', async () => {
    const el = await fixture<FeelbackRating>(
      html`<feelback-rating lang="en" kind="custom" points="10" question="Rate the app"></feelback-rating>`,
    );
    expect(groupName(el)).to.equal('Rate the app');
    expect(names(el)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    el.points = 3;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['1', '2', '3']);
  });

  for (const points of ['2', '11', '4.5', 'many']) {
    it(`reports points="${points}" as a config error and uses 5`, async () => {
      const el = await fixture<FeelbackRating>(html`<feelback-rating></feelback-rating>`);
      const e = await quietly(async () => {
        setTimeout(() => el.setAttribute('points', points));
        return (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
      });
      expect(e.detail.code).to.equal('config');
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
    });
  }

  it('reports an unknown kind as a config error and asks csat', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating lang="en"></feelback-rating>`);
    const e = await quietly(async () => {
      setTimeout(() => el.setAttribute('kind', 'nps'));
      return (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
    });
    expect(e.detail.code).to.equal('config');
    await el.updateComplete;
    expect(groupName(el)).to.equal('How satisfied are you with this?');
  });
});
