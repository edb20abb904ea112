/* global customElements, document, window -- page functions run in the browser */
// End to end, as `npm start` runs it: the built server, the Dutch demo bank page, a respondent in Chromium,
// and what the collector stored. Run after `npm run build`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { Webhook } from 'standardwebhooks';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';

let demo;
let browser;
let base;
// A webhook receiver on 127.0.0.1, as a service team's ticket system would be: what the collector POSTed.
const secret = `whsec_${randomBytes(24).toString('base64')}`;
const received = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});

before(async () => {
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  demo = await startDemoServer({
    env: {
      FEELBACK_WEBHOOK_URL: `http://127.0.0.1:${receiver.address().port}/hook`,
      FEELBACK_WEBHOOK_SECRET: secret,
    },
  });
  base = demo.base;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  receiver.close();
  await demo?.stop();
});

const stored = () => demo.stored();

describe('the demo bank page with the collector', () => {
  it('asks NPS, emotion and comment in Dutch and stores a strong negative answer flagged for recovery', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Uw hypotheekaanvraag is ontvangen' }).waitFor();

    const nps = page.getByRole('radiogroup', { name: /Hoe waarschijnlijk is het dat u/ });
    await nps.getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Boos' }).check();
    await page.getByRole('radiogroup', { name: 'Hoe sterk? Boos' }).getByRole('radio', { name: '5' }).check();
    await page.getByRole('textbox', { name: /toelichten/ }).fill('Mail mij op jan@example.nl of bel 06-12345678.');
    await page.getByRole('checkbox', { name: 'Mag er contact met u worden opgenomen over uw ervaring?' }).check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het spijt ons' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    assert.deepEqual(problems, []);

    // The export flattens each response into one row of columns.
    const [row, ...rest] = await stored();
    assert.equal(rest.length, 0);
    assert.equal(row.touchpoint, 'hypotheek-aanvraag');
    assert.equal(row.lang, 'nl');
    assert.equal(row['recovery.needed'], true);
    assert.equal(row['recovery.reasons'], 'detractor strong-negative');
    assert.equal(row['recovery.contact'], true);
    assert.equal(row.strongNegative, true);
    assert.equal(row.npsCategory, 'detractor');
    assert.equal(row.emotion, 'angry:5');
    assert.equal(row.comment, 'Mail mij op [email] of bel [phone].');
    await page.close();

    // The flagged response reaches the webhook receiver, signed: verified with the Standard Webhooks library.
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(received.length, 1);
    const event = new Webhook(secret).verify(received[0].body, received[0].headers);
    assert.equal(event.type, 'response.recovery');
    assert.equal(event.data.id, row.id);
    assert.equal(received[0].headers['webhook-id'], `msg_${row.id}`);
  });

  it("draws that response on the results page, from the collector's summary", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${base}/report.html`);
    const live = page.getByRole('region', { name: 'Alle antwoorden in deze demo' });
    const nps = live.getByRole('figure', { name: /Net Promoter Score/ });
    await nps.getByText('n = 1').waitFor();
    // One detractor: NPS −100, read from the table behind the picture.
    const table = (await nps.getByRole('table').first().innerText()).replaceAll('\u00ad', ''); // soft hyphens
    assert.match(table, /Score\s+-100/);
    assert.match(table, /Criticasters\s+1 \(100\s?%\)/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    await page.close();
  });

  it('lists that response on the worklist, where the team moves it to contacted and then resolved', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/worklist.html`);
    const open = page.getByRole('region', { name: 'Klanten om terug te bellen' });
    const item = open.getByRole('listitem').filter({ hasText: 'Mail mij op [email] of bel [phone].' });
    await item.getByText('Criticus (NPS 0–6), Sterke negatieve emotie').waitFor();
    await item.getByRole('textbox', { name: 'Notitie' }).fill('Teruggebeld');
    await item.getByRole('button', { name: 'Markeer als gebeld' }).click();
    await open.getByRole('status').filter({ hasText: 'Zaak staat nu op gebeld.' }).waitFor();
    assert.equal(await open.getByRole('listitem').count(), 0);
    await page.reload();
    const contacted = page.getByRole('region', { name: 'Called, to resolve' });
    await contacted.getByRole('button', { name: 'Mark resolved' }).click();
    await contacted.getByRole('status').filter({ hasText: 'Case moved to resolved.' }).waitFor();
    const { recovery } = await (await fetch(`${base}/api/summary`)).json();
    assert.deepEqual([recovery.n, recovery.resolved, recovery.contactedWithin24h], [1, 1, 1]);
    assert.ok(recovery.hoursToContact.median >= 0 && recovery.hoursToContact.median < 1);

    // The results page shows the time to contact.
    await page.goto(`${base}/report.html`);
    const figure = page.locator('feelback-report').getByRole('table').filter({ hasText: 'Binnen 24 uur gebeld' });
    await figure.waitFor();
    assert.match(await figure.innerText(), /Uren tot eerste contact \(mediaan\)\s+0/);
    await page.close();
  });

  for (const path of [
    '/',
    '/en.html',
    '/instruments.html',
    '/theming.html',
    '/report.html',
    '/slide-in.html',
    '/worklist.html',
  ]) {
    it(`runs ${path} under the page policy without errors or policy violations`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
      });
      const res = await page.goto(`${base}${path}`);
      assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
      // Each element is defined once its chunk arrived (CONTRACT §1): wait for every feelback tag on the
      // page, those the survey draws in its shadow root included.
      await page.waitForFunction(() => {
        const tags = (root) =>
          [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? tags(el.shadowRoot) : [])]);
        const ours = tags(document).filter((el) => el.localName.startsWith('feelback-'));
        return ours.length > 0 && ours.every((el) => customElements.get(el.localName));
      });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('shows a feedback button on the bank page, and a slide-in after 5 s on the second page', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    await page.goto(`${base}/`);
    const button = page.getByRole('button', { name: 'Feedback geven' });
    await button.click();
    const panel = page.getByRole('dialog', { name: 'Wat vindt u van onze website?' });
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    await page.goto(`${base}/slide-in.html`);
    await page.getByRole('button', { name: 'Vraag opnieuw tonen' }).waitFor();
    await page.waitForLoadState('networkidle');
    const slideIn = page.getByRole('dialog', { name: 'Vindt u wat u zoekt?' });
    assert.equal(await slideIn.isVisible(), false);
    await page.clock.runFor(5000);
    await slideIn.waitFor();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await slideIn.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('serves the English page in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/en.html`);
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await page.getByRole('checkbox', { name: 'No particular feeling' }).waitFor();
    await page.close();
  });
});
