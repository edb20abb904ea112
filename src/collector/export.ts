/**
 * `GET /api/export`: one row per response with its answers flattened into columns, as CSV for a spreadsheet
 * or NDJSON for a BI loader. Both stream from keyset-paginated batches; memory holds one batch and a
 * bounded count of column names, never the table.
 */
import type { Answer, Response } from '../schema/response.js';
import { scoreResponse } from '../scores/response-scores.js';
import { streamRows, type ResponseFilter, type ResponseStore, type StoredRow } from './store.js';

export type Cell = string | number | boolean | null;

const FIXED = ['id', 'surveyId', 'touchpoint', 'channel', 'lang', 'page', 'submittedAt', 'receivedAt'] as const;
const SCORES = ['npsCategory', 'valence', 'balance', 'strongPositive', 'strongNegative', 'highEffort'] as const;
const RECOVERY = ['recovery.needed', 'recovery.reasons', 'recovery.contact'] as const;
const RESERVED = new Set<string>([...FIXED, ...SCORES]);
/** Names no answer column and no metadata key can take: `answer.` is reserved below, `*` is no key character. */
const ANSWER_OVERFLOW = 'answer.*';
const METADATA_OVERFLOW = 'metadata.*';

/** An answer's column is its name, unless that would collide with a column of the response itself. */
export function answerColumn(name: string): string {
  return RESERVED.has(name) || /^(recovery|metadata|answer)\./.test(name) ? `answer.${name}` : name;
}

/**
 * Emotions as `relieved:4 happy:2` (ids alone without intensity); the answer "no particular feeling" as `none`.
 * Statements as `available:4 keeps-promises:2`; a Kano pair as `functional:like dysfunctional:dislike`.
 * Choices as their ids, `price other`.
 */
function answerCell(answer: Answer): Cell {
  if (answer.kind === 'kano')
    return `functional:${answer.value.functional} dysfunctional:${answer.value.dysfunctional}`;
  if (answer.kind === 'statements') {
    return Object.entries(answer.value)
      .map(([id, point]) => `${id}:${point}`)
      .join(' ');
  }
  if (answer.kind === 'choice') return answer.value.join(' ');
  if (answer.kind !== 'emotion') return answer.value;
  if (answer.value.length === 0) return 'none';
  return answer.value.map((c) => (c.intensity === undefined ? c.id : `${c.id}:${c.intensity}`)).join(' ');
}

/**
 * The columns of their own an answer adds after its cell, so a spreadsheet can count and average without
 * parsing: per chosen option `answer.<name>.<option>` = 1 (`answer.<name>.other` holds the "other" text
 * when given), the Kano pair as `answer.<name>.functional` and `.dysfunctional`, per rated statement
 * `answer.<name>.<id>` = its point. A row leaves the options it did not choose empty.
 */
function answerSubCells(answer: Answer): [string, Cell][] {
  const column = (key: string) => `answer.${answer.name}.${key}`;
  if (answer.kind === 'choice') {
    return answer.value.map((id) => [column(id), id === 'other' && answer.other ? answer.other : 1]);
  }
  if (answer.kind === 'kano') {
    return [
      [column('functional'), answer.value.functional],
      [column('dysfunctional'), answer.value.dysfunctional],
    ];
  }
  if (answer.kind === 'statements') return Object.entries(answer.value).map(([id, point]) => [column(id), point]);
  return [];
}

/** The answer columns of a row and their cells, each answer's own before its sub-columns; `key` names it in JSON. */
function answerEntries(answers: readonly Answer[]): { column: string; key: string; cell: Cell }[] {
  const out: { column: string; key: string; cell: Cell }[] = [];
  const taken = new Set(answers.map((a) => answerColumn(a.name)));
  for (const a of answers) {
    out.push({ column: answerColumn(a.name), key: a.name, cell: answerCell(a) });
    for (const [column, cell] of answerSubCells(a)) {
      // Names are free text: an answer's own column wins over a sub-column spelled the same.
      if (!taken.has(column)) out.push({ column, key: column, cell });
    }
  }
  return out;
}

/**
 * The cells of one row by column; scores are recomputed, never copied from what the client sent. A `Map`, so
 * a column named like a property of every object (`constructor`, `__proto__`) is only ever its own cell.
 */
