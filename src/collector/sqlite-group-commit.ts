/**
 * Group commit for the SQLite store: items arriving in the same turn of the event loop share one transaction.
 * Each commit costs a WAL append and lock traffic; at 100 concurrent requests sharing it is most of the
 * throughput. Every promise resolves only after its item is committed, so a 201 always means "on disk".
 */
import Database from 'better-sqlite3';

interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

export class GroupCommit<T, R> {
  private pending: Pending<T, R>[] = [];
  /** Batches waiting to try again after SQLITE_BUSY; `drain` waits for them. */
  private readonly retries = new Set<Promise<void>>();

  /**
   * @param run commits a batch in one transaction and answers a result per item, in order.
   * @param busyRetryMs how long a batch that found the database locked keeps trying again.
   */
  constructor(
    private readonly run: (batch: readonly T[]) => R[],
    private readonly busyRetryMs: number,
  ) {}

  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Commits what is pending now and waits for every batch still trying again. */
  async drain(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    // A retry adds the next one before it resolves, so this ends when none is left.
    while (this.retries.size > 0) await Promise.all(this.retries);
  }

  private flush() {
    const batch = this.pending;
    this.pending = [];
    this.commit(batch, Date.now(), 0);
  }

  /**
   * SQLITE_BUSY is retried, a few ms later, for the whole batch: SQLite answers it without waiting out the
   * busy timeout in some cases (measured: while the checkpointer's TRUNCATE held the write lock, a commit failed
   * after ~70 ms of a 5 s timeout, and a 201 became a 500). Any other error is retried item by item, so one bad
   * row does not fail its neighbours.
   */
  private commit(batch: readonly Pending<T, R>[], since: number, attempt: number) {
    try {
      const results = this.run(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]!));
      return;
    } catch (error) {
      if (!isBusy(error)) return this.commitEach(batch);
      if (Date.now() - since >= this.busyRetryMs) return batch.forEach((p) => p.reject(error));
    }
    const retry = new Promise<void>((resolve) =>
      setTimeout(() => (this.commit(batch, since, attempt + 1), resolve()), Math.min(2 ** attempt, 100)),
    );
    this.retries.add(retry);
    void retry.then(() => this.retries.delete(retry));
  }

  private commitEach(batch: readonly Pending<T, R>[]) {
    for (const p of batch) {
      try {
        p.resolve(this.run([p.item])[0]!);
      } catch (error) {
        p.reject(error);
      }
    }
  }
}

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
