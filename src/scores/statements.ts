/**
 * Summary of `<feelback-statements>` answers (INSTRUMENTS.md, "More instruments"; CONTRACT §9). Pure,
 * streaming. Statement ids come from page authors, so they are tallied in `Map`s; the result's keys are
 * own properties only.
 */

import type { AnswerOf } from './answers.js';
import { mayTally, TALLIED_NAMES, TALLIED_VALUES } from './bounds.js';

export interface StatementStat {
  /** Answers that rated this statement. */
  n: number;
  /** Mean of the 1–5 agreement. */
  mean: number;
  /** Share of 4–5 ("agree", "strongly agree"). */
  agreeShare: number;
}

interface Tally {
  n: number;
  sum: number;
  agree: number;
}

const isPoint = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 5;

/**
 * Streaming statements summary by answer `name`, then by statement id: `add` one answer at a time, `result()`
 * at any time. A statement appears once it has been rated; a value outside 1–5 is skipped (the schema
 * rejects it before it gets here).
 */
export class StatementsAccumulator {
  private readonly byName = new Map<string, Map<string, Tally>>();

  add(answer: AnswerOf<'statements'>): this {
    if (!mayTally(this.byName, answer.name, TALLIED_NAMES)) return this;
    const tallies = this.byName.get(answer.name) ?? new Map<string, Tally>();
    // Object.entries reads own properties only: an id such as __proto__ is an ordinary statement.
    for (const [id, point] of Object.entries(answer.value ?? {})) {
      if (!isPoint(point) || !mayTally(tallies, id, TALLIED_VALUES)) continue;
      const t = tallies.get(id) ?? { n: 0, sum: 0, agree: 0 };
      t.n += 1;
      t.sum += point;
      if (point >= 4) t.agree += 1;
      tallies.set(id, t);
    }
    if (tallies.size > 0) this.byName.set(answer.name, tallies);
    return this;
  }

  /** `{ [name]: { [id]: StatementStat } }`, names and ids sorted. */
  result(): Record<string, Record<string, StatementStat>> {
    return Object.fromEntries(
      [...this.byName.keys()].sort().map((name) => [name, statementStats(this.byName.get(name)!)]),
    );
  }

  /** The tallies so far as JSON, for `merge` into another accumulator (summary buckets). */
  toState(): StatementsState {
    return [...this.byName].map(([name, tallies]) => [name, [...tallies].map(([id, t]) => [id, t.n, t.sum, t.agree])]);
  }

  /** Adds the tallies of `toState()`, within the same bounds as `add`. */
  merge(state: StatementsState): this {
    for (const [name, stats] of state) {
      if (!mayTally(this.byName, name, TALLIED_NAMES)) continue;
      const tallies = this.byName.get(name) ?? new Map<string, Tally>();
      for (const [id, n, sum, agree] of stats) {
        if (!mayTally(tallies, id, TALLIED_VALUES)) continue;
        const t = tallies.get(id) ?? { n: 0, sum: 0, agree: 0 };
        t.n += n;
        t.sum += sum;
        t.agree += agree;
        tallies.set(id, t);
      }
      if (tallies.size > 0) this.byName.set(name, tallies);
    }
    return this;
  }
}

/** `StatementsAccumulator.toState()`: `[name, [id, n, sum, agree][]]`, in the order first met. */
export type StatementsState = [string, [string, number, number, number][]][];

function statementStats(tallies: ReadonlyMap<string, Tally>): Record<string, StatementStat> {
  return Object.fromEntries(
    [...tallies.keys()].sort().map((id) => {
      const { n, sum, agree } = tallies.get(id)!;
      return [id, { n, mean: sum / n, agreeShare: agree / n }];
    }),
  );
}
