/**
 * The Node adapter: the collector's core (`core.ts`) on Node's `http`. The request body streams in (so a
 * size limit can stop it early) and the reply streams out with backpressure (so an export never piles up
 * in memory).
 *
 * `POST` to the responses path, the hot route, goes to the core with no Fetch object in between: building
 * an undici `Request` with a streamed body and reading a `Response` back cost more on Node 20 than
 * validating and storing the response. The body is read from the `IncomingMessage` and the reply written to
 * the `ServerResponse`. Every other request goes through the Fetch adapter (`handler.ts`) around the same
 * core, as does any Fetch handler a host passes instead of a collector.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Collector } from './core.js';
import { createHandler, type Handler } from './handler.js';
import { logError } from './log.js';
import { BodyTooLarge, decodeUtf8, errorReply, internalError, type Reply } from './reply.js';

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

/** A body stream that pauses the socket when nobody reads and, when cancelled, leaves the socket alone. */
function requestBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (open) controller.close();
        open = false;
      });
      req.on('error', (error) => {
        if (open) controller.error(error);
        open = false;
      });
      req.on('close', () => {
        if (open && !req.complete) controller.error(new Error('request aborted'));
        open = false;
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Stop reading; the listener answers and then closes the connection instead of draining the rest.
      open = false;
      req.pause();
    },
  });
}

/**
 * Methods Node's parser accepts but a Fetch `Request` refuses to carry (`new Request` throws): they are
 * answered without one, never with a 500.
 */
const FETCH_REFUSED = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** `signal`: aborted when the client goes, passed on as the request's own `signal`. */
export function toFetchRequest(req: IncomingMessage, signal?: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  // A Host header that is not a valid authority must not turn into a 500.
  let url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  if (!URL.canParse(url)) url = `http://localhost${req.url ?? '/'}`;
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex: 'half'` is what lets a stream be a request body; lib.dom's RequestInit does not list it yet.
  const init = { method, headers, body: hasBody ? requestBody(req) : null, duplex: 'half', signal } as RequestInit;
  return new Request(url, init);
}

async function writeBody(body: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = body.getReader();
  const closed = new Promise<void>((resolve) => res.once('close', resolve));
  // A client gone (or a shutdown cutting the connection) stops the body even while a read is pending, e.g.
  // the CSV export's column pass before its first byte; between chunks the loop below would see it anyway.
  void closed.then(() => (res.writableFinished ? undefined : reader.cancel())).catch(() => {});
  // A body that fits in one chunk gets a Content-Length instead of chunked encoding.
  const first = await reader.read();
  const second = first.done ? first : await reader.read();
  if (second.done) {
    if (first.value) res.setHeader('content-length', first.value.byteLength);
    res.end(first.value);
    return;
  }
  const write = async (chunk: Uint8Array) => {
    if (!res.write(chunk)) await Promise.race([new Promise((r) => res.once('drain', r)), closed]);
  };
  await write(first.value!);
  await write(second.value);
  for (;;) {
    if (res.destroyed) {
      await reader.cancel();
      return;
    }
    const chunk = await reader.read();
    if (chunk.done) break;
    await write(chunk.value);
  }
  res.end();
}

export interface NodeAdapterOptions {
  onError?: (error: unknown) => void;
  /**
   * For a collector: `false` serves every request through the Fetch adapter (`createHandler`), as on other
   * runtimes, instead of straight through the core (default `true`). The tests run both.
   */
  fastPath?: boolean;
}

/**
 * A listener for `http.createServer`: a collector made by `createCollector`, or any Fetch handler (e.g. a
 * host's own around `createHandler`'s), which then runs on Fetch objects.
 */
export function toNodeListener(target: Collector | Handler, options: NodeAdapterOptions = {}): NodeListener {
  const onError = options.onError ?? logError;
  if (typeof target === 'function') return fetchListener(target, onError);
  const viaFetch = fetchListener(createHandler(target), onError);
  const direct = (req: IncomingMessage, res: ServerResponse) => {
    const url = `http://localhost${req.url ?? '/'}`;
    const { pathname, search } = URL.canParse(url) ? new URL(url) : { pathname: '/', search: '' };
    void replyDirectly(target, req, res, pathname, search, onError);
  };
  const path = target.responsesPath;
  // Only a path the URL parser leaves as it is: anything else it would rewrite goes the Fetch way.
  const fast = options.fastPath !== false && new URL(path, 'http://localhost').pathname === path;
  return (req, res) => {
    if (FETCH_REFUSED.has(req.method ?? '')) return direct(req, res);
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    if (!fast || req.method !== 'POST' || (query === -1 ? url : url.slice(0, query)) !== path) {
      return viaFetch(req, res);
    }
    void replyDirectly(target, req, res, path, query === -1 ? '' : url.slice(query), onError);
  };
}

