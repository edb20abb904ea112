/**
 * Recovery cases and the webhook outbox on PostgreSQL. One trigger function opens the case and writes the
 * event: it runs inside the statement that inserts the response, so no insert path can store a flagged
 * response without them. Set up under the migrations' advisory lock, idempotently, at every open.
 */
import type pg from 'pg';
import type { Response } from '../schema/response.js';
import type { CaseEvent, CaseState, CaseTimes, RecoveryStore, StoredCase } from './recovery.js';
import { inTransaction } from './pg-transaction.js';
import { addFilterClauses, type ResponseFilter } from './store.js';
import type { WebhookEvents } from './webhooks.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS recovery_cases (
    seq bigint PRIMARY KEY,
    id uuid NOT NULL UNIQUE,
    state text NOT NULL,
    contact boolean NOT NULL,
    contacted_at timestamptz,
    history jsonb NOT NULL
  );
  CREATE INDEX IF NOT EXISTS recovery_cases_state ON recovery_cases (state, seq);
  CREATE TABLE IF NOT EXISTS webhook_settings (events text NOT NULL);
  CREATE TABLE IF NOT EXISTS webhook_outbox (
    id text PRIMARY KEY,
    seq bigint NOT NULL,
    type text NOT NULL,
    created_at timestamptz NOT NULL,
    state text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    since timestamptz NOT NULL,
    lease_until timestamptz,
    lease_token text,
    last_error text,
    finished_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
  CREATE OR REPLACE FUNCTION feelback_after_response() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    flagged boolean := coalesce((NEW.body #>> '{recovery,needed}')::boolean, false);
    wanted text := (SELECT events FROM webhook_settings LIMIT 1);
  BEGIN
    IF flagged THEN
      INSERT INTO recovery_cases (seq, id, state, contact, history)
      VALUES (NEW.seq, NEW.id, 'open', coalesce((NEW.body #>> '{recovery,contact}')::boolean, false),
              jsonb_build_array(jsonb_build_object('state', 'open', 'note', NULL, 'at',
                to_char(NEW.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))))
      ON CONFLICT DO NOTHING;
    END IF;
    IF wanted = 'all' OR (wanted = 'recovery' AND flagged) THEN
      INSERT INTO webhook_outbox (id, seq, type, created_at, next_attempt_at, since)
      VALUES ('msg_' || NEW.id, NEW.seq,
              CASE WHEN flagged THEN 'response.recovery' ELSE 'response.created' END,
              NEW.received_at, NEW.received_at, NEW.received_at)
      ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
  END $$;
  CREATE OR REPLACE TRIGGER feelback_after_response AFTER INSERT ON responses
    FOR EACH ROW EXECUTE FUNCTION feelback_after_response();`;

/** Responses stored before the table existed get their cases once, when it is made. */
const BACKFILL = `
  INSERT INTO recovery_cases (seq, id, state, contact, history)
  SELECT seq, id, 'open', coalesce((body #>> '{recovery,contact}')::boolean, false),
         jsonb_build_array(jsonb_build_object('state', 'open', 'note', NULL, 'at',
           to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
  FROM responses WHERE coalesce((body #>> '{recovery,needed}')::boolean, false)
  ON CONFLICT DO NOTHING`;

/** Any constant, the same as the store's migrations: serialises set-up across collectors starting at once. */
const LOCK = 0x6665_6564;

/** Creates what is missing and records which responses get a webhook event (the last collector to open decides). */
export function setUpLoop(pool: pg.Pool, events: WebhookEvents): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const { rows } = await client.query<{ fresh: boolean }>("SELECT to_regclass('recovery_cases') IS NULL AS fresh");
    await client.query(SCHEMA);
    if (rows[0]!.fresh) await client.query(BACKFILL);
    await client.query('DELETE FROM webhook_settings');
    await client.query('INSERT INTO webhook_settings (events) VALUES ($1)', [events]);
  });
}

interface Row {
  seq: string;
  received_at: Date;
  body: Response;
  state: CaseState;
  contact: boolean;
  history: CaseEvent[];
}

const COLUMNS = 'c.seq, r.received_at, r.body, c.state, c.contact, c.history';

export class PgRecovery implements RecoveryStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(filter: ResponseFilter, state: CaseState | undefined, beforeSeq: number | undefined, limit: number) {
    const { where, params } = caseWhere(filter, beforeSeq, state);
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM recovery_cases c JOIN responses r ON r.seq = c.seq ${where}
       ORDER BY c.seq DESC LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return rows.map(toCase);
  }

  async get(id: string): Promise<StoredCase | null> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM recovery_cases c JOIN responses r ON r.seq = c.seq WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? toCase(rows[0]) : null;
  }

  async move(id: string, from: CaseState, event: CaseEvent): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE recovery_cases SET state = $1::text, history = history || jsonb_build_array($2::jsonb),
         contacted_at = CASE WHEN $1::text = 'contacted' THEN coalesce(contacted_at, $3::timestamptz)
                        ELSE contacted_at END
       WHERE id = $4 AND state = $5`,
      [event.state, JSON.stringify(event), event.at, id, from],
    );
    return rowCount === 1;
  }

  async times(filter: ResponseFilter): Promise<CaseTimes[]> {
    const { where, params } = caseWhere(filter, undefined, undefined);
    const { rows } = await this.pool.query<{
      state: CaseState;
      contact: boolean;
      received_at: Date;
      contacted_at: Date | null;
    }>(
      `SELECT c.state, c.contact, r.received_at, c.contacted_at
       FROM recovery_cases c JOIN responses r ON r.seq = c.seq ${where}`,
      params,
    );
    return rows.map((r) => ({
      state: r.state,
      contact: r.contact,
      receivedAt: r.received_at.toISOString(),
      contactedAt: r.contacted_at?.toISOString() ?? null,
    }));
  }
}

const toCase = (r: Row): StoredCase => ({
  seq: Number(r.seq),
  receivedAt: r.received_at.toISOString(),
  response: r.body,
  state: r.state,
  contact: r.contact,
  history: r.history,
});

function caseWhere(filter: ResponseFilter, beforeSeq: number | undefined, state: CaseState | undefined) {
  const clauses: string[] = ['true'];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    params.push(value);
    clauses.push(`${sql} $${params.length}`);
  };
  add('c.seq <', beforeSeq);
  add('c.state =', state);
  addFilterClauses(filter, (column, operator, value) => add(`${column} ${operator}`, value), 'r.');
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
