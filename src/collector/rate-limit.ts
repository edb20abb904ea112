/**
 * A token bucket per client: `burst` requests at once, refilled at `perSecond`. In memory and per process,
 * which is what a reference collector needs; the key (an address) is never stored or logged.
 */

export interface RateLimitOptions {
  burst: number;
  perSecond: number;
}

/**
 * Generous on purpose: a whole office behind one NAT address may answer the same survey at once, and a
 * respondent sends one response per survey. It stops a script, not a busy site.
 */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 120, perSecond: 20 };

/** Buckets kept before idle (full) ones are swept; bounds memory under many distinct clients. */
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a token: 0 when allowed, otherwise the whole seconds to wait (for `Retry-After`). */
  take(key: string): number {
    const t = this.now();
    const bucket = this.refill(this.buckets.get(key), t);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > SWEEP_AT) this.sweep(t);
      return 0;
    }
    this.buckets.set(key, bucket);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
  }

  private refill(bucket: Bucket | undefined, t: number): Bucket {
    if (!bucket) return { tokens: this.options.burst, at: t };
    const tokens = Math.min(this.options.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.options.perSecond);
    return { tokens, at: t };
  }

  private sweep(t: number) {
    for (const [key, bucket] of this.buckets) {
      if (this.refill(bucket, t).tokens >= this.options.burst) this.buckets.delete(key);
    }
  }
}

/** `FEELBACK_RATE_LIMIT`: `off`, or `<burst>/<perSecond>` such as `120/20`; unset → the default. */
export function parseRateLimit(value: string | undefined): RateLimitOptions | false {
  if (value === undefined || value.trim() === '') return DEFAULT_RATE_LIMIT;
  if (/^(off|false|0)$/i.test(value.trim())) return false;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0) {
    throw new Error(`FEELBACK_RATE_LIMIT must be "off" or "<burst>/<perSecond>", got "${value}"`);
  }
  return { burst: Number(m[1]), perSecond: Number(m[2]) };
}
