import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackChoice } from '../../src/elements/feelback-choice/feelback-choice.js';
import type { FeelbackComment } from '../../src/elements/feelback-comment/feelback-comment.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { Response } from '../../src/schema/response.js';

let count = 0;
const newBucket = () => `show-if-${Date.now()}-${++count}`;
const received = async (bucket: string) => (await fetch(`/__feelback/received/${bucket}`)).json();
const text = (el: Element | null) => el?.textContent?.trim();
const part = (s: FeelbackSurvey, name: string) => s.shadowRoot!.querySelector(`[part~="${name}"]`);
const radio = (q: FeelbackNps, n: number) => q.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[n]!;
const option = (q: FeelbackChoice, n: number) =>
  q.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=options] input')[n]!;

/** NPS, a required "why" asked only of detractors, and a comment for everyone. */
async function detractorSurvey(layout = 'stack', bucket = newBucket()) {
  const survey = await fixture<FeelbackSurvey>(
    html`<feelback-survey lang="en" layout=${layout} endpoint="/__feelback/collect/${bucket}">
      <feelback-nps name="nps" required></feelback-nps>
      <feelback-choice name="why" show-if="nps &lt;= 6" required question="What went wrong?">
        <option value="price">Price</option>
        <option value="service">Service</option>
      </feelback-choice>
      <feelback-comment name="comment"></feelback-comment>
    </feelback-survey>`,
  );
  const nps = survey.querySelector<FeelbackNps>('feelback-nps')!;
  const why = survey.querySelector<FeelbackChoice>('feelback-choice')!;
  const comment = survey.querySelector<FeelbackComment>('feelback-comment')!;
  await why.updateComplete;
  await survey.updateComplete;
  return { survey, nps, why, comment, bucket };
}

/** The user picks `n` on the NPS scale; the survey has re-evaluated the conditions when this resolves. */
async function pick(survey: FeelbackSurvey, nps: FeelbackNps, n: number) {
  radio(nps, n).click();
  await survey.updateComplete;
}

