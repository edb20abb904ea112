/**
 * The effort, CSAT and CX Index parts of a summary (INSTRUMENTS.md, "Summary of many responses"). One pass,
 * mergeable; `SummaryAccumulator` holds one.
 */
import type { Answer, RatingScale } from '../schema/response.js';
import { answersOf, firstOf } from './answers.js';
import type { SummaryState } from './summary-state.js';
import { CXI_PARTS, type CxiPart, type CxiPartSummary, type CxiSummary, type Summary } from './summary.js';

interface PartTally {
  n: number;
  top: number;
  bottom: number;
}

const share = (count: number, n: number) => (n === 0 ? null : count / n);
const isCxiPart = (scale: RatingScale): scale is CxiPart => (CXI_PARTS as readonly RatingScale[]).includes(scale);

type RatingState = Pick<SummaryState, 'effort' | 'csat' | 'cxiN' | 'cxi'>;

export class RatingTally {
  #effort = { n: 0, sum: 0, agree: 0 };
  #csat = { n: 0, top: 0 };
  #cxiResponses = 0;
  readonly #cxi = new Map<CxiPart, PartTally>();

  /** One response's effort answer and ratings: the first rating of each scale counts, as `scoreResponse` does. */
  add(answers: readonly Answer[]) {
    const effort = firstOf(answers, 'effort');
    if (effort) {
      this.#effort.n += 1;
      this.#effort.sum += effort.value;
      if (effort.value >= 5) this.#effort.agree += 1;
    }
    const seen = new Set<RatingScale>();
    let cxi = false;
    for (const a of answersOf(answers, 'rating')) {
      if (seen.has(a.scale)) continue;
      seen.add(a.scale);
      if (a.scale === 'csat') {
        this.#csat.n += 1;
        if (a.value >= a.points - 1) this.#csat.top += 1;
      } else if (isCxiPart(a.scale) && a.points === 5) {
        // The CX Index is defined on 5 points; other scales would not be comparable.
        const part = this.#cxi.get(a.scale) ?? { n: 0, top: 0, bottom: 0 };
        part.n += 1;
        if (a.value >= 4) part.top += 1;
        if (a.value <= 2) part.bottom += 1;
        this.#cxi.set(a.scale, part);
        cxi = true;
      }
    }
    if (cxi) this.#cxiResponses += 1;
  }

  toState(): RatingState {
    return {
      effort: [this.#effort.n, this.#effort.sum, this.#effort.agree],
      csat: [this.#csat.n, this.#csat.top],
      cxiN: this.#cxiResponses,
      cxi: [...this.#cxi].map(([part, t]) => [part, t.n, t.top, t.bottom]),
    };
  }

  merge(state: RatingState) {
    this.#effort.n += state.effort[0]!;
    this.#effort.sum += state.effort[1]!;
    this.#effort.agree += state.effort[2]!;
    this.#csat.n += state.csat[0]!;
    this.#csat.top += state.csat[1]!;
    this.#cxiResponses += state.cxiN;
    for (const [part, n, top, bottom] of state.cxi) {
      const t = this.#cxi.get(part as CxiPart) ?? { n: 0, top: 0, bottom: 0 };
      this.#cxi.set(part as CxiPart, { n: t.n + n, top: t.top + top, bottom: t.bottom + bottom });
    }
  }

  result(): Pick<Summary, 'effort' | 'csat' | 'cxi'> {
    const { n, sum, agree } = this.#effort;
    return {
      effort: { n, mean: n === 0 ? null : sum / n, agreeShare: share(agree, n) },
      csat: { n: this.#csat.n, score: this.#csat.n === 0 ? null : 100 * (this.#csat.top / this.#csat.n) },
      cxi: this.#cxiResult(),
    };
  }

  #cxiResult(): CxiSummary {
    const parts: Partial<Record<CxiPart, CxiPartSummary>> = {};
    const scores: number[] = [];
    for (const name of CXI_PARTS) {
      const t = this.#cxi.get(name);
      if (!t) continue;
      const score = (100 * (t.top - t.bottom)) / t.n;
      parts[name] = { n: t.n, score };
      scores.push(score);
    }
    const index = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
    return { n: this.#cxiResponses, index, parts };
  }
}
