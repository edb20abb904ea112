/**
 * The collector's answers before they become anything runtime-specific, and small helpers shared by the
 * routes and the adapters.
 */
import type { Issue } from '../schema/response.js';

/**
 * What the routes answer, whatever runtime carries it: the Fetch handler turns it into a `Response`, the
 * Node adapter writes it to the socket directly. Header names are lower case.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /**
   * JSON text (the adapter adds its Content-Length), a stream (the export), or none (a preflight).
   */
  body: string | ReadableStream<Uint8Array> | null;
}

/** Every JSON answer: `no-store`, as each one is about one request. */
export function jsonAnswer(status: number, body: unknown, headers?: Record<string, string>): Answer {
  return {
    status,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  };
}

/** Every error the collector sends has this shape: the same as a schema error, never a stack trace. */
export function errorAnswer(status: number, message: string, path = '', headers?: Record<string, string>): Answer {
  return jsonAnswer(status, { errors: [{ path, message }] satisfies Issue[] }, headers);
}

const encoder = new TextEncoder();
const encodedBodies = new WeakMap<Response, Uint8Array>();

/** The Fetch `Response` of an answer; a JSON body is encoded once, with its Content-Length. */
export function toResponse(answer: Answer): Response {
  const { status, body } = answer;
  if (typeof body !== 'string') return new Response(body, { status, headers: answer.headers });
  const bytes = encoder.encode(body);
  const headers = new Headers(answer.headers);
  headers.set('content-length', String(bytes.byteLength));
  const response = new Response(bytes, { status, headers });
  encodedBodies.set(response, bytes);
  return response;
}

/**
 * The bytes of a response made by `toResponse` from JSON, for an adapter that can write them directly:
 * reading a Fetch `Response` body back through its stream costs more than the rest of a small answer.
 */
export const encodedBody = (response: Response): Uint8Array | undefined => encodedBodies.get(response);

export class BodyTooLarge extends Error {}

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 to text, a leading BOM dropped; a `TypeError` when the bytes are not UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

/** `application/json`, with or without parameters, or any `+json` type. */
export function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
