// What validating one POST body costs the collector, in µs per response, for each way of checking the answers:
// the browser's plain union, the collector's discriminated union, and both compiled by zod (`z.compile`).
// Run: node --import tsx bench/validation.mjs [--rounds 7] [--iterations 100000]
// Single-threaded and in a loop: it compares the variants with each other; a server under load pays more
// per response (see "Compiled validation" in bench/README.md).
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { ANSWER_SCHEMAS, Response, responseOf } from '../src/schema/response.ts';
import { buildResponse } from '../src/schema/build-response.ts';
import { DEFAULT_CONFIG } from '../src/schema/config.ts';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, iterations: { type: 'string', default: '100000' } },
});
const rounds = Number(args.rounds);
const iterations = Number(args.iterations);

const config = { ...DEFAULT_CONFIG, touchpoint: 'hypotheek-aanvraag' };
const bodies = {
  // What the default survey sends: NPS, two emotions, a comment.
  'default survey': buildResponse({
    config,
    lang: 'nl',
    page: '/hypotheek/aanvraag',
    answers: [
      { name: 'nps', kind: 'nps', value: 9 },
      {
        name: 'emotion',
        kind: 'emotion',
        value: [
          { id: 'relieved', valence: 'positive', intensity: 4 },
          { id: 'happy', valence: 'positive', intensity: 3 },
        ],
      },
      { name: 'comment', kind: 'comment', value: 'Snel geholpen, dank u wel.' },
    ],
  }),
  // One answer of every kind, the comment last: a plain union tries every other kind first.
  'every kind': buildResponse({
    config,
    lang: 'en',
    page: '/',
    answers: [
      { name: 'nps', kind: 'nps', value: 3 },
      { name: 'emotion', kind: 'emotion', value: [{ id: 'angry', valence: 'negative', intensity: 5 }] },
      { name: 'effort', kind: 'effort', value: 2 },
      { name: 'csat', kind: 'rating', value: 4, scale: 'csat', points: 5 },
      { name: 'comment', kind: 'comment', value: 'Te lang gewacht.' },
    ],
  }),
};

const byKind = responseOf(z.discriminatedUnion('kind', ANSWER_SCHEMAS));
const variants = {
  'plain union (Response)': Response,
  'discriminated union': byKind,
  'plain union, z.compile': z.compile(Response, { strict: true }),
  'discriminated union, z.compile': z.compile(byKind, { strict: true }),
};

function measure(schema, body) {
  let ok = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) if (schema.safeParse(body).success) ok++;
  const ns = Number(process.hrtime.bigint() - start);
  if (ok !== iterations) throw new Error('a valid body failed');
  return ns / iterations / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `Node ${process.version}, zod ${(await import('zod/package.json', { with: { type: 'json' } })).default.version}; median of ${rounds} rounds of ${iterations} parses\n`,
);
console.log(`| variant | ${Object.keys(bodies).join(' µs | ')} µs |`);
console.log(
  `| --- | ${Object.keys(bodies)
    .map(() => '---:')
    .join(' | ')} |`,
);
for (const [name, schema] of Object.entries(variants)) {
  const cells = [];
  for (const body of Object.values(bodies)) {
    measure(schema, body); // warm-up: let V8 optimise before the measured rounds
    const times = Array.from({ length: rounds }, () => measure(schema, body));
    cells.push(median(times).toFixed(2));
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
