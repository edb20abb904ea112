/**
 * Whether the NPS of two periods or groups differs (INSTRUMENTS.md, "Comparing two periods or groups"):
 * the adjusted-Wald test of Rocks 2016, the same adjustment as `npsInterval`. Pure.
 */
import { npsScore, type NpsCounts } from './nps.js';

export interface NpsChange {
  /** The plain NPS of the first sample, `null` without answers. */
  from: number | null;
  /** The plain NPS of the second sample, `null` without answers. */
  to: number | null;
  /** `to − from` in points, `null` when either is. */
  difference: number | null;
  /** `null` with fewer than `MIN_COMPARED` answers in either sample. */
  z: number | null;
  /** Two-sided; `null` when `z` is. */
  p: number | null;
  /** `p < 0.05`. */
  significant: boolean;
}

/** Below this many answers in either sample, no test is made: the normal approximation does not hold. */
export const MIN_COMPARED = 10;

/** NPS′ and its variance per answer, after adding ¾ promoter and ¾ detractor. */
function adjusted({ promoters, passives, detractors }: NpsCounts) {
  const n = promoters + passives + detractors + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  return { n, nps: p - d, v: p + d - (p - d) ** 2 };
}

export function compareNps(first: NpsCounts, second: NpsCounts): NpsChange {
  const from = npsScore(first);
  const to = npsScore(second);
  const difference = from === null || to === null ? null : to - from;
  const answered = (c: NpsCounts) => c.promoters + c.passives + c.detractors;
  if (answered(first) < MIN_COMPARED || answered(second) < MIN_COMPARED) {
    return { from, to, difference, z: null, p: null, significant: false };
  }
  const a = adjusted(first);
  const b = adjusted(second);
  // v is never 0 after the adjustment (p′ and d′ are both above 0), so z is always finite.
  const z = (b.nps - a.nps) / Math.sqrt(a.v / a.n + b.v / b.n);
  // 2 (1 − Φ(|z|)) = erfc(|z| / √2), without the cancellation of 1 − Φ for large |z|; the fit's error
  // could put it a hair above 1 at z = 0.
  const p = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  return { from, to, difference, z, p, significant: p < 0.05 };
}

/** The complementary error function, Chebyshev fit with fractional error below 1.2 × 10⁻⁷ (Numerical Recipes, erfcc). */
export function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}
