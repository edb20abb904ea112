// npm run bench: builds when dist/ is missing or older than its sources, runs the deterministic size report
// (bench/size.mjs), then feelback's two cases beside the peers in Chromium (bench/peers.sh, about 7
// minutes), when the shared peers benchmark is there:
//
//   npm run bench                                   # build if needed + bundle bytes + the peers side by side
//   npm run bench -- --size                         # only the bytes (seconds, exact on any machine)
//   npm run bench -- --load [--duration 10] [--connections 100] [--rounds 3]   # + collector load (minutes)
//   npm run bench -- --build                        # rebuild even when dist/ looks current
//
// Each step is printed before it runs; the first that fails stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

const usage = `usage: npm run bench [-- --size] [-- --load [--duration S] [--connections N] [--rounds N]] [-- --build]
  default   build if needed, node bench/size.mjs (bytes of the bundle next to the peers'), then bash bench/peers.sh:
            feelback's two cases beside the peers in headless Chromium (RUNS, ONLY, THROTTLE, PEERS_DIR env)
  --size    only the build and the bytes
  --peers   the peers even with --size (the default otherwise; refused when the benchmark is missing)
  --load    node --import tsx bench/collector-load.mjs: the collector under load (about 2 minutes by default)
  --build   rebuild even when dist/ is newer than its sources`;

/** Prints why and how to call it, and stops before anything ran. */
function refuse(message) {
  console.error(`bench: ${message}\n${usage}`);
  process.exit(2);
}

const options = {
  load: { type: 'boolean', default: false },
  peers: { type: 'boolean', default: false },
  size: { type: 'boolean', default: false },
  build: { type: 'boolean', default: false },
  duration: { type: 'string' },
  connections: { type: 'string' },
  rounds: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};
let args;
try {
  args = parseArgs({ options }).values;
} catch (error) {
  refuse(error.message);
}

if (args.help) {
  console.log(usage);
  process.exit(0);
}

const loadOptions = ['duration', 'connections', 'rounds'].filter((k) => args[k] !== undefined);
if (loadOptions.length && !args.load) refuse(`--${loadOptions.join(', --')}: only with --load`);

// Checked before the build, so a missing folder costs nothing.
const peersDir = process.env.PEERS_DIR ?? join(root, '..', 'shared', 'bench', 'peers');
const peersFound = existsSync(join(peersDir, 'run.sh'));
if (args.peers && !peersFound) {
  refuse(`no peers benchmark at ${peersDir}: set PEERS_DIR to the shared bench/peers folder`);
}
const runPeers = args.peers || (!args.size && peersFound);

/** Runs one step in the project root, printing it first; stops everything when it fails. */
function step(title, cmd, argv) {
  console.log(`\n## ${title}\n$ ${[cmd, ...argv].join(' ')}\n`);
  const { status, signal, error } = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\nbench: "${title}" failed (${error?.message ?? signal ?? `exit ${status}`})`);
    process.exit(status || 1);
  }
}

/** Newest modification time under a path (a file, or a folder walked recursively). */
function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}

// What the benchmarks load, and what the build makes it from.
const outputs = ['dist/feelback.js', 'dist/feelback.iife.js', 'dist/scores.js', 'dist/collector/server.js'];
const inputs = [
  'src',
  'scripts/build.mjs',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];

function buildReason() {
  if (args.build) return '--build';
  const missing = outputs.find((f) => !existsSync(join(root, f)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((f) => statSync(join(root, f)).mtimeMs));
  const changed = inputs.find((path) => newest(path) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const reason = buildReason();
if (reason) step(`Build (${reason})`, npm, ['run', 'build']);
else console.log('dist/ is newer than its sources: no build (--build forces one)');

step('Bundle size against the peers (deterministic)', process.execPath, ['bench/size.mjs']);

if (args.load) {
  const extra = loadOptions.flatMap((k) => [`--${k}`, args[k]]);
  step('Collector load (slow, machine-dependent)', process.execPath, [
    '--import',
    'tsx',
    'bench/collector-load.mjs',
    ...extra,
  ]);
}

if (runPeers) {
  step('Peers side by side (slow, machine-dependent)', 'bash', ['bench/peers.sh']);
} else if (!args.size) {
  console.log(`\nPeers not run: no benchmark at ${peersDir} (set PEERS_DIR to the shared bench/peers folder).`);
}
