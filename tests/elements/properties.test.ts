/**
 * React 19 and Vue 3 set a property on a custom element only when the element has it (`name in element`),
 * and an attribute otherwise: an object or a function given as an attribute is lost. So everything
 * CONTRACT.md §2 and the README document as settable must be a declared (reactive) property.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackRating } from '../../src/elements/feelback-rating/feelback-rating.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import type { Response } from '../../src/schema/response.js';
import { groupName, radios } from './shared/scale-dom.js';

const question = ['name', 'required', 'question', 'showIf', 'theme'];
const scale = [...question, 'lowLabel', 'highLabel', 'value'];

/** [tag, every property it documents] */
const documented: [string, string[]][] = [
  [
    'feelback-survey',
    [
      'endpoint',
      'surveyId',
      'touchpoint',
      'channel',
      'layout',
      'recovery',
      'metadata',
      'recoveryContact',
      'credentials',
      'heading',
      'transport',
      'headers',
      'theme',
      'display',
      'launcher',
      'placement',
      'trigger',
      'pages',
      'sample',
      'recontactDays',
      'cooldownDays',
      'consent',
    ],
  ],
  ['feelback-nps', [...scale, 'subject']],
  ['feelback-emotion', [...question, 'max', 'withoutIntensity', 'value', 'emotions']],
  ['feelback-effort', [...scale, 'organisation']],
  ['feelback-rating', [...scale, 'kind', 'points']],
  ['feelback-comment', [...question, 'maxlength', 'redact', 'value']],
  ['feelback-choice', [...question, 'multiple', 'max', 'other', 'shuffle', 'preset', 'options', 'value', 'otherText']],
  [
    'feelback-report',
    ['src', 'heading', 'credentials', 'summary', 'responses', 'headers', 'emotions', 'theme', 'dashboard'],
  ],
  ['feelback-worklist', ['src', 'state', 'heading', 'headers', 'theme']],
];

describe('properties a framework sets', () => {
  for (const [tag, names] of documented) {
    it(`<${tag}> declares ${names.join(', ')} as reactive properties, present on a new element`, () => {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, unknown> };
      const el = document.createElement(tag);
      for (const name of names) {
        expect(ctor.elementProperties.has(name), `${tag}.${name} declared`).to.be.true;
        expect(name in el, `'${name}' in <${tag}>`).to.be.true;
      }
    });
  }

  it('takes kind on <feelback-rating> as a property: the rating scale, not the answer kind', async () => {
    const el = await fixture<FeelbackRating>(html`<feelback-rating lang="en"></feelback-rating>`);
    el.kind = 'ease';
    await el.updateComplete;
    expect(groupName(el)).to.equal('How easy was it?');
    radios(el)[4]!.click();
    expect(el.answerKind).to.equal('rating');
    expect(el.answer).to.deep.equal({ name: 'rating', kind: 'rating', value: 5, scale: 'ease', points: 5 });
  });

  it('sends metadata given as an object and uses a transport and headers given as properties', async () => {
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="en"><feelback-nps></feelback-nps></feelback-survey>`,
    );
    const sent: Response[] = [];
    el.transport = async (payload) => void sent.push(payload);
    el.headers = { 'X-CSRF-Token': 'abc' };
    el.metadata = { plan: 'gold' };
    await el.updateComplete;
    radios(el.querySelector('feelback-nps')!)[9]!.click();
    expect((await el.submit()).status).to.equal('sent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.metadata).to.deep.equal({ plan: 'gold' });
  });

  it('reports metadata given as an object with a value that is not a string as a config error', async () => {
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey></feelback-survey>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      setTimeout(() => (el.metadata = { plan: 5 } as unknown as Record<string, string>));
      const e = (await oneEvent(el, 'feelback-error')) as CustomEvent<FeelbackErrorDetail>;
      expect(e.detail.code).to.equal('config');
      expect(e.detail.message).to.contain('metadata=');
    } finally {
      console.warn = warn;
    }
  });
});