function cells(row: StoredRow): Map<string, Cell> {
  const r: Response = row.response;
  const out = new Map<string, Cell>([
    ['id', r.id],
    ['surveyId', r.surveyId],
    ['touchpoint', r.touchpoint],
    ['channel', r.channel],
    ['lang', r.lang],
    ['page', r.page],
    ['submittedAt', r.submittedAt],
    ['receivedAt', row.receivedAt],
  ]);
  for (const { column, cell } of answerEntries(r.answers)) out.set(column, cell);
  for (const [score, value] of Object.entries(scoreResponse(r.answers))) out.set(score, value);
  out.set('recovery.needed', r.recovery.needed);
  out.set('recovery.reasons', r.recovery.reasons.join(' '));
  out.set('recovery.contact', r.recovery.contact ?? null);
  for (const [key, value] of Object.entries(r.metadata)) out.set(`metadata.${key}`, value);
  return out;
}

/** The flat record of one row (NDJSON); `Object.fromEntries` defines own keys, whatever their names. */
export function flatten(row: StoredRow): Record<string, Cell> {
  return Object.fromEntries(cells(row));
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
 * Most columns of their own for answers and for metadata keys in a CSV (CONTRACT §7 bounds a response, not
 * how many different names all responses bring). The most frequent names get columns, in the order first
 * seen; the rest of a row's answers and metadata go, as a JSON object by name, in `answer.*` and `metadata.*`
 * (present only when needed; no answer or key can own those columns), so nothing stored is left out.
 */
export const MAX_ANSWER_COLUMNS = 100;
export const MAX_METADATA_COLUMNS = 50;
/** Distinct names counted per kind in the first pass: names first seen after these go to the JSON column. */
const COUNTED_NAMES = 10_000;

/** Counts occurrences per name, up to `COUNTED_NAMES` names, in the order first seen. */
class NameCounts {
  readonly counts = new Map<string, number>();
  /** Some name was not counted: the JSON column is needed whatever the choice. */
  uncounted = false;

  add(name: string) {
    const count = this.counts.get(name);
    if (count !== undefined) this.counts.set(name, count + 1);
    else if (this.counts.size < COUNTED_NAMES) this.counts.set(name, 1);
    else this.uncounted = true;
  }

  /** The `max` most frequent names (ties: the first seen), in the order first seen. */
  choose(max: number): { chosen: Set<string>; overflow: boolean } {
    const names = [...this.counts.keys()];
    const ranked = names
      .map((name, i) => ({ name, i, n: this.counts.get(name)! }))
      .sort((a, b) => b.n - a.n || a.i - b.i);
    const chosen = new Set(ranked.slice(0, max).map((r) => r.name));
    return { chosen: new Set(names.filter((n) => chosen.has(n))), overflow: this.uncounted || names.length > max };
  }
}

/** A row's answers or metadata without a column of their own, as one JSON cell, or empty. */
function overflowCell(entries: [string, Cell][]): Cell {
  return entries.length ? JSON.stringify(Object.fromEntries(entries)) : null;
}

/**
 * Two passes: the first learns the columns (answer names and metadata keys vary between surveys) and the
 * last row, the second writes rows up to that row only, so a response arriving meanwhile cannot add a
 * column the header lacks.
 */
export function csvExport(store: ResponseStore, filter: ResponseFilter): AsyncGenerator<string> {
  return stoppable(async function* (signal) {
    const answerNames = new NameCounts();
    const metadataKeys = new NameCounts();
    let maxSeq = 0;
    for await (const row of streamRows(store, filter, undefined, signal)) {
      for (const { column } of answerEntries(row.response.answers)) answerNames.add(column);
      for (const key of Object.keys(row.response.metadata)) metadataKeys.add(key);
      maxSeq = row.seq;
    }
    if (signal.aborted) return;
    const answers = answerNames.choose(MAX_ANSWER_COLUMNS);
    const metadata = metadataKeys.choose(MAX_METADATA_COLUMNS);
    const columns = [
      ...FIXED,
      ...answers.chosen,
      ...(answers.overflow ? [ANSWER_OVERFLOW] : []),
      ...SCORES,
      ...RECOVERY,
      ...[...metadata.chosen].map((key) => `metadata.${key}`),
      ...(metadata.overflow ? [METADATA_OVERFLOW] : []),
    ];
    // The byte-order mark makes Excel read UTF-8 (Dutch comments) instead of the system code page.
    yield '\uFEFF' + csvLine(columns);
    yield* chunked(streamRows(store, { ...filter, maxSeq }, undefined, signal), (row) => {
      const flat = cells(row);
      const { answers: list, metadata: meta } = row.response;
      flat.set(
        ANSWER_OVERFLOW,
        overflowCell(answerEntries(list).flatMap((e) => (answers.chosen.has(e.column) ? [] : [[e.key, e.cell]]))),
      );
      flat.set(METADATA_OVERFLOW, overflowCell(Object.entries(meta).filter(([key]) => !metadata.chosen.has(key))));
      return csvLine(columns.map((c) => flat.get(c) ?? null));
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
