/** The webhook settings of `npm start`, from the environment (CONTRACT §10). */
import { signingKey, isWebhookEvents, type WebhookEvents } from './webhooks.js';

export interface WebhookEnv {
  /** What the store writes to its outbox: `none` without `FEELBACK_WEBHOOK_URL`. */
  events: WebhookEvents;
  /** The sender's settings, or null without a URL. */
  send: { url: string; secret: string; timeoutMs?: number } | null;
}

/**
 * FEELBACK_WEBHOOK_URL, FEELBACK_WEBHOOK_SECRET (`whsec_<base64>`, required with a URL: an unsigned event
 * could be forged by anyone who finds the receiver), FEELBACK_WEBHOOK_EVENTS (`recovery` default, or `all`),
 * FEELBACK_WEBHOOK_TIMEOUT_SECONDS (per attempt, default 15).
 */
export function parseWebhookEnv(env: NodeJS.ProcessEnv): WebhookEnv {
  const url = env.FEELBACK_WEBHOOK_URL;
  if (!url) return { events: 'none', send: null };
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error('FEELBACK_WEBHOOK_URL must be an http(s) URL');
  }
  const secret = env.FEELBACK_WEBHOOK_SECRET ?? '';
  if (!secret) throw new Error('FEELBACK_WEBHOOK_SECRET is required with FEELBACK_WEBHOOK_URL (whsec_<base64>)');
  signingKey(secret); // refuses a malformed secret at start rather than at the first event
  const events = env.FEELBACK_WEBHOOK_EVENTS || 'recovery';
  if (!isWebhookEvents(events) || events === 'none') throw new Error('FEELBACK_WEBHOOK_EVENTS must be recovery or all');
  const timeout = env.FEELBACK_WEBHOOK_TIMEOUT_SECONDS;
  const seconds = timeout ? Number(timeout) : undefined;
  if (seconds !== undefined && !(seconds > 0)) throw new Error('FEELBACK_WEBHOOK_TIMEOUT_SECONDS must be a number > 0');
  return { events, send: { url, secret, timeoutMs: seconds && seconds * 1000 } };
}
