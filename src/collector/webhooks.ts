/**
 * Webhook events (CONTRACT §10): what is sent, how it is signed (the Standard Webhooks specification,
 * https://www.standardwebhooks.com), and the outbox each store keeps. An event row is written by the
 * database in the transaction that stores its response, so no crash can store one without the other.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Response } from '../schema/response.js';

/** `recovery`: only responses flagged for recovery; `all`: every response; `none`: no events written. */
export type WebhookEvents = 'recovery' | 'all' | 'none';

export const EVENT_TYPES = { recovery: 'response.recovery', created: 'response.created' } as const;

export interface OutboxEvent {
  /** The `webhook-id`, the same on every attempt: `msg_<response id>`. */
  id: string;
  type: string;
  createdAt: string;
  /** Attempts made before this one. */
  attempts: number;
  /** When the give-up clock started: the event's creation, or its last retry by hand. */
  since: string;
  data: Response;
}

export interface FailedEvent {
  id: string;
  type: string;
  createdAt: string;
  attempts: number;
  failedAt: string;
  lastError: string | null;
}

/** A claim holds an event for one sender until `leaseUntil`; `token` proves the claim is still its own. */
export interface WebhookOutbox {
  /** Due events (pending, next attempt ≤ now, no live lease), oldest first, leased to `token` until `leaseUntil`. */
  claim(now: Date, leaseUntil: Date, token: string, limit: number): Promise<OutboxEvent[]>;
  delivered(id: string, token: string, at: Date): Promise<void>;
  /** Another attempt at `at`; the lease is released and the attempt counted. */
  reschedule(id: string, token: string, at: Date, error: string): Promise<void>;
  giveUp(id: string, token: string, at: Date, error: string): Promise<void>;
  failed(limit: number): Promise<FailedEvent[]>;
  /** A failed event back to pending, due now, its give-up clock restarted; false when no failed event has this id. */
  retry(id: string, now: Date): Promise<boolean>;
}

export const isWebhookEvents = (value: string): value is WebhookEvents =>
  value === 'recovery' || value === 'all' || value === 'none';

/** The signing key of a `whsec_<base64>` secret (a bare base64 secret is taken as well). */
// Typed as Uint8Array (a Buffer is one): the public types stay free of @types/node for browser-only consumers.
export function signingKey(secret: string): Uint8Array {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  if (key.length < 16) throw new Error('FEELBACK_WEBHOOK_SECRET must be whsec_ followed by base64 of 16 bytes or more');
  return key;
}

/** `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, the spec's symmetric signature; `timestamp` in seconds. */
export function sign(key: Uint8Array, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** For receivers written with feelback (and its tests): any of the space-separated signatures matches. */
export function verify(key: Uint8Array, id: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(sign(key, id, timestamp, body));
  return header.split(' ').some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The JSON body of an event: `{ type, timestamp, data }` as the specification recommends. */
export const eventBody = (event: OutboxEvent) =>
  JSON.stringify({ type: event.type, timestamp: event.createdAt, data: event.data });
