/**
 * Recovery cases on SQLite. A trigger opens the case: it runs inside whatever transaction inserts the
 * response, so no insert path (the group commit today, any other tomorrow) can store a flagged response
 * without its case.
 */
import type Database from 'better-sqlite3';
import type { Response } from '../schema/response.js';
import type { CaseEvent, CaseState, CaseTimes, RecoveryStore, StoredCase } from './recovery.js';
import { addFilterClauses, type ResponseFilter } from './store.js';

/**
 * Whether a body is flagged: `instr` first, which costs a scan of the text, and only then `json_extract`,
 * which parses it (most responses are not flagged; parsing every body cost a third of the insert time).
 * The bodies are the collector's `JSON.stringify`, with no space after a colon.
 */
export const FLAGGED = `instr(NEW.body, '"needed":true') > 0 AND json_extract(NEW.body, '$.recovery.needed') = 1`;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS recovery_cases (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    contact INTEGER NOT NULL,
    contacted_at TEXT,
    history TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS recovery_cases_state ON recovery_cases (state, seq);
  DROP TRIGGER IF EXISTS recovery_case_on_insert;
  CREATE TRIGGER recovery_case_on_insert AFTER INSERT ON responses
  WHEN ${FLAGGED}
  BEGIN
    INSERT INTO recovery_cases (seq, id, state, contact, history)
    VALUES (NEW.seq, NEW.id, 'open', json_extract(NEW.body, '$.recovery.contact') IS 1,
            json_array(json_object('state', 'open', 'at', NEW.received_at, 'note', NULL)));
  END;`;

/** Responses stored before the table existed get their cases once, when it is made. */
const BACKFILL = `
  INSERT OR IGNORE INTO recovery_cases (seq, id, state, contact, history)
  SELECT seq, id, 'open', json_extract(body, '$.recovery.contact') IS 1,
         json_array(json_object('state', 'open', 'at', received_at, 'note', NULL))
  FROM responses WHERE json_extract(body, '$.recovery.needed') = 1`;

interface Row {
  seq: number;
  received_at: string;
  body: string;
  state: CaseState;
  contact: number;
  history: string;
}

const COLUMNS = 'c.seq, r.received_at, r.body, c.state, c.contact, c.history';

/**
 * Cases first, each one's response by its seq: SQLite's CROSS JOIN keeps the order written. Without table
 * statistics the planner rated the responses, which the filter names, the smaller side, and read every row
 * of a million (or a survey's index entries, or the date index, sorted) to find the few with a case: a
 * summary's recovery figures took 750 ms.
 */
export const CASES_THEN_ROWS = 'recovery_cases c CROSS JOIN responses r ON r.seq = c.seq';

export class SqliteRecovery implements RecoveryStore {
  private readonly statements = new Map<string, Database.Statement>();

  /** Creates the table and trigger when missing; call inside the store's constructor, after its migrations. */
  constructor(private readonly db: Database.Database) {
    db.transaction(() => {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recovery_cases'").get();
      db.exec(SCHEMA);
      if (!exists) db.exec(BACKFILL);
    }).immediate();
  }

  async list(filter: ResponseFilter, state: CaseState | undefined, beforeSeq: number | undefined, limit: number) {
    const { where, params } = caseWhere(filter, beforeSeq, state);
    const sql = `SELECT ${COLUMNS} FROM ${CASES_THEN_ROWS} ${where} ORDER BY c.seq DESC LIMIT ?`;
    return (this.statement(sql).all(...params, limit) as Row[]).map(toCase);
  }

  async get(id: string): Promise<StoredCase | null> {
    const sql = `SELECT ${COLUMNS} FROM recovery_cases c JOIN responses r ON r.seq = c.seq WHERE c.id = ?`;
    const row = this.statement(sql).get(id) as Row | undefined;
    return row ? toCase(row) : null;
  }

  async move(id: string, from: CaseState, event: CaseEvent): Promise<boolean> {
    const sql = `UPDATE recovery_cases SET state = ?, history = json_insert(history, '$[#]', json(?)),
                   contacted_at = CASE WHEN ? = 'contacted' THEN coalesce(contacted_at, ?) ELSE contacted_at END
                 WHERE id = ? AND state = ?`;
    const result = this.statement(sql).run(event.state, JSON.stringify(event), event.state, event.at, id, from);
    return result.changes === 1;
  }

  async times(filter: ResponseFilter): Promise<CaseTimes[]> {
    const { where, params } = caseWhere(filter, undefined, undefined);
    const sql = `SELECT c.state, c.contact, r.received_at, c.contacted_at
                 FROM ${CASES_THEN_ROWS} ${where}`;
    const rows = this.statement(sql).all(...params) as {
      state: CaseState;
      contact: number;
      received_at: string;
      contacted_at: string | null;
    }[];
    return rows.map((r) => ({
      state: r.state,
      contact: r.contact === 1,
      receivedAt: r.received_at,
      contactedAt: r.contacted_at,
    }));
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }
}

const toCase = (r: Row): StoredCase => ({
  seq: r.seq,
  receivedAt: r.received_at,
  response: JSON.parse(r.body) as Response,
  state: r.state,
  contact: r.contact === 1,
  history: JSON.parse(r.history) as CaseEvent[],
});

function caseWhere(filter: ResponseFilter, beforeSeq: number | undefined, state: CaseState | undefined) {
  const clauses: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    clauses.push(sql);
    params.push(value);
  };
  add('c.seq < ?', beforeSeq);
  add('c.state = ?', state);
  addFilterClauses(filter, (column, operator, value) => add(`${column} ${operator} ?`, value), 'r.');
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
