// An app that installs feelback from npm and bundles `feelback/define.js` (CONTRACT §1) should ship what our
// own build of the same code ships: the npm modules carry the same minified templates as the script tag's
// chunks. The reference is src/define.ts bundled the same way with vite.config.ts's template minifier (the
// script tag itself is now a small loader with chunks beside it, so its bytes are no reference). Run after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

const root = new URL('../../', import.meta.url);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Measured (npm run build, then this test): 29 492 B bundled against 29 545 B for our own build. With tsc's
 * templates left as written the bundle was 2.6 % larger, so the tolerance sits below that.
 */
const TOLERANCE = 0.01;

describe('feelback/define.js bundled by an app', () => {
  it('keeps no indentation inside the templates of the npm modules', () => {
    const styles = readFileSync(new URL('dist/elements/shared/styles.js', root), 'utf8');
    assert.match(styles, /\bcss\s*`/);
    assert.doesNotMatch(styles, /`[^`]*\n\s{2,}[^`]*`/);
  });

  /** An app build as `vite build` makes it (not library mode, which leaves whitespace for tree-shaking). */
  async function appBuild(input, plugins = []) {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(root),
      plugins,
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        modulePreload: false,
        rollupOptions: { input: fileURLToPath(new URL(input, root)) },
      },
    });
    const chunks = [result]
      .flat()
      .flatMap((r) => r.output)
      .filter((c) => c.type === 'chunk');
    return brotli(chunks.map((c) => c.code).join('\n'));
  }

  it(`is within ${TOLERANCE * 100} % of the same code built with our template minifier, brotli`, async () => {
    // lit and zod bundled in, nothing of our vite.config.ts for the app; the reference gets its plugins.
    const bundled = await appBuild('dist/define.js');
    const loaded = await loadConfigFromFile(
      { command: 'build', mode: 'chunks' },
      fileURLToPath(new URL('vite.config.ts', root)),
      fileURLToPath(root),
      'silent',
    );
    // Only the template minifier: an app's Vite keeps its preload helper around `import()`, which our chunk
    // build leaves out (vite.config.ts, plainDynamicImports), and the comparison is about the templates.
    const minifier = loaded.config.plugins.filter((p) => p.name === 'feelback:minify-templates');
    const reference = await appBuild('src/define.ts', minifier);
    console.log(
      `feelback/define.js bundled by Vite: ${bundled} B brotli; src/define.ts with our build: ${reference} B`,
    );
    assert.ok(
      bundled <= reference * (1 + TOLERANCE),
      `bundling dist/define.js gives ${bundled} B brotli, more than ${TOLERANCE * 100} % over our own build (${reference} B)`,
    );
  });
});
