/**
 * Summary of `<feelback-choice>` answers (INSTRUMENTS.md, "More instruments"; CONTRACT §9). Pure, streaming.
 * Option values come from page authors and respondents ("other"), so they are tallied in a `Map`, never
 * used as keys of a plain object until the result, whose keys are then own properties only.
 */

import type { ChoiceAnswer } from '../schema/answers.js';
import { mayTally, TALLIED_NAMES, TALLIED_VALUES } from './bounds.js';

export interface ChoiceSummary {
  /** Answers to the question. */
  n: number;
  /** Answers that chose each option; keys sorted. */
  counts: Record<string, number>;
  /** counts / n: with `multiple`, the shares add up to more than 1. */
  shares: Record<string, number>;
}

class ChoiceTally {
  private n = 0;
  private readonly counts = new Map<string, number>();

  add(values: readonly string[]): void {
    this.n += 1;
    // An option listed twice in one answer counts once: counts are "answers that chose it".
    for (const v of new Set(values)) {
      if (mayTally(this.counts, v, TALLIED_VALUES)) this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
    }
  }

  result(): ChoiceSummary {
    const keys = [...this.counts.keys()].sort();
    const count = (v: string) => this.counts.get(v)!;
    return {
      n: this.n,
      counts: Object.fromEntries(keys.map((v) => [v, count(v)])),
      shares: Object.fromEntries(keys.map((v) => [v, count(v) / this.n])),
    };
  }

  toState(): [number, [string, number][]] {
    return [this.n, [...this.counts]];
  }

  merge(n: number, counts: readonly [string, number][]): void {
    this.n += n;
    for (const [v, c] of counts) {
      if (mayTally(this.counts, v, TALLIED_VALUES)) this.counts.set(v, (this.counts.get(v) ?? 0) + c);
    }
  }
}

/** `ChoiceAccumulator.toState()`: `[name, n, [value, count][]]`, in the order the names were first met. */
export type ChoiceState = [string, number, [string, number][]][];

/** Streaming choice summary by answer `name`: `add` one answer at a time, `result()` at any time. */
export class ChoiceAccumulator {
  private readonly byName = new Map<string, ChoiceTally>();

  add(answer: ChoiceAnswer): this {
    if (!Array.isArray(answer.value)) return this;
    if (!mayTally(this.byName, answer.name, TALLIED_NAMES)) return this;
    const tally = this.byName.get(answer.name) ?? new ChoiceTally();
    tally.add(answer.value.filter((v) => typeof v === 'string'));
    this.byName.set(answer.name, tally);
    return this;
  }

  /** `{ [name]: ChoiceSummary }`, names sorted. */
  result(): Record<string, ChoiceSummary> {
    return Object.fromEntries([...this.byName.keys()].sort().map((name) => [name, this.byName.get(name)!.result()]));
  }

  /** The counts so far as JSON, for `merge` into another accumulator (summary buckets). */
  toState(): ChoiceState {
    return [...this.byName].map(([name, tally]) => [name, ...tally.toState()]);
  }

  /** Adds the counts of `toState()`, within the same bounds as `add`. */
  merge(state: ChoiceState): this {
    for (const [name, n, counts] of state) {
      if (!mayTally(this.byName, name, TALLIED_NAMES)) continue;
      const tally = this.byName.get(name) ?? new ChoiceTally();
      tally.merge(n, counts);
      this.byName.set(name, tally);
    }
    return this;
  }
}
