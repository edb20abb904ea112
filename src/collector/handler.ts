/**
 * The Fetch adapter: the collector as one `(request: Request) => Promise<Response>` function (CONTRACT §7),
 * for any runtime that speaks `Request`/`Response`. A Fetch-only runtime imports `feelback/collector/handler`
 * and brings its own store: nothing reachable from here needs a native module.
 */
import { createCollector, type Collector, type CollectorOptions } from './core.js';
import { BodyTooLarge, decodeUtf8, type Reply } from './reply.js';

export {
  createCollector,
  MAX_BODY_BYTES,
  type Collector,
  type CollectorOptions,
  type CollectorRequest,
  type HandlerOptions,
} from './core.js';
export type { Reply } from './reply.js';

/** What the host runtime knows about the connection. */
export interface ClientInfo {
  /** The rate-limit key, never stored. */
  clientAddress?: string;
  /**
   * Aborted when the client goes away; default `request.signal`. The Node adapter passes its own: undici
   * lets a `Request`'s signal stop following the one it was made with once the `Request` is collected.
   */
  signal?: AbortSignal;
}

export type Handler = (request: Request, info?: ClientInfo) => Promise<Response>;

/** The collector on the Fetch API: a new core from `options`, or an existing one shared with another adapter. */
export function createHandler(options: CollectorOptions | Collector): Handler {
  const collector = 'reply' in options ? options : createCollector(options);
  return async (request, info) => {
    const url = new URL(request.url);
    const reply = await collector.reply({
      method: request.method,
      pathname: url.pathname,
      search: url.search,
      // Some runtimes keep `Host` out of the headers; the URL they build from it still holds it.
      header: (name) => request.headers.get(name) ?? (name === 'host' ? url.host : null),
      text: (limit) => readLimited(request, limit),
      clientAddress: info?.clientAddress,
      signal: info?.signal ?? request.signal,
    });
    return toResponse(reply);
  };
}

const encoder = new TextEncoder();

/** The Fetch `Response` of a reply; a JSON body is encoded once, with its Content-Length. */
export function toResponse(reply: Reply): Response {
  const { status, body } = reply;
  if (typeof body !== 'string') return new Response(body, { status, headers: reply.headers });
  const bytes = encoder.encode(body);
  return new Response(bytes, { status, headers: { ...reply.headers, 'content-length': String(bytes.byteLength) } });
}

/**
 * Reads the body as text, counting bytes as they arrive and cancelling the stream as soon as it passes
 * `limit`, so an oversized upload is never held in memory (the Node adapter then closes the connection).
 */
export async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return decodeUtf8(bytes);
}
