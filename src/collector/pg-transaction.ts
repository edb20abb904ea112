import type pg from 'pg';

/**
 * `work` in one transaction on one connection of the pool: committed when it resolves, rolled back when it
 * throws (the rollback's own failure is not the error worth reporting), the connection released either way.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
