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

/**
 * The client a request counts against. Behind reverse proxies (a load balancer, nginx) every request
 * arrives from a proxy's address, and one bucket would throttle every visitor at once. With
 * `trustedProxies` = N, the client is the address the outermost of those N proxies saw: the N-th entry of
 * `X-Forwarded-For` counted from the right (each proxy appends the address it received from; Express's
 * rule for `trust proxy` = N). Entries further left are whatever the client wrote and are never used.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies <= 0 || forwardedFor === null) return socketAddress;
  const chain = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return socketAddress;
  const entry = chain[Math.max(0, chain.length - trustedProxies)]!;
  // Some proxies add the port: `203.0.113.9:51234`, `[2001:db8::7]:443`. A port is not a client.
  return /^\[(.+)\](?::\d+)?$/.exec(entry)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry)?.[1] ?? entry;
}

/** `FEELBACK_TRUST_PROXY`: how many reverse proxies stand in front of the collector; unset → 0. */
export function parseTrustProxy(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  if (!/^\s*\d+\s*$/.test(value)) {
    throw new Error(`FEELBACK_TRUST_PROXY must be the number of proxies in front of the collector, got "${value}"`);
  }
  return Number(value);
}
