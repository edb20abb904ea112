// `npm test` on a fresh machine: the browser tests need Chromium and the collector tests PostgreSQL's
// server binaries. Install them from Debian's packages when missing and allowed (root with apt-get);
// otherwise say exactly what is missing. Nothing downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

const missing = [];
if (!existsSync(chrome)) missing.push('chromium');
if (!process.env.DATABASE_URL && !hasPostgres()) missing.push('postgresql');
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(`feelback tests need: ${missing.join(', ')} (Debian: apt-get install ${missing.join(' ')}).`);
  console.error('Set CHROME_PATH for another Chromium, DATABASE_URL for an existing PostgreSQL.');
  process.exit(1);
}
console.log(`installing ${missing.join(', ')} from Debian's packages`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
