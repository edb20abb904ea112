/* global window, document -- page functions run in the browser */
// The detractor follow-up of the demo bank pages (issue 13), end to end: the built server, a respondent in
// Chromium, and the rows the collector stored. Run after `npm run build`.
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

/** Waits until the collector stored `count` rows, and returns them. */
async function rows(count) {
  for (let i = 0; i < 100; i++) {
    const stored = await demo.stored();
    if (stored.length >= count) return stored;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the collector did not store ${count} rows`);
}

/** A respondent of their own (their own outbox) on a page, at phone width, with its problems collected. */
async function respondent(path) {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${demo.base}${path}`);
  return { page, problems, close: () => context.close() };
}

const cases = [
  {
    path: '/',
    nps: /Hoe waarschijnlijk is het dat u/,
    followUp: 'Wat was de belangrijkste reden?',
    reason: 'De rente of de kosten',
    id: 'rente',
    name: 'reden',
    send: 'Versturen',
  },
  {
    path: '/en.html',
    nps: /How likely are you to recommend/,
    followUp: 'What was the main reason?',
    reason: 'The interest rate or the fees',
    id: 'rate',
    name: 'reason',
    send: 'Send',
  },
];

describe('the follow-up question of the demo bank pages', () => {
  let count = 0;
  for (const c of cases) {
    it(`asks ${c.path}'s detractor "${c.followUp}" and not its promoter; both responses reach the collector`, async () => {
      // A detractor: the follow-up appears once the score is 6 or lower, and is answered.
      const detractor = await respondent(c.path);
      const page = detractor.page;
      const followUp = page.getByRole('radiogroup', { name: c.followUp });
      await page.getByRole('radiogroup', { name: c.nps }).getByRole('radio', { name: '9', exact: true }).check();
      await page.getByRole('button', { name: c.send }).waitFor();
      assert.equal(await followUp.count(), 0, 'hidden from a promoter-so-far');
      await page.getByRole('radiogroup', { name: c.nps }).getByRole('radio', { name: '3', exact: true }).check();
      await followUp.waitFor();
      await followUp.getByRole('radio', { name: c.reason }).check();
      await page.getByRole('button', { name: c.send }).click();
      const [first] = (await rows(++count)).slice(-1);
      assert.equal(first.npsCategory, 'detractor');
      assert.equal(first[c.name], c.id);
      assert.equal(first[`answer.${c.name}.${c.id}`], 1);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
      assert.deepEqual(detractor.problems, []);
      await detractor.close();

      // A promoter: never asked, and the response carries no answer to it.
      const promoter = await respondent(c.path);
      await promoter.page
        .getByRole('radiogroup', { name: c.nps })
        .getByRole('radio', { name: '10', exact: true })
        .check();
      await promoter.page.getByRole('button', { name: c.send }).waitFor();
      assert.equal(await promoter.page.getByRole('radiogroup', { name: c.followUp }).count(), 0);
      assert.equal(await promoter.page.getByText(c.followUp).isVisible(), false);
      await promoter.page.getByRole('button', { name: c.send }).click();
      const [second] = (await rows(++count)).slice(-1);
      assert.equal(second.npsCategory, 'promoter');
      assert.equal(Object.hasOwn(second, c.name), false);
      assert.equal(
        Object.keys(second).some((k) => k.startsWith(`answer.${c.name}.`)),
        false,
      );
      assert.deepEqual(promoter.problems, []);
      await promoter.close();
    });
  }
});