describe('feelback-survey show-if', () => {
  it('shows the follow-up only to detractors, at once, out of the tab order while hidden', async () => {
    const { survey, nps, why, comment } = await detractorSurvey();
    expect(why.hidden).to.be.true;
    expect(why.checkVisibility()).to.be.false;
    expect(comment.hidden).to.be.false;

    await pick(survey, nps, 3);
    expect(why.hidden).to.be.false;
    expect(why.checkVisibility()).to.be.true;
    await expect(survey).to.be.accessible();

    await pick(survey, nps, 9);
    expect(why.hidden).to.be.true;
    await pick(survey, nps, 6);
    expect(why.hidden).to.be.false;
    await pick(survey, nps, 7);
    expect(why.hidden).to.be.true;
    await expect(survey).to.be.accessible();
  });

  it('does not validate a hidden question, even when required, and leaves its answer out of the POST', async () => {
    const { survey, nps, why, bucket } = await detractorSurvey();
    // Answered as a detractor first, then the score changed: the answer stays but is not sent.
    await pick(survey, nps, 2);
    option(why, 1).click();
    await why.updateComplete;
    expect(why.answer).to.deep.include({ name: 'why', value: ['service'] });
    await pick(survey, nps, 10);
    expect(why.hidden).to.be.true;

    expect((await survey.submit()).status).to.equal('sent');
    expect(why.invalid).to.be.false;
    const [req, ...more] = await received(bucket);
    expect(more).to.have.length(0);
    expect(Response.safeParse(req.body).success).to.be.true;
    expect(req.body.answers).to.deep.equal([{ name: 'nps', kind: 'nps', value: 10 }]);
    expect(why.answer).to.deep.include({ value: ['service'] }); // kept, not sent
  });

  it('validates and sends a shown follow-up', async () => {
    const { survey, nps, why, bucket } = await detractorSurvey();
    await pick(survey, nps, 4);
    const error = oneEvent(survey, 'feelback-error');
    expect(await survey.submit()).to.deep.equal({ status: 'invalid' });
    expect((await error).detail).to.deep.equal({ code: 'invalid', message: 'required question not answered: why' });
    expect(why.invalid).to.be.true;
    option(why, 0).click();
    expect((await survey.submit()).status).to.equal('sent');
    const [req] = await received(bucket);
    expect(req.body.answers.map((a: { name: string }) => a.name)).to.deep.equal(['nps', 'why']);
  });

  it('makes the steps layout skip a hidden question and count only those shown', async () => {
    const { survey, nps, why, comment } = await detractorSurvey('steps');
    expect(text(part(survey, 'progress'))).to.equal('Question 1 of 2');

    // A promoter goes from the NPS straight to the comment.
    await pick(survey, nps, 9);
    expect(text(part(survey, 'progress'))).to.equal('Question 1 of 2');
    part(survey, 'next')!.dispatchEvent(new MouseEvent('click'));
    await survey.updateComplete;
    expect(text(part(survey, 'progress'))).to.equal('Question 2 of 2');
    expect([nps.hidden, why.hidden, comment.hidden]).to.deep.equal([true, true, false]);
    expect(part(survey, 'submit')).to.not.equal(null);

    // Back, a detractor now: the follow-up is step 2 of 3.
    part(survey, 'back')!.dispatchEvent(new MouseEvent('click'));
    await survey.updateComplete;
    await pick(survey, nps, 1);
    expect(text(part(survey, 'progress'))).to.equal('Question 1 of 3');
    part(survey, 'next')!.dispatchEvent(new MouseEvent('click'));
    await survey.updateComplete;
    expect(text(part(survey, 'progress'))).to.equal('Question 2 of 3');
    expect([nps.hidden, why.hidden, comment.hidden]).to.deep.equal([true, false, true]);
    await expect(survey).to.be.accessible();
  });

  it('reports a condition that does not parse as feelback-error config, and shows the question', async () => {
    const errors: unknown[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('feelback-error', listen);
    try {
      const survey = await fixture<FeelbackSurvey>(
        html`<feelback-survey lang="en" endpoint="/__feelback/collect/${newBucket()}">
          <feelback-nps name="nps"></feelback-nps>
          <feelback-comment name="why" show-if="nps &lt;= six"></feelback-comment>
        </feelback-survey>`,
      );
      const why = survey.querySelector<FeelbackComment>('feelback-comment')!;
      await why.updateComplete;
      await survey.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.include({ code: 'config' });
      expect((errors[0] as { message: string }).message).to.contain('nps <= six');
      expect(why.hidden).to.be.false;
      expect(why.shownFor([])).to.be.true;
      await expect(survey).to.be.accessible();
    } finally {
      document.removeEventListener('feelback-error', listen);
    }
  });

  it('leaves alone a question without show-if that the page author hid', async () => {
    const survey = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en" endpoint="/__feelback/collect/${newBucket()}">
        <feelback-nps name="nps"></feelback-nps>
        <feelback-comment name="why" show-if="nps &lt;= 6"></feelback-comment>
        <feelback-comment name="later" hidden></feelback-comment>
      </feelback-survey>`,
    );
    const nps = survey.querySelector<FeelbackNps>('feelback-nps')!;
    const [why, later] = survey.querySelectorAll<FeelbackComment>('feelback-comment');
    await why!.updateComplete;
    await survey.updateComplete;
    expect([why!.hidden, later!.hidden]).to.deep.equal([true, true]);
    await pick(survey, nps, 3);
    expect([why!.hidden, later!.hidden]).to.deep.equal([false, true]);
    await pick(survey, nps, 9);
    expect([why!.hidden, later!.hidden]).to.deep.equal([true, true]);
    // The author shows it: the survey does not hide it again.
    later!.hidden = false;
    await pick(survey, nps, 2);
    expect([why!.hidden, later!.hidden]).to.deep.equal([false, false]);
  });

  it('re-evaluates when show-if is set or removed as a property', async () => {
    const { survey, why, comment } = await detractorSurvey();
    comment.showIf = 'why answered';
    await comment.updateComplete;
    await survey.updateComplete;
    expect(comment.hidden).to.be.true;
    why.showIf = undefined;
    await survey.updateComplete;
    expect(why.hidden).to.be.false;
    expect(why.hasAttribute('show-if')).to.be.true; // the attribute is the author's, never reflected
  });
});
