/**
 * `feelback/collector`: the reference collector as parts a host can run on Node or a Fetch-API runtime.
 * It loads no database driver: the stores are `feelback/collector/sqlite` and `feelback/collector/postgres`,
 * each needing its driver (an optional peer dependency). A Fetch-only runtime (no native modules) imports
 * `feelback/collector/handler` and brings its own store.
 */
export {
  createCollector,
  MAX_BODY_BYTES,
  type Collector,
  type CollectorOptions,
  type CollectorRequest,
  type HandlerOptions,
} from './core.js';
export type { Reply } from './reply.js';
export { createHandler, type Handler, type ClientInfo } from './handler.js';
export { toNodeListener, toFetchRequest, type NodeListener, type NodeAdapterOptions } from './node.js';
export { startCollector, type CollectorApp, type CollectorAppOptions } from './app.js';
export { streamRows, type InsertOutcome, type ResponseStore, type ResponseFilter, type StoredRow } from './store.js';
export { DEFAULT_RATE_LIMIT, parseRateLimit, type RateLimitOptions } from './rate-limit.js';
export { parseOrigins } from './cors.js';
export { flatten as flattenRow, csvCell } from './export.js';
export {
  recoveryFigures,
  type CaseEvent,
  type CaseState,
  type CaseTimes,
  type RecoveryFigures,
  type RecoveryStore,
  type StoredCase,
} from './recovery.js';
export { WebhookSender, type WebhookSenderOptions } from './webhook-sender.js';
export {
  sign as signWebhook,
  verify as verifyWebhook,
  signingKey as webhookSigningKey,
  type FailedEvent,
  type OutboxEvent,
  type WebhookEvents,
  type WebhookOutbox,
} from './webhooks.js';
