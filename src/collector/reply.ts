/**
 * The collector's HTTP replies before they become anything runtime-specific, and the small helpers the
 * core and both adapters share. Every error reply is built here, and only here.
 */
import type { Issue } from '../schema/response.js';

/**
 * What the collector replies, whatever runtime carries it: the Fetch adapter (`handler.ts`) turns it into a
 * `Response`, the Node adapter (`node.ts`) writes it to the socket. Header names are lower case.
 */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON text (the adapter adds its Content-Length), a stream (the export), or none (a preflight). */
  body: string | ReadableStream<Uint8Array> | null;
}

/**
 * Every JSON reply: `no-store`, as each one is about one request; `nosniff`, so no browser ever takes an
 * answer quoting a respondent's text for a page or a script.
 */
export function jsonReply(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return {
    status,
    headers: {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    body: JSON.stringify(body),
  };
}

/** Every error the collector sends has this shape: the same as a schema error, never a stack trace. */
export function errorReply(status: number, message: string, path = '', headers?: Record<string, string>): Reply {
  return jsonReply(status, { errors: [{ path, message }] satisfies Issue[] }, headers);
}

/** The reply to an unexpected error: the client learns nothing of it. */
export const internalError = (headers?: Record<string, string>): Reply =>
  errorReply(500, 'internal error', '', headers);

/** A body past the size limit, thrown by an adapter's `text(limit)` as soon as it knows. */
export class BodyTooLarge extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 to text, a leading BOM dropped; a `TypeError` when the bytes are not UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

/** `application/json`, with or without parameters, or any `+json` type. */
export function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
