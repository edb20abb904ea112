/**
 * Summary of many responses (INSTRUMENTS.md, "Summary of many responses"). Pure, one pass, deterministic:
 * the collector streams stored rows through a `SummaryAccumulator`; `summarize` is the same for an iterable.
 * The types and the values of empty sets are described in `summary.ts`.
 */
import type { Answer, Balance, NpsCategory, RatingScale } from '../schema/response.js';
import { answersOf, firstOf } from './answers.js';
import { KanoAccumulator } from './kano.js';
import { ChoiceAccumulator } from './choice.js';
import { npsInterval, npsScore } from './nps.js';
import { scoreResponse } from './response-scores.js';
import { StatementsAccumulator } from './statements.js';
import { SUMMARY_STATE_VERSION, type SummaryState } from './summary-state.js';
import {
  CXI_PARTS,
  MAX_BY_EMOTION,
  type Crosstab,
  type CxiPart,
  type CxiPartSummary,
  type CxiSummary,
  type EmotionStat,
  type Summarizable,
  type SummarizeOptions,
  type Summary,
} from './summary.js';

export * from './summary.js';
export * from './summary-state.js';

/**
 * A zero count per NPS category and per balance. Typed as Records of the enums, so a new category or balance
 * is a compile error here until it is counted; literals rather than `NpsCategory.options`, so that
 * dist/scores.js stays free of zod.
 */
const npsCounts = (): Record<NpsCategory, number> => ({ promoter: 0, passive: 0, detractor: 0 });
const balanceCounts = (): Record<Balance, number> => ({ positive: 0, negative: 0, mixed: 0, neutral: 0 });
// The orders of the arrays of a `SummaryState`.
const NPS_ORDER = ['promoter', 'passive', 'detractor'] as const satisfies readonly NpsCategory[];
const BALANCE_ORDER = ['positive', 'negative', 'mixed', 'neutral'] as const satisfies readonly Balance[];
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const share = (count: number, n: number) => (n === 0 ? null : count / n);
/** Code-unit order, as `Array.prototype.sort` without a comparator. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Distinct emotion ids a summary tallies. The response bounds ids by pattern and count, but not how many
 * different ones arrive over time: anyone may POST.
 */
const TALLIED_EMOTIONS = 1000;

interface EmotionTally {
  count: number;
  intensitySum: number;
  intensityCount: number;
}

interface PartTally {
  n: number;
  top: number;
  bottom: number;
}

/** One pass over responses; `result()` may be called at any time and does not end the pass. */
export class SummaryAccumulator {
  private n = 0;
  private readonly nps = npsCounts();
  private readonly balances = balanceCounts();
  private strongPositive = 0;
  private strengthKnown = 0;
  private strongNegative = 0;
  private readonly emotions = new Map<string, EmotionTally>();
  private effort = { n: 0, sum: 0, agree: 0 };
  private csat = { n: 0, top: 0 };
  private cxiResponses = 0;
  private readonly cxi = new Map<CxiPart, PartTally>();
  private readonly crosstab = emptyCrosstab();
  private readonly kano = new KanoAccumulator();
  private readonly statements = new StatementsAccumulator();
  private readonly choice = new ChoiceAccumulator();

  /** The ids of `options.emotions`: listed whatever the others' counts. */
  private readonly named: Set<string>;

  constructor(options: SummarizeOptions = {}) {
    this.named = new Set(options.emotions);
    for (const id of this.named) this.emotions.set(id, { count: 0, intensitySum: 0, intensityCount: 0 });
  }

  add(response: Summarizable): this {
    const { answers } = response;
    const scores = scoreResponse(answers);
    this.n += 1;
    if (scores.npsCategory) this.nps[scores.npsCategory] += 1;
    if (scores.balance) {
      this.balances[scores.balance] += 1;
      if (scores.strongPositive !== null) this.strengthKnown += 1;
      if (scores.strongPositive) this.strongPositive += 1;
      if (scores.strongNegative) this.strongNegative += 1;
      this.addChoices(firstOf(answers, 'emotion')!.value);
    }
    if (scores.npsCategory && scores.balance) this.crosstab[scores.npsCategory][scores.balance] += 1;
    const effort = firstOf(answers, 'effort');
    if (effort) {
      this.effort.n += 1;
      this.effort.sum += effort.value;
      if (effort.value >= 5) this.effort.agree += 1;
    }
    this.addRatings(answers);
    // Every Kano and statements answer counts: each has its own `name`, and the summary is by name.
    for (const a of answersOf(answers, 'kano')) this.kano.add(a);
    for (const a of answersOf(answers, 'statements')) this.statements.add(a);
    // Every choice answer counts under its own name: a survey may ask several choice questions.
    for (const a of answersOf(answers, 'choice')) this.choice.add(a);
    return this;
  }

