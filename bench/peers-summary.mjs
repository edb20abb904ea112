// Prints the one table issue 12 asks for, from the two runs of bench/peers.sh: feelback's two cases (one NPS
// question in a survey, the default survey) beside the Lit + zod/mini floor and the peers, with medians and
// ranges, the bytes each page fetched and, of those, the bytes in before the NPS was visible; then each
// target of issue 12 against what this run measured. Reads bench/results/peers-{nps,default}.json (copies
// of the harness's results/summary.json).
//
//   node bench/peers-summary.mjs
import { existsSync, readFileSync } from 'node:fs';

const results = new URL('results/', import.meta.url);
const read = (name) => {
  const file = new URL(name, results);
  if (!existsSync(file)) throw new Error(`no ${file.pathname}: run bash bench/peers.sh first`);
  return JSON.parse(readFileSync(file, 'utf8'));
};
const nps = read('peers-nps.json');
const def = read('peers-default.json');

/** One row per case: the peers' and the floor's from the first run, feelback's from each. */
const rows = [
  ['lit 3 + zod/mini floor (one NPS)', nps.summary, 'lit-zodmini'],
  ['PostHog surveys renderer (one NPS)', nps.summary, 'posthog-preview'],
  ['@formbricks/surveys renderer (one NPS)', nps.summary, 'formbricks-surveys'],
  ['**feelback**, one NPS question in a survey', nps.summary, 'custom'],
  ['**feelback**, default survey (NPS, emotion, comment)', def.summary, 'custom'],
].filter(([, summary, id]) => summary[`${id}@1`] || summary[`${id}@4`]);

/**
 * JS heap after render, minus the blank page's, in MiB. The blank page is measured in the first run only (the
 * second runs feelback alone), so both cases subtract that one.
 */
const blank = nps.summary['blank@1']?.heapUsed;
const heap = (s) => (s && blank != null ? (s.heapUsed - blank) / 2 ** 20 : undefined);

const ms = (x) => (x == null ? '–' : Math.round(x));
const span = (s) => (s ? `${ms(s.injectToVisible)} (${ms(s.injectToVisibleMin)}–${ms(s.injectToVisibleMax)})` : '–');
const kib = (b) => (b == null ? '–' : (b / 1024).toFixed(1));

const { meta } = nps;
console.log(
  `${meta.date.slice(0, 10)}, ${meta.runs} interleaved runs per case, headless Chromium ${meta.chromium}, ` +
    `${meta.cpus} CPUs (${meta.cpuModel}), Node ${meta.node}; medians (min–max).\n`,
);
console.log(
  '| case | inject→visible ms 1× | inject→visible ms 4× | TBT ms 4× | longest task ms 1× / 4× | fetched KiB br (before visible) | heap Δ MiB |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [label, summary, id] of rows) {
  const one = summary[`${id}@1`];
  const four = summary[`${id}@4`];
  const fetched = one ?? four;
  console.log(
    `| ${label} | ${span(one)} | ${span(four)} | ${ms(four?.tbt)} | ${ms(one?.longTaskMax)} / ${ms(four?.longTaskMax)} | ` +
      `${kib(fetched?.fetched)} (${kib(fetched?.fetchedBeforeVisible)}) | ${heap(one)?.toFixed(2) ?? '–'} |`,
  );
}

// Issue 12's targets, each against this run.
const at = (summary, id, rate) => summary[`${id}@${rate}`];
/** The faster of PostHog and Formbricks at `rate`; undefined when this run measured neither. */
const peer = (rate) => {
  const times = ['posthog-preview', 'formbricks-surveys'].map((id) => at(nps.summary, id, rate)?.injectToVisible);
  const measured = times.filter((t) => t != null);
  return measured.length ? Math.min(...measured) : undefined;
};
const ours = at(nps.summary, 'custom', 4);
const ourDefault = at(def.summary, 'custom', 4);
const checks = [
  ['one NPS: inject→visible ≤ 0.75× the faster peer (4×)', ours?.injectToVisible, peer(4) && 0.75 * peer(4)],
  ['one NPS: total blocking ≤ 60 ms (4×)', ours?.tbt, 60],
  ['default survey: inject→visible ≤ 1.0× the faster peer’s one NPS (4×)', ourDefault?.injectToVisible, peer(4)],
  ['one NPS: before visible ≤ 13 KiB', at(nps.summary, 'custom', 1)?.fetchedBeforeVisible / 1024, 13],
  ['default survey: before visible ≤ 16 KiB', at(def.summary, 'custom', 1)?.fetchedBeforeVisible / 1024, 16],
  ['one NPS: no task over 50 ms at 1×', at(nps.summary, 'custom', 1)?.longTaskMax, 50],
  ['heap after render ≤ 1 MiB (default survey, 1×)', heap(at(def.summary, 'custom', 1)), 1],
];
console.log('\n| target | measured | limit | met |\n|---|---:|---:|---|');
for (const [what, value, limit] of checks) {
  const known = (x) => x != null && !Number.isNaN(x);
  const fmt = (x) => (!known(x) ? '–' : x >= 20 ? String(Math.round(x)) : x.toFixed(1));
  console.log(
    `| ${what} | ${fmt(value)} | ${fmt(limit)} | ${known(value) && known(limit) ? (value <= limit ? 'yes' : 'no') : '–'} |`,
  );
}
