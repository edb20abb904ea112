import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

/** Collapses the whitespace inside Lit's html`` and css`` templates: bytes every visitor downloads. */
function minifyTemplates(): Plugin {
  return {
    name: 'feelback:minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/(html|css|svg)`/.test(code)) return null;
      // keepClosingSlash: in SVG, <circle/> without its slash would swallow the next shape as a child.
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { keepClosingSlash: true } });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * Builds the script-tag bundle: everything (Lit, zod/mini, every element) in one file. scripts/build.mjs
 * wraps it in the double-load guard and writes dist/feelback.js and dist/feelback.iife.js from it.
 */
export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist/.bundle',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['iife'],
      name: 'feelback',
      fileName: () => 'feelback.js',
    },
  },
});
