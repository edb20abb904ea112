/**
 * An automatic popover leaves focus where it is (the visitor may be typing), so a screen reader would not
 * notice it: a polite live region says it opened, and the launcher, expanded, leads to it with one Tab.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { deepActive, displayed, expectFocusOn, FakeClock, part, resetVisitor } from './display-support.js';

/** The live region: no part, since its text is the survey's to say, not a host's to style. */
const region = (s: FeelbackSurvey) => s.shadowRoot!.querySelector<HTMLElement>('#announce')!;
const announced = (s: FeelbackSurvey) => region(s).textContent!.trim();

async function autoOpened(lang: string, extra = '') {
  const survey = await displayed(
    html`<feelback-survey display="popover" lang=${lang} trigger="event:klaar" heading=${extra || nothing}>
    </feelback-survey>`,
  );
  const opened = oneEvent(survey, 'feelback-open');
  window.dispatchEvent(new CustomEvent('klaar'));
  await opened;
  await survey.updateComplete;
  return survey;
}

describe('feelback-survey display="popover": announcing an automatic opening', () => {
  beforeEach(() => {
    resetVisitor();
    new FakeClock().install();
  });
  afterEach(resetVisitor);

  it('has a polite live region, empty, before anything opens', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" lang="nl"></feelback-survey>`);
    const live = region(survey);
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(announced(survey)).to.equal('');
    // In the accessibility tree but not on screen, and outside the closed panel (a hidden region is mute).
    expect(part(survey, 'panel')!.contains(live)).to.be.false;
    expect(live.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('says the survey opened, with its title, without moving focus; the launcher shows it expanded', async () => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Bedrag');
    document.body.append(field);
    field.focus();
    try {
      const survey = await autoOpened('nl');
      expectFocusOn(field);
      expect(announced(survey)).to.equal('Een korte vraag is geopend: Uw mening');
      const launcher = part(survey, 'launcher')!;
      expect(launcher.getAttribute('aria-expanded')).to.equal('true');
      expect(launcher.getAttribute('aria-controls')).to.equal(part(survey, 'panel')!.id);
      await expect(survey).to.be.accessible();

      // From the launcher, the next Tab is inside the panel: no F6 or landmark hunt needed.
      launcher.focus();
      await sendKeys({ press: 'Tab' });
      expect(part(survey, 'panel')!.contains(deepActive())).to.be.true;

      survey.close();
      await survey.updateComplete;
      expect(announced(survey)).to.equal('');
    } finally {
      field.remove();
    }
  });

  it('speaks English, German and French too, with a heading of the host', async () => {
    await import('../../src/i18n/de.js');
    await import('../../src/i18n/fr.js');
    const texts: [string, string][] = [
      ['en', 'A short question opened: Hypotheek'],
      ['de', 'Eine kurze Frage wurde geöffnet: Hypotheek'],
      ['fr', 'Une courte question s’est ouverte\u00a0: Hypotheek'],
    ];
    for (const [lang, text] of texts) {
      resetVisitor();
      new FakeClock().install();
      const survey = await autoOpened(lang, 'Hypotheek');
      expect(announced(survey)).to.equal(text);
      survey.close();
    }
  });

  it('says nothing when the visitor opened it: focus in the dialog already tells', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" lang="nl"></feelback-survey>`);
    part(survey, 'launcher')!.click();
    await oneEvent(survey, 'feelback-open');
    await survey.updateComplete;
    expect(announced(survey)).to.equal('');
  });
});
