import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';
import { de, fr, registerTranslation, type Messages } from '../../src/index.js';
import { en, nl } from '../support/built-in-texts.js';
import { CORE_EMOTIONS } from '../../src/schema/emotions.js';
import type { LabelledEmotion } from '../../src/i18n/index.js';
import type { Summary } from '../../src/scores/summarize.js';

registerTranslation('de', de);
registerTranslation('fr', fr);

/** Soft hyphens removed, whitespace (also French no-break spaces) collapsed. */
const norm = (s: string) => s.replaceAll('\u00ad', '').replace(/\s+/g, ' ');

/** Text shown by an element: its shadow root, and the elements with shadow roots inside it or slotted in it. */
function shown(el: Element): string {
  const root = el.shadowRoot!;
  const inner = [...root.querySelectorAll('*'), ...el.querySelectorAll('*')].filter((e) => e.shadowRoot).map(shown);
  return norm([root.textContent ?? '', ...inner].join(' '));
}
/** `expect(text).to.contain` for each message, compared as shown. */
const containsAll = (text: string, ...messages: string[]) => {
  for (const m of messages) expect(text).to.contain(norm(m));
};

/** Every element on one page: the default survey (NPS, emotion, comment), effort, rating, choice and a report. */
async function everyElement(lang: string) {
  const summary: Summary = await (await fetch('/tests/fixtures/summary.json')).json();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <feelback-survey></feelback-survey>
      <feelback-survey
        ><feelback-effort></feelback-effort><feelback-rating kind="ease"></feelback-rating
        ><feelback-kano></feelback-kano><feelback-statements preset="golden-rules"></feelback-statements
        ><feelback-choice other><option value="a">A</option></feelback-choice></feelback-survey
      >
      <feelback-report .summary=${summary}></feelback-report>
    </div>`,
  );
  const [defaults, questions] = wrapper.querySelectorAll<FeelbackSurvey>('feelback-survey');
  const report = wrapper.querySelector<FeelbackReport>('feelback-report')!;
  for (const el of [defaults!, questions!, report]) await el.updateComplete;
  await Promise.all([...defaults!.shadowRoot!.querySelectorAll<FeelbackSurvey>('*')].map((q) => q.updateComplete));
  return { defaults: defaults!, questions: questions!, report };
}

const SHIPPED: [string, Messages][] = [
  ['nl', nl],
  ['en', en],
  ['de', de],
  ['fr', fr],
];

describe('every element in every shipped language', () => {
  for (const [lang, m] of SHIPPED) {
    it(`renders the survey, every question and the report in ${lang}`, async () => {
      const { defaults, questions, report } = await everyElement(lang);
      const labels = CORE_EMOTIONS.map((e) => m.emotions?.[e.id] ?? (e.label as Record<string, string>)[lang]!);
      containsAll(
        shown(defaults),
        m.survey.title,
        m.survey.submit,
        m.nps.question(m.nps.defaultSubject),
        m.emotion.question,
        m.emotion.none,
        ...labels,
        m.comment.question,
      );
      containsAll(shown(questions), m.effort.question(m.effort.defaultOrganisation), m.rating.ease.question);
      containsAll(
        shown(questions),
        m.kano.functional(m.kano.defaultFeature),
        m.kano.dysfunctional(m.kano.defaultFeature),
        ...Object.values(m.kano.options),
        m.statements.question,
        m.statements.anchors[0],
        m.statements.anchors[4],
        m.choice.question,
        m.choice.other,
      );
      containsAll(shown(report), m.report.title, m.report.nps, ...Object.values(m.report.categories));
      await expect(defaults).to.be.accessible();
    });
  }

  it('sends the language in the response', async () => {
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="fr"><feelback-nps></feelback-nps></feelback-survey>`,
    );
    let lang = '';
    el.transport = async (response) => void (lang = response.lang);
    el.querySelector('feelback-nps')!.shadowRoot!.querySelectorAll('input')[7]!.click();
    expect((await el.submit()).status).to.equal('sent');
    expect(lang).to.equal('fr');
  });
});

describe('language tags and registration', () => {
  const button = (el: FeelbackSurvey) => el.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim();

  for (const [tag, text] of [
    ['nl-BE', 'Versturen'],
    ['fr-BE', 'Envoyer'],
    ['de-CH', 'Senden'],
    ['en-GB', 'Send'],
  ]) {
    it(`resolves ${tag} to its language`, async () => {
      const el = await fixture<FeelbackSurvey>(html`<feelback-survey lang=${tag}></feelback-survey>`);
      expect(button(el)).to.equal(text);
    });
  }

  it('falls back to English for a lang such as constructor', async () => {
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey lang="constructor"></feelback-survey>`);
    // <html lang> of the test page, else the browser's language, else English: never a crash.
    expect(button(el)).to.be.oneOf(['Send', 'Versturen', 'Senden', 'Envoyer']);
  });

  it('re-renders elements on the page when their language is registered later, missing messages in English', async () => {
    const el = await fixture<FeelbackSurvey>(
      html`<feelback-survey lang="es"><feelback-nps></feelback-nps></feelback-survey>`,
    );
    registerTranslation('es', { survey: { submit: 'Enviar' }, nps: { question: (s) => `¿Recomendaría ${s}?` } });
    await el.updateComplete;
    const nps = el.querySelector('feelback-nps')!;
    await nps.updateComplete;
    expect(button(el)).to.equal('Enviar');
    expect(shown(nps)).to.contain('¿Recomendaría us?').and.contain(en.nps.low);
  });

  it('takes a regional variant’s missing messages from its base language', async () => {
    registerTranslation('de-AT', { survey: { submit: 'Absenden' } });
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey lang="de-AT"></feelback-survey>`);
    expect(button(el)).to.equal('Absenden');
    expect(shown(el)).to.contain(de.survey.title);
  });

  it('shows a custom emotion set’s own labels in any language, English where it has none', async () => {
    const emotions = [
      { id: 'calm', valence: 'positive', label: { nl: 'Kalm', en: 'Calm', de: 'Ruhig' } },
      { id: 'lost', valence: 'negative', label: { nl: 'Verdwaald', en: 'Lost', de: 'Verloren' } },
    ] satisfies LabelledEmotion[];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <feelback-emotion lang="de" .emotions=${emotions}></feelback-emotion>
        <feelback-emotion lang="fr" .emotions=${emotions}></feelback-emotion>
      </div>`,
    );
    const [german, french] = wrapper.querySelectorAll('feelback-emotion');
    await waitUntil(() => shown(german!).includes('Ruhig'));
    containsAll(shown(german!), 'Verloren', de.emotion.question);
    containsAll(shown(french!), 'Calm', 'Lost', fr.emotion.question);
  });

  it('offers registerTranslation on the defined survey class: how dist/i18n/de.js reaches a script-tag bundle', async () => {
    const survey = customElements.get('feelback-survey') as unknown as typeof FeelbackSurvey;
    survey.registerTranslation('pt', { survey: { submit: 'Enviar resposta' } });
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey lang="pt"></feelback-survey>`);
    expect(button(el)).to.equal('Enviar resposta');
  });
});
