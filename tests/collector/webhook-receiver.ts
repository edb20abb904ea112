/**
 * A webhook receiver on 127.0.0.1 for the tests: it records every request and answers what the test
 * scripts, one answer per request (the last repeats), or holds the request open (`'hold'`).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered: a status, or `hold` for a request left open. */
  answered: number | 'hold';
}

export type Answer = number | 'hold' | { status: number; headers: Record<string, string> };

export interface Receiver {
  url: string;
  received: Received[];
  /** The answers to the next requests, in order; the last one repeats. */
  script: Answer[];
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(script: Answer[] = [200]): Promise<Receiver> {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  const waiters: { count: number; resolve(): void }[] = [];
  const receiver: Receiver = {
    url: '',
    received,
    script,
    async waitFor(count, timeoutMs = 20_000) {
      if (received.length >= count) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${received.length} of ${count} webhook requests arrived`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const answer = receiver.script.length > 1 ? receiver.script.shift()! : receiver.script[0]!;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body, answered: typeof answer === 'object' ? answer.status : answer });
      if (answer === 'hold') held.push(res);
      else if (typeof answer === 'number') res.writeHead(answer).end();
      else res.writeHead(answer.status, answer.headers).end();
      for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}