function fetchListener(handler: Handler, onError: (error: unknown) => void): NodeListener {
  return (req, res) => {
    // A host's own Fetch handler never sees these methods: no route of its can answer them.
    if (FETCH_REFUSED.has(req.method ?? '')) {
      return void writeReply(errorReply(501, `method ${req.method} not implemented`, 'method'), req, res);
    }
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    void (async () => {
      try {
        const info = { clientAddress: req.socket.remoteAddress, signal: gone.signal };
        const response = await handler(toFetchRequest(req, gone.signal), info);
        res.statusCode = response.status;
        for (const [name, value] of response.headers) res.setHeader(name, value);
        // The handler answered before the upload ended (413, 415…): close rather than read the rest.
        if (!req.complete) res.setHeader('connection', 'close');
        if (req.method === 'HEAD' || !response.body) res.end();
        else await writeBody(response.body, res);
      } catch (error) {
        fail(error, req, res, onError);
      }
    })();
  };
}

/**
 * The core on the `IncomingMessage`, its reply written without a `Request` or `Response`: the hot route,
 * and the methods a `Request` cannot carry.
 */
async function replyDirectly(
  collector: Collector,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  search: string,
  onError: (error: unknown) => void,
): Promise<void> {
  try {
    const reply = await collector.reply({
      method: req.method!,
      pathname,
      search: search.length > 1 ? search : '',
      header: (name) => rawHeader(req.rawHeaders, name),
      text: (limit) => readText(req, limit),
      clientAddress: req.socket.remoteAddress,
    });
    await writeReply(reply, req, res);
  } catch (error) {
    fail(error, req, res, onError);
  }
}

/** After an error outside the core (reading the request, writing the reply): a 500, or a cut connection. */
function fail(error: unknown, req: IncomingMessage, res: ServerResponse, onError: (error: unknown) => void) {
  onError(error);
  if (res.headersSent) return void res.destroy();
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  void writeReply(internalError({ connection: 'close' }), req, res);
}

/** A header as `Headers.get` gives it: every occurrence, joined by `, ` (Node's `req.headers` keeps one of some). */
function rawHeader(raw: readonly string[], name: string): string | null {
  let value: string | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i]!;
    if (key.length === name.length && key.toLowerCase() === name) {
      value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
    }
  }
  return value;
}

/**
 * The body as text, counted as it arrives: past `limit` it stops reading (the reply then closes the
 * connection) and rejects with `BodyTooLarge`, as `readLimited` does for a Fetch `Request`.
 */
function readText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let open = true;
    const settle = (error: unknown, text?: string) => {
      if (!open) return;
      open = false;
      if (error) reject(error);
      else resolve(text!);
    };
    req.on('data', (chunk: Buffer) => {
      if (!open) return;
      size += chunk.byteLength;
      if (size > limit) {
        req.pause();
        settle(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!open) return;
      try {
        settle(null, decodeUtf8(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
      } catch (error) {
        settle(error);
      }
    });
    req.on('error', (error) => settle(error));
    req.on('close', () => {
      if (!req.complete) settle(new Error('request aborted'));
    });
  });
}

async function writeReply(reply: Reply, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { headers, body } = reply;
  // The collector replied before the upload ended (413, 415…): close rather than read the rest.
  if (!req.complete) headers.connection = 'close';
  if (typeof body === 'string') {
    headers['content-length'] = String(Buffer.byteLength(body));
    res.writeHead(reply.status, headers);
    res.end(body);
  } else if (body === null) {
    res.writeHead(reply.status, headers);
    res.end();
  } else {
    res.statusCode = reply.status;
    for (const name in headers) res.setHeader(name, headers[name]!);
    await writeBody(body, res);
  }
}
