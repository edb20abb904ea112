/**
 * The script tag's entry, dist/feelback.js (module) and dist/feelback.iife.js (classic script): only what
 * every page needs. It defines each element when its tag is first in the document, with code fetched from
 * the chunks beside this file, and sends what an earlier page left in the outbox. It imports nothing at run
 * time except those chunks, so the same code runs as a module and as a classic script.
 */
import { startAutoloader, type ElementClass } from './autoloader.js';
import { OUTBOX_KEY } from './delivery/outbox-key.js';
import { VERSION } from './version.js';

/** One thing to load: the export to take, the chunk that holds it, then every chunk that chunk imports. */
type ChunkList = readonly [exportName: string, entry: string, ...imports: string[]];

/** Written by the build (vite.config.ts) from the chunks' manifest: file names carry content hashes. */
declare const __FEELBACK_CHUNKS__: {
  elements: Record<string, ChunkList>;
  alongside: Record<string, string[]>;
  flush: ChunkList;
};

/**
 * Imports a chunk together with every chunk it imports, all at once, so the shared ones arrive in parallel
 * rather than one round trip later; the module map runs each once, however many copies of this script ask.
 * The paths are relative: a classic script's `import()` resolves against the script's URL like a module's,
 * so `dist/` works wherever it is copied, and nothing is fetched from another host.
 */
async function load<T>([name, ...files]: ChunkList): Promise<T> {
  const modules = (await Promise.all(files.map((file) => import(/* @vite-ignore */ file)))) as Record<
    string,
    unknown
  >[];
  return modules[0]![name] as T;
}

/** Whether an earlier page of this origin left responses to send. Reads only; storage may be blocked. */
function outboxHoldsSomething() {
  try {
    const stored = localStorage.getItem(OUTBOX_KEY);
    return !!stored && stored !== '[]';
  } catch {
    return false;
  }
}

/** Runs `task` when the browser is idle (at the latest after 2 s), or after 200 ms where it cannot tell. */
function whenIdle(task: () => void) {
  if (typeof requestIdleCallback == 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

const LOADED = Symbol.for('feelback.loaded');
const page = globalThis as { [LOADED]?: string };

// Nothing to define outside a browser (server-side rendering imports it too).
if (typeof document !== 'undefined') {
  const loaded = page[LOADED];
  if (loaded) {
    // Loaded twice, or two versions: the first wins (a second Lit would ask for a second `lit-html`
    // Trusted Types policy, which a strict CSP refuses).
    if (loaded !== VERSION) console.warn(`feelback ${VERSION}: feelback ${loaded} is already defined; keeping it`);
  } else {
    page[LOADED] = VERSION;
    const { elements, alongside, flush } = __FEELBACK_CHUNKS__;
    const loaders = Object.fromEntries(
      Object.entries(elements).map(([tag, chunks]) => [tag, () => load<ElementClass>(chunks)]),
    );
    startAutoloader({ loaders, alongside, version: VERSION });
    // With no survey of their id on this page, their events go to `document`. Once the page is idle: reading
    // storage and fetching delivery must not delay a question's first paint.
    whenIdle(() => {
      if (outboxHoldsSomething()) void load<() => Promise<void>>(flush).then((send) => send());
    });
  }
}
