/* global document, ShadowRoot -- page functions run in the browser */
// Keyboard only, end to end (WCAG 2.1.1, 2.1.2, 2.4.3, 3.3.1, 4.1.3): every demo page as `npm start` serves
// it, a respondent with no pointer. Tab reaches each question, arrows and Space answer, Enter sends; what a
// screen reader hears is checked where it is said: the status region after sending, the error a question
// names in aria-describedby after an invalid Next. Run after `npm run build`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';

let demo;
let browser;
before(async () => {
  demo = await startDemoServer();
  browser = await chromium.launch(chromiumLaunchOptions);
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** The focused element, through shadow roots, as the driver needs it. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const group = el?.closest('[role=radiogroup], [role=group]');
    let host = el;
    while (host?.getRootNode() instanceof ShadowRoot) host = host.getRootNode().host;
    return {
      tag: el?.localName,
      type: el?.type,
      part: el?.getAttribute('part') ?? '',
      answered: !!group?.querySelector(':checked') || (el?.localName === 'textarea' && !!el.value),
      inSurvey: !!host?.closest?.('feelback-survey'),
    };
  });

/** Texts of every `role=status` region on the page, shadow roots included. */
const statuses = (page) =>
  page.evaluate(() => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    return all(document)
      .filter((e) => e.getAttribute('role') === 'status')
      .map((e) => e.textContent.trim())
      .filter(Boolean);
  });

/**
 * Answers and sends every survey on the page by keyboard alone: Tab from the top; an unanswered radio
 * group gets ArrowRight (moves and checks), an unanswered checkbox group Space, a textarea some text; Next
 * and Send get Enter, after which it waits for the thanks in a status region. Returns how many surveys it sent.
 */
async function answerAll(page, surveys, thanks) {
  let sent = 0;
  for (let i = 0; i < 250 && sent < surveys; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f.inSurvey) continue;
    if (f.type === 'radio' && !f.answered) await page.keyboard.press('ArrowRight');
    else if (f.type === 'checkbox' && !f.answered) await page.keyboard.press('Space');
    else if (f.tag === 'textarea' && !f.answered) await page.keyboard.type('Prima geholpen');
    else if (f.part.includes('next')) await page.keyboard.press('Enter');
    else if (f.part.includes('submit')) {
      await page.keyboard.press('Enter');
      sent++;
      await page.waitForFunction(
        ([n, said]) => {
          const all = (root) =>
            [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
          const re = new RegExp(said);
          return all(document).filter((e) => e.getAttribute('role') === 'status' && re.test(e.textContent)).length >= n;
        },
        [sent, thanks.source],
      );
    }
  }
  return sent;
}

const stored = async () =>
  (await (await fetch(`${demo.base}/api/export?format=ndjson`)).text()).split('\n').filter(Boolean);

describe('every demo page by keyboard alone', () => {
  for (const [path, surveys, thanks] of [
    ['/', 1, /Bedankt|Het spijt ons/],
    ['/en.html', 1, /Thank you/],
    ['/instruments.html', 1, /Bedankt|Het spijt ons/],
    ['/theming.html', 3, /Thank you/],
  ])
    it(`answers and sends ${path} without a pointer, and the status region says so`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${demo.base}${path}`);
      await page.locator('feelback-survey').first().getByRole('button').last().waitFor();
      const before = (await stored()).length;
      assert.equal(await answerAll(page, surveys, thanks), surveys);
      const said = await statuses(page);
      assert.equal(said.filter((s) => thanks.test(s)).length, surveys, JSON.stringify(said));
      // The thanks shows once the collector answered; its export may lag a moment behind.
      for (let i = 0; i < 20 && (await stored()).length < before + surveys; i++)
        await new Promise((r) => setTimeout(r, 100));
      assert.equal((await stored()).length, before + surveys);
      await page.close();
    });

  it('says what is missing on an invalid Next: focus in the question, its error named by aria-describedby', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.base}/instruments.html`);
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
    for (let i = 0; i < 30 && !(await focused(page)).part.includes('next'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const heard = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const group = el.closest('[role=radiogroup]');
      const root = el.getRootNode();
      const described = group
        .getAttribute('aria-describedby')
        .split(' ')
        .map((id) => root.getElementById(id).textContent);
      return { type: el.type, invalid: group.getAttribute('aria-invalid'), described };
    });
    assert.equal(heard.type, 'radio');
    assert.equal(heard.invalid, 'true');
    assert.ok(
      heard.described.some((t) => t.includes('Beantwoord deze vraag.')),
      JSON.stringify(heard),
    );
    await page.close();
  });

  it('tabs through the report page from top to bottom and out, without a trap', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.base}/report.html`);
    await page.getByRole('figure').first().waitFor();
    const seen = new Set();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? '');
      if (where.startsWith('<body') || seen.has(where)) break;
      seen.add(where);
    }
    assert.ok(seen.size >= 3, [...seen].join('\n'));
    await page.close();
  });
});
