/* global document, window -- page functions run in the browser */
// The demo's results page as `npm run seed && npm start` serves it: the built server over twelve weeks of demo
// responses, the dashboard in Chromium, and the layout shift while it loads (what Lighthouse measured at
// 0.585 before the dashboard reserved its space). Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';

const root = new URL('../../', import.meta.url);
let demo;
let browser;
let base;

before(async () => {
  demo = await startDemoServer({
    prepare(env) {
      const seeded = execFileSync(process.execPath, ['scripts/seed-demo.mjs'], { cwd: root, env, encoding: 'utf8' });
      assert.match(seeded, /^seed: 1800 demo responses over twelve weeks/);
      // A second run refuses to add the demo twice.
      assert.throws(() => execFileSync(process.execPath, ['scripts/seed-demo.mjs'], { cwd: root, env, stdio: 'pipe' }));
    },
  });
  base = demo.base;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Opens the results page, waits for the dashboard, and answers the layout shift summed since navigation. */
async function open(viewport) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}/report.html`);
  const live = page.getByRole('region', { name: 'Alle antwoorden in deze demo' });
  await live.getByRole('list').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return { page, live, problems, shift: await page.evaluate(() => window.shift) };
}

describe('the results page over the seeded demo data', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`loads at ${viewport.width}×${viewport.height} with a layout shift under 0.1`, async () => {
      const { page, shift, problems } = await open(viewport);
      console.log(`# layout shift of /report.html at ${viewport.width}×${viewport.height}: ${shift.toFixed(4)}`);
      assert.ok(shift < 0.1, `layout shift ${shift}`);
      assert.deepEqual(problems, []);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(scrollWidth <= innerWidth, `scrolls: ${scrollWidth} > ${innerWidth}`);
      await page.close();
    });
  }

  it('shows twelve weeks of trend, channels side by side and comments', async () => {
    const { page, live } = await open({ width: 1280, height: 800 });
    const trend = live.getByRole('figure', { name: /NPS en emotiescore door de tijd/ });
    const weeks = await trend.getByRole('row').count();
    assert.ok(weeks - 1 >= 12 && weeks - 1 <= 13, `${weeks - 1} weeks`);
    assert.match(await trend.locator('[part="note"]').innerText(), /^De NPS is .* sinds vorige week/);
    const channels = live.getByRole('figure', { name: /NPS per kanaal/ });
    const rows = (await channels.getByRole('table').innerText()).split('\n');
    for (const channel of ['web', 'app', 'phone'])
      assert.ok(
        rows.some((r) => r.startsWith(channel)),
        channel,
      );
    const touchpoints = live.getByRole('figure', { name: /NPS per contactmoment/ });
    const [a, b] = [await touchpoints.boundingBox(), await channels.boundingBox()];
    assert.equal(a.y, b.y);
    assert.equal(await live.getByRole('listitem').count(), 10);
    await live.getByRole('button', { name: 'Meer toelichtingen' }).click();
    await page.waitForFunction(
      () => document.querySelector('feelback-report').shadowRoot.querySelectorAll('li').length === 20,
    );
    // A filter goes into the page's address.
    await live.getByLabel('Kanaal').selectOption('phone');
    await page.waitForURL(/channel=phone/);
    await page.close();
  });
});
