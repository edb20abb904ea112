/**
 * The reference collector as one Fetch-API handler (CONTRACT §7): it runs on Node through `node.ts` and on
 * any runtime that speaks `Request`/`Response`. Every answer is JSON; a failure never leaks a stack trace.
 */
import { Response as ResponseSchema, formatIssues } from '../schema/response.js';
import { scoreResponse } from '../scores/response-scores.js';
import { SummaryAccumulator, type SummarizeOptions } from '../scores/summarize.js';
import { CorsPolicy } from './cors.js';
import { csvExport, ndjsonExport, textStream } from './export.js';
import { parseFilter } from './filter.js';
import { BodyTooLarge, errorResponse, isJson, jsonResponse, readLimited } from './http.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { streamRows, type ResponseStore } from './store.js';

/** Browsers' keepalive requests share a 64 KiB quota; no honest response comes near it. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface HandlerOptions {
  store: ResponseStore;
  /** Origins allowed to send and read (`FEELBACK_ALLOWED_ORIGINS`); `*` allows any. */
  allowedOrigins: readonly string[];
  /** Extra request headers a host's survey sends (e.g. a CSRF token header), allowed in preflight. */
  allowedHeaders?: readonly string[];
  /** Answer `Access-Control-Allow-Credentials: true`, for surveys that send `credentials="include"`. */
  allowCredentials?: boolean;
  /** Per-client token bucket; `false` turns it off (load tests). Default `DEFAULT_RATE_LIMIT`. */
  rateLimit?: RateLimitOptions | false;
  /** Where the API lives; default `/api`. */
  basePath?: string;
  /** Options of the summary, e.g. the emotion ids to list even at count 0. */
  summary?: SummarizeOptions;
  /**
   * When set, reading (`/summary`, `/export`) needs `Authorization: Bearer <readToken>`: the export holds
   * every comment, and a collector reachable beyond localhost should not hand them to anyone who asks.
   */
  readToken?: string;
  /** Reports unexpected errors (default `console.error`); the client only sees a generic 500. */
  onError?: (error: unknown) => void;
  /** Clock for `receivedAt`; tests may fix it. */
  now?: () => Date;
}

/** What the host runtime knows about the connection. Used only as the rate-limit key, never stored. */
export interface ClientInfo {
  clientAddress?: string;
}

export type Handler = (request: Request, info?: ClientInfo) => Promise<Response>;

interface Route {
  methods: readonly string[];
  reads?: boolean;
  run(request: Request, url: URL): Promise<Response>;
}

export function createHandler(options: HandlerOptions): Handler {
  const { store } = options;
  const cors = new CorsPolicy({
    allowedOrigins: options.allowedOrigins,
    extraHeaders: [...(options.allowedHeaders ?? []), ...(options.readToken ? ['authorization'] : [])],
    credentials: options.allowCredentials,
  });
  const limitOptions = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = limitOptions ? new RateLimiter(limitOptions) : null;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error('feelback collector:', error));

  async function postResponse(request: Request): Promise<Response> {
    if (!isJson(request.headers.get('content-type'))) {
      return errorResponse(415, 'content type must be application/json', 'content-type');
    }
    let text: string;
    try {
      text = await readLimited(request, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return errorResponse(413, `body exceeds ${MAX_BODY_BYTES} bytes`);
      if (error instanceof TypeError) return errorResponse(400, 'body is not valid UTF-8');
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return errorResponse(400, 'body is not valid JSON');
    }
    const parsed = ResponseSchema.safeParse(json);
    if (!parsed.success) return jsonResponse(400, { errors: formatIssues(parsed.error) });
    // UUIDs compare case-insensitively; stored in their canonical lower case, one id is one row in any store.
    const id = parsed.data.id.toLowerCase();
    const key = request.headers.get('idempotency-key');
    if (key !== null && key.trim().toLowerCase() !== id) {
      return errorResponse(400, 'Idempotency-Key header differs from the response id', 'id');
    }
    // Scores are recomputed here: a client can send anything in `scores`.
    const response = { ...parsed.data, id, scores: scoreResponse(parsed.data.answers) };
    const created = await store.insert(response, now());
    return jsonResponse(created ? 201 : 200, { id: response.id, status: created ? 'created' : 'duplicate' });
  }

  async function getSummary(_request: Request, url: URL): Promise<Response> {
    const parsed = parseFilter(url.searchParams);
    if ('errors' in parsed) return jsonResponse(400, parsed);
    const acc = new SummaryAccumulator(options.summary);
    for await (const row of streamRows(store, parsed.filter)) acc.add(row.response);
    return jsonResponse(200, acc.result());
  }

  async function getExport(_request: Request, url: URL): Promise<Response> {
    const format = url.searchParams.get('format') || 'csv';
    if (format !== 'csv' && format !== 'ndjson') return errorResponse(400, 'format must be csv or ndjson', 'format');
    const parsed = parseFilter(url.searchParams);
    if ('errors' in parsed) return jsonResponse(400, parsed);
    const csv = format === 'csv';
    const body = textStream(csv ? csvExport(store, parsed.filter) : ndjsonExport(store, parsed.filter));
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="feelback-responses.${format}"`,
        'cache-control': 'no-store',
      },
    });
  }

  const routes: Record<string, Route> = {
    '/responses': { methods: ['POST', 'OPTIONS'], run: postResponse },
    '/summary': { methods: ['GET', 'OPTIONS'], reads: true, run: getSummary },
    '/export': { methods: ['GET', 'OPTIONS'], reads: true, run: getExport },
  };

  async function route(request: Request, info: ClientInfo | undefined): Promise<Response> {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    const path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length).replace(/\/+$/, '') : null;
    const found = path === null ? undefined : routes[path];
    if (!found) return errorResponse(404, 'not found', 'url');
    if (!cors.allows(origin)) return errorResponse(403, 'origin not allowed', 'origin');
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: cors.preflight(found.methods) });
    if (!found.methods.includes(request.method)) {
      return errorResponse(405, `method ${request.method} not allowed`, 'method', { allow: found.methods.join(', ') });
    }
    // Without a client address one shared bucket would throttle every visitor at once, so none applies.
    const key = info?.clientAddress;
    const wait = limiter && key !== undefined ? limiter.take(key) : 0;
    if (wait > 0) return errorResponse(429, 'too many requests', '', { 'retry-after': String(wait) });
    if (found.reads && options.readToken && !bearerMatches(request, options.readToken)) {
      return errorResponse(401, 'a valid read token is required', 'authorization', { 'www-authenticate': 'Bearer' });
    }
    return found.run(request, url);
  }

  return async (request, info) => {
    let response: Response;
    try {
      response = await route(request, info);
    } catch (error) {
      onError(error);
      response = errorResponse(500, 'internal error');
    }
    cors.apply(response.headers, request.headers.get('origin'));
    return response;
  };
}

/** Compares in constant time, so the answer's timing does not reveal how much of a guess was right. */
function bearerMatches(request: Request, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(token);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0;
}
