import { expect, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import { pageView } from '../../src/elements/feelback-survey/display-environment.js';
import {
  displayed,
  environment,
  FakeClock,
  isOpen,
  MEMORY_KEY,
  nextTask,
  part,
  resetVisitor,
  stored,
} from './display-support.js';

const DAY = 24 * 60 * 60 * 1000;

/** A page view: a survey opening on `event:ask`, asked to open. Returns whether it opened. */
async function visit(attrs: Partial<Record<string, string>> = {}) {
  const a: Partial<Record<string, string>> = { 'survey-id': 'hypotheek', ...attrs };
  const survey = await displayed(
    html`<feelback-survey
      display="popover"
      trigger="event:ask"
      survey-id=${a['survey-id']!}
      sample=${a.sample ?? '1'}
      pages=${a.pages ?? ''}
      consent=${a.consent ?? 'granted'}
      recontact-days=${a['recontact-days'] ?? '30'}
      cooldown-days=${a['cooldown-days'] ?? '7'}
    ></feelback-survey>`,
  );
  window.dispatchEvent(new CustomEvent('ask'));
  await nextTask();
  await survey.updateComplete;
  return { survey, opened: isOpen(survey) };
}

/** The next page view: the page's surveys are gone, the visitor's memory stays. */
function reload() {
  fixtureCleanup();
  pageView.openedAutomatically = false;
}

describe('feelback-survey targeting', () => {
  let clock: FakeClock;
  beforeEach(() => {
    resetVisitor();
    clock = new FakeClock().install();
  });
  afterEach(resetVisitor);

  it('sample: a visitor drawn in is asked, and stays in after a reload', async () => {
    environment.random = () => 0.1;
    expect((await visit({ sample: '0.2', 'recontact-days': '0', 'cooldown-days': '0' })).opened).to.be.true;
    expect(stored().surveys.hypotheek.sampled).to.equal(true);
    reload();
    environment.random = () => 0.99; // a new draw would say no: there is none
    expect((await visit({ sample: '0.2', 'recontact-days': '0', 'cooldown-days': '0' })).opened).to.be.true;
  });

  it('sample: a visitor drawn out is never asked automatically, also after a reload, but the launcher works', async () => {
    environment.random = () => 0.5;
    const { survey, opened } = await visit({ sample: '0.2' });
    expect(opened).to.be.false;
    expect(stored().surveys.hypotheek.sampled).to.equal(false);
    part(survey, 'launcher')!.click();
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.true;
    reload();
    environment.random = () => 0; // a new draw would say yes: there is none
    expect((await visit({ sample: '0.2' })).opened).to.be.false;
  });

  it('recontact-days: not asked again within 30 days of a dismissal, asked again after', async () => {
    const first = await visit({ 'cooldown-days': '0' });
    expect(first.opened).to.be.true;
    first.survey.close();
    expect(stored().surveys.hypotheek.seen).to.equal(clock.time);
    reload();
    clock.tick(29 * DAY);
    expect((await visit({ 'cooldown-days': '0' })).opened).to.be.false;
    reload();
    clock.tick(1 * DAY);
    expect((await visit({ 'cooldown-days': '0' })).opened).to.be.true;
  });

  it('cooldown-days: one automatic survey per week across the site, whichever survey it was', async () => {
    expect((await visit({ 'survey-id': 'hypotheek' })).opened).to.be.true;
    expect(stored().last).to.equal(clock.time);
    reload();
    clock.tick(6 * DAY);
    expect((await visit({ 'survey-id': 'sparen' })).opened).to.be.false;
    reload();
    clock.tick(1 * DAY);
    expect((await visit({ 'survey-id': 'sparen' })).opened).to.be.true;
  });

  it('pages: opens only where a glob matches and no exclusion does', async () => {
    const here = location.pathname;
    expect((await visit({ pages: '/elders/*' })).opened).to.be.false;
    reload();
    expect((await visit({ pages: `* !${here}` })).opened).to.be.false;
    reload();
    expect((await visit({ pages: `/elders ${here.slice(0, 2)}*` })).opened).to.be.true;
  });

  it('consent="pending": stores nothing, opens nothing automatically, the launcher still works; grantConsent() starts', async () => {
    environment.random = () => 0.1;
    const { survey, opened } = await visit({ consent: 'pending', sample: '0.5' });
    expect(opened).to.be.false;
    expect(localStorage.getItem(MEMORY_KEY)).to.equal(null);

    part(survey, 'launcher')!.click();
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.true;
    survey.close();
    expect(localStorage.getItem(MEMORY_KEY)).to.equal(null);
    expect(localStorage.length === 0 || !Object.keys(localStorage).some((k) => k.includes('feelback'))).to.be.true;

    survey.grantConsent();
    window.dispatchEvent(new CustomEvent('ask'));
    await nextTask();
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.true;
    expect(stored().surveys.hypotheek.sampled).to.equal(true);
  });

  it('keeps everything in the one localStorage key and never a cookie', async () => {
    const keys = () => Object.keys(localStorage).filter((k) => k !== MEMORY_KEY);
    const others = keys();
    const cookies = document.cookie;
    environment.random = () => 0.1;
    const { survey, opened } = await visit({ sample: '0.5' });
    expect(opened).to.be.true;
    survey.close();
    expect(keys()).to.deep.equal(others);
    expect(document.cookie).to.equal(cookies);
    expect(Object.keys(stored())).to.deep.equal(['last', 'surveys']);
  });
});
