/**
 * Runs a Fetch-API handler on Node's `http`: the request body streams in (so a size limit can stop it
 * early) and the answer streams out with backpressure (so an export never piles up in memory).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handler } from './handler.js';
import { encodedBody } from './http.js';

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
}

export function toNodeListener(handler: Handler, options: NodeAdapterOptions = {}): NodeListener {
  const onError = options.onError ?? ((error: unknown) => console.error('feelback collector:', error));
  return (req, res) => {
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
        onError(error);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
          res.end(JSON.stringify({ errors: [{ path: '', message: 'internal error' }] }));
        } else res.destroy();
      }
    })();
  };
}
