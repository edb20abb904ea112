import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';

const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const text = (el: Element | null) => el?.textContent?.trim();
const part = (s: FeelbackSurvey, name: string) => s.shadowRoot!.querySelector(`[part~="${name}"]`);

async function stepsSurvey() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="nl">
      <button id="before">voor</button>
      <feelback-survey layout="steps" endpoint="/__feelback/collect/steps-${Date.now()}">
        <feelback-nps name="first" required></feelback-nps>
        <feelback-nps name="second"></feelback-nps>
        <feelback-nps name="third" required></feelback-nps>
      </feelback-survey>
    </div>`,
  );
  const survey = wrapper.querySelector('feelback-survey')!;
  await survey.updateComplete;
  const qs = [...wrapper.querySelectorAll<FeelbackNps>('feelback-nps')];
  return { wrapper, survey, qs };
}

describe('feelback-survey layout="steps"', () => {
  it('shows one question at a time with progress text and Next', async () => {
    const { survey, qs } = await stepsSurvey();
    expect(qs.map((q) => q.checkVisibility())).to.deep.equal([true, false, false]);
    expect(text(part(survey, 'progress'))).to.equal('Vraag 1 van 3');
    expect(text(part(survey, 'next'))).to.equal('Volgende');
    expect(part(survey, 'back')).to.equal(null);
    expect(part(survey, 'submit')).to.equal(null);
    await expect(survey).to.be.accessible();
  });

  it('is answered and sent by keyboard alone, with focus on each new title and Back keeping answers', async () => {
    const { wrapper, survey, qs } = await stepsSurvey();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // Step 1: Tab into the scale, pick 3 with the arrows, Tab to Next, Enter.
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Volgende');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(deepActive()).to.equal(qs[1]!.shadowRoot!.querySelector('[part~="question"]'));
    expect(text(part(survey, 'progress'))).to.equal('Vraag 2 van 3');

    // Step 2 is optional. Tab order there: the scale, Back, Next.
    await sendKeys({ press: 'Tab' }); // the scale
    await sendKeys({ press: 'Tab' }); // Back
    expect(text(deepActive())).to.equal('Vorige');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(deepActive()).to.equal(qs[0]!.shadowRoot!.querySelector('[part~="question"]'));
    expect(qs[0]!.value).to.equal(3);

    // Forward twice (Enter on Next), leaving the optional second question empty.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Volgende');
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(text(part(survey, 'progress'))).to.equal('Vraag 3 van 3');
    expect(text(part(survey, 'submit'))).to.equal('Versturen');

    // Step 3: Tab lands on 0 and ArrowLeft wraps around to 10.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(qs[2]!.value).to.equal(10);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Versturen');
    const sent = oneEvent(survey, 'feelback-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.response.answers).to.deep.equal([
      { name: 'first', kind: 'nps', value: 3 },
      { name: 'third', kind: 'nps', value: 10 },
    ]);
  });

  it('validates per step: Next on an unanswered required question stays and focuses it', async () => {
    const { survey, qs } = await stepsSurvey();
    (part(survey, 'next') as HTMLButtonElement).click();
    await survey.updateComplete;
    await qs[0]!.updateComplete;
    expect(text(part(survey, 'progress'))).to.equal('Vraag 1 van 3');
    expect(qs[0]!.shadowRoot!.querySelector('[role=radiogroup]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(qs[0]!.shadowRoot!.querySelector('input'));
    await expect(survey).to.be.accessible();
  });
});
