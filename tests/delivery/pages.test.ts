import { expect } from '@open-wc/testing';
import { deliver } from '../../src/delivery/deliver.js';
import type { DeliveryListener } from '../../src/delivery/types.js';
import type { Response } from '../../src/schema/response.js';
import {
  aResponse,
  endpointOf,
  fastDelivery,
  leftOver,
  goOffline,
  newBucket,
  openTab,
  plan,
  received,
  restoreDelivery,
  seed,
  stored,
  until,
} from './support.js';

/** A response whose JSON body is about `kib` KiB: 1000-character comments (metadata holds 20 keys of 500 at most). */
const sized = (kib: number): Response => {
  const response = aResponse('big');
  const comments = Array.from({ length: kib }, (_, i) => ({
    name: `c${i}`,
    kind: 'comment' as const,
    value: 'x'.repeat(1000),
  }));
  return { ...response, answers: [...response.answers, ...comments] };
};
const bytes = (r: Response) => new Blob([JSON.stringify(r)]).size;

describe('delivery: pages, tabs and the network', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  after(restoreDelivery);

  it('attempts nothing while offline and sends once the browser is back online', async () => {
    fastDelivery();
    const bucket = newBucket();
    const events: string[] = [];
    const listener: DeliveryListener = {
      sent: (_r, status) => events.push(`sent ${status}`),
      queued: (_r, reason) => events.push(`queued ${reason}`),
      rejected: () => events.push('rejected'),
      dropped: () => events.push('dropped'),
    };
    const { back } = await goOffline(500);
    const response = aResponse();
    expect(await deliver(response, { endpoint: endpointOf(bucket) }, listener)).to.deep.equal({
      status: 'queued',
      reason: 'offline',
    });
    expect(stored().map((e) => e.response.id)).to.deep.equal([response.id]);
    const wentOffline = await back;
    await until(() => events.includes('sent 201'));
    expect(events).to.deep.equal(['queued offline', 'sent 201']);
    const got = await received(bucket);
    expect(got.map((r) => r.body.id)).to.deep.equal([response.id]);
    // Nothing left while offline: the one request came after the network was back.
    expect(got[0]!.at).to.be.at.least(wentOffline + 500);
  });

  for (const locks of [true, false]) {
    it(`never lets two tabs send the same response (${locks ? 'Web Locks' : 'storage lease'})`, async () => {
      const bucket = newBucket();
      // A slow endpoint: both tabs flush while the first request is still open.
      await plan(bucket, [{ status: 201, delayMs: 300 }]);
      const response = aResponse();
      const [a, b] = await Promise.all([openTab({ locks }), openTab({ locks })]);
      expect(!!a.window.navigator.locks).to.equal(locks);
      seed([leftOver(response, endpointOf(bucket))]);
      // Both tabs flush in the same turn, then again while one of them is in the middle of sending.
      const first = [a.window.feelbackTab.flush(), b.window.feelbackTab.flush()];
      await until(async () => (await received(bucket)).length > 0);
      await Promise.all([a.window.feelbackTab.flush(), b.window.feelbackTab.flush(), ...first]);
      await until(() => stored().length === 0);
      await Promise.all([a.window.feelbackTab.flush(), b.window.feelbackTab.flush()]);
      const got = await received(bucket);
      expect(got.map((r) => r.body.id)).to.deep.equal([response.id]);
      const sent = [...a.window.events, ...b.window.events].filter(([type]) => type === 'feelback-sent');
      expect(sent).to.have.length(1);
    });
  }

  it('sends nothing while another tab holds the response in its Web Lock, and sends once it is released', async () => {
    const bucket = newBucket();
    const response = aResponse();
    const tab = await openTab();
    seed([leftOver(response, endpointOf(bucket))]);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let granted!: () => void;
    const holding = new Promise<void>((r) => (granted = r));
    // This page plays the other tab, in the middle of sending the response.
    const lock = navigator.locks.request(`feelback-${response.id}`, () => {
      granted();
      return held;
    });
    await holding;
    await tab.window.feelbackTab.flush();
    expect(await received(bucket)).to.deep.equal([]);
    expect(stored()).to.have.length(1);
    release();
    await lock;
    await tab.window.feelbackTab.flush();
    expect((await received(bucket)).map((r) => r.body.id)).to.deep.equal([response.id]);
    expect(stored()).to.deep.equal([]);
  });

  it('sends pending responses with keepalive on pagehide within 60 KiB and keeps the rest', async () => {
    fastDelivery();
    const bucket = newBucket();
    const responses = [sized(25), sized(25), sized(25), sized(5)];
    expect(bytes(responses[0]!)).to.be.above(25 * 1000);
    const now = Date.now();
    // Left by an earlier page and not flushed yet: the outbox holds all four when this page goes away.
    seed(responses.map((r, i) => leftOver(r, endpointOf(bucket), now - 1000 + i)));
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await until(async () => (await received(bucket)).length === 3 && stored().length === 1);
    // 25 + 25 fit, the third 25 would pass 60 KiB; the 5 KiB one still fits after it.
    const got = await received(bucket);
    expect(got.map((r) => r.body.id).sort()).to.deep.equal(
      [responses[0]!.id, responses[1]!.id, responses[3]!.id].sort(),
    );
    expect(stored().map((e) => e.response.id)).to.deep.equal([responses[2]!.id]);
    localStorage.clear();
  });

  it('lets keepalive requests outlive a page that is really unloaded', async () => {
    const bucket = newBucket();
    await plan(bucket, [{ status: 201, delayMs: 300 }]);
    // The tab loads with an empty outbox; what is seeded after its load-time flush waits for pagehide.
    const tab = await openTab();
    const responses = [sized(40), sized(40)];
    seed(responses.map((r) => leftOver(r, endpointOf(bucket))));
    tab.frame.remove();
    await until(async () => (await received(bucket)).some((r) => r.status || r.aborted));
    const got = await received(bucket);
    expect(got.map((r) => r.body.id)).to.deep.equal([responses[0]!.id]);
    // A plain fetch would have been cancelled with the page; the keepalive one waited for its answer.
    expect(got[0]!.aborted).to.equal(undefined);
    expect(got[0]!.status).to.equal(201);
    // The page died before the answer: the entries stay, and the next page repeats the first one with
    // the same Idempotency-Key.
    expect(
      stored()
        .map((e) => e.response.id)
        .sort(),
    ).to.deep.equal(responses.map((r) => r.id).sort());
    expect(got[0]!.headers['idempotency-key']).to.equal(responses[0]!.id);
  });

  it('lets an attempt under way outlive the page when the tab closes', async () => {
    const bucket = newBucket();
    await plan(bucket, [{ status: 201, delayMs: 300 }]);
    const tab = await openTab();
    const response = aResponse();
    const noop = () => {};
    void tab.window.feelbackTab.deliver(
      response,
      { endpoint: endpointOf(bucket) },
      { sent: noop, queued: noop, rejected: noop, dropped: noop },
    );
    await until(async () => (await received(bucket)).length > 0);
    tab.frame.remove();
    await until(async () => (await received(bucket)).some((r) => r.status || r.aborted));
    const got = await received(bucket);
    expect(got.map((r) => r.body.id)).to.deep.equal([response.id]);
    expect(got[0]!.aborted).to.equal(undefined);
    expect(got[0]!.status).to.equal(201);
  });
});
