/** The events of CONTRACT §3: all bubble and cross shadow roots. */
import type { AnswerKind, RecoveryRule, Response, Scores } from './schema/response.js';

export type ErrorCode = 'config' | 'invalid' | 'rejected' | 'dropped';

export interface FeelbackChangeDetail {
  name: string;
  kind: AnswerKind;
  value: unknown;
  scores: Scores;
}
export interface FeelbackSubmitDetail {
  response: Response;
}
export interface FeelbackSentDetail {
  response: Response;
  status: number;
}
export interface FeelbackQueuedDetail {
  response: Response;
  reason: string;
}
export interface FeelbackErrorDetail {
  code: ErrorCode;
  message: string;
  /** The response concerned, for `rejected` and `dropped`. */
  response?: Response;
}
export interface FeelbackRecoveryDetail {
  response: Response;
  reasons: RecoveryRule[];
}

/** How a popover or modal survey opened (CONTRACT §8): by the visitor, by the host, or by a trigger. */
export type OpenTrigger = 'launcher' | 'method' | 'load' | 'delay' | 'scroll' | 'exit' | 'event';
export interface FeelbackOpenDetail {
  trigger: OpenTrigger;
}
export interface FeelbackDismissDetail {
  /** Whether a response was sent (or queued) while it was open. */
  answered: boolean;
}

export interface FeelbackEventMap {
  'feelback-change': CustomEvent<FeelbackChangeDetail>;
  'feelback-submit': CustomEvent<FeelbackSubmitDetail>;
  'feelback-sent': CustomEvent<FeelbackSentDetail>;
  'feelback-queued': CustomEvent<FeelbackQueuedDetail>;
  'feelback-error': CustomEvent<FeelbackErrorDetail>;
  'feelback-recovery': CustomEvent<FeelbackRecoveryDetail>;
  'feelback-open': CustomEvent<FeelbackOpenDetail>;
  'feelback-dismiss': CustomEvent<FeelbackDismissDetail>;
}

type DetailOf<K extends keyof FeelbackEventMap> = FeelbackEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a feelback event; returns false when a listener cancelled it. */
export function emit<K extends keyof FeelbackEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Errors also go to the console so a site owner sees a broken attribute without a listener. */
export function emitError(target: EventTarget, detail: FeelbackErrorDetail) {
  console.warn(`feelback: ${detail.code}: ${detail.message}`);
  emit(target, 'feelback-error', detail);
}

declare global {
  // Typed `e.detail` for `addEventListener('feelback-sent', e => …)` without a cast.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends FeelbackEventMap {}
}
