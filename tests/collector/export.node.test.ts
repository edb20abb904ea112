import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  csvCell,
  csvExport,
  flatten as flattenRow,
  MAX_ANSWER_COLUMNS,
  MAX_METADATA_COLUMNS,
  ndjsonExport,
} from '../../src/collector/export.js';
import type { ResponseStore, StoredRow } from '../../src/collector/store.js';
import type { Answer, Response } from '../../src/schema/response.js';
import { makeResponse } from './helpers.js';

describe('csvCell', () => {
  const rows: [string | number | boolean | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=1+2', "'=1+2"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5 stars', "'-5 stars"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    [-0.5, '-0.5'],
    [true, 'true'],
    [null, ''],
  ];
  for (const [value, expected] of rows) {
    test(`writes ${JSON.stringify(value)} as ${expected}`, () => assert.equal(csvCell(value), expected));
  }
});

/** Rows as a store hands them back, without the schema: older rows, or a store filled by other means. */
function storeOf(responses: Response[]): ResponseStore {
  const rows: StoredRow[] = responses.map((response, i) => ({
    seq: i + 1,
    receivedAt: '2026-11-22T10:00:01.000Z',
    response,
  }));
  return {
    insert: () => Promise.reject(new Error('read only')),
    page: async (_filter, after, limit) => rows.filter((r) => r.seq > after).slice(0, limit),
    count: async () => rows.length,
    close: async () => {},
  };
}

async function text(source: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const chunk of source) out += chunk;
  return out.replace(/^\uFEFF/, '');
}

