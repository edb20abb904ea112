import { expect } from '@open-wc/testing';
// The npm entry alone: nothing defined, no survey on the page.
import { flushOutbox } from '../../src/index.js';
import {
  aResponse,
  endpointOf,
  fastDelivery,
  leftOver,
  newBucket,
  received,
  restoreDelivery,
  seed,
  until,
} from './support.js';

describe('delivery: flushOutbox() from the npm entry, with no survey on the page', () => {
  beforeEach(() => localStorage.clear());
  after(restoreDelivery);

  it('sends what an earlier page left and fires its events on document', async () => {
    fastDelivery();
    expect(customElements.get('feelback-survey')).to.equal(undefined);
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    document.addEventListener('feelback-sent', record);
    try {
      const bucket = newBucket();
      seed([leftOver(aResponse('npm-only'), endpointOf(bucket))]);
      await flushOutbox();
      await until(() => seen.length > 0);
      expect(seen).to.deep.equal(['feelback-sent']);
      expect(await received(bucket)).to.have.length(1);
    } finally {
      document.removeEventListener('feelback-sent', record);
    }
  });
});