  result(): Summary {
    const npsN = total(this.nps);
    const counts = { promoters: this.nps.promoter, passives: this.nps.passive, detractors: this.nps.detractor };
    const emotionN = total(this.balances);
    return {
      n: this.n,
      nps: { n: npsN, score: npsScore(counts), ...counts, ci95: npsInterval(counts) },
      emotion: {
        n: emotionN,
        score: emotionN === 0 ? null : (100 * (this.balances.positive - this.balances.negative)) / emotionN,
        strongPositiveShare: share(this.strongPositive, this.strengthKnown),
        strongNegativeShare: share(this.strongNegative, emotionN),
        byEmotion: this.byEmotion(emotionN),
      },
      effort: {
        n: this.effort.n,
        mean: this.effort.n === 0 ? null : this.effort.sum / this.effort.n,
        agreeShare: share(this.effort.agree, this.effort.n),
      },
      csat: { n: this.csat.n, score: this.csat.n === 0 ? null : 100 * (this.csat.top / this.csat.n) },
      cxi: this.cxiResult(),
      crosstab: structuredClone(this.crosstab),
      kano: this.kano.result(),
      statements: this.statements.result(),
      choice: this.choice.result(),
    };
  }

  /** The counts and sums so far, as JSON: what `merge` adds to another accumulator. */
  toState(): SummaryState {
    return {
      v: SUMMARY_STATE_VERSION,
      n: this.n,
      nps: NPS_ORDER.map((c) => this.nps[c]),
      balances: BALANCE_ORDER.map((b) => this.balances[b]),
      strength: [this.strongPositive, this.strengthKnown, this.strongNegative],
      // Named ids nobody chose are left out: the accumulator that merges lists its own.
      emotions: [...this.emotions]
        .filter(([, t]) => t.count > 0)
        .map(([id, t]) => [id, t.count, t.intensitySum, t.intensityCount]),
      effort: [this.effort.n, this.effort.sum, this.effort.agree],
      csat: [this.csat.n, this.csat.top],
      cxiN: this.cxiResponses,
      cxi: [...this.cxi].map(([part, t]) => [part, t.n, t.top, t.bottom]),
      crosstab: NPS_ORDER.flatMap((c) => BALANCE_ORDER.map((b) => this.crosstab[c][b])),
      kano: this.kano.toState(),
      statements: this.statements.toState(),
      choice: this.choice.toState(),
    };
  }

  /**
   * Adds another accumulator's `toState()`: the result is that of one accumulator fed both sets of
   * responses. Exact while the bounds (`TALLIED_EMOTIONS`, `TALLIED_NAMES`, `TALLIED_VALUES`) are not
   * reached; past one, ids and names are kept in the order merged rather than the order first met, and a
   * bounded state lacks the counts its own bound left out.
   */
  merge(state: SummaryState): this {
    if (state.v !== SUMMARY_STATE_VERSION)
      throw new Error(`summary state version ${state.v} is not ${SUMMARY_STATE_VERSION}`);
    this.n += state.n;
    NPS_ORDER.forEach((c, i) => (this.nps[c] += state.nps[i]!));
    BALANCE_ORDER.forEach((b, i) => (this.balances[b] += state.balances[i]!));
    this.strongPositive += state.strength[0]!;
    this.strengthKnown += state.strength[1]!;
    this.strongNegative += state.strength[2]!;
    for (const [id, count, intensitySum, intensityCount] of state.emotions) {
      let tally = this.emotions.get(id);
      if (!tally) {
        if (this.emotions.size >= TALLIED_EMOTIONS) continue;
        this.emotions.set(id, (tally = { count: 0, intensitySum: 0, intensityCount: 0 }));
      }
      tally.count += count;
      tally.intensitySum += intensitySum;
      tally.intensityCount += intensityCount;
    }
    this.effort.n += state.effort[0]!;
    this.effort.sum += state.effort[1]!;
    this.effort.agree += state.effort[2]!;
    this.csat.n += state.csat[0]!;
    this.csat.top += state.csat[1]!;
    this.cxiResponses += state.cxiN;
    for (const [part, n, top, bottom] of state.cxi) {
      const t = this.cxi.get(part as CxiPart) ?? { n: 0, top: 0, bottom: 0 };
      this.cxi.set(part as CxiPart, { n: t.n + n, top: t.top + top, bottom: t.bottom + bottom });
    }
    NPS_ORDER.forEach((c, i) =>
      BALANCE_ORDER.forEach((b, j) => (this.crosstab[c][b] += state.crosstab[i * BALANCE_ORDER.length + j]!)),
    );
    this.kano.merge(state.kano);
    this.statements.merge(state.statements);
    this.choice.merge(state.choice);
    return this;
  }

