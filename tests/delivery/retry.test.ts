import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { deliver, flush } from '../../src/delivery/deliver.js';
import type { DeliveryListener, DeliveryTarget } from '../../src/delivery/types.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { Response } from '../../src/schema/response.js';
import {
  accepted,
  aResponse,
  endpointOf,
  fastDelivery,
  newBucket,
  plan,
  received,
  restoreDelivery,
  stored,
  until,
} from './support.js';

/** A listener that writes down what delivery reported, in order. */
function reports() {
  const events: string[] = [];
  const listener: DeliveryListener = {
    sent: (_r, status) => events.push(`sent ${status}`),
    queued: (_r, reason) => events.push(`queued ${reason}`),
    rejected: (_r, status) => events.push(`rejected ${status}`),
    dropped: () => events.push('dropped'),
  };
  return { events, listener };
}

/** Sends one response to a fresh bucket with the given fault plan and waits until it is accepted. */
async function deliverThrough(steps: Parameters<typeof plan>[1], target: Partial<DeliveryTarget> = {}) {
  const bucket = newBucket();
  await plan(bucket, steps);
  const response = aResponse();
  const { events, listener } = reports();
  const outcome = await deliver(response, { endpoint: endpointOf(bucket), ...target }, listener);
  return { bucket, response, events, outcome };
}

/** Every request carried the response's id as body id and Idempotency-Key. */
function sameIdEverywhere(list: { body: Response; headers: Record<string, string> }[], response: Response) {
  for (const r of list) {
    expect(r.body.id).to.equal(response.id);
    expect(r.headers['idempotency-key']).to.equal(response.id);
  }
}

async function survey(bucket: string) {
  const el = await fixture<FeelbackSurvey>(
    html`<feelback-survey lang="en" endpoint=${endpointOf(bucket)}>
      <feelback-nps required value="9"></feelback-nps>
    </feelback-survey>`,
  );
  await el.updateComplete;
  return el;
}

