/**
 * The reference collector without its runtime (CONTRACT §7): every route, one request in, one `Reply` out.
 * Two adapters carry it: `handler.ts` on any Fetch-API runtime (`Request` → `Response`) and `node.ts` on
 * Node's `http` without any Fetch object. Every reply is JSON; a failure never leaks a stack trace.
 */
import { scoreResponse } from '../scores/response-scores.js';
import { SummaryAccumulator, type SummarizeOptions } from '../scores/summarize.js';
import { CorsPolicy } from './cors.js';
import { csvExport, ndjsonExport, textStream } from './export.js';
import { parseFilter } from './filter.js';
import { HostPolicy } from './hosts.js';
import { logError } from './log.js';
import { loopRoutes, withRecovery } from './loop-routes.js';
import { foldBuckets } from './bucket-reads.js';
import { comments, groupedSummary, trend } from './reads.js';
import { clientAddress, DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { BodyTooLarge, errorReply, internalError, isJson, jsonReply, type Reply } from './reply.js';
import { streamRows, type InsertOutcome, type ResponseStore } from './store.js';
import { validateResponse } from './validate.js';

/** One summary: every bucket and row under one key. */
const ONE_KEY = { ofBucket: () => 0, ofRow: () => 0 };

/** Browsers' keepalive requests share a 64 KiB quota; no honest response comes near it. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface CollectorOptions {
  store: ResponseStore;
  /** Origins allowed to send and read (`FEELBACK_ALLOWED_ORIGINS`); `*` allows any. */
  allowedOrigins: readonly string[];
  /**
   * Host names the collector answers to besides `localhost` and IP addresses (`FEELBACK_ALLOWED_HOSTS`):
   * any other `Host` gets a 403, against DNS rebinding. `startCollector` adds the name it listens on; on
   * another runtime the handler cannot know its names, so list the domain it serves, e.g.
   * `['feedback.bank.nl']` (`.bank.nl` for every subdomain). `['*']` turns the check off, for a proxy in
   * front that checks `Host` itself.
   */
  allowedHosts?: readonly string[];
  /** Extra request headers a host's survey sends (e.g. a CSRF token header), allowed in preflight. */
  allowedHeaders?: readonly string[];
  /** Reply `Access-Control-Allow-Credentials: true`, for surveys that send `credentials="include"`. */
  allowCredentials?: boolean;
  /** Per-client token bucket; `false` turns it off (load tests). Default `DEFAULT_RATE_LIMIT`. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Reverse proxies in front of the collector (`FEELBACK_TRUST_PROXY`), default 0. With N > 0 the rate
   * limit counts each client by the N-th `X-Forwarded-For` entry from the right instead of the proxy's
   * address. Set it only when that many proxies really stand in front: the header is otherwise the
   * client's own word.
   */
  trustedProxies?: number;
  /** Where the API lives; default `/api`. */
  basePath?: string;
  /** Options of the summary, e.g. the emotion ids to list even at count 0. */
  summary?: SummarizeOptions;
  /**
   * When set, reading (`/summary`, `/export`, `/trend`, `/comments`) needs `Authorization: Bearer <readToken>`:
   * the export and the comments hold what respondents typed, and a collector reachable beyond localhost
   * should not hand it to anyone who asks.
   */
  readToken?: string;
  /**
   * Without `readToken`: `false` refuses summary and export with a 403 instead of serving them to anyone.
   * Default `true`; `startCollector` sets `false` when it listens on an address beyond loopback.
   */
  readsWithoutToken?: boolean;
  /**
   * Reports unexpected errors; the client only sees a generic 500. The default logs the error's class, code
   * and stack frames, never its message (databases quote the data they failed on in it): a custom one
   * receives the error itself, respondent's text included.
   */
  onError?: (error: unknown) => void;
  /** Clock for `receivedAt`; tests may fix it. */
  now?: () => Date;
}

/** The collector's options under the name `createHandler` has always taken them by. */
export type HandlerOptions = CollectorOptions;

/**
 * A request as the routes see it, whatever runtime it came from: the Fetch adapter builds one from a
 * `Request`, the Node adapter from an `IncomingMessage` without any Fetch object in between.
 */
