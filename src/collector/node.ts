/**
 * Runs a Fetch-API handler on Node's `http`: the request body streams in (so a size limit can stop it
 * early) and the answer streams out with backpressure (so an export never piles up in memory).
 *
 * For a handler made by `createHandler`, `POST` to its responses path skips the Fetch objects: building an
 * undici `Request` with a streamed body and reading a `Response` back cost more on Node 20 than validating
 * and storing the response. That route goes straight to the handler's own core (`collectorOf`), the same
 * code the Fetch handler runs, with the body read from the `IncomingMessage` and the answer written to the
 * `ServerResponse`; every other request goes through the Fetch handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectorOf, type Collector, type CollectorRequest, type Handler } from './handler.js';
import { BodyTooLarge, decodeUtf8, encodedBody, type Answer } from './http.js';

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

export function toFetchRequest(req: IncomingMessage): Request {
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
  const init = { method, headers, body: hasBody ? requestBody(req) : null, duplex: 'half' } as RequestInit;
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
   * Serve `POST` responses through the collector's core without Fetch objects (default `true`; only
   * applies to a handler made by `createHandler`). `false` sends every request through the Fetch handler.
   */
  fastPath?: boolean;
}

export function toNodeListener(handler: Handler, options: NodeAdapterOptions = {}): NodeListener {
  const onError = options.onError ?? ((error: unknown) => console.error('feelback collector:', error));
  const fetchListener: NodeListener = (req, res) => {
    void (async () => {
      try {
        const response = await handler(toFetchRequest(req), { clientAddress: req.socket.remoteAddress });
        res.statusCode = response.status;
        for (const [name, value] of response.headers) res.setHeader(name, value);
        // The handler answered before the upload ended (413, 415…): close rather than read the rest.
        if (!req.complete) res.setHeader('connection', 'close');
        const bytes = encodedBody(response);
        if (req.method === 'HEAD' || !response.body) res.end();
        else if (bytes) res.end(bytes);
        else await writeBody(response.body, res);
      } catch (error) {
        fail(error, res, onError);
      }
    })();
  };
  const collector = options.fastPath === false ? undefined : collectorOf(handler);
  // Only a path the URL parser leaves as it is: anything else it would rewrite goes the Fetch way.
  if (!collector || new URL(collector.responsesPath, 'http://localhost').pathname !== collector.responsesPath) {
    return fetchListener;
  }
  const path = collector.responsesPath;
  return (req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    if (req.method !== 'POST' || (query === -1 ? url : url.slice(0, query)) !== path) return fetchListener(req, res);
    void answerDirectly(collector, req, res, query === -1 ? '' : url.slice(query), onError);
  };
}

function fail(error: unknown, res: ServerResponse, onError: (error: unknown) => void) {
  onError(error);
  if (!res.headersSent) {
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ path: '', message: 'internal error' }] }));
  } else res.destroy();
}

/** The fast path: the collector's core on the `IncomingMessage`, its answer written without a `Response`. */
async function answerDirectly(
  collector: Collector,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  onError: (error: unknown) => void,
): Promise<void> {
  try {
    const request: CollectorRequest = {
      method: 'POST',
      pathname: collector.responsesPath,
      search: search.length > 1 ? search : '',
      header: (name) => rawHeader(req.rawHeaders, name),
      text: (limit) => readText(req, limit),
      clientAddress: req.socket.remoteAddress,
    };
    const answer = await collector.answer(request);
    await writeAnswer(answer, req, res);
  } catch (error) {
    fail(error, res, onError);
  }
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
 * The body as text, counted as it arrives: past `limit` it stops reading (the answer then closes the
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

async function writeAnswer(answer: Answer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { headers, body } = answer;
  // The collector answered before the upload ended (413, 415…): close rather than read the rest.
  if (!req.complete) headers.connection = 'close';
  if (typeof body === 'string') {
    headers['content-length'] = String(Buffer.byteLength(body));
    res.writeHead(answer.status, headers);
    res.end(body);
  } else if (body === null) {
    res.writeHead(answer.status, headers);
    res.end();
  } else {
    res.statusCode = answer.status;
    for (const name in headers) res.setHeader(name, headers[name]!);
    await writeBody(body, res);
  }
}
