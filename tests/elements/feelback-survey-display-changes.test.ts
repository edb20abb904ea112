/**
 * Attributes changed after connecting (a single-page app setting them as the route changes): the targeting
 * attributes re-arm the triggers, and a new `display` tears the old one down first.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { displayed, FakeClock, isOpen, MEMORY_KEY, nextTask, part, resetVisitor } from './display-support.js';

const DAY = 24 * 60 * 60 * 1000;

function recordOpens(survey: FeelbackSurvey) {
  const opens: string[] = [];
  survey.addEventListener('feelback-open', (e) => opens.push(e.detail.trigger));
  return opens;
}

async function fire(survey: FeelbackSurvey, event: string) {
  window.dispatchEvent(new CustomEvent(event));
  await nextTask();
  await survey.updateComplete;
}

describe('feelback-survey display: attributes changed after connecting', () => {
  let clock: FakeClock;
  beforeEach(() => {
    resetVisitor();
    clock = new FakeClock().install();
  });
  afterEach(resetVisitor);

  it('trigger: a new value replaces the old watchers', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" trigger="event:oud"></feelback-survey>`);
    const opens = recordOpens(survey);
    survey.setAttribute('trigger', 'event:nieuw');
    await survey.updateComplete;
    await fire(survey, 'oud');
    expect(opens).to.deep.equal([]);
    await fire(survey, 'nieuw');
    expect(opens).to.deep.equal(['event']);
  });

  it('trigger: added to a survey that had none', async () => {
    const survey = await displayed(html`<feelback-survey display="popover"></feelback-survey>`);
    const opens = recordOpens(survey);
    survey.setAttribute('trigger', 'delay:2s');
    await survey.updateComplete;
    clock.tick(2000);
    await survey.updateComplete;
    expect(opens).to.deep.equal(['delay']);
  });

  it('trigger: removed, nothing opens', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" trigger="delay:2s"></feelback-survey>`);
    const opens = recordOpens(survey);
    survey.removeAttribute('trigger');
    await survey.updateComplete;
    clock.tick(5000);
    await nextTask();
    await survey.updateComplete;
    expect(opens).to.deep.equal([]);
    expect(isOpen(survey)).to.be.false;
    expect(clock.pending).to.equal(0);
  });

  it('pages: a path that now matches arms the trigger', async () => {
    const survey = await displayed(
      html`<feelback-survey display="popover" trigger="event:ask" pages="/elders/*"></feelback-survey>`,
    );
    const opens = recordOpens(survey);
    await fire(survey, 'ask');
    expect(opens).to.deep.equal([]);
    survey.setAttribute('pages', `${location.pathname} /elders/*`);
    await survey.updateComplete;
    await fire(survey, 'ask');
    expect(opens).to.deep.equal(['event']);
  });

  it('recontact-days and cooldown-days: a shorter window that has passed lets it open', async () => {
    const seen = clock.time - 3 * DAY;
    localStorage.setItem(MEMORY_KEY, JSON.stringify({ v: 1, last: seen, surveys: { s: { seen } } }));
    const survey = await displayed(
      html`<feelback-survey display="popover" survey-id="s" trigger="event:ask"></feelback-survey>`,
    );
    const opens = recordOpens(survey);
    await fire(survey, 'ask');
    expect(opens, 'within 30 and 7 days').to.deep.equal([]);
    survey.setAttribute('recontact-days', '2');
    await survey.updateComplete;
    await fire(survey, 'ask');
    expect(opens, 'the cooldown still holds').to.deep.equal([]);
    survey.cooldownDays = 1;
    await survey.updateComplete;
    await fire(survey, 'ask');
    expect(opens).to.deep.equal(['event']);
  });

  it('sample: 0 keeps it closed, then 1 lets it open', async () => {
    const survey = await displayed(
      html`<feelback-survey display="popover" trigger="event:ask" sample="0"></feelback-survey>`,
    );
    const opens = recordOpens(survey);
    await fire(survey, 'ask');
    expect(opens).to.deep.equal([]);
    survey.sample = '1';
    await survey.updateComplete;
    await fire(survey, 'ask');
    expect(opens).to.deep.equal(['event']);
  });

  it('display: popover to inline while open closes the panel, removes the launcher, stops the triggers', async () => {
    const survey = await displayed(
      html`<feelback-survey display="popover" trigger="event:ask" lang="nl"></feelback-survey>`,
    );
    await survey.open();
    expect(isOpen(survey)).to.be.true;
    const dismissed = oneEvent(survey, 'feelback-dismiss');
    survey.display = 'inline';
    expect((await dismissed).detail).to.deep.equal({ answered: false });
    await survey.updateComplete;
    expect(part(survey, 'panel')).to.equal(null);
    expect(part(survey, 'launcher')).to.equal(null);
    expect(part(survey, 'form')!.checkVisibility()).to.be.true;
    // Nothing left in the top layer, nothing watching.
    expect(survey.shadowRoot!.querySelector(':popover-open, dialog[open]')).to.equal(null);
    const opens = recordOpens(survey);
    await fire(survey, 'ask');
    expect(opens).to.deep.equal([]);
  });

  it('display: popover to modal while open closes the popover; the modal then opens as a modal', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" lang="nl"></feelback-survey>`);
    await survey.open();
    const dismissed = oneEvent(survey, 'feelback-dismiss');
    survey.setAttribute('display', 'modal');
    await dismissed;
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.false;
    expect(part(survey, 'launcher')).to.equal(null);
    expect(part(survey, 'panel')!.localName).to.equal('dialog');
    await survey.open();
    expect(part<HTMLDialogElement>(survey, 'panel')!.open).to.be.true;
    expect(part(survey, 'panel')!.matches(':modal')).to.be.true;
    survey.close();
  });

  it('moved in the page while open (a router re-parenting it): closed, and the launcher opens it again', async () => {
    const survey = await displayed(html`<feelback-survey display="popover" lang="nl"></feelback-survey>`);
    await survey.open();
    const dismissed = oneEvent(survey, 'feelback-dismiss');
    const parent = survey.parentElement!;
    survey.remove();
    await dismissed;
    parent.append(survey);
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.false;
    const launcher = part(survey, 'launcher')!;
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    const opened = oneEvent(survey, 'feelback-open');
    launcher.click();
    await opened;
    expect(isOpen(survey)).to.be.true;
    survey.close();
  });

  it('display: inline to popover arms the trigger', async () => {
    const survey = await displayed(html`<feelback-survey trigger="event:ask"></feelback-survey>`);
    const opens = recordOpens(survey);
    await fire(survey, 'ask');
    expect(opens).to.deep.equal([]);
    survey.display = 'popover';
    for (let i = 0; i < 50 && !part(survey, 'panel'); i++) await new Promise((r) => setTimeout(r, 10));
    await survey.updateComplete;
    await fire(survey, 'ask');
    expect(opens).to.deep.equal(['event']);
  });
});
