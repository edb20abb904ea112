/**
 * The connected surveys, as delivery sees them. Apart from routing.ts so that a survey can join from the
 * moment it connects while delivery itself (routing, the outbox, the sender) loads after its first paint:
 * a left-over response that an earlier page left still finds the survey with its id.
 */
import type { Attachment } from './types.js';

/** Connected surveys. */
export const surveys = new Set<Attachment>();

/**
 * Lets left-over responses of this survey's id use its target and reach its listener, from the moment it
 * connects. Returns the leave, for when the survey leaves the page.
 */
export function join(survey: Attachment) {
  surveys.add(survey);
  return () => void surveys.delete(survey);
}
