import type { DeliveryListener } from '../../delivery/types.js';
import { emit, emitError } from '../../events.js';

/** The one mapping from delivery outcomes to feelback events, dispatched on `target` (a survey, or `document`). */
export const eventsOn = (target: EventTarget): DeliveryListener => ({
  sent: (response, status) => emit(target, 'feelback-sent', { response, status }),
  queued: (response, reason) => emit(target, 'feelback-queued', { response, reason }),
  rejected: (response, _status, message) => emitError(target, { code: 'rejected', message, response }),
  dropped: (response, message) => emitError(target, { code: 'dropped', message, response }),
});
