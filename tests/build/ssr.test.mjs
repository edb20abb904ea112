// Server rendering (Next.js, Nuxt, Astro) imports the npm entries in Node while it renders the page: each
// built file must import there without a DOM, throw nothing and start nothing (no listener, no timer, no
// outbox flush). Each import runs in a plain Node process of its own, which must then exit by itself.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Imports `specifier` in a fresh Node process run in the project root; resolves with what it printed. */
function importInNode(specifier, after = '') {
  const script = `const m = await import(${JSON.stringify(specifier)}); ${after}`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      // Timeout: a flush, a timer or a listener started by the import would keep the process alive.
      { cwd: root, timeout: 10_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => (error ? reject(Object.assign(error, { stderr })) : resolve({ stdout, stderr })),
    );
  });
}

describe('importing the built npm files in Node', () => {
  for (const file of ['dist/index.js', 'dist/define.js', 'dist/scores.js', 'dist/i18n/de.js', 'dist/i18n/fr.js']) {
    it(`imports ${file} without a DOM, throws nothing and exits by itself`, async () => {
      const { stdout, stderr } = await importInNode(`./${file}`, `console.log(Object.keys(m).length);`);
      assert.equal(stderr, '');
      assert.match(stdout, /^\d+\n$/);
    });
  }

  it('imports the package by its own name (feelback, feelback/define.js, feelback/scores.js) in one process', async () => {
    const { stderr } = await importInNode(
      'feelback',
      `await import('feelback/define.js'); await import('feelback/scores.js');`,
    );
    assert.equal(stderr, '');
  });

  it('defines nothing where customElements is absent', async () => {
    // Lit's Node build brings a customElements shim (for @lit-labs/ssr); without one, define.js must not try.
    const { stdout, stderr } = await importInNode(
      './dist/registry.js',
      `delete globalThis.customElements; m.defineElements(); console.log(typeof customElements);`,
    );
    assert.equal(stderr, '');
    assert.equal(stdout, 'undefined\n');
  });
});
