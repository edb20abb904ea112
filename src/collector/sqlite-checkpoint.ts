/**
 * WAL checkpoints on a worker thread. In WAL mode with `synchronous = NORMAL` a commit never waits for the
 * disk; the checkpoint does (it fsyncs), and run inline it would stall every request behind it — the p99
 * of the whole collector. A second connection may checkpoint while the first keeps writing.
 *
 * A PASSIVE checkpoint alone never bounds the WAL under steady writes: SQLite starts writing the WAL from
 * its beginning again only when a writer finds every frame checkpointed, and a commit between the end of the
 * checkpoint and the next write (there always is one under load) spoils that, so the file grew by the
 * megabyte for as long as the load lasted. Past `walLimitBytes` the worker therefore follows the PASSIVE
 * pass (which copies nearly everything, blocking nobody) with a TRUNCATE one: it holds the write lock only
 * while it copies the few frames committed meanwhile, then empties the file.
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointOptions {
  /** How often the worker checkpoints; default 1 s. */
  intervalMs?: number;
  /** WAL size past which a checkpoint also truncates the file; default 4 MiB. */
  walLimitBytes?: number;
}

// Plain CommonJS, evaluated: the same source runs from src/ under tsx and from dist/ with no extra file.
// The busy timeout is short because a TRUNCATE checkpoint keeps the write lock while it waits for readers
// (an analyst's sqlite3 shell, say), and the collector's writer waits with it; giving up until the next
// tick costs nothing but a larger file for a second.
const WORKER = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 100');
const walSize = () => { try { return statSync(workerData.file + '-wal').size; } catch { return 0; } };
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    if (walSize() > workerData.walLimitBytes) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {}
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage('closed'); });
`;

export class BackgroundCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, { intervalMs = 1000, walLimitBytes = 4 * 1024 * 1024 }: CheckpointOptions = {}) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { module, file, intervalMs, walLimitBytes } });
    // Never the reason the process stays alive; close() stops it properly.
    this.worker.unref();
  }

  private stopping: Promise<void> | null = null;

  /** Runs a last checkpoint and ends the thread; idempotent. */
  stop(): Promise<void> {
    return (this.stopping ??= this.end());
  }

  private async end(): Promise<void> {
    const closed = once(this.worker, 'message');
    this.worker.postMessage('close');
    await Promise.race([closed, once(this.worker, 'exit')]);
    await this.worker.terminate();
  }
}
