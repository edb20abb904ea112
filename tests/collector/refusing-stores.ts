/**
 * Stores whose database itself refuses every insert with an error that quotes the body, as a real failure
 * may (PostgreSQL's `detail` and `where`, SQLite's message): what the collector logs must not repeat it.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PgStore } from '../../src/collector/pg-store.js';
import { SqliteStore } from '../../src/collector/sqlite-store.js';
import type { ResponseStore } from '../../src/collector/store.js';

export async function refusingSqlite(dir: string): Promise<{ store: ResponseStore; code: string }> {
  const file = join(dir, `refusing-${randomUUID()}.db`);
  await new SqliteStore(file).close(); // the schema
  const db = new Database(file);
  db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON responses
           BEGIN SELECT RAISE(ABORT, 'refused: ' || NEW.body); END`);
  db.close();
  return { store: new SqliteStore(file), code: 'SQLITE_CONSTRAINT_TRIGGER' };
}

/** Schemas made here, for the caller to drop from a shared database. */
export const refusingSchemas: string[] = [];

export async function refusingPg(url: string): Promise<{ store: ResponseStore; code: string }> {
  const schema = `feelback_refusing_${randomUUID().replace(/-/g, '')}`;
  refusingSchemas.push(schema);
  const store = await PgStore.open({ connectionString: url, schema });
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(`
      CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'refused: %', NEW.body->'answers'
          USING DETAIL = NEW.body::text, HINT = NEW.body->'metadata'->>'note';
      END $$;
      CREATE TRIGGER refuse BEFORE INSERT ON responses FOR EACH ROW EXECUTE FUNCTION refuse();`);
  } finally {
    await client.end();
  }
  return { store, code: 'P0001' };
}
