import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { displayed, expectFocusOn, isOpen, part, resetVisitor } from './display-support.js';

describe('feelback-survey display="modal"', () => {
  beforeEach(resetVisitor);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 320]) {
    it(`opens a modal dialog named by the title, focus inside, Escape closes, focus back (${width} px)`, async () => {
      await setViewport({ width, height: 640 });
      const survey = await displayed(html`<feelback-survey display="modal" lang="en"></feelback-survey>`);
      // Nothing shows and nothing is focusable before it opens; a modal has no launcher.
      expect(part(survey, 'launcher')).to.equal(null);
      expect(isOpen(survey)).to.be.false;

      const before = document.createElement('button');
      before.textContent = 'Open feedback';
      document.body.append(before);
      before.focus();
      const opened = oneEvent(survey, 'feelback-open');
      await survey.open();
      expect((await opened).detail).to.deep.equal({ trigger: 'method' });

      const dialog = part<HTMLDialogElement>(survey, 'panel')!;
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(part(survey, 'title')!.textContent).to.equal('Your feedback');
      expectFocusOn(part(survey, 'title'));
      expect(part(survey, 'close')!.textContent!.trim()).to.equal('Close');
      const rect = dialog.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(window.innerWidth);
      await expect(survey).to.be.accessible();

      const dismissed = oneEvent(survey, 'feelback-dismiss');
      await sendKeys({ press: 'Escape' });
      expect((await dismissed).detail).to.deep.equal({ answered: false });
      expect(dialog.open).to.be.false;
      expectFocusOn(before);
      before.remove();
    });
  }

  it('closes with the Close button', async () => {
    const survey = await displayed(html`<feelback-survey display="modal" lang="nl"></feelback-survey>`);
    await survey.open();
    const close = part(survey, 'close')!;
    expect(close.textContent!.trim()).to.equal('Sluiten');
    const dismissed = oneEvent(survey, 'feelback-dismiss');
    close.click();
    await dismissed;
    expect(isOpen(survey)).to.be.false;
  });
});
