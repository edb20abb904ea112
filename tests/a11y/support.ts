/** What the accessibility tests share: every element's tag and the CSS it ships. */
import type { CSSResultOrNative } from 'lit';
import { FeelbackWorklist } from '../../src/elements/feelback-worklist/feelback-worklist.js';

// Not in define.js (the autoloader fetches it as a chunk of its own): defined here so its styles are checked.
if (!customElements.get('feelback-worklist')) customElements.define('feelback-worklist', FeelbackWorklist);

export const QUESTIONS = [
  'feelback-nps',
  'feelback-emotion',
  'feelback-effort',
  'feelback-rating',
  'feelback-comment',
  'feelback-choice',
  'feelback-kano',
  'feelback-statements',
] as const;
export const TAGS = ['feelback-survey', ...QUESTIONS, 'feelback-report', 'feelback-worklist'] as const;

/** The source text of every style sheet an element adopts. */
export function styleText(tag: string): string {
  const ctor = customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] };
  return ctor.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
}

/** Every element under `root` as laid out: light DOM children and, depth first, each shadow root's. */
export function* deep(root: Element): Generator<Element> {
  yield root;
  if (root.shadowRoot) for (const child of root.shadowRoot.children) yield* deep(child);
  for (const child of root.children) yield* deep(child);
}
