import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

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
 * Leaves `import()` as it is. Vite wraps each one in its preload helper (0.6 KiB in the survey's chunk),
 * which adds `<link rel=modulepreload>` and CSS links for the imported chunk's dependencies; with
 * `modulePreload: false` and no CSS files it would preload nothing, yet it still ships.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'feelback:plain-dynamic-imports',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      const at = plugins.findIndex((p) => p.name === 'native:import-analysis-build');
      if (at >= 0) plugins.splice(at, 1);
    },
  };
}

/**
 * Each tag's module and exported class: one chunk per element, fetched the first time its tag is in the page.
 * Found by the folder convention (`src/elements/feelback-x/feelback-x.ts` exports `FeelbackX`), so a new
 * element needs no entry here.
 */
const ELEMENT_CHUNKS: Record<string, readonly [module: string, exportName: string]> = Object.fromEntries(
  readdirSync('src/elements')
    .filter((tag) => tag.startsWith('feelback-') && existsSync(`src/elements/${tag}/${tag}.ts`))
    .map((tag) => {
      const exportName = tag.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
      return [tag, [`src/elements/${tag}/${tag}.ts`, exportName]] as const;
    }),
);
/** Sends what earlier pages left in the outbox: fetched only when storage holds something. */
const FLUSH_CHUNK = ['src/elements/feelback-survey/submission.ts', 'flushOutbox'] as const;
/** An empty survey draws the default questions: their chunks are fetched with the survey's. */
const ALONGSIDE = { 'feelback-survey': ['feelback-nps', 'feelback-emotion', 'feelback-comment'] };

/**
 * Shared chunks, so that a page makes a handful of requests rather than one per module:
 * - `shared`: what every element draws with (Lit, the shared styles and texts, the question base and the
 *   scale) and the few small modules the survey needs beside them (not `show-if`, which only a page that
 *   uses it imports);
 * - `schema`: zod/mini and the schemas. No question imports them to draw: the survey imports them after its
 *   first render (survey-config.ts), together with delivery (submission.ts, its own chunk), and the emotion
 *   question only to check a custom set or value (src/schema/emotion-checks.ts).
 */
const SHARED_CHUNKS = [
  {
    name: 'shared',
    test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|[\\/]src[\\/](elements[\\/]shared[\\/](?!show-if)|i18n[\\/]|events\.ts|version\.ts|delivery[\\/]attachments\.ts|elements[\\/]feelback-survey[\\/]delivery-events\.ts)/,
  },
  // The core emotion set (zod-free, so the emotion question draws before the schema) and the faces: for the
  // pages that show emotions, the question's and the report's, not in `shared`, which every page loads. One
  // chunk, not two: both pages need both.
  {
    name: 'core-emotions',
    test: /[\\/]src[\\/](schema[\\/]core-emotions|elements[\\/]feelback-emotion[\\/]pictures)\.ts/,
  },
  // The scores of one response: the survey's `feelback-change` details (imported after its first render),
  // `show-if`, the response builder and the report use them. A chunk of their own, not in `shared` (the
  // first paint does not score) nor in `schema` (show-if and the scores need no zod).
  { name: 'scores', test: /[\\/]src[\\/]scores[\\/](response-scores|answers)\.ts/ },
  // What the comment and the choice question's `other` share to draw: the comment's texts, the redaction
  // kinds and the loader of the patterns (redaction.ts). The patterns themselves (redact.ts) are imported
  // after the first render: in no group, so that rolldown makes them a chunk of their own whose `import()`
  // needs no namespace helper.
  { name: 'free-text', test: /[\\/]src[\\/]elements[\\/]feelback-comment[\\/](redaction|texts)\.ts/ },
  // The schema's zod-free values that the comment, choice, Kano and rating questions draw or answer with: not
  // in `shared` (an NPS question or a survey never needs them) nor in `schema` (drawing waits for no zod).
  { name: 'plain', test: /[\\/]src[\\/]schema[\\/]plain\.ts/ },
  // The presets (motivators, golden rules: labels in two languages) belong to the elements that offer them,
  // not to the schema every survey loads.
  {
    name: 'schema',
    test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]schema[\\/](?!presets\.ts|plain\.ts|core-emotions\.ts)/,
  },
];

const MANIFEST = 'dist/.bundle/.vite/manifest.json';

type Manifest = Record<string, { file: string; imports?: string[] }>;

/** A chunk's file and every file it imports, directly or not, as paths relative to dist/. */
function closure(manifest: Manifest, key: string): string[] {
  const files: string[] = [];
  const visit = (k: string) => {
    const file = `./${manifest[k]!.file}`;
    if (files.includes(file)) return;
    files.push(file);
    for (const dep of manifest[k]!.imports ?? []) visit(dep);
  };
  visit(key);
  return files;
}

/** The chunk table the loader carries (src/script-tag.ts), from the manifest of the chunks' build. */
function chunkTable() {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const list = ([module, name]: readonly [string, string]) => [name, ...closure(manifest, module)];
  return {
    elements: Object.fromEntries(Object.entries(ELEMENT_CHUNKS).map(([tag, entry]) => [tag, list(entry)])),
    alongside: ALONGSIDE,
    flush: list(FLUSH_CHUNK),
  };
}

const shared = {
  plugins: [minifyTemplates()],
  build: { target: 'es2022', minify: true, sourcemap: false, reportCompressedSize: false },
} satisfies UserConfig;

/**
 * Two builds, run in this order by scripts/build.mjs:
 * - `--mode chunks`: every element (Lit, zod/mini and the schema in shared chunks, SHARED_CHUNKS) as ES module chunks with
 *   content-hashed names, and the manifest of which chunk imports which;
 * - `--mode loader`: the script tag's entry (src/script-tag.ts) as one file with no imports, carrying the
 *   chunk table; it runs as a module or a classic script. build.mjs writes dist/feelback.js and
 *   dist/feelback.iife.js from it and moves the chunks to dist/chunks/.
 */
export default defineConfig(({ mode }) =>
  mode === 'loader'
    ? {
        ...shared,
        define: { __FEELBACK_CHUNKS__: JSON.stringify(chunkTable()) },
        build: {
          ...shared.build,
          outDir: 'dist/.loader',
          emptyOutDir: true,
          lib: {
            entry: 'src/script-tag.ts',
            formats: ['iife'] as const,
            name: 'feelback',
            fileName: () => 'feelback.js',
          },
        },
      }
    : {
        ...shared,
        plugins: [...shared.plugins, plainDynamicImports()],
        build: {
          ...shared.build,
          outDir: 'dist/.bundle',
          emptyOutDir: true,
          manifest: true,
          modulePreload: false,
          rolldownOptions: {
            input: [...Object.values(ELEMENT_CHUNKS), FLUSH_CHUNK].map(([module]) => module),
            preserveEntrySignatures: 'strict',
            output: {
              format: 'es',
              // Six characters of content hash are enough for a folder of some thirty files, and every name is in
              // the loader's table: each character saved there is a byte every page downloads.
              entryFileNames: 'chunks/[name]-[hash:6].js',
              chunkFileNames: 'chunks/[name]-[hash:6].js',
              codeSplitting: { groups: SHARED_CHUNKS },
            },
          },
        },
      },
);