export interface CollectorRequest {
  method: string;
  /** The URL's path as the WHATWG URL parser gives it, e.g. `/api/responses`. */
  pathname: string;
  /** The URL's query string, `?` included, or empty. */
  search: string;
  /** A header by lower-case name; repeated headers joined by `, `, as `Headers.get` does. */
  header(name: string): string | null;
  /**
   * The body as UTF-8 text. Rejects with `BodyTooLarge` as soon as it passes `limit` bytes (declared or
   * counted), without reading the rest, and with a `TypeError` when it is not UTF-8.
   */
  text(limit: number): Promise<string>;
  clientAddress?: string;
  /** Aborted when the client goes away or a shutdown cuts the connection: a long read stops early. */
  signal?: AbortSignal;
}

/** The collector without its runtime: both adapters reply through it, so behaviour is defined once. */
export interface Collector {
  /** Never rejects: an unexpected error is reported through `onError` and replied to with a generic 500. */
  reply(request: CollectorRequest): Promise<Reply>;
  /** Where responses are posted (`/api/responses`), the hot route: an adapter may recognise it cheaply. */
  readonly responsesPath: string;
}

interface Route {
  methods: readonly string[];
  reads?: boolean;
  run(request: CollectorRequest): Promise<Reply>;
}

export function createCollector(options: CollectorOptions): Collector {
  const { store } = options;
  const cors = new CorsPolicy({
    allowedOrigins: options.allowedOrigins,
    extraHeaders: [...(options.allowedHeaders ?? []), ...(options.readToken ? ['authorization'] : [])],
    credentials: options.allowCredentials,
  });
  const limitOptions = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = limitOptions ? new RateLimiter(limitOptions) : null;
  const trustedProxies = options.trustedProxies ?? 0;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? logError;
  const hosts = new HostPolicy(options.allowedHosts);
  const readsRefused = !options.readToken && options.readsWithoutToken === false;

  async function postResponse(request: CollectorRequest): Promise<Reply> {
    if (!isJson(request.header('content-type'))) {
      return errorReply(415, 'content type must be application/json', 'content-type');
    }
    let text: string;
    try {
      text = await request.text(MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return errorReply(413, `body exceeds ${MAX_BODY_BYTES} bytes`);
      if (error instanceof TypeError) return errorReply(400, 'body is not valid UTF-8');
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return errorReply(400, 'body is not valid JSON');
    }
    const parsed = validateResponse(json);
    if (!parsed.success) return jsonReply(400, { errors: parsed.errors });
    // UUIDs compare case-insensitively; stored in their canonical lower case, one id is one row in any store.
    const id = parsed.data.id.toLowerCase();
    const key = request.header('idempotency-key');
    if (key !== null && key.trim().toLowerCase() !== id) {
      return errorReply(400, 'Idempotency-Key header differs from the response id', 'id');
    }
    // Scores are recomputed here: a client can send anything in `scores`.
    const response = { ...parsed.data, id, scores: scoreResponse(parsed.data.answers) };
    const outcome = toOutcome(await store.insert(response, now()));
    if (outcome === 'conflict') {
      return errorReply(422, 'a response with this id is stored with a different body', 'id');
    }
    return jsonReply(outcome === 'created' ? 201 : 200, { id: response.id, status: outcome });
  }

  async function getSummary(request: CollectorRequest): Promise<Reply> {
    const params = new URLSearchParams(request.search);
    if (params.get('groupBy')) return groupedSummary(store, params, request.signal, options.summary);
    const parsed = parseFilter(params);
    if ('errors' in parsed) return jsonReply(400, parsed);
    let acc = new SummaryAccumulator(options.summary);
    const { signal } = request;
    try {
      // The summary buckets when the store keeps them; otherwise every row.
      const folded = await foldBuckets(store, parsed.filter, ONE_KEY, { dims: false }, options.summary, signal);
      if (folded) acc = folded.get(0) ?? acc;
      else for await (const row of streamRows(store, parsed.filter, undefined, signal)) acc.add(row.response);
    } catch (error) {
      // A page in flight when a shutdown closed the store: the reader is gone, nothing to report.
      if (!signal?.aborted) throw error;
    }
    if (signal?.aborted) return errorReply(503, 'the request was cut off');
    return jsonReply(200, await withRecovery(store, parsed.filter, acc.result()));
  }

  async function getExport(request: CollectorRequest): Promise<Reply> {
    const params = new URLSearchParams(request.search);
    const format = params.get('format') || 'csv';
    if (format !== 'csv' && format !== 'ndjson') return errorReply(400, 'format must be csv or ndjson', 'format');
    const parsed = parseFilter(params);
    if ('errors' in parsed) return jsonReply(400, parsed);
    const csv = format === 'csv';
    return {
      status: 200,
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="feelback-responses.${format}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
      body: textStream(csv ? csvExport(store, parsed.filter) : ndjsonExport(store, parsed.filter)),
    };
  }

  const loop = loopRoutes(store, now);
  const routes: Record<string, Route> = {
    ...loop.exact,
    '/responses': { methods: ['POST', 'OPTIONS'], run: postResponse },
    '/summary': { methods: ['GET', 'OPTIONS'], reads: true, run: getSummary },
    '/export': { methods: ['GET', 'OPTIONS'], reads: true, run: getExport },
    '/trend': {
      methods: ['GET', 'OPTIONS'],
      reads: true,
      run: (r) => trend(store, query(r), r.signal, options.summary),
    },
    '/comments': { methods: ['GET', 'OPTIONS'], reads: true, run: (r) => comments(store, query(r), r.signal) },
  };

  async function route(request: CollectorRequest, origin: string | null): Promise<Reply> {
    const { pathname, method } = request;
    if (!hosts.allows(request.header('host'))) {
      return errorReply(403, 'host not allowed: add it to FEELBACK_ALLOWED_HOSTS (allowedHosts)', 'host');
    }
    const path = pathname.startsWith(`${base}/`) ? pathname.slice(base.length).replace(/\/+$/, '') : null;
    const found = path === null ? undefined : (routes[path] ?? loop.match(path));
    if (!found) return errorReply(404, 'not found', 'url');
    if (!cors.allows(origin)) return errorReply(403, 'origin not allowed', 'origin');
    if (method === 'OPTIONS') return { status: 204, headers: cors.preflight(found.methods), body: null };
    if (!found.methods.includes(method)) {
      return errorReply(405, `method ${method} not allowed`, 'method', { allow: found.methods.join(', ') });
    }
    // Without a client address one shared bucket would throttle every visitor at once, so none applies.
    const key = trustedProxies
      ? clientAddress(request.clientAddress, request.header('x-forwarded-for'), trustedProxies)
      : request.clientAddress;
    const wait = limiter && key !== undefined ? limiter.take(key) : 0;
    if (wait > 0) return errorReply(429, 'too many requests', '', { 'retry-after': String(wait) });
    if (found.reads && readsRefused) {
      return errorReply(
        403,
        'reads are off: the collector is reachable beyond this machine and no read token is set (FEELBACK_READ_TOKEN)',
        'authorization',
      );
    }
    if (found.reads && options.readToken && !bearerMatches(request.header('authorization'), options.readToken)) {
      return errorReply(401, 'a valid read token is required', 'authorization', { 'www-authenticate': 'Bearer' });
    }
    return found.run(request);
  }

  return {
    responsesPath: `${base}/responses`,
    async reply(request) {
      const origin = request.header('origin');
      let reply: Reply;
      try {
        reply = await route(request, origin);
      } catch (error) {
        onError(error);
        reply = internalError();
      }
      cors.apply(reply.headers, origin);
      return reply;
    },
  };
}

const query = (request: CollectorRequest) => new URLSearchParams(request.search);

/** A store written before 1.1 answers a boolean: a repeat of a known id is then taken for a duplicate. */
function toOutcome(result: InsertOutcome | boolean): InsertOutcome {
  return result === true ? 'created' : result === false ? 'duplicate' : result;
}

/** Compares in constant time, so the reply's timing does not reveal how much of a guess was right. */
function bearerMatches(authorization: string | null, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(token);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0;
}
