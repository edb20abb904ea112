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
