/**
 * The emotion part of a summary: how many answers chose each emotion, with its mean intensity
 * (INSTRUMENTS.md, "Summary of many responses"). One pass, mergeable; `SummaryAccumulator` holds one.
 */
import type { SummaryState } from './summary-state.js';
import { MAX_BY_EMOTION, type EmotionStat } from './summary.js';

/**
 * Distinct emotion ids a summary tallies. The response bounds ids by pattern and count, but not how many
 * different ones arrive over time: anyone may POST.
 */
const TALLIED_EMOTIONS = 1000;

interface EmotionTallyEntry {
  count: number;
  intensitySum: number;
  intensityCount: number;
}

const share = (count: number, n: number) => (n === 0 ? null : count / n);
/** Code-unit order, as `Array.prototype.sort` without a comparator. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class EmotionTally {
  readonly #tallies = new Map<string, EmotionTallyEntry>();
  /** The ids of `options.emotions`: listed whatever the others' counts. */
  readonly #named: Set<string>;

  constructor(named: Iterable<string> = []) {
    this.#named = new Set(named);
    for (const id of this.#named) this.#tallies.set(id, { count: 0, intensitySum: 0, intensityCount: 0 });
  }

  /** How many distinct ids are tallied (bounded by `TALLIED_EMOTIONS`). */
  get size() {
    return this.#tallies.size;
  }

  /** Whether `id` is tallied. */
  has(id: string) {
    return this.#tallies.has(id);
  }

  /** The tally of `id`, made on first sight; undefined once `TALLIED_EMOTIONS` ids are tallied. */
  #tally(id: string) {
    let tally = this.#tallies.get(id);
    // Memory stays bounded whatever anyone posted: an id first seen once the table is full is left out.
    if (!tally && this.#tallies.size < TALLIED_EMOTIONS)
      this.#tallies.set(id, (tally = { count: 0, intensitySum: 0, intensityCount: 0 }));
    return tally;
  }

  /** One emotion answer's choices. An emotion picked twice in one answer counts once ("answers that chose it"). */
  add(choices: readonly { id: string; intensity?: number | undefined }[]) {
    const seen = new Set<string>();
    for (const c of choices) {
      const tally = this.#tally(c.id);
      if (!tally) continue;
      if (!seen.has(c.id)) tally.count += 1;
      seen.add(c.id);
      if (c.intensity !== undefined) {
        tally.intensitySum += c.intensity;
        tally.intensityCount += 1;
      }
    }
  }

  /** Named ids nobody chose are left out: the accumulator that merges lists its own. */
  toState(): SummaryState['emotions'] {
    return [...this.#tallies]
      .filter(([, t]) => t.count > 0)
      .map(([id, t]) => [id, t.count, t.intensitySum, t.intensityCount]);
  }

  merge(state: SummaryState['emotions']) {
    for (const [id, count, intensitySum, intensityCount] of state) {
      const tally = this.#tally(id);
      if (!tally) continue;
      tally.count += count;
      tally.intensitySum += intensitySum;
      tally.intensityCount += intensityCount;
    }
  }

  /**
   * The named ids, then the most chosen others (ties by id), `MAX_BY_EMOTION` at most, in id order. Built
   * with `Object.fromEntries`, which defines own keys: even an id `__proto__` is an entry, never the prototype.
   */
  result(emotionN: number): Record<string, EmotionStat> {
    const named = (id: string) => +this.#named.has(id);
    const listed = [...this.#tallies]
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
}