describe('delivery: retries and refusals', () => {
  beforeEach(() => localStorage.clear());
  after(restoreDelivery);

  it('retries 503, 503 with growing jittered backoff and is accepted once on the 201', async () => {
    const waits = fastDelivery();
    const { bucket, response, events, outcome } = await deliverThrough([
      { status: 503 },
      { status: 503 },
      { status: 201 },
    ]);
    expect(outcome).to.deep.equal({ status: 'queued', reason: 'HTTP 503' });
    await until(() => events.includes('sent 201'));
    await flush();
    const got = await received(bucket);
    expect(got.map((r) => r.status)).to.deep.equal([503, 503, 201]);
    sameIdEverywhere(got, response);
    expect(accepted(got)).to.deep.equal([response.id]);
    expect(events).to.deep.equal(['queued HTTP 503', 'sent 201']);
    // Full jitter: a random wait up to 1 s, then up to 2 s.
    expect(waits).to.have.length(2);
    expect(waits[0]).to.be.within(0, 1000);
    expect(waits[1]).to.be.within(0, 2000);
    expect(stored()).to.deep.equal([]);
  });

  it('waits as long as Retry-After says after a 429, in seconds or as an HTTP date', async () => {
    for (const retryAfter of ['2', new Date(Date.now() + 4000).toUTCString()]) {
      const waits = fastDelivery({ baseDelayMs: 1 });
      const { bucket, response, events } = await deliverThrough([
        { status: 429, headers: { 'Retry-After': retryAfter } },
        { status: 201 },
      ]);
      await until(() => events.includes('sent 201'));
      const got = await received(bucket);
      expect(got.map((r) => r.status)).to.deep.equal([429, 201]);
      sameIdEverywhere(got, response);
      expect(waits).to.have.length(1);
      // The scheduler chose the server's wait (HTTP dates have whole seconds), not its 1 ms backoff.
      expect(waits[0]).to.be.within(retryAfter === '2' ? 1900 : 2900, 4000);
    }
  });

  it('gives up on a 400 after exactly one attempt and reports it rejected', async () => {
    fastDelivery();
    const { bucket, response, events, outcome } = await deliverThrough([{ status: 400 }]);
    expect(outcome).to.deep.include({ status: 'rejected', httpStatus: 400 });
    await flush();
    const got = await received(bucket);
    expect(got).to.have.length(1);
    expect(got[0]!.body.id).to.equal(response.id);
    expect(events).to.deep.equal(['rejected 400']);
    expect(stored()).to.deep.equal([]);
  });

  it('aborts a request that hangs past the timeout and sends it again', async () => {
    fastDelivery({ timeoutMs: 300 });
    const { bucket, response, events, outcome } = await deliverThrough([{ hang: true }, { status: 201 }]);
    expect(outcome).to.deep.equal({ status: 'queued', reason: 'timeout' });
    await until(() => events.includes('sent 201'));
    const got = await received(bucket);
    expect(got).to.have.length(2);
    sameIdEverywhere(got, response);
    expect(accepted(got)).to.deep.equal([response.id]);
  });

  it('retries 408, 425 and 502 but not 404, 409 or 422', async () => {
    fastDelivery();
    for (const status of [408, 425, 502]) {
      const { bucket, response, events } = await deliverThrough([{ status }, { status: 200 }]);
      await until(() => events.includes('sent 200'));
      expect(accepted(await received(bucket))).to.deep.equal([response.id]);
    }
    for (const status of [404, 409, 422]) {
      const { bucket, outcome } = await deliverThrough([{ status }]);
      expect(outcome.status).to.equal('rejected');
      expect(await received(bucket)).to.have.length(1);
    }
  });

  it('retries a rejected transport like a network error', async () => {
    fastDelivery();
    const bucket = newBucket();
    let calls = 0;
    const transport = async (payload: Response) => {
      if (++calls === 1) throw new Error('transport down');
      const res = await fetch(endpointOf(bucket), { method: 'POST', body: JSON.stringify(payload) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    };
    const response = aResponse();
    const { events, listener } = reports();
    const outcome = await deliver(response, { transport }, listener);
    expect(outcome).to.deep.equal({ status: 'queued', reason: 'transport down' });
    await until(() => events.includes('sent 200'));
    expect(calls).to.equal(2);
    expect(accepted(await received(bucket))).to.deep.equal([response.id]);
  });

  it('sends the survey headers and its credentials mode', async () => {
    fastDelivery();
    document.cookie = 'feelback-test=1; path=/';
    try {
      for (const credentials of ['include', 'omit'] as const) {
        const bucket = newBucket();
        const el = await survey(bucket);
        el.setAttribute('credentials', credentials);
        el.headers = { 'X-CSRF-Token': 'abc123' };
        const sent = oneEvent(el, 'feelback-sent');
        const outcome = await el.submit();
        expect(outcome).to.deep.equal({ status: 'sent', httpStatus: 201 });
        expect((await sent).detail.status).to.equal(201);
        const [req, ...more] = await received(bucket);
        expect(more).to.have.length(0);
        expect(req!.headers['x-csrf-token']).to.equal('abc123');
        expect(req!.headers['content-type']).to.equal('application/json');
        expect(req!.headers.cookie).to.equal(credentials === 'include' ? 'feelback-test=1' : undefined);
      }
    } finally {
      document.cookie = 'feelback-test=; path=/; max-age=0';
    }
  });

  it('fires feelback-queued once and feelback-sent once on the survey, and a second submit sends nothing more', async () => {
    fastDelivery();
    const bucket = newBucket();
    await plan(bucket, [{ status: 503 }, { status: 500 }, { status: 201 }]);
    const el = await survey(bucket);
    const seen: string[] = [];
    for (const type of ['feelback-queued', 'feelback-sent', 'feelback-error'] as const) {
      el.addEventListener(type, () => seen.push(type));
    }
    const first = el.submit();
    expect(el.submit()).to.equal(first);
    expect(await first).to.deep.equal({ status: 'queued', reason: 'HTTP 503' });
    await until(() => seen.includes('feelback-sent'));
    await el.submit();
    await flush();
    expect(seen).to.deep.equal(['feelback-queued', 'feelback-sent']);
    const got = await received(bucket);
    expect(got).to.have.length(3);
    expect(accepted(got)).to.have.length(1);
  });
});
