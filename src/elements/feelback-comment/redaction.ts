/**
 * What a comment (and a choice's other text) needs of redaction before its patterns arrive: the kinds, to
 * draw the note at first paint, and the patterns' loader. The patterns (redact.ts, 2 KB) are not needed to
 * draw, only once there is text to send, so an element imports them right after its first render and its
 * `updateComplete` waits for them; the survey awaits its questions' `updateComplete` before it sends.
 */
import { afterPaint } from '../shared/after-paint.js';

export const REDACT_KINDS = ['email', 'iban', 'phone', 'bsn'] as const;
export type RedactKind = (typeof REDACT_KINDS)[number];

/**
 * The `redact` attribute: space-separated kinds, `none` for nothing; absent or empty means all four.
 * Returns the kinds and the tokens it did not understand (the element reports those).
 */
export function parseRedact(attr: string | null | undefined): { kinds: RedactKind[]; unknown: string[] } {
  const tokens = (attr ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { kinds: [...REDACT_KINDS], unknown: [] };
  const known = (t: string): t is RedactKind => (REDACT_KINDS as readonly string[]).includes(t);
  return { kinds: tokens.filter(known), unknown: tokens.filter((t) => !known(t) && t !== 'none') };
}

type Patterns = typeof import('./redact.js');
let patterns: Patterns | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Imports the patterns once for the page. Should the chunk fail to load, it settles all the same: `redacted`
 * then keeps masking, and a respondent's text is cut rather than sent unredacted.
 */
export const loadRedaction = (): Promise<unknown> =>
  (loading ??= afterPaint()
    .then(() => import('./redact.js'))
    .then(
      (p) => (patterns = p),
      () => {},
    ));

/**
 * The text with the details of these kinds replaced. Until the patterns have arrived, every word holding a
 * digit or an @ (each of the four kinds needs one) reads `[…]`: more is left out, never less.
 */
export function redacted(text: string, kinds: readonly RedactKind[]): string {
  if (patterns) return patterns.redact(text, kinds);
  return kinds.length ? text.replace(/\S*[\d@]\S*/g, '[…]') : text;
}

/**
 * Runs `fire` (an element's `change`) once the patterns are in, at once when they already are: the survey
 * reads the answer for `feelback-change` as the event passes, and it must read the redacted text.
 */
export function whenRedactable(fire: () => void) {
  if (patterns) fire();
  else void loadRedaction().then(fire);
}
