/**
 * The webhook outbox on PostgreSQL (its table is made with the recovery cases', `recovery-pg.ts`). A claim
 * takes due rows with `FOR UPDATE SKIP LOCKED` and leases them, so collectors sharing one database never
 * send the same event at once, and one killed mid-request leaves its events to the others after the lease.
 */
import type pg from 'pg';
import type { Response } from '../schema/response.js';
import type { FailedEvent, OutboxEvent, WebhookOutbox } from './webhooks.js';

export class PgOutbox implements WebhookOutbox {
  constructor(private readonly pool: pg.Pool) {}

  async claim(now: Date, leaseUntil: Date, token: string, limit: number): Promise<OutboxEvent[]> {
    const { rows } = await this.pool.query<{
      id: string;
      type: string;
      created_at: Date;
      attempts: number;
      since: Date;
      body: Response;
    }>(
      `WITH due AS (
         SELECT id FROM webhook_outbox
         WHERE state = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
       UPDATE webhook_outbox o SET lease_until = $2, lease_token = $3 FROM due WHERE o.id = due.id
       RETURNING o.id, o.type, o.created_at, o.attempts, o.since,
                 (SELECT body FROM responses r WHERE r.seq = o.seq) AS body`,
      [now, leaseUntil, token, limit],
    );
    return rows
      .map((r) => ({
        id: r.id,
        type: r.type,
        createdAt: r.created_at.toISOString(),
        attempts: r.attempts,
        since: r.since.toISOString(),
        data: r.body,
      }))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  async delivered(id: string, token: string, at: Date): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_outbox SET state = 'delivered', attempts = attempts + 1, finished_at = $1, lease_until = NULL,
         lease_token = NULL WHERE id = $2 AND lease_token = $3`,
      [at, id, token],
    );
  }

  async reschedule(id: string, token: string, at: Date, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2, lease_until = NULL,
         lease_token = NULL WHERE id = $3 AND lease_token = $4`,
      [at, error, id, token],
    );
  }

  async giveUp(id: string, token: string, at: Date, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_outbox SET state = 'failed', attempts = attempts + 1, finished_at = $1, last_error = $2,
         lease_until = NULL, lease_token = NULL WHERE id = $3 AND lease_token = $4`,
      [at, error, id, token],
    );
  }

  async failed(limit: number): Promise<FailedEvent[]> {
    const { rows } = await this.pool.query<{
      id: string;
      type: string;
      created_at: Date;
      attempts: number;
      finished_at: Date;
      last_error: string | null;
    }>(
      `SELECT id, type, created_at, attempts, finished_at, last_error FROM webhook_outbox
       WHERE state = 'failed' ORDER BY finished_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      createdAt: r.created_at.toISOString(),
      attempts: r.attempts,
      failedAt: r.finished_at.toISOString(),
      lastError: r.last_error,
    }));
  }

  async retry(id: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE webhook_outbox SET state = 'pending', next_attempt_at = $1, since = $1, finished_at = NULL
       WHERE id = $2 AND state = 'failed'`,
      [now, id],
    );
    return rowCount === 1;
  }
}
