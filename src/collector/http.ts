/** Small Fetch-API helpers shared by the collector's routes. */
import type { Issue } from '../schema/response.js';

/** Every error the collector sends has this shape: the same as a schema error, never a stack trace. */
export function errorResponse(status: number, message: string, path = '', headers?: HeadersInit): Response {
  return jsonResponse(status, { errors: [{ path, message }] satisfies Issue[] }, headers);
}

const encoder = new TextEncoder();
const encodedBodies = new WeakMap<Response, Uint8Array>();

export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const bytes = encoder.encode(JSON.stringify(body));
  const h = new Headers(headers);
  h.set('content-type', 'application/json; charset=utf-8');
  h.set('content-length', String(bytes.byteLength));
  h.set('cache-control', 'no-store');
  const response = new Response(bytes, { status, headers: h });
  encodedBodies.set(response, bytes);
  return response;
}

/**
 * The bytes of a response made by `jsonResponse`, for an adapter that can write them directly: reading a
 * Fetch `Response` body back through its stream costs more than the rest of a small answer.
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
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `application/json`, with or without parameters, or any `+json` type. */
export function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
