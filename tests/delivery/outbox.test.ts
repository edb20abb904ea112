import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { deliver, flush } from '../../src/delivery/deliver.js';
import { entries, put } from '../../src/delivery/outbox.js';
import type { DeliveryListener } from '../../src/delivery/types.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import type { FeelbackErrorDetail } from '../../src/events.js';
import {
  accepted,
  aResponse,
  endpointOf,
  fastDelivery,
  leftOver,
  newBucket,
  openTab,
  plan,
  received,
  restoreDelivery,
  seed,
  stored,
  until,
} from './support.js';

const DAY = 864e5;

function listener() {
  const events: string[] = [];
  const l: DeliveryListener = {
    sent: (_r, status) => events.push(`sent ${status}`),
    queued: (_r, reason) => events.push(`queued ${reason}`),
    rejected: (_r, status) => events.push(`rejected ${status}`),
    dropped: () => events.push('dropped'),
  };
  return { events, listener: l };
}

/** Catches `feelback-error` events that reach the document. */
function documentErrors() {
  const errors: FeelbackErrorDetail[] = [];
  const on = (e: CustomEvent<FeelbackErrorDetail>) => errors.push(e.detail);
  document.addEventListener('feelback-error', on);
  return { errors, stop: () => document.removeEventListener('feelback-error', on) };
}

