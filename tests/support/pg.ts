/**
 * A PostgreSQL server for tests and the benchmark: `DATABASE_URL` when set, otherwise a throwaway cluster
 * from Debian's binaries on a free 127.0.0.1 port, removed afterwards. As root, the cluster runs as the
 * `postgres` OS user (PostgreSQL refuses to run as root).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Postgres {
  url: string;
  stop(): Promise<void>;
}

export type PostgresOrSkip = Postgres | { skip: string };

/** The newest `/usr/lib/postgresql/<version>/bin` with initdb and pg_ctl, or null. */
function findBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function lookupUid(user: string): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts PostgreSQL, or says why it cannot: missing binaries fail under CI (where `.ci/run` installs
 * them) and skip elsewhere, so a laptop without PostgreSQL still runs the SQLite half of the suite.
 */
export async function startPostgres(): Promise<PostgresOrSkip> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const bin = findBin();
  if (!bin) {
    const message = 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)';
    if (process.env.CI) throw new Error(message);
    return { skip: `${message}; skipping the PostgreSQL store` };
  }
  const dir = await mkdtemp(join(tmpdir(), 'feelback-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await lookupUid('postgres') : null;
  if (owner) await chown(dir, owner.uid, owner.gid);
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(dir, 'data');
  const port = await freePort();
  const stop = async () => {
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    // fsync off: a throwaway cluster gains speed and loses nothing worth keeping.
    const serverOptions = `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off -c max_connections=200`;
    await exec('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', serverOptions, '-w', 'start']);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
