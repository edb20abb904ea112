/** NPS over many answers (INSTRUMENTS.md, "Summary of many responses"). Pure. */

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** 100 × (promoters − detractors) / n; `null` when nobody answered. */
export function npsScore({ promoters, passives, detractors }: NpsCounts): number | null {
  const n = promoters + passives + detractors;
  return n === 0 ? null : (100 * (promoters - detractors)) / n;
}

const clip = (x: number) => Math.max(-100, Math.min(100, x));

/**
 * 95 % interval of the NPS by the adjusted Wald method (Rocks 2016): add ¾ promoter and ¾ detractor
 * (3 answers in all) before the plain Wald formula, which keeps the interval honest for small n.
 */
export function npsInterval({ promoters, passives, detractors }: NpsCounts): [number, number] | null {
  const n = promoters + passives + detractors;
  if (n === 0) return null;
  const nAdj = n + 3;
  const p = (promoters + 0.75) / nAdj;
  const d = (detractors + 0.75) / nAdj;
  const v = (p + d - (p - d) ** 2) / nAdj;
  const half = 1.96 * Math.sqrt(v);
  return [clip(100 * (p - d - half)), clip(100 * (p - d + half))];
}