/** A CSV row into its cells (RFC 4180 quoting). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1]?.replace(/""/g, '"') ?? m[2]!);
  return cells;
}

describe('the export of names every object has', () => {
  // Built with JSON.parse, as a store reads them: `__proto__` is then an own key.
  const response = JSON.parse(
    JSON.stringify(
      makeResponse({
        answers: [
          { name: 'constructor', kind: 'comment', value: 'built' },
          { name: 'toString', kind: 'nps', value: 4 },
        ],
      }),
    ).replace('"metadata":{}', '"metadata":{"__proto__":"p","valueOf":"v"}'),
  ) as Response;
  const plain = makeResponse();

  test('CSV: each is a column holding its own value, and rows without it stay empty', async () => {
    const lines = (await text(csvExport(storeOf([response, plain]), {}))).trim().split('\r\n');
    const header = parseCsvLine(lines[0]!);
    const row = (line: string) => Object.fromEntries(parseCsvLine(line).map((cell, i) => [header[i]!, cell]));
    for (const c of ['constructor', 'toString', 'metadata.__proto__', 'metadata.valueOf'])
      assert.ok(header.includes(c), c);
    const [first, second] = [row(lines[1]!), row(lines[2]!)];
    assert.deepEqual(
      [first.constructor, first.toString, first['metadata.__proto__'], first['metadata.valueOf']],
      ['built', '4', 'p', 'v'],
    );
    assert.deepEqual([second.constructor, second.toString, second['metadata.__proto__']], ['', '', '']);
    assert.ok(!lines.join('\n').includes('native code'), 'no inherited function in any cell');
  });

  test('NDJSON: each is an own key with its value', async () => {
    const [first, second] = (await text(ndjsonExport(storeOf([response, plain]), {})))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      ['constructor', 'toString', 'metadata.__proto__', 'metadata.valueOf'].map(
        (k) => Object.hasOwn(first!, k) && first![k],
      ),
      ['built', 4, 'p', 'v'],
    );
    assert.equal(Object.hasOwn(second!, 'constructor'), false);
    assert.equal(Object.getPrototypeOf(flattenRow({ seq: 1, receivedAt: '', response })), Object.prototype);
  });
});

describe('the CSV of many distinct names', () => {
  const answersOf = (prefix: string, count: number): Answer[] =>
    Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}`, kind: 'nps', value: i % 11 }));
  const metadataOf = (prefix: string, count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, `${prefix}${i}-value`]));

  test(`keeps at most ${MAX_ANSWER_COLUMNS} answer and ${MAX_METADATA_COLUMNS} metadata columns, the rest as JSON in answer.* and metadata.*`, async () => {
    // 300 responses of 50 answers and 20 metadata keys, each name new: 15 000 answer names, 6000 keys.
    const flood = Array.from({ length: 300 }, (_, i) =>
      makeResponse({ answers: answersOf(`q${i}-`, 50), metadata: metadataOf(`m${i}-`, 20) }),
    );
    // The survey's own names appear in most rows: they keep their columns, whenever they first appeared.
    const own = Array.from({ length: 400 }, () =>
      makeResponse({ answers: [{ name: 'nps', kind: 'nps', value: 9 }], metadata: { branch: 'Utrecht' } }),
    );
    const rows = [...flood.slice(0, 150), ...own, ...flood.slice(150)];
    const lines = (await text(csvExport(storeOf(rows), {}))).trim().split('\r\n');
    const header = parseCsvLine(lines[0]!);
    const answerColumns = header.slice(header.indexOf('receivedAt') + 1, header.indexOf('npsCategory'));
    const metadataColumns = header.filter((c) => c.startsWith('metadata.'));
    assert.equal(answerColumns.length, MAX_ANSWER_COLUMNS + 1);
    assert.equal(answerColumns.at(-1), 'answer.*');
    assert.ok(answerColumns.includes('nps'));
    assert.equal(metadataColumns.length, MAX_METADATA_COLUMNS + 1);
    assert.equal(header.at(-1), 'metadata.*');
    assert.ok(metadataColumns.includes('metadata.branch'));
    assert.ok(header.length <= 8 + MAX_ANSWER_COLUMNS + 1 + 6 + 3 + MAX_METADATA_COLUMNS + 1);
    assert.equal(lines.length, 1 + rows.length);
    // Nothing accepted is left out: every answer and every metadata value is in its column or in the JSON.
    lines.slice(1).forEach((line, i) => {
      const cells = parseCsvLine(line);
      assert.equal(cells.length, header.length);
      const cell = (c: string) => cells[header.indexOf(c)]!;
      const extraAnswers = JSON.parse(cell('answer.*') || '{}') as Record<string, number>;
      const extraMetadata = JSON.parse(cell('metadata.*') || '{}') as Record<string, string>;
      for (const a of rows[i]!.answers) {
        const value = header.includes(a.name) ? Number(cell(a.name)) : extraAnswers[a.name];
        assert.equal(value, a.value, `${a.name} of row ${i}`);
        assert.equal(header.includes(a.name), !(a.name in extraAnswers), 'in one place only');
      }
      for (const [key, value] of Object.entries(rows[i]!.metadata)) {
        const column = `metadata.${key}`;
        assert.equal(header.includes(column) ? cell(column) : extraMetadata[key], value, `${key} of row ${i}`);
      }
    });
  });

  test('adds no JSON columns when every name has a column', async () => {
    const rows = [makeResponse({ answers: answersOf('q', 50), metadata: metadataOf('m', 20) })];
    const header = parseCsvLine((await text(csvExport(storeOf(rows), {}))).split('\r\n')[0]!);
    assert.equal(header.includes('answer.*') || header.includes('metadata.*'), false);
    assert.equal(header.at(-1), 'metadata.m19');
  });
});

describe('the export of the instruments of CONTRACT §9', () => {
  test('flattens a Kano pair and a statements battery into one cell each', () => {
    const response = makeResponse({
      answers: [
        {
          name: 'face-login',
          kind: 'kano',
          feature: 'Inloggen met je gezicht',
          value: { functional: 'like', dysfunctional: 'dislike' },
        },
        { name: 'rules', kind: 'statements', value: { available: 4, 'keeps-promises': 2 } },
      ],
    });
    const flat = flattenRow({ seq: 1, receivedAt: '', response });
    assert.equal(flat['face-login'], 'functional:like dysfunctional:dislike');
    assert.equal(flat.rules, 'available:4 keeps-promises:2');
  });
});

describe('a choice answer in the export', () => {
  test('is one cell of its option ids, in the order answered', () => {
    const response = makeResponse({
      answers: [{ name: 'reason', kind: 'choice', value: ['price', 'other'], other: 'De koffie' }],
    });
    assert.equal(flattenRow({ seq: 1, receivedAt: '', response }).reason, 'price other');
  });
});

describe('the CSV columns of choice, Kano and statements answers', () => {
  const rows = [
    makeResponse({
      answers: [
        { name: 'reason', kind: 'choice', value: ['price', 'other'], other: '=De koffie' },
        {
          name: 'face-login',
          kind: 'kano',
          feature: 'Inloggen met je gezicht',
          value: { functional: 'like', dysfunctional: 'dislike' },
        },
        { name: 'rules', kind: 'statements', value: { available: 4, 'keeps-promises': 2 } },
      ],
    }),
    makeResponse({
      answers: [
        { name: 'reason', kind: 'choice', value: ['speed'] },
        { name: 'rules', kind: 'statements', value: { 'keeps-promises': 5 } },
      ],
    }),
    makeResponse({ answers: [{ name: 'reason', kind: 'choice', value: ['other'] }] }),
  ];

  test('one column per option chosen anywhere (1 or empty), the other text, the Kano pair, each statement', async () => {
    const lines = (await text(csvExport(storeOf(rows), {}))).trim().split('\r\n');
    const header = parseCsvLine(lines[0]!);
    const answerColumns = header.slice(header.indexOf('receivedAt') + 1, header.indexOf('npsCategory'));
    assert.deepEqual(answerColumns, [
      'reason',
      'answer.reason.price',
      'answer.reason.other',
      'face-login',
      'answer.face-login.functional',
      'answer.face-login.dysfunctional',
      'rules',
      'answer.rules.available',
      'answer.rules.keeps-promises',
      'answer.reason.speed',
    ]);
    const table = lines.slice(1).map((line) => {
      const cells = parseCsvLine(line);
      return Object.fromEntries(answerColumns.map((c) => [c, cells[header.indexOf(c)]]));
    });
    assert.deepEqual(table[0], {
      reason: 'price other',
      'answer.reason.price': '1',
      // The respondent's text, kept from running as a formula in a spreadsheet.
      'answer.reason.other': "'=De koffie",
      'face-login': 'functional:like dysfunctional:dislike',
      'answer.face-login.functional': 'like',
      'answer.face-login.dysfunctional': 'dislike',
      rules: 'available:4 keeps-promises:2',
      'answer.rules.available': '4',
      'answer.rules.keeps-promises': '2',
      'answer.reason.speed': '',
    });
    assert.equal(table[1]!['answer.reason.speed'], '1');
    assert.equal(table[1]!['answer.reason.price'], '');
    assert.equal(table[1]!['answer.reason.other'], '');
    assert.equal(table[1]!['answer.rules.keeps-promises'], '5');
    assert.equal(table[1]!['answer.face-login.functional'], '');
    // "Other" chosen without a text is still marked as chosen.
    assert.equal(table[2]!['answer.reason.other'], '1');
  });

  test('NDJSON carries the same columns as keys', async () => {
    const [first] = (await text(ndjsonExport(storeOf(rows), {})))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(first!['answer.reason.price'], 1);
    assert.equal(first!['answer.reason.other'], '=De koffie');
    assert.equal(first!['answer.face-login.dysfunctional'], 'dislike');
    assert.equal(first!['answer.rules.available'], 4);
  });

  test(`counts these columns in the bound of ${MAX_ANSWER_COLUMNS}: the rest go as JSON into answer.*`, async () => {
    const options = Array.from({ length: 49 }, (_, i) => `o${i}`);
    const many = Array.from({ length: 3 }, (_, k) =>
      makeResponse({
        answers: [
          { name: `choice${k}`, kind: 'choice', value: [...options, 'other'], other: 'x' },
          { name: 'nps', kind: 'nps', value: 9 },
        ],
      }),
    );
    const lines = (await text(csvExport(storeOf(many), {}))).trim().split('\r\n');
    const header = parseCsvLine(lines[0]!);
    const answerColumns = header.slice(header.indexOf('receivedAt') + 1, header.indexOf('npsCategory'));
    assert.equal(answerColumns.length, MAX_ANSWER_COLUMNS + 1);
    assert.equal(answerColumns.at(-1), 'answer.*');
    lines.slice(1).forEach((line, k) => {
      const cells = parseCsvLine(line);
      const extra = JSON.parse(cells[header.indexOf('answer.*')] || '{}') as Record<string, unknown>;
      // Every chosen option is in its column or in the JSON, once.
      for (const o of [...options, 'other']) {
        const column = `answer.choice${k}.${o}`;
        const inColumn = header.includes(column) ? cells[header.indexOf(column)] : undefined;
        const inJson = extra[column];
        assert.equal((inColumn ? 1 : 0) + (inJson !== undefined ? 1 : 0), 1, column);
      }
    });
  });
});
