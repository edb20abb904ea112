/**
 * `GET /api/export`: one row per response with its answers flattened into columns, as CSV for a spreadsheet
 * or NDJSON for a BI loader. Both stream from keyset-paginated batches; memory holds one batch and the
 * column names, never the table.
 */
import type { Answer, Response } from '../schema/response.js';
import { scoreResponse } from '../scores/response-scores.js';
import { streamRows, type ResponseFilter, type ResponseStore, type StoredRow } from './store.js';

export type Cell = string | number | boolean | null;

const FIXED = ['id', 'surveyId', 'touchpoint', 'channel', 'lang', 'page', 'submittedAt', 'receivedAt'] as const;
const SCORES = ['npsCategory', 'valence', 'balance', 'strongPositive', 'strongNegative', 'highEffort'] as const;
const RECOVERY = ['recovery.needed', 'recovery.reasons', 'recovery.contact'] as const;
const RESERVED = new Set<string>([...FIXED, ...SCORES]);

/** An answer's column is its name, unless that would collide with a column of the response itself. */
export function answerColumn(name: string): string {
  return RESERVED.has(name) || /^(recovery|metadata|answer)\./.test(name) ? `answer.${name}` : name;
}

/** Emotions as `relieved:4 happy:2` (ids alone without intensity); the answer "no particular feeling" as `none`. */
function answerCell(answer: Answer): Cell {
  if (answer.kind !== 'emotion') return answer.value;
  if (answer.value.length === 0) return 'none';
  return answer.value.map((c) => (c.intensity === undefined ? c.id : `${c.id}:${c.intensity}`)).join(' ');
}

/** The flat record of one row; scores are recomputed, never copied from what the client sent. */
export function flatten(row: StoredRow): Record<string, Cell> {
  const r: Response = row.response;
  const out: Record<string, Cell> = {
    id: r.id,
    surveyId: r.surveyId,
    touchpoint: r.touchpoint,
    channel: r.channel,
    lang: r.lang,
    page: r.page,
    submittedAt: r.submittedAt,
    receivedAt: row.receivedAt,
  };
  for (const a of r.answers) out[answerColumn(a.name)] = answerCell(a);
  Object.assign(out, scoreResponse(r.answers));
  out['recovery.needed'] = r.recovery.needed;
  out['recovery.reasons'] = r.recovery.reasons.join(' ');
  out['recovery.contact'] = r.recovery.contact ?? null;
  for (const [key, value] of Object.entries(r.metadata)) out[`metadata.${key}`] = value;
  return out;
}

/**
 * A cell as RFC 4180 wants it, with text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first: OWASP "CSV injection") prefixed by `'`. Numbers we computed are left alone, so a
 * valence of −0.5 stays a number.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]) => cells.map(csvCell).join(',') + '\r\n';

/** Rows per chunk written to the socket: fewer, larger writes. */
const CHUNK_ROWS = 200;

async function* chunked(rows: AsyncIterable<StoredRow>, line: (row: StoredRow) => string) {
  let buffer = '';
  let count = 0;
  for await (const row of rows) {
    buffer += line(row);
    if (++count % CHUNK_ROWS === 0) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Two passes: the first learns the columns (answer names and metadata keys vary between surveys) and the
 * last row, the second writes rows up to that row only, so a response arriving meanwhile cannot add a
 * column the header lacks.
 */
export function csvExport(store: ResponseStore, filter: ResponseFilter): AsyncGenerator<string> {
  return stoppable(async function* (signal) {
    const answers = new Set<string>();
    const metadata = new Set<string>();
    let maxSeq = 0;
    for await (const row of streamRows(store, filter, undefined, signal)) {
      for (const a of row.response.answers) answers.add(answerColumn(a.name));
      for (const key of Object.keys(row.response.metadata)) metadata.add(`metadata.${key}`);
      maxSeq = row.seq;
    }
    if (signal.aborted) return;
    const columns = [...FIXED, ...answers, ...SCORES, ...RECOVERY, ...metadata];
    // The byte-order mark makes Excel read UTF-8 (Dutch comments) instead of the system code page.
    yield '\uFEFF' + csvLine(columns);
    yield* chunked(streamRows(store, { ...filter, maxSeq }, undefined, signal), (row) => {
      const flat = flatten(row);
      return csvLine(columns.map((c) => flat[c] ?? null));
    });
  });
}

export function ndjsonExport(store: ResponseStore, filter: ResponseFilter): AsyncGenerator<string> {
  return stoppable((signal) =>
    chunked(streamRows(store, filter, undefined, signal), (row) => JSON.stringify(flatten(row)) + '\n'),
  );
}

/**
 * How `textStream` stops an export while it is running. `return()` on a running async generator waits
 * until it next yields, and the CSV export yields nothing for the whole first pass over the table, so a
 * client who leaves (or a shutdown that cuts the connection) would wait for that pass to end; the signal
 * ends it at the next page instead.
 */
const stoppers = new WeakMap<AsyncGenerator<string>, AbortController>();

function stoppable(make: (signal: AbortSignal) => AsyncGenerator<string>): AsyncGenerator<string> {
  const controller = new AbortController();
  const source = make(controller.signal);
  stoppers.set(source, controller);
  return source;
}

/** An async generator of text as a byte stream that pulls only as fast as the client reads. */
export function textStream(source: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      stoppers.get(source)?.abort();
      await source.return(undefined);
    },
  });
}
