/**
 * Defines each feelback tag the first time it is in the document: a page pays only for the elements it
 * shows. The idea of Shoelace's and Web Awesome's autoloaders (a MutationObserver over the document, one
 * import per undefined tag), with two additions: elements that draw other feelback elements in their shadow
 * root (the default survey draws NPS, emotion and comment) have that root watched too, and a tag may name
 * tags worth fetching alongside it, so the default survey's questions do not wait for the survey to render.
 * The tags found together are defined together, once all their chunks are in (see `discover`).
 */

/** A custom element class as a feelback chunk exports it. */
export type ElementClass = CustomElementConstructor & { version?: string };

/** Fetches (or finds) the class of one tag. */
export type ElementLoader = () => Promise<ElementClass>;

export interface AutoloaderOptions {
  /** Every tag this autoloader may define, with how to get its class. */
  loaders: Record<string, ElementLoader>;
  /**
   * Tags fetched alongside a tag whose element has no element children: an empty `<feelback-survey>`
   * renders the default questions, so their code is fetched with the survey's rather than after it.
   */
  alongside?: Record<string, readonly string[]>;
  /** Reported when a tag is already defined by another version. */
  version: string;
}

export interface Autoloader {
  /** Defines the feelback tags in `root` (and below) that are not defined yet; resolves when they are. */
  discover(root: ParentNode): Promise<void>;
  /** Stops watching the document and the shadow roots. */
  stop(): void;
}

/** Starts watching the document and defines every feelback tag already in it. */
export function startAutoloader({ loaders, alongside = {}, version }: AutoloaderOptions): Autoloader {
  const selector = Object.keys(loaders).join(',');
  const pending = new Map<string, Promise<ElementClass | undefined>>();
  /** Each shadow root watched, with the discovery of what it held when first drawn. */
  const watched = new WeakMap<ShadowRoot, Promise<void>>();
  let warned = false;

  function define(tag: string, ctor: ElementClass) {
    const existing = customElements.get(tag) as ElementClass | undefined;
    if (!existing) customElements.define(tag, ctor);
    else if (existing !== ctor && !warned && existing.version && existing.version !== ctor.version) {
      warned = true;
      console.warn(
        `feelback ${version}: <${tag}> is already defined by feelback ${existing.version}; keeping that one`,
      );
    }
  }

  /** The class of a tag not defined yet, fetched once; undefined when its chunk failed (warned). */
  function fetchClass(tag: string): Promise<ElementClass | undefined> {
    let done = pending.get(tag);
    if (!done) {
      done = loaders[tag]!().catch((error: unknown) => {
        console.warn(`feelback: could not load <${tag}>`, error);
        return undefined;
      });
      pending.set(tag, done);
    }
    return done;
  }

  /** Once the element has drawn itself, the feelback elements in its shadow root are discovered too. */
  async function watchShadow(el: Element) {
    if (!customElements.get(el.localName)) return; // its chunk failed to load: warned already
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot;
    if (!root) return;
    // A second discovery of the same element waits for the first's: `discover` resolves once all is defined.
    let done = watched.get(root);
    if (!done) {
      observer.observe(root, { childList: true, subtree: true });
      watched.set(root, (done = discover(root)));
    }
    await done;
  }

  async function discover(root: ParentNode): Promise<void> {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    const tags = new Set<string>();
    for (const el of found) {
      tags.add(el.localName);
      if (!el.firstElementChild) for (const tag of alongside[el.localName] ?? []) tags.add(tag);
    }
    const missing = [...tags].filter((tag) => !customElements.get(tag));
    const classes = await Promise.all(missing.map(fetchClass));
    // A task of its own: evaluating the chunks and drawing the elements are two shorter tasks, not one long.
    if (missing.length) await new Promise((resolve) => setTimeout(resolve));
    // All at once, when the last chunk is in: a survey and its questions upgrade and draw in one task, so the
    // page lays out and paints them once, rather than a survey frame first and each question a task later.
    missing.forEach((tag, i) => {
      const ctor = classes[i];
      if (ctor) define(tag, ctor);
    });
    await Promise.all(found.map(watchShadow));
  }

  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  void discover(document);
  return { discover, stop: () => observer.disconnect() };
}
