/**
 * Contrast from computed colours (WCAG 2.2 relative luminance): what the contrast test measures with.
 * A colour with alpha is laid over what is behind it, up the layout tree (slots and shadow hosts crossed).
 */
export type Rgba = [number, number, number, number];

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` as Chromium computes them. */
export function parseColour(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(text);
  if (srgb) return [+srgb[1]! * 255, +srgb[2]! * 255, +srgb[3]! * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text);
  if (!rgb) throw new Error(`cannot read the colour ${text}`);
  return [+rgb[1]!, +rgb[2]!, +rgb[3]!, rgb[4] === undefined ? 1 : +rgb[4]];
}

/** `top` laid over an opaque `bottom`. */
export const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The element that lays `el` out: its slot, its parent, or its shadow root's host. */
export const layoutParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The opaque colour painted behind `el`'s content: its own background and its ancestors', over the page. */
export function backgroundOf(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node; node = layoutParent(node)) {
    const layer = parseColour(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  const canvas = parseColour(getComputedStyle(document.body).backgroundColor);
  return layers.reduceRight((below, layer) => over(layer, below), canvas[3] === 1 ? canvas : [255, 255, 255, 1]);
}

/** The contrast of a colour property of `el` against what is behind `behind`. */
export const contrastOn = (colour: string, behind: Element | null) => {
  const bg = backgroundOf(behind);
  return contrast(over(parseColour(colour), bg), bg);
};
