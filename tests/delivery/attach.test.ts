import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { flush } from '../../src/delivery/deliver.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { aResponse, endpointOf, fastDelivery, leftOver, newBucket, restoreDelivery, seed, until } from './support.js';

describe('delivery: surveys attach while connected', () => {
  beforeEach(() => localStorage.clear());
  after(restoreDelivery);

  it('fires a left-over response’s events on document once its survey has left the page', async () => {
    fastDelivery();
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey survey-id="gone"></feelback-survey>`);
    el.remove();
    const seen: [string, EventTarget | null][] = [];
    const record = (e: Event) => seen.push([e.type, e.target]);
    el.addEventListener('feelback-sent', record);
    document.addEventListener('feelback-sent', record);
    try {
      const response = aResponse('gone');
      seed([leftOver(response, endpointOf(newBucket()))]);
      await flush();
      await until(() => seen.length > 0);
      expect(seen).to.deep.equal([['feelback-sent', document]]);
    } finally {
      document.removeEventListener('feelback-sent', record);
    }
  });
});
