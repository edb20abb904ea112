import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { displayed, environment, FakeClock, isOpen, nextTask, resetVisitor } from './display-support.js';

/** A popover survey with a trigger; records how it opened. */
async function triggered(trigger: string, surveyId = 'triggers') {
  const survey = await displayed(
    html`<feelback-survey display="popover" survey-id=${surveyId} trigger=${trigger}></feelback-survey>`,
  );
  const opens: string[] = [];
  survey.addEventListener('feelback-open', (e) => opens.push(e.detail.trigger));
  return { survey, opens };
}

describe('feelback-survey trigger', () => {
  let clock: FakeClock;
  beforeEach(() => {
    resetVisitor();
    clock = new FakeClock().install();
  });
  afterEach(resetVisitor);

  it('load: opens once the page has loaded, without the visitor doing anything', async () => {
    const { survey, opens } = await triggered('load');
    clock.tick(0);
    await survey.updateComplete;
    expect(opens).to.deep.equal(['load']);
    expect(isOpen(survey)).to.be.true;
  });

  it('delay:5s: opens after five seconds, not before', async () => {
    const { survey, opens } = await triggered('delay:5s');
    clock.tick(4999);
    expect(opens).to.deep.equal([]);
    const opened = oneEvent(survey, 'feelback-open');
    clock.tick(1);
    expect((await opened).detail).to.deep.equal({ trigger: 'delay' });
    await survey.updateComplete;
    expect(isOpen(survey)).to.be.true;
  });

  it('scroll:50%: opens once the visitor scrolled half the page', async () => {
    const tall = document.createElement('div');
    tall.className = 'tall';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.tall { height: 4000px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.body.append(tall);
    try {
      const { survey, opens } = await triggered('scroll:50%');
      const room = document.documentElement.scrollHeight - innerHeight;
      window.scrollTo(0, room * 0.3);
      await new Promise((r) => addEventListener('scroll', r, { once: true }));
      await nextTask();
      expect(opens).to.deep.equal([]);
      const opened = oneEvent(survey, 'feelback-open');
      window.scrollTo(0, room * 0.6);
      expect((await opened).detail).to.deep.equal({ trigger: 'scroll' });
    } finally {
      window.scrollTo(0, 0);
      tall.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('exit: opens when a fine pointer leaves through the top of the viewport, not through a side', async () => {
    environment.finePointer = () => true;
    const { survey, opens } = await triggered('exit');
    const leave = (clientX: number, clientY: number) =>
      document.documentElement.dispatchEvent(
        new MouseEvent('mouseout', { bubbles: true, clientX, clientY, relatedTarget: null }),
      );
    leave(0, 300); // out through the left edge
    leave(400, 5); // near the top, still inside
    expect(opens).to.deep.equal([]);
    const opened = oneEvent(survey, 'feelback-open');
    leave(400, -2);
    expect((await opened).detail).to.deep.equal({ trigger: 'exit' });
  });

  it('exit: does nothing for touch screens (no fine pointer)', async () => {
    environment.finePointer = () => false;
    const { opens } = await triggered('exit');
    document.documentElement.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, clientY: -2 }));
    await nextTask();
    expect(opens).to.deep.equal([]);
  });

  it('event:NAME: opens on that event on window', async () => {
    const { survey, opens } = await triggered('event:hypotheek-berekend');
    window.dispatchEvent(new CustomEvent('iets-anders'));
    expect(opens).to.deep.equal([]);
    const opened = oneEvent(survey, 'feelback-open');
    window.dispatchEvent(new CustomEvent('hypotheek-berekend'));
    expect((await opened).detail).to.deep.equal({ trigger: 'event' });
  });

  it('several triggers: the first wins, and the survey opens once per page view', async () => {
    const { survey, opens } = await triggered('delay:10s event:klaar');
    window.dispatchEvent(new CustomEvent('klaar'));
    await survey.updateComplete;
    survey.close();
    clock.tick(20_000);
    window.dispatchEvent(new CustomEvent('klaar'));
    await nextTask();
    expect(opens).to.deep.equal(['event']);
    expect(clock.pending).to.equal(0);
  });

  it('opens at most one survey automatically per page view, across surveys', async () => {
    const first = await triggered('event:klaar', 'first');
    const second = await triggered('event:klaar', 'second');
    // No cooldown here: only the page-view rule can keep the second one closed.
    for (const s of [first.survey, second.survey] as FeelbackSurvey[]) s.cooldownDays = '0';
    window.dispatchEvent(new CustomEvent('klaar'));
    await nextTask();
    expect([...first.opens, ...second.opens]).to.deep.equal(['event']);
  });

  it('reports a trigger it does not know as a config error', async () => {
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail.code);
    document.addEventListener('feelback-error', listen);
    await triggered('hover delay:5s');
    document.removeEventListener('feelback-error', listen);
    expect(errors).to.deep.equal(['config']);
  });
});
