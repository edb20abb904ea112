/**
 * The webhook outbox on SQLite. A trigger writes the event in the transaction that inserts its response;
 * which responses get one (`webhook_settings.events`) is set by the collector that opens the file.
 */
import type Database from 'better-sqlite3';
import type { Response } from '../schema/response.js';
import { FLAGGED } from './recovery-sqlite.js';
import type { FailedEvent, OutboxEvent, WebhookEvents, WebhookOutbox } from './webhooks.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS webhook_settings (events TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS webhook_outbox (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    since TEXT NOT NULL,
    lease_until TEXT,
    lease_token TEXT,
    last_error TEXT,
    finished_at TEXT
  );
  CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
  DROP TRIGGER IF EXISTS webhook_event_on_insert;
  DROP TRIGGER IF EXISTS webhook_created_on_insert;`;

/**
 * The triggers that write events, only those the setting asks for: a trigger costs every insert its call,
 * even when its `WHEN` is false, and by default (`none`) no event is wanted. The last collector to open
 * the file sets them, as it sets `webhook_settings`.
 */
const TRIGGERS: Record<WebhookEvents, string> = {
  none: '',
  recovery: `
    CREATE TRIGGER webhook_event_on_insert AFTER INSERT ON responses
    WHEN ${FLAGGED}
    BEGIN
      INSERT OR IGNORE INTO webhook_outbox (id, seq, type, created_at, next_attempt_at, since)
      VALUES ('msg_' || NEW.id, NEW.seq, 'response.recovery', NEW.received_at, NEW.received_at, NEW.received_at);
    END;`,
  all: `
    CREATE TRIGGER webhook_event_on_insert AFTER INSERT ON responses
    BEGIN
      INSERT OR IGNORE INTO webhook_outbox (id, seq, type, created_at, next_attempt_at, since)
      VALUES ('msg_' || NEW.id, NEW.seq, CASE WHEN ${FLAGGED} THEN 'response.recovery' ELSE 'response.created' END,
              NEW.received_at, NEW.received_at, NEW.received_at);
    END;`,
};

interface EventRow {
  id: string;
  type: string;
  created_at: string;
  attempts: number;
  since: string;
  body: string;
}

export class SqliteOutbox implements WebhookOutbox {
  private readonly claimTx: (now: string, until: string, token: string, limit: number) => EventRow[];

  /** Creates the tables and trigger when missing and records which events this collector wants. */
  constructor(
    private readonly db: Database.Database,
    events: WebhookEvents,
  ) {
    db.transaction(() => {
      db.exec(SCHEMA + TRIGGERS[events]);
      db.prepare('DELETE FROM webhook_settings').run();
      db.prepare('INSERT INTO webhook_settings (events) VALUES (?)').run(events);
    }).immediate();
    const due = db.prepare(
      `SELECT o.id, o.type, o.created_at, o.attempts, o.since, r.body
       FROM webhook_outbox o JOIN responses r ON r.seq = o.seq
       WHERE o.state = 'pending' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)
       ORDER BY o.next_attempt_at LIMIT ?`,
    );
    const lease = db.prepare('UPDATE webhook_outbox SET lease_until = ?, lease_token = ? WHERE id = ?');
    const tx = db.transaction((now: string, until: string, token: string, limit: number) => {
      const rows = due.all(now, now, limit) as EventRow[];
      for (const row of rows) lease.run(until, token, row.id);
      return rows;
    });
    // IMMEDIATE: a second process on the same file waits instead of claiming the same rows.
    this.claimTx = (...args) => tx.immediate(...args);
  }

  async claim(now: Date, leaseUntil: Date, token: string, limit: number): Promise<OutboxEvent[]> {
    return this.claimTx(now.toISOString(), leaseUntil.toISOString(), token, limit).map((r) => ({
      id: r.id,
      type: r.type,
      createdAt: r.created_at,
      attempts: r.attempts,
      since: r.since,
      data: JSON.parse(r.body) as Response,
    }));
  }

  async delivered(id: string, token: string, at: Date): Promise<void> {
    this.db
      .prepare(
        `UPDATE webhook_outbox SET state = 'delivered', attempts = attempts + 1, finished_at = ?, lease_until = NULL,
           lease_token = NULL WHERE id = ? AND lease_token = ?`,
      )
      .run(at.toISOString(), id, token);
  }

  async reschedule(id: string, token: string, at: Date, error: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_until = NULL,
           lease_token = NULL WHERE id = ? AND lease_token = ?`,
      )
      .run(at.toISOString(), error, id, token);
  }

  async giveUp(id: string, token: string, at: Date, error: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE webhook_outbox SET state = 'failed', attempts = attempts + 1, finished_at = ?, last_error = ?,
           lease_until = NULL, lease_token = NULL WHERE id = ? AND lease_token = ?`,
      )
      .run(at.toISOString(), error, id, token);
  }

  async failed(limit: number): Promise<FailedEvent[]> {
    const rows = this.db
      .prepare(
        `SELECT id, type, created_at, attempts, finished_at, last_error FROM webhook_outbox
         WHERE state = 'failed' ORDER BY finished_at DESC LIMIT ?`,
      )
      .all(limit) as {
      id: string;
      type: string;
      created_at: string;
      attempts: number;
      finished_at: string;
      last_error: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      createdAt: r.created_at,
      attempts: r.attempts,
      failedAt: r.finished_at,
      lastError: r.last_error,
    }));
  }

  async retry(id: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const result = this.db
      .prepare(
        `UPDATE webhook_outbox SET state = 'pending', next_attempt_at = ?, since = ?, finished_at = NULL
         WHERE id = ? AND state = 'failed'`,
      )
      .run(at, at, id);
    return result.changes === 1;
  }
}
