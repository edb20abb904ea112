import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackNps } from '../../src/elements/feelback-nps/feelback-nps.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { displayed, expectFocusOn, isOpen, nextTask, part, resetVisitor } from './display-support.js';

let count = 0;
const newBucket = () => `display-${Date.now()}-${++count}`;
const received = async (bucket: string) => (await fetch(`/__feelback/received/${bucket}`)).json();

const popover = (bucket = newBucket(), lang = 'nl') =>
  displayed(
    html`<feelback-survey display="popover" lang=${lang} endpoint="/__feelback/collect/${bucket}">
      <feelback-nps name="nps" required></feelback-nps>
    </feelback-survey>`,
  );

/** Every element a Tab can reach inside the survey, in the light DOM and its shadow root. */
function tabbable(survey: FeelbackSurvey) {
  const all = [
    ...survey.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, [tabindex="0"]'),
    ...[...survey.querySelectorAll('*')].flatMap((q) => [
      ...(q.shadowRoot?.querySelectorAll<HTMLElement>('button, input, textarea') ?? []),
    ]),
  ];
  return all.filter((el) => el.checkVisibility() && !(el as HTMLInputElement).disabled && el.tabIndex >= 0);
}

async function pressLauncher(survey: FeelbackSurvey) {
  const opened = oneEvent(survey, 'feelback-open');
  part(survey, 'launcher')!.click();
  return (await opened).detail;
}

