/**
 * Recovery cases (CONTRACT §10): one per response flagged `recovery.needed`, opened in the transaction that
 * stores the response, moved by the service team from `open` to `contacted` to `resolved` (or `dismissed`).
 * The rules of a move and the figures live here; each store only reads and writes rows.
 */
import type { RecoveryRule, Response } from '../schema/response.js';
import type { RecoveryFigures } from '../scores/summary.js';
import type { ResponseFilter } from './store.js';

export const CASE_STATES = ['open', 'contacted', 'resolved', 'dismissed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export interface CaseEvent {
  state: CaseState;
  at: string;
  note: string | null;
}

/** A case as the stores give it: the stored row with its case columns. */
export interface StoredCase {
  seq: number;
  receivedAt: string;
  response: Response;
  state: CaseState;
  /** The respondent agreed to be contacted (`recovery.contact === true`). */
  contact: boolean;
  history: CaseEvent[];
}

/** What the figures need of one case. */
export interface CaseTimes {
  state: CaseState;
  contact: boolean;
  receivedAt: string;
  /** The first move to `contacted`, or null. */
  contactedAt: string | null;
}

export interface RecoveryStore {
  /** Up to `limit` cases with `seq < beforeSeq` (any when undefined), newest first. */
  list(
    filter: ResponseFilter,
    state: CaseState | undefined,
    beforeSeq: number | undefined,
    limit: number,
  ): Promise<StoredCase[]>;
  get(id: string): Promise<StoredCase | null>;
  /**
   * Moves the case from `from` to `event.state` and appends `event` to its history, only if it is still in
   * `from` (compare-and-set: two people clicking at once cannot both move it). Answers whether it moved.
   */
  move(id: string, from: CaseState, event: CaseEvent): Promise<boolean>;
  /** Every matching case's state and times, for the summary's figures. */
  times(filter: ResponseFilter): Promise<CaseTimes[]>;
}

/** Where a case may go from each state: forward one step, or dismissed from anywhere but dismissed. */
const MOVES: Record<CaseState, readonly CaseState[]> = {
  open: ['contacted', 'dismissed'],
  contacted: ['resolved', 'dismissed'],
  resolved: ['dismissed'],
  dismissed: [],
};

export type MoveCheck = 'ok' | 'not-allowed' | 'no-consent';

export function checkMove(current: StoredCase, to: CaseState): MoveCheck {
  if (!MOVES[current.state].includes(to)) return 'not-allowed';
  if (to === 'contacted' && !current.contact) return 'no-consent';
  return 'ok';
}

/** The moves a case can make now, in the order a person would take them (the worklist's buttons). */
export const allowedMoves = (state: CaseState, contact: boolean): CaseState[] =>
  MOVES[state].filter((to) => to !== 'contacted' || contact);

export const isCaseState = (value: unknown): value is CaseState =>
  typeof value === 'string' && (CASE_STATES as readonly string[]).includes(value);

/** The case as `GET /api/recovery` lists it. */
export function caseItem(c: StoredCase) {
  const r = c.response;
  const comment = r.answers.find((a) => a.kind === 'comment');
  return {
    id: r.id,
    receivedAt: c.receivedAt,
    surveyId: r.surveyId,
    touchpoint: r.touchpoint,
    channel: r.channel,
    reasons: r.recovery.reasons satisfies RecoveryRule[],
    contact: c.contact,
    comment: comment ? (comment.value as string) : null,
    emotions: r.answers.flatMap((a) => (a.kind === 'emotion' ? a.value : [])),
    metadata: r.metadata,
    state: c.state,
    history: c.history,
  };
}

export type { RecoveryFigures };

const HOUR = 3_600_000;

/**
 * The summary's `recovery`. `contacted` counts the cases in that state now; `hoursToContact` runs from the
 * response's arrival to its first move to `contacted`, over the cases ever contacted; `contactedWithin24h`
 * is the share of the cases that may be contacted (consent given) whose first contact came within 24 hours.
 * Percentiles interpolate linearly between ranks (type 7, as R and spreadsheets do); hours to two decimals.
 */
export function recoveryFigures(cases: readonly CaseTimes[], responses: number): RecoveryFigures {
  const count = (state: CaseState) => cases.filter((c) => c.state === state).length;
  const hours = cases
    .filter((c) => c.contactedAt !== null)
    .map((c) => (Date.parse(c.contactedAt!) - Date.parse(c.receivedAt)) / HOUR)
    .sort((a, b) => a - b);
  const consenting = cases.filter((c) => c.contact);
  const within = consenting.filter(
    (c) => c.contactedAt !== null && Date.parse(c.contactedAt) - Date.parse(c.receivedAt) <= 24 * HOUR,
  ).length;
  return {
    n: cases.length,
    share: responses > 0 ? cases.length / responses : null,
    open: count('open'),
    contacted: count('contacted'),
    resolved: count('resolved'),
    dismissed: count('dismissed'),
    hoursToContact: { median: quantile(hours, 0.5), p90: quantile(hours, 0.9) },
    contactedWithin24h: consenting.length > 0 ? within / consenting.length : null,
  };
}

function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const value = sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
  return Math.round(value * 100) / 100;
}
