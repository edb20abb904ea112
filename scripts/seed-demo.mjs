// npm run seed: fills the demo's database with twelve weeks of made-up responses (scripts/demo-responses.mjs),
// so that the results page (demo/report.html) has trends, touchpoints, channels and comments to show.
// `npm start` seeds nothing: run this once, before or beside it. Same store as `npm start`: FEELBACK_DB
// (default ./data/feelback.db) or DATABASE_URL. Refuses a store that already holds responses unless --force.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoResponses } from './demo-responses.mjs';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(fileURLToPath(new URL('collector/open-store.js', dist)))) {
  console.error('seed: dist/ is missing; run `npm run build` first (npm start does).');
  process.exit(1);
}
const { openStore } = await import(new URL('collector/open-store.js', dist).href);
const { Response } = await import(new URL('schema/response.js', dist).href);
const { scoreResponse } = await import(new URL('scores/response-scores.js', dist).href);

const force = process.argv.includes('--force');
const { store, storage } = await openStore(process.env);
try {
  const before = await store.count();
  if (before > 0 && !force) {
    console.error(`seed: ${storage} already holds ${before} responses; add --force to add the demo's anyway.`);
    process.exitCode = 1;
  } else {
    let created = 0;
    for (const response of demoResponses({ score: scoreResponse })) {
      // Checked like the collector checks a POST: the demo never stores what a browser could not send.
      const parsed = Response.safeParse(response);
      if (!parsed.success) throw new Error(`seed: invalid demo response: ${parsed.error.message}`);
      const outcome = await store.insert(parsed.data, new Date(response.submittedAt));
      if (outcome === 'created' || outcome === true) created++;
    }
    console.log(`seed: ${created} demo responses over twelve weeks stored in ${storage}`);
  }
} finally {
  await store.close();
}
