// An app that installs feelback from npm and bundles `feelback/define.js` (CONTRACT §1) should ship what the
// script tag ships: the npm modules carry the same minified templates as dist/feelback.js. Run after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const root = new URL('../../', import.meta.url);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Measured (npm run build, then this test): 29 228 B bundled against 29 259 B for dist/feelback.js. With tsc's
 * templates left as written the bundle was 30 034 B, 2.6 % more, so the tolerance sits below that.
 */
const TOLERANCE = 0.01;

describe('feelback/define.js bundled by an app', () => {
  it('keeps no indentation inside the templates of the npm modules', () => {
    const styles = readFileSync(new URL('dist/elements/shared/styles.js', root), 'utf8');
    assert.match(styles, /\bcss\s*`/);
    assert.doesNotMatch(styles, /`[^`]*\n\s{2,}[^`]*`/);
  });

  it(`is within ${TOLERANCE * 100} % of dist/feelback.js, brotli`, async () => {
    // An app build as `vite build` makes it (not library mode, which leaves whitespace for tree-shaking),
    // with lit and zod bundled in and nothing of our vite.config.ts.
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(root),
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        modulePreload: false,
        rollupOptions: { input: fileURLToPath(new URL('dist/define.js', root)) },
      },
    });
    const chunks = [result]
      .flat()
      .flatMap((r) => r.output)
      .filter((c) => c.type === 'chunk');
    const bundled = brotli(chunks.map((c) => c.code).join('\n'));
    const script = brotli(readFileSync(new URL('dist/feelback.js', root)));
    console.log(`feelback/define.js bundled by Vite: ${bundled} B brotli; dist/feelback.js: ${script} B`);
    assert.ok(
      bundled <= script * (1 + TOLERANCE),
      `bundling dist/define.js gives ${bundled} B brotli, more than ${TOLERANCE * 100} % over dist/feelback.js (${script} B)`,
    );
  });
});
