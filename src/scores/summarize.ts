/**
 * Summary of many responses (INSTRUMENTS.md, "Summary of many responses"). Pure, one pass, deterministic:
 * the collector streams stored rows through a `SummaryAccumulator`; `summarize` is the same for an iterable.
 * The types and the values of empty sets are described in `summary.ts`.
 */
import type { Balance, NpsCategory } from '../schema/response.js';
import { answersOf, firstOf } from './answers.js';
import { ChoiceAccumulator } from './choice.js';
import { EmotionTally } from './emotion-tally.js';
import { KanoAccumulator } from './kano.js';
import { npsInterval, npsScore } from './nps.js';
import { RatingTally } from './rating-tally.js';
import { scoreResponse } from './response-scores.js';
import { StatementsAccumulator } from './statements.js';
import { SUMMARY_STATE_VERSION, type SummaryState } from './summary-state.js';
import type { Crosstab, Summarizable, SummarizeOptions, Summary } from './summary.js';

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

/** One pass over responses; `result()` may be called at any time and does not end the pass. */
export class SummaryAccumulator {
  private n = 0;
  private readonly nps = npsCounts();
  private readonly balances = balanceCounts();
  private strongPositive = 0;
  private strengthKnown = 0;
  private strongNegative = 0;
  private readonly emotions: EmotionTally;
  private readonly ratings = new RatingTally();
  private readonly crosstab = emptyCrosstab();
  private readonly kano = new KanoAccumulator();
  private readonly statements = new StatementsAccumulator();
  private readonly choice = new ChoiceAccumulator();

  constructor(options: SummarizeOptions = {}) {
    // The ids of `options.emotions` are listed whatever the others' counts.
    this.emotions = new EmotionTally(options.emotions);
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
      this.emotions.add(firstOf(answers, 'emotion')!.value);
    }
    if (scores.npsCategory && scores.balance) this.crosstab[scores.npsCategory][scores.balance] += 1;
    this.ratings.add(answers);
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
        byEmotion: this.emotions.result(emotionN),
      },
      ...this.ratings.result(),
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
      emotions: this.emotions.toState(),
      ...this.ratings.toState(),
      crosstab: NPS_ORDER.flatMap((c) => BALANCE_ORDER.map((b) => this.crosstab[c][b])),
      kano: this.kano.toState(),
      statements: this.statements.toState(),
      choice: this.choice.toState(),
    };
  }

  /**
   * Adds another accumulator's `toState()`: the result is that of one accumulator fed both sets of
   * responses. Exact while the bounds (`TALLIED_EMOTIONS` in emotion-tally.ts, `TALLIED_NAMES`, `TALLIED_VALUES`) are not
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
    this.emotions.merge(state.emotions);
    this.ratings.merge(state);
    NPS_ORDER.forEach((c, i) =>
      BALANCE_ORDER.forEach((b, j) => (this.crosstab[c][b] += state.crosstab[i * BALANCE_ORDER.length + j]!)),
    );
    this.kano.merge(state.kano);
    this.statements.merge(state.statements);
    this.choice.merge(state.choice);
    return this;
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
