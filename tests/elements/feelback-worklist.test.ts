import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FeelbackWorklist, type WorklistCase } from '../../src/elements/feelback-worklist/feelback-worklist.js';

// Not in the script-tag bundle (define.js): the autoloader fetches it as a chunk of its own.
if (!customElements.get('feelback-worklist')) customElements.define('feelback-worklist', FeelbackWorklist);

const received = async (
  bucket: string,
): Promise<{ method: string; body: unknown; headers: Record<string, string> }[]> =>
  (await fetch(`/__feelback/received/${bucket}`)).json();

const at = '2026-11-22T10:00:00.000Z';
const consenting: WorklistCase = {
  id: '0b7c2e1a-0000-4000-8000-000000000001',
  receivedAt: at,
  touchpoint: 'hypotheek-aanvraag',
  channel: 'web',
  reasons: ['detractor', 'strong-negative'],
  contact: true,
  comment: 'Drie keer gebeld, niemand wist het',
  emotions: [{ id: 'angry', intensity: 5 }],
  state: 'open',
  history: [{ state: 'open', at, note: null }],
};
const refusing: WorklistCase = { ...consenting, id: '0b7c2e1a-0000-4000-8000-000000000002', contact: false };

async function worklist(lang: string, steps: unknown[]) {
  const bucket = `worklist-${lang}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await fetch(`/__feelback/plan/${bucket}`, { method: 'PUT', body: JSON.stringify(steps) });
  const el = await fixture<FeelbackWorklist>(
    html`<feelback-worklist lang=${lang} src="/__feelback/collect/${bucket}"></feelback-worklist>`,
  );
  return { el, bucket };
}

const cases = (el: FeelbackWorklist) => [...el.shadowRoot!.querySelectorAll('[part="case"]')];
const buttons = (item: Element) => [...item.querySelectorAll('button')].map((b) => b.textContent!.trim());

describe('feelback-worklist', () => {
  it('lists the cases with reasons, emotions, comment and consent, in Dutch, and is accessible', async () => {
    const { el } = await worklist('nl', [{ status: 200, body: { items: [consenting, refusing], next: null } }]);
    await waitUntil(() => cases(el).length === 2, 'listed');
    const [first, second] = cases(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Klanten om terug te bellen');
    expect(first!.textContent).to.contain('Criticus (NPS 0–6), Sterke negatieve emotie');
    expect(first!.querySelector('[part="comment"]')!.textContent).to.equal('Drie keer gebeld, niemand wist het');
    expect(first!.querySelector('[part="consent"]')!.textContent).to.equal('Mag worden benaderd');
    expect(buttons(first!)).to.deep.equal(['Markeer als gebeld', 'Afsluiten zonder contact']);
    // No consent: the case cannot be moved to contacted, only closed.
    expect(second!.querySelector('[part="consent"]')!.textContent).to.equal('Geen toestemming voor contact');
    expect(buttons(second!)).to.deep.equal(['Afsluiten zonder contact']);
    await expect(el).to.be.accessible();
  });

  it('moves a case from the keyboard, with its note, and takes it off the open list', async () => {
    const moved = { ...consenting, state: 'contacted', history: [...consenting.history] };
    const { el, bucket } = await worklist('en', [
      { status: 200, body: { items: [consenting, refusing], next: null } },
      { status: 200, body: moved },
    ]);
    await waitUntil(() => cases(el).length === 2, 'listed');
    el.shadowRoot!.querySelector<HTMLInputElement>('[part="note"]')!.focus();
    await sendKeys({ type: 'Called back' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Mark contacted');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cases(el).length === 1, 'the moved case left the open list');
    const requests = await received(bucket);
    expect(requests.map((r) => r.method)).to.deep.equal(['GET', 'PATCH']);
    expect(requests[1]!.body).to.deep.equal({ state: 'contacted', note: 'Called back' });
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Case moved to contacted.');
    await fetch(`/__feelback/received/${bucket}`, { method: 'DELETE' });
  });

  it('reports a list it cannot load', async () => {
    const bucket = `worklist-failed-${Date.now()}`;
    await fetch(`/__feelback/plan/${bucket}`, { method: 'PUT', body: JSON.stringify([{ status: 401 }]) });
    const el = document.createElement('feelback-worklist');
    el.lang = 'de';
    el.src = `/__feelback/collect/${bucket}`;
    const error = oneEvent(el, 'feelback-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('config');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal(
      'Die Arbeitsliste konnte nicht geladen werden.',
    );
    el.remove();
  });
});
