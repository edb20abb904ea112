/** Shared by the collector tests: valid responses and raw HTTP where `fetch` cannot express the case. */
import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { format } from 'node:util';
import type { Answer, Response } from '../../src/schema/response.js';

export function makeResponse(overrides: Partial<Response> = {}): Response {
  return {
    schema: 'feelback.response/1',
    id: randomUUID(),
    surveyId: 'default',
    touchpoint: 'hypotheek-aanvraag',
    channel: 'web',
    lang: 'nl',
    page: '/hypotheek/aanvraag',
    submittedAt: '2026-11-22T10:00:00.000Z',
    answers: [{ name: 'nps', kind: 'nps', value: 9 }],
    scores: {
      npsCategory: 'promoter',
      valence: null,
      balance: null,
      strongPositive: null,
      strongNegative: null,
      highEffort: null,
    },
    recovery: { needed: false, reasons: [] },
    metadata: {},
    ...overrides,
  };
}

export const answers = {
  nps: (value: number): Answer => ({ name: 'nps', kind: 'nps', value }),
  emotion: (...value: { id: string; valence: 'positive' | 'negative'; intensity?: number }[]): Answer => ({
    name: 'emotion',
    kind: 'emotion',
    value,
  }),
  comment: (value: string): Answer => ({ name: 'comment', kind: 'comment', value }),
};

export function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<globalThis.Response> {
  return fetch(new URL('api/responses', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface RawAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  /** Bytes of the request body written before the answer arrived. */
  sent: number;
}

/**
 * A request through `node:http`: a raw path (`fetch` normalises `/../` away) or a body that keeps coming
 * in chunks with no Content-Length, to see the server answer before the upload ends.
 */
export function rawRequest(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string | number>;
    chunks?: number;
    chunk?: Buffer;
    /** Different chunks, written one after the other (instead of `chunk` repeated `chunks` times). */
    parts?: Buffer[];
  },
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, sent }));
        res.on('error', reject);
      },
    );
    // The server may close while we still upload: that is the point, so a reset after the answer is fine.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const { chunks = 0, chunk = Buffer.alloc(0), parts } = options;
    const count = parts?.length ?? chunks;
    const write = (i: number) => {
      if (answered || i >= count) return void req.end();
      const part = parts?.[i] ?? chunk;
      req.write(part, () => {
        sent += part.byteLength;
        write(i + 1);
      });
    };
    if (count > 0) write(0);
    else if (options.method === 'POST' && options.headers?.['content-length'] !== undefined) req.flushHeaders();
    else req.end();
  });
}

/** What `console.error` prints until `restore()`, as it would print it, instead of printing it. */
export function captureConsoleError(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void lines.push(format(...args));
  return { lines, restore: () => (console.error = original) };
}
