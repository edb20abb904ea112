// What validating one POST body costs the collector, in µs per response, for each way of checking the answers:
// the browser's plain union, the collector's discriminated union, and both compiled by zod (`z.compile`).
// Run: node --import tsx bench/validation.mjs [--rounds 5] [--iterations 100000]
// Single-threaded and in a loop: it compares the variants with each other; a server under load pays more
// per response (see "Compiled validation" in bench/README.md). Each variant runs in a process of its own,
// the rounds interleaved, so that one variant's compiled code and garbage do not slow the next.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { ANSWER_SCHEMAS, Response, responseOf } from '../src/schema/response.ts';
import { buildResponse } from '../src/schema/build-response.ts';
import { DEFAULT_CONFIG } from '../src/schema/config.ts';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    iterations: { type: 'string', default: '100000' },
    variant: { type: 'string' },
  },
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

if (args.variant !== undefined) {
  // A child: one variant, every body, one measured run each after a warm-up run.
  const schema = Object.values(variants)[Number(args.variant)];
  const times = Object.values(bodies).map((body) => {
    measure(schema, body); // warm-up: let V8 optimise before the measured run
    return measure(schema, body);
  });
  console.log(JSON.stringify(times));
} else {
  const names = Object.keys(variants);
  const times = names.map(() => Object.keys(bodies).map(() => []));
  for (let round = 0; round < rounds; round++) {
    names.forEach((_, v) => {
      const argv = ['--import', 'tsx', fileURLToPath(import.meta.url), '--variant', String(v)];
      const out = execFileSync(process.execPath, [...argv, '--iterations', String(iterations)], { encoding: 'utf8' });
      JSON.parse(out).forEach((t, b) => times[v][b].push(t));
    });
  }
  const zod = (await import('zod/package.json', { with: { type: 'json' } })).default.version;
  console.log(`Node ${process.version}, zod ${zod}; median of ${rounds} runs of ${iterations} parses each\n`);
  console.log(`| variant | ${Object.keys(bodies).join(' µs | ')} µs |`);
  console.log(
    `| --- | ${Object.keys(bodies)
      .map(() => '---:')
      .join(' | ')} |`,
  );
  names.forEach((name, v) => console.log(`| ${name} | ${times[v].map((t) => median(t).toFixed(2)).join(' | ')} |`));
}
