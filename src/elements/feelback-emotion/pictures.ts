import { html, nothing, svg } from 'lit';

/**
 * Original faces drawn for feelback on a 24-unit grid: a round head plus one path for eyes, brows and
 * mouth, stroked in `currentColor` so they follow the text colour and forced-colours mode. Eye dots are
 * zero-length strokes with round caps. Decorative: the label next to each is always visible.
 */
const EYES = 'M9 10v.5M15 10v.5';
const FACES: Record<string, string> = {
  happy: `${EYES}M7.5 14q4.5 5 9 0`,
  relieved: 'M7.5 10q1.5 1.2 3 0M13.5 10q1.5 1.2 3 0M9 15.5q3 2 6 0',
  valued: `${EYES}M8.5 14.5q3.5 3.5 7 0M7 13.5h1M16 13.5h1M12 8.5l-1.8-1.8a1.2 1.2 0 0 1 1.8-1.6 1.2 1.2 0 0 1 1.8 1.6z`,
  confident: `M7.5 8l3-.5M16.5 8l-3-.5${EYES}M8 14.5q4 3 8-1`,
  surprised: `M7.5 7q1.5-1.5 3 0M13.5 7q1.5-1.5 3 0${EYES}M9 14h6q0 3.5-3 3.5T9 14`,
  angry: `M7.5 7.5l3 1.5M16.5 7.5l-3 1.5${EYES}M8.5 16.5q3.5-2 7 0`,
  disappointed: 'M8 11.5h2.5M13.5 11.5H16M9 16q3-1.5 6 0',
  worried: `M7.5 9l3-1.5M16.5 9l-3-1.5${EYES}M8 16q1-1 2 0t2 0 2 0 2 0`,
  frustrated: 'M7.5 8.5l2.5 1.5-2.5 1.5M16.5 8.5L14 10l2.5 1.5M8 16l2-1 2 1 2-1 2 1',
  sad: `M7.5 8.5l3-1M16.5 8.5l-3-1${EYES}M8.5 17q3.5-3 7 0M16 12.5q-1 1.5 0 2 1-.5 0-2`,
};

/** The face for a core emotion id; custom emotions without a face show only their label. */
export function picture(id: string) {
  const d = FACES[id];
  return d
    ? html`<svg part="picture" class="picture" viewBox="0 0 24 24" aria-hidden="true">
        ${svg`<circle cx="12" cy="12" r="10" /><path d=${d} />`}
      </svg>`
    : nothing;
}
