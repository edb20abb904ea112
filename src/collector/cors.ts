/**
 * Which browser origins may talk to the collector, and the CORS headers that tell the browser so.
 * A request without `Origin` does not come from a page script (curl, a server, a test) and is accepted.
 */

export interface CorsOptions {
  /** Exact origins, e.g. `https://www.bank.nl`; `*` allows any. */
  allowedOrigins: readonly string[];
  /** Request headers a host adds beyond `content-type` and `idempotency-key`, e.g. `x-csrf-token`. */
  extraHeaders?: readonly string[];
  /** Allows `credentials: 'include'` from the survey; off by default because feelback sends no cookies. */
  credentials?: boolean;
}

const BASE_HEADERS = ['content-type', 'idempotency-key'];
/** Preflight answers may be cached for 10 minutes: long enough to spare a round trip per response. */
const MAX_AGE = '600';

export class CorsPolicy {
  private readonly origins: Set<string>;
  private readonly any: boolean;
  private readonly allowHeaders: string;

  constructor(private readonly options: CorsOptions) {
    this.origins = new Set(options.allowedOrigins.map(normaliseOrigin));
    this.any = this.origins.has('*');
    this.allowHeaders = [...BASE_HEADERS, ...(options.extraHeaders ?? []).map((h) => h.toLowerCase())].join(', ');
  }

  /** `null` origin (sandboxed frames, `file:`) is refused unless listed literally. */
  allows(origin: string | null): boolean {
    return origin === null || this.any || this.origins.has(normaliseOrigin(origin));
  }

  /** Adds the headers of every answer; `Vary: Origin` always, as the answer depends on the origin. */
  apply(h: Record<string, string>, origin: string | null): Record<string, string> {
    h.vary = h.vary ? `${h.vary}, Origin` : 'Origin';
    if (origin === null || !this.allows(origin)) return h;
    h['access-control-allow-origin'] = origin;
    // The survey's delivery honours Retry-After on 429 and 503; a page can only read it when exposed.
    h['access-control-expose-headers'] = 'Retry-After';
    if (this.options.credentials) h['access-control-allow-credentials'] = 'true';
    return h;
  }

  /** The headers of the answer to an `OPTIONS` preflight from an allowed origin. */
  preflight(methods: readonly string[]): Record<string, string> {
    return {
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': this.allowHeaders,
      'access-control-max-age': MAX_AGE,
      allow: methods.join(', '),
    };
  }
}

/** Origins compare case-insensitively in scheme and host, and a configured trailing slash is forgiven. */
function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** `FEELBACK_ALLOWED_ORIGINS` as a list; empty or unset → the server's own origins. */
export function parseOrigins(value: string | undefined, port: number): string[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}