describe('feelback-survey display="popover"', () => {
  beforeEach(resetVisitor);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows only a launcher named "Feedback geven" until the visitor presses it', async () => {
    const survey = await popover();
    const launcher = part(survey, 'launcher')!;
    expect(launcher.localName).to.equal('button');
    expect(launcher.textContent!.trim()).to.equal('Feedback geven');
    expect(launcher.matches(':popover-open')).to.be.true;
    expect(isOpen(survey)).to.be.false;
    // A closed panel leaves nothing but the launcher in the tab order.
    expect(tabbable(survey)).to.deep.equal([launcher]);
    await expect(survey).to.be.accessible();
  });

  it('names the launcher and the close button in English, German and French too', async () => {
    const names = {
      en: ['Give feedback', 'Close'],
      de: ['Feedback geben', 'Schließen'],
      fr: ['Donner votre avis', 'Fermer'],
    };
    await import('../../src/i18n/de.js');
    await import('../../src/i18n/fr.js');
    for (const [lang, [launcher, close]] of Object.entries(names)) {
      const survey = await popover(newBucket(), lang);
      expect(part(survey, 'launcher')!.textContent!.trim()).to.equal(launcher);
      expect(part(survey, 'close')!.textContent!.trim()).to.equal(close);
    }
  });

  for (const width of [1280, 320]) {
    it(`opens a dialog named by the title with focus inside, closes on Escape, focus back (${width} px)`, async () => {
      await setViewport({ width, height: 700 });
      const survey = await popover();
      const launcher = part(survey, 'launcher')!;
      launcher.focus();
      expect(await pressLauncher(survey)).to.deep.equal({ trigger: 'launcher' });

      const panel = part(survey, 'panel')!;
      expect(isOpen(survey)).to.be.true;
      expect(panel.matches(':popover-open')).to.be.true; // the top layer
      expect(panel.getAttribute('role')).to.equal('dialog');
      const title = part(survey, 'title')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(title.textContent).to.equal('Uw mening');
      expect(launcher.getAttribute('aria-expanded')).to.equal('true');
      expectFocusOn(title);
      await expect(survey).to.be.accessible();

      const rect = panel.getBoundingClientRect();
      expect(rect.right).to.be.at.most(window.innerWidth + 0.5);
      expect(rect.left).to.be.at.least(0);
      if (width === 320) {
        // A bottom sheet: the whole width, on the lower edge.
        expect(rect.width).to.be.closeTo(window.innerWidth, 1);
        expect(rect.bottom).to.be.closeTo(window.innerHeight, 1);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);

      const dismissed = oneEvent(survey, 'feelback-dismiss');
      await sendKeys({ press: 'Escape' });
      expect((await dismissed).detail).to.deep.equal({ answered: false });
      expect(isOpen(survey)).to.be.false;
      expectFocusOn(launcher);
      expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    });
  }

  it('closes with the Close button and returns focus to the launcher', async () => {
    const survey = await popover();
    await pressLauncher(survey);
    const close = part(survey, 'close')!;
    expect(close.textContent!.trim()).to.equal('Sluiten');
    close.focus();
    await sendKeys({ press: 'Enter' });
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.false;
    expectFocusOn(part(survey, 'launcher'));
  });

  it('open() and close() open and close it, focus returning where it was', async () => {
    const survey = await popover();
    const outside = document.createElement('button');
    outside.textContent = 'Elders';
    document.body.append(outside);
    outside.focus();
    const opened = oneEvent(survey, 'feelback-open');
    await survey.open();
    expect((await opened).detail).to.deep.equal({ trigger: 'method' });
    expect(isOpen(survey)).to.be.true;
    survey.close();
    expect(isOpen(survey)).to.be.false;
    expectFocusOn(outside);
    outside.remove();
  });

  it('sends nothing when dismissed, even with an answer picked', async () => {
    const bucket = newBucket();
    const survey = await popover(bucket);
    await pressLauncher(survey);
    const nps = survey.querySelector<FeelbackNps>('feelback-nps')!;
    nps.shadowRoot!.querySelectorAll('input')[8]!.click();
    const dismissed = oneEvent(survey, 'feelback-dismiss');
    part(survey, 'close')!.click();
    expect((await dismissed).detail).to.deep.equal({ answered: false });
    await new Promise((r) => setTimeout(r, 200));
    expect(await received(bucket)).to.deep.equal([]);
  });

  it('opens a fresh survey from the launcher after an answer, every time', async () => {
    const bucket = newBucket();
    const survey = await popover(bucket);
    for (const score of [9, 10]) {
      await pressLauncher(survey);
      const nps = survey.querySelector<FeelbackNps>('feelback-nps')!;
      expect(nps.value).to.equal(null);
      expect(part(survey, 'form')!.hidden).to.be.false;
      nps.shadowRoot!.querySelectorAll('input')[score]!.click();
      expect((await survey.submit()).status).to.equal('sent');
      await survey.updateComplete;
      expect(part(survey, 'thanks')!.textContent!.trim()).to.equal('Bedankt voor uw antwoord!');
      const dismissed = oneEvent(survey, 'feelback-dismiss');
      await sendKeys({ press: 'Escape' });
      expect((await dismissed).detail).to.deep.equal({ answered: true });
    }
    const bodies = (await received(bucket)).map((r: { body: { answers: unknown } }) => r.body.answers);
    expect(bodies).to.deep.equal([[{ name: 'nps', kind: 'nps', value: 9 }], [{ name: 'nps', kind: 'nps', value: 10 }]]);
  });

  it('launcher="none" shows no launcher; placement="bottom-start" puts it in the other corner', async () => {
    const none = await displayed(html`<feelback-survey display="popover" launcher="none"></feelback-survey>`);
    expect(part(none, 'launcher')).to.equal(null);
    expect(part(none, 'panel')).to.not.equal(null);

    const start = await displayed(html`<feelback-survey display="popover" placement="bottom-start"></feelback-survey>`);
    const end = await displayed(html`<feelback-survey display="popover"></feelback-survey>`);
    expect(part(start, 'launcher')!.getBoundingClientRect().left).to.be.below(100);
    expect(part(end, 'launcher')!.getBoundingClientRect().right).to.be.above(window.innerWidth - 100);
  });

  for (const width of [1280, 320]) {
    it(`never covers the page's focused element (${width} px)`, async () => {
      await setViewport({ width, height: 600 });
      const survey = await popover();
      // A field in the bottom corner, where the launcher and the panel sit.
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Bedrag');
      field.className = 'corner-field';
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.corner-field { position: fixed; right: 1rem; bottom: 1.5rem; width: 8rem; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      document.body.append(field);
      await pressLauncher(survey);
      field.focus();
      await nextTask();
      await survey.updateComplete;
      const f = field.getBoundingClientRect();
      for (const name of ['panel', 'launcher']) {
        const r = part(survey, name)!.getBoundingClientRect();
        const covers = r.left < f.right && f.left < r.right && r.top < f.bottom && f.top < r.bottom;
        expect(covers, name).to.be.false;
      }
      field.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  }

  it('renders inline as before without display, and open() does nothing there', async () => {
    const survey = await displayed(html`<feelback-survey lang="en"></feelback-survey>`);
    expect(part(survey, 'launcher')).to.equal(null);
    expect(part(survey, 'panel')).to.equal(null);
    expect(part(survey, 'form')!.checkVisibility()).to.be.true;
    await survey.open();
    survey.close();
    expect(part(survey, 'form')!.checkVisibility()).to.be.true;
  });
});
