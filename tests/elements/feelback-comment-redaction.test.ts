/**
 * The redaction patterns arrive after the first render (redaction.ts). In this file they are held back two
 * seconds (tests/support/slow-modules.mjs; its own page, so nothing has loaded them yet): text typed or set
 * meanwhile must never leave an element unredacted, in `answer`, in `feelback-change` or in what is sent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackChoice } from '../../src/elements/feelback-choice/feelback-choice.js';
import type { FeelbackComment } from '../../src/elements/feelback-comment/feelback-comment.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';

const bucket = `redaction-${Date.now()}`;
const received = async () => (await fetch(`/__feelback/received/${bucket}`)).json();
const TYPED = 'Bel 06-12345678 of mail jan@example.nl';
const OTHER = 'iban NL91 ABNA 0417 1643 00';

describe('redaction that arrives after the first render', () => {
  before(() => {
    document.cookie = 'feelback-slow=redact~2000; path=/';
  });
  after(() => {
    document.cookie = 'feelback-slow=; path=/; max-age=0';
  });

  it('never lets a comment or other text typed or set right after creation leave unredacted', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <feelback-survey endpoint="/__feelback/collect/${bucket}">
          <feelback-comment></feelback-comment>
          <feelback-choice other><option value="price">Prijs</option></feelback-choice>
        </feelback-survey>
      </div>`,
    );
    const survey = wrapper.querySelector<FeelbackSurvey>('feelback-survey')!;
    const comment = wrapper.querySelector<FeelbackComment>('feelback-comment')!;
    const choice = wrapper.querySelector<FeelbackChoice>('feelback-choice')!;
    // Drawn at first paint without the patterns: the note that details are left out.
    expect(comment.shadowRoot!.querySelector<HTMLElement>('[part=note]')!.hidden).to.be.false;

    choice.value = ['other'];
    choice.otherText = OTHER;
    expect(choice.answer, 'read before the patterns arrive').to.deep.include({ other: 'iban […] ABNA […] […] […]' });

    const changes: unknown[] = [];
    survey.addEventListener('feelback-change', (e) => changes.push(e.detail.value));
    comment.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: TYPED });
    expect(comment.answer!.value, 'read before the patterns arrive').to.equal('Bel […] of mail […]');
    await sendKeys({ press: 'Tab' });
    expect(changes, 'feelback-change waits for the patterns').to.deep.equal([]);

    const outcome = await survey.submit();
    expect(outcome.status).to.equal('sent');
    expect(changes).to.deep.equal(['Bel [phone] of mail [email]']);
    const [{ body }] = await received();
    expect(body.answers).to.deep.equal([
      { name: 'comment', kind: 'comment', value: 'Bel [phone] of mail [email]' },
      { name: 'choice', kind: 'choice', value: ['other'], other: 'iban [iban]' },
    ]);
  });
});
