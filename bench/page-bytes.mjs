// The bytes a page fetches from the built script tag, split at the first paint: bench/size.mjs prints them
// and tests/build/bundle.test.mjs gates them. Each file is brotli q11 on its own, as a server sends it.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Chunks imported only when an attribute asks for them (`show-if`, `display="popover|modal"`,
 * `layout="steps"`): a page without the attribute never fetches them (tests/build/bundle.test.mjs counts
 * what Chromium fetched), so they are listed on their own rather than in every page's total.
 */
export const ON_DEMAND = /^chunks\/(show-if|display-controller|steps-controller)-/;

/** `page(tags)` over the build in `root` (a URL ending in `/`): what a page with those tags fetches. */
export function pageBytes(root) {
  const brotli = (file) =>
    brotliCompressSync(readFileSync(new URL(`dist/${file}`, root)), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  // What a page fetches: the script, then each element's chunk with every chunk it imports, as the loader's
  // table (written into dist/feelback.js by the build) lists them.
  const script = readFileSync(new URL('dist/feelback.js', root), 'utf8');
  const table = {};
  for (const [, tag, list] of script.matchAll(/"(feelback-[a-z]+)":\[([^\]]+)\]/g)) {
    // The first table is the chunks; the later `alongside` one names tags, not files.
    table[tag] ??= [...list.matchAll(/\.\/(chunks\/[^`"']+)/g)].map((m) => m[1]);
  }
  /** The chunks a chunk imports: statically (`from"./x.js"`), or with `import()` once it runs. */
  const importsOf = (file) => {
    const code = readFileSync(new URL(`dist/${file}`, root), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const list = (re) => [...code.matchAll(re)].map((m) => dir + m[1].slice(2));
    return {
      static: list(/(?:from|import)\s*["'`](\.\/[^"'`]+)["'`]/g),
      dynamic: list(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g),
    };
  };
  /** `files` with every chunk they import statically, directly or not. */
  const closed = (files) => {
    const all = new Set(files);
    for (const f of all) for (const dep of importsOf(f).static) all.add(dep);
    return all;
  };
  const sum = (files) => [...files].reduce((total, f) => total + brotli(f), 0);
  /**
   * Before visible: the script and each tag's chunks as the loader's table lists them (all a question needs
   * to be drawn). After: what those chunks import with `import()` once drawn (the config check, the response
   * schema, zod and delivery), which arrives before the respondent can press Send.
   */
  const page = (tags) => {
    const first = closed(['feelback.js', ...tags.flatMap((tag) => table[tag])]);
    const later = closed([...first].flatMap((f) => importsOf(f).dynamic).filter((f) => !ON_DEMAND.test(f)));
    for (const f of first) later.delete(f);
    return { files: first.size + later.size, before: sum(first), after: sum(later), brotli: sum(first) + sum(later) };
  };
  return { page, ON_DEMAND };
}
