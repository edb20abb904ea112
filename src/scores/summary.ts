/**
 * The shape of a summary of many responses (CONTRACT §7, INSTRUMENTS.md "Summary of many responses"):
 * what `summarize` returns, `GET /api/summary` sends and `<feelback-report>` draws.
 *
 * Empty sets: every `n` is 0, every score, share and mean is `null` (a 0 would read as a measured neutral),
 * `ci95` is `null`, counts are 0 and `byEmotion` lists only the ids of `options.emotions`, each with count 0.
 */
import type { Balance, NpsCategory, RatingScale, Response } from '../schema/response.js';
import type { KanoSummary } from './kano.js';
import type { StatementStat } from './statements.js';
import type { ChoiceSummary } from './choice.js';

export type { ChoiceSummary } from './choice.js';

export interface NpsSummary {
  n: number;
  /** −100 … 100. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** Adjusted-Wald 95 % interval, clipped to −100 … 100. */
  ci95: [number, number] | null;
}

export interface EmotionStat {
  /** Emotion answers that chose this emotion. */
  count: number;
  /** count / emotion answers. */
  share: number | null;
  /** Over the choices that carried an intensity; `null` when none did (`without-intensity`). */
  meanIntensity: number | null;
}

export interface EmotionSummary {
  n: number;
  /** 100 × (positive − negative balances) / n; mixed and neutral stay in n. */
  score: number | null;
  /**
   * Share of the answers whose strength is known (asked with intensity, or `none`) that are strongly
   * positive: an answer asked without intensity cannot be strong, and counting it as "not strong" would
   * understate the fully-connected share.
   */
  strongPositiveShare: number | null;
  /** Share of all emotion answers that are strongly negative (defined with and without intensity). */
  strongNegativeShare: number | null;
  /**
   * Keys sorted, so the output does not depend on the order rows arrive in. Bounded: at most
   * `MAX_BY_EMOTION` entries, the ids of `options.emotions` first, then the most chosen others (ties by id);
   * ids chosen less often are left out, so ids a stranger posted once cannot crowd out those in use. Of more
   * than 1000 distinct ids, those first seen after the thousandth are not tallied at all.
   */
  byEmotion: Record<string, EmotionStat>;
}

export interface EffortSummary {
  n: number;
  /** Mean of the 1–7 answers. */
  mean: number | null;
  /** Share of 5–7 ("agree" that it was easy). */
  agreeShare: number | null;
}

export interface CsatSummary {
  n: number;
  /** 100 × share of the top two points of the scale. */
  score: number | null;
}

/** The rating scales of the CX Index. */
export const CXI_PARTS = ['effectiveness', 'ease', 'emotion'] as const satisfies readonly RatingScale[];
export type CxiPart = (typeof CXI_PARTS)[number];

export interface CxiPartSummary {
  n: number;
  /** 100 × (share 4–5 − share 1–2). */
  score: number;
}

export interface CxiSummary {
  /** Responses with at least one 5-point CX Index rating. */
  n: number;
  /** Mean of the parts present. */
  index: number | null;
  /** Only the parts that were answered. */
  parts: Partial<Record<CxiPart, CxiPartSummary>>;
}

/** Responses that answered both NPS and emotion, by `npsCategory` × `balance`. */
export type Crosstab = Record<NpsCategory, Record<Balance, number>>;

export interface Summary {
  /** Responses, whatever they answered. */
  n: number;
  nps: NpsSummary;
  emotion: EmotionSummary;
  effort: EffortSummary;
  csat: CsatSummary;
  cxi: CxiSummary;
  crosstab: Crosstab;
  /** Per Kano question, by answer `name` (CONTRACT §9); `{}` when none was answered. */
  kano: Record<string, KanoSummary>;
  /** Per statements question, by answer `name`, then by statement id (CONTRACT §9); `{}` when none. */
  statements: Record<string, Record<string, StatementStat>>;
  /**
   * `<feelback-choice>` answers by answer name, names sorted (CONTRACT §9); `{}` when none. A summary from a
   * collector before 1.1 has no `choice`: readers treat it as `{}`.
   */
  choice: Record<string, ChoiceSummary>;
}

/** Most entries in `byEmotion`: the core set and custom sets of 20 fit many times over. */
export const MAX_BY_EMOTION = 100;

export interface SummarizeOptions {
  /** Emotion ids always listed in `byEmotion` (e.g. the core set), so a chart keeps its rows at count 0. */
  emotions?: readonly string[];
}

/** What the summary reads of a response: its answers, never the client's `scores`. */
export type Summarizable = Pick<Response, 'answers'>;

/**
 * The follow-up of bad experiences that a collector's summary adds (CONTRACT §10, `recovery`): the collector
 * computes it (src/collector/recovery.ts), the report draws it; `summarize()` has no cases to count.
 */
export interface RecoveryFigures {
  n: number;
  share: number | null;
  open: number;
  contacted: number;
  resolved: number;
  dismissed: number;
  hoursToContact: { median: number | null; p90: number | null };
  contactedWithin24h: number | null;
}
