import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';

// The survey imports what it does as the respondent acts (scores, consent, sending: respondent.ts) right
// after its first render. This file's one test runs in a page that has not loaded that module yet: it
// answers and submits before it has arrived, and nothing may be lost, reordered or scored late.

const received = async (bucket: string) =>
  (await (await fetch(`/__feelback/received/${bucket}`)).json()) as { body: Record<string, unknown> }[];
const radio = (q: FeelbackNps, n: number) => q.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[n]!;

describe('feelback-survey answered before its scoring and sending code arrived', () => {
  it('emits each change in order, with the scores as they stood at that change, and sends the response', async () => {
    const bucket = `early-${Date.now()}`;
    const wrapper = document.createElement('div');
    wrapper.lang = 'nl';
    wrapper.innerHTML = `<feelback-survey survey-id="early" endpoint="/__feelback/collect/${bucket}">
      <feelback-nps required></feelback-nps>
    </feelback-survey>`;
    document.body.append(wrapper);
    const el = wrapper.querySelector<FeelbackSurvey>('feelback-survey')!;
    const q = wrapper.querySelector<FeelbackNps>('feelback-nps')!;
    // The question is drawn, and so is the survey (it updates first): its import has started, not arrived.
    await q.updateComplete;
    const seen: [unknown, unknown][] = [];
    el.addEventListener('feelback-change', (e) => seen.push([e.detail.value, e.detail.scores.npsCategory]));
    radio(q, 3).click();
    radio(q, 9).click();
    const outcome = el.submit();
    expect(seen, 'the code had arrived already: this test no longer answers before it').to.deep.equal([]);

    expect((await outcome).status).to.equal('sent');
    expect(seen).to.deep.equal([
      [3, 'detractor'],
      [9, 'promoter'],
    ]);
    const [req, ...more] = await received(bucket);
    expect(more).to.have.length(0);
    expect(req!.body.answers).to.deep.equal([{ kind: 'nps', name: 'nps', value: 9 }]);
    expect((req!.body.scores as { npsCategory: string }).npsCategory).to.equal('promoter');
    wrapper.remove();
  });
});
