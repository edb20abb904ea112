/**
 * WAL checkpoints on a worker thread. In WAL mode with `synchronous = NORMAL` a commit never waits for the
 * disk; the checkpoint does (it fsyncs), and run inline it would stall every request behind it — the p99
 * of the whole collector. A second connection may checkpoint while the first keeps writing.
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS, evaluated: the same source runs from src/ under tsx and from dist/ with no extra file.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage('closed'); });
`;

export class BackgroundCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, intervalMs = 1000) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { module, file, intervalMs } });
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
