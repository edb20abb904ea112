import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { FeelbackReport } from '../../src/elements/feelback-report/feelback-report.js';

const busy = (el: FeelbackReport) => el.shadowRoot!.querySelector('[part="report"]')!.getAttribute('aria-busy');
const received = async (bucket: string): Promise<{ aborted?: boolean; status?: number }[]> =>
  (await fetch(`/__feelback/received/${bucket}`)).json();

describe('feelback-report src', () => {
  it('drops its request when taken off the page and loads again when it comes back', async () => {
    const bucket = `report-away-${Date.now()}`;
    const summary = await (await fetch('/tests/fixtures/summary.json')).json();
    await fetch(`/__feelback/plan/${bucket}`, {
      method: 'PUT',
      body: JSON.stringify([{ status: 200, body: summary, delayMs: 300 }]),
    });
    const errors: unknown[] = [];
    const el = await fixture<FeelbackReport>(
      html`<feelback-report lang="en" src="/__feelback/collect/${bucket}"></feelback-report>`,
    );
    el.addEventListener('feelback-error', (e) => errors.push(e.detail));
    const parent = el.parentNode!;
    await waitUntil(async () => (await received(bucket)).length === 1);
    el.remove();
    await waitUntil(async () => (await received(bucket))[0]!.aborted === true);
    expect(errors).to.deep.equal([]);
    parent.append(el);
    await waitUntil(() => busy(el) === 'false' && !!el.shadowRoot!.querySelector('figure'), 'drawn', {
      timeout: 3000,
    });
    expect(errors).to.deep.equal([]);
    const requests = await received(bucket);
    expect(requests).to.have.length(2);
    expect(requests[1]!.status).to.equal(200);
    await fetch(`/__feelback/received/${bucket}`, { method: 'DELETE' });
  });
});
