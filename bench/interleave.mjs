// Runs a child process per build, round after round, the order reversed every other round, so that a
// neighbour who slows the machine for a minute slows both builds: `insert-cpu.mjs` and `pg-reads-cpu.mjs`
// compare builds of the collector this way.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `builds`: comma-separated folders. `argv(build)` gives the child's arguments (after `node`); its standard
 * output is parsed with `parse`. Returns each build's folder and its results, one per round.
 */
export function interleave({ builds, rounds, argv, parse }) {
  const folders = builds.split(',').map((b) => resolve(b));
  const results = folders.map(() => []);
  for (let round = 0; round < Number(rounds); round++) {
    const order = folders.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      results[i].push(parse(execFileSync(process.execPath, argv(folders[i]), { encoding: 'utf8' })));
    }
  }
  return folders.map((build, i) => ({ build, results: results[i] }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `script --child <build> ...childArgs` (under tsx) once per build and round, each printing its CPU µs per
 * `unit`; prints them build by build with the median. `insert-cpu.mjs` and `post-cpu.mjs` are such scripts.
 */
export function compareCpu({ builds, rounds, script, childArgs, unit }) {
  const runs = interleave({
    builds,
    rounds,
    argv: (build) => ['--import', 'tsx', script, '--child', build, ...childArgs],
    parse: Number,
  });
  for (const { build, results: xs } of runs) {
    console.log(`${build}: ${xs.map((x) => x.toFixed(1)).join(' ')} µs/${unit} (median ${median(xs).toFixed(1)})`);
  }
}