  private addChoices(choices: readonly { id: string; intensity?: number | undefined }[]) {
    // An emotion picked twice in one answer counts once: count is "answers that chose it".
    const seen = new Set<string>();
    for (const c of choices) {
      let tally = this.emotions.get(c.id);
      if (!tally) {
        // Memory stays bounded whatever anyone posted: an id first seen once the table is full is left out.
        if (this.emotions.size >= TALLIED_EMOTIONS) continue;
        this.emotions.set(c.id, (tally = { count: 0, intensitySum: 0, intensityCount: 0 }));
      }
      if (!seen.has(c.id)) tally.count += 1;
      seen.add(c.id);
      if (c.intensity !== undefined) {
        tally.intensitySum += c.intensity;
        tally.intensityCount += 1;
      }
    }
  }

  /** The first rating of each scale counts, as `scoreResponse` takes the first answer of each kind. */
  private addRatings(answers: readonly Answer[]) {
    const seen = new Set<RatingScale>();
    let cxi = false;
    for (const a of answersOf(answers, 'rating')) {
      if (seen.has(a.scale)) continue;
      seen.add(a.scale);
      if (a.scale === 'csat') {
        this.csat.n += 1;
        if (a.value >= a.points - 1) this.csat.top += 1;
      } else if (isCxiPart(a.scale) && a.points === 5) {
        // The CX Index is defined on 5 points; other scales would not be comparable.
        const part = this.cxi.get(a.scale) ?? { n: 0, top: 0, bottom: 0 };
        part.n += 1;
        if (a.value >= 4) part.top += 1;
        if (a.value <= 2) part.bottom += 1;
        this.cxi.set(a.scale, part);
        cxi = true;
      }
    }
    if (cxi) this.cxiResponses += 1;
  }

  /**
   * The named ids, then the most chosen others (ties by id), `MAX_BY_EMOTION` at most, in id order. Built
   * with `Object.fromEntries`, which defines own keys: even an id `__proto__` is an entry, never the prototype.
   */
  private byEmotion(emotionN: number): Record<string, EmotionStat> {
    const named = (id: string) => +this.named.has(id);
    const listed = [...this.emotions]
      .sort(([a, x], [b, y]) => named(b) - named(a) || y.count - x.count || compare(a, b))
      .slice(0, MAX_BY_EMOTION)
      .sort(([a], [b]) => compare(a, b));
    return Object.fromEntries(
      listed.map(([id, t]) => [
        id,
        {
          count: t.count,
          share: share(t.count, emotionN),
          meanIntensity: t.intensityCount === 0 ? null : t.intensitySum / t.intensityCount,
        },
      ]),
    );
  }

  private cxiResult(): CxiSummary {
    const parts: Partial<Record<CxiPart, CxiPartSummary>> = {};
    const scores: number[] = [];
    for (const name of CXI_PARTS) {
      const t = this.cxi.get(name);
      if (!t) continue;
      const score = (100 * (t.top - t.bottom)) / t.n;
      parts[name] = { n: t.n, score };
      scores.push(score);
    }
    const index = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
    return { n: this.cxiResponses, index, parts };
  }
}

/** The summary of CONTRACT §7 over any iterable of responses, in one pass. */
export function summarize(responses: Iterable<Summarizable>, options?: SummarizeOptions): Summary {
  const acc = new SummaryAccumulator(options);
  for (const r of responses) acc.add(r);
  return acc.result();
}

function emptyCrosstab(): Crosstab {
  return { promoter: balanceCounts(), passive: balanceCounts(), detractor: balanceCounts() };
}

const isCxiPart = (scale: RatingScale): scale is CxiPart => (CXI_PARTS as readonly RatingScale[]).includes(scale);