describe('delivery: the outbox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  after(restoreDelivery);

  it('is written before the first attempt and emptied on 2xx', async () => {
    fastDelivery();
    const bucket = newBucket();
    await plan(bucket, [{ status: 201, delayMs: 200 }]);
    const response = aResponse();
    const { events, listener: l } = listener();
    const outcome = deliver(response, { endpoint: endpointOf(bucket) }, l);
    expect(stored().map((e) => e.response.id)).to.deep.equal([response.id]);
    expect(await outcome).to.deep.equal({ status: 'sent', httpStatus: 201 });
    expect(events).to.deep.equal(['sent 201']);
    expect(localStorage.length).to.equal(0);
  });

  it('stores nothing before a response is submitted', async () => {
    await flush();
    expect(localStorage.length).to.equal(0);
  });

  it('delivers what an earlier page left when the next page loads, with its events on the document', async () => {
    const bucket = newBucket();
    const response = aResponse('checkout');
    seed([leftOver(response, endpointOf(bucket))]);
    const tab = await openTab();
    await until(() => stored().length === 0);
    expect(accepted(await received(bucket))).to.deep.equal([response.id]);
    await until(() => tab.window.events.length > 0);
    expect(tab.window.events).to.deep.equal([['feelback-sent', response.id, '#document']]);
  });

  it('fires the events of a left-over response on a connected survey with the same surveyId', async () => {
    const bucket = newBucket();
    const response = aResponse('checkout');
    seed([leftOver(response, endpointOf(bucket))]);
    const tab = await openTab({
      body: `<feelback-survey survey-id="other"></feelback-survey><feelback-survey survey-id="checkout"></feelback-survey>`,
    });
    await until(() => tab.window.events.length > 0);
    expect(tab.window.events).to.deep.equal([['feelback-sent', response.id, 'feelback-survey']]);
    expect(tab.window.document.querySelectorAll('feelback-survey')[1]!.getAttribute('survey-id')).to.equal('checkout');
    expect(accepted(await received(bucket))).to.deep.equal([response.id]);
  });

  it('sends a left-over response when a survey connects, with the headers of a survey posting to its endpoint', async () => {
    const bucket = newBucket();
    const response = aResponse('checkout');
    seed([leftOver(response, endpointOf(bucket))]);
    const el = document.createElement('feelback-survey') as FeelbackSurvey;
    el.setAttribute('survey-id', 'checkout');
    el.setAttribute('endpoint', `/__feelback/collect/${bucket}`);
    el.headers = { 'X-CSRF-Token': 'fresh' };
    const sent = oneEvent(el, 'feelback-sent');
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
    const { detail } = await sent;
    expect(detail.response.id).to.equal(response.id);
    const [req, ...more] = await received(bucket);
    expect(more).to.have.length(0);
    expect(req!.body.id).to.equal(response.id);
    expect(req!.headers['x-csrf-token']).to.equal('fresh');
    expect(stored()).to.deep.equal([]);
  });

  it('keeps a left-over transport response until a survey with its surveyId brings a transport', async () => {
    fastDelivery();
    const response = aResponse('app');
    seed([{ ...leftOver(response, ''), endpoint: undefined }]);
    await flush();
    expect(stored()).to.have.length(1);
    const delivered: string[] = [];
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey survey-id="elsewhere"></feelback-survey>`);
    el.transport = async (payload) => void delivered.push(payload.id);
    await flush();
    expect(delivered).to.deep.equal([]);
    el.setAttribute('survey-id', 'app');
    await el.updateComplete;
    await flush();
    expect(delivered).to.deep.equal([response.id]);
    expect(stored()).to.deep.equal([]);
  });

  it('ignores entries that are not valid responses: storage is untrusted', async () => {
    fastDelivery();
    const bucket = newBucket();
    const response = aResponse();
    const broken = { ...leftOver(aResponse(), endpointOf(bucket)), response: { ...aResponse(), id: 'not-a-uuid' } };
    seed([42, null, { response: 'x' }, broken, leftOver(response, endpointOf(bucket))]);
    await flush();
    const got = await received(bucket);
    expect(got.map((r) => r.body.id)).to.deep.equal([response.id]);
  });

  it('reads what another tab wrote since this tab last read or wrote, and still validates it', () => {
    const ids = () => entries().map((e) => e.response.id);
    const mine = leftOver(aResponse(), 'http://127.0.0.1/mine');
    put(mine);
    expect(ids()).to.deep.equal([mine.response.id]);
    // Another tab adds one, then writes something broken, then empties the outbox.
    const theirs = leftOver(aResponse(), 'http://127.0.0.1/theirs');
    seed([mine, theirs]);
    expect(ids()).to.deep.equal([mine.response.id, theirs.response.id]);
    seed([42, { ...theirs, response: { ...theirs.response, id: 'not-a-uuid' } }]);
    expect(ids()).to.deep.equal([]);
    localStorage.clear();
    put(mine);
    expect(ids()).to.deep.equal([mine.response.id]);
    localStorage.clear();
    expect(ids()).to.deep.equal([]);
  });

  it('keeps responses in memory and still delivers them when storage is unavailable', async () => {
    fastDelivery();
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('storage is disabled', 'SecurityError');
      },
    });
    try {
      const bucket = newBucket();
      await plan(bucket, [{ status: 503 }, { status: 201 }]);
      const response = aResponse();
      const { events, listener: l } = listener();
      expect(await deliver(response, { endpoint: endpointOf(bucket) }, l)).to.deep.equal({
        status: 'queued',
        reason: 'HTTP 503',
      });
      await until(() => events.includes('sent 201'));
      const got = await received(bucket);
      expect(got.map((r) => r.body.id)).to.deep.equal([response.id, response.id]);
      expect(accepted(got)).to.deep.equal([response.id]);
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
    expect(localStorage.length).to.equal(0);
  });

  it('keeps responses in memory and still delivers them when storage is full', async () => {
    fastDelivery();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
    try {
      const bucket = newBucket();
      await plan(bucket, [{ status: 500 }, { status: 201 }]);
      const response = aResponse();
      const { events, listener: l } = listener();
      await deliver(response, { endpoint: endpointOf(bucket) }, l);
      await until(() => events.includes('sent 201'));
      expect(events).to.deep.equal(['queued HTTP 500', 'sent 201']);
      expect(accepted(await received(bucket))).to.deep.equal([response.id]);
      expect(localStorage.length).to.equal(0);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('holds at most 100 responses: the oldest is dropped with feelback-error code dropped', async () => {
    fastDelivery();
    const bucket = newBucket();
    const now = Date.now();
    const responses = Array.from({ length: 101 }, () => aResponse('bounds'));
    seed(responses.map((r, i) => leftOver(r, endpointOf(bucket), now - 60_000 + i)));
    const { errors, stop } = documentErrors();
    try {
      await flush();
    } finally {
      stop();
    }
    expect(errors.map((e) => [e.code, e.response?.id])).to.deep.equal([['dropped', responses[0]!.id]]);
    const got = accepted(await received(bucket));
    expect(got).to.have.length(100);
    expect(new Set(got)).to.deep.equal(new Set(responses.slice(1).map((r) => r.id)));
    expect(stored()).to.deep.equal([]);
  });

  it('holds a response at most 7 days: an older one is dropped, not sent', async () => {
    fastDelivery();
    const bucket = newBucket();
    const [old, fresh] = [aResponse('bounds'), aResponse('bounds')];
    seed([leftOver(old, endpointOf(bucket), Date.now() - 7 * DAY - 1000), leftOver(fresh, endpointOf(bucket))]);
    const { errors, stop } = documentErrors();
    try {
      await flush();
    } finally {
      stop();
    }
    expect(errors.map((e) => [e.code, e.response?.id])).to.deep.equal([['dropped', old.id]]);
    expect(errors[0]!.message).to.contain('7 days');
    expect((await received(bucket)).map((r) => r.body.id)).to.deep.equal([fresh.id]);
  });
});
