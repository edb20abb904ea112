/**
 * `node dist/collector/rebuild-buckets.js` (`npm run rebuild-buckets`): fills the summary buckets again from
 * every stored response, on the store `npm start` uses (FEELBACK_DB or DATABASE_URL). Needed once after an
 * upgrade that adds a figure to the summary (or the buckets themselves): until then reads scan the rows.
 * On SQLite, stop the collector first: the rebuild holds the write lock for its whole run, longer than an
 * insert waits. On PostgreSQL, collectors keep running: their inserts wait for the rebuild, then count.
 */
import { describeError } from './log.js';
import { openStore } from './open-store.js';

async function main() {
  const { store, storage } = await openStore(process.env);
  try {
    if (!store.rebuildBuckets) throw new Error(`${storage} keeps no summary buckets`);
    const started = performance.now();
    const n = await store.rebuildBuckets();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`feelback: rebuilt the summary buckets from ${n} responses in ${seconds} s (${storage})`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`feelback: rebuild-buckets failed: ${describeError(error)}`);
  process.exit(1);
});
