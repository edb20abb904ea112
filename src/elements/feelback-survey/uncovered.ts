/**
 * Focus not obscured (WCAG 2.4.11) for the popover: the launcher and the panel sit in a corner of the page,
 * above whatever is there; when the page's focused element is under them, they move to the other edge, and
 * when it is covered there too, it is scrolled clear.
 */
import type { ReactiveControllerHost } from 'lit';

/** The focused element, looking into shadow roots (a question's radio inside the survey, say). */
export function deepActive(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export class KeepUncovered {
  /** Moved to the top edge, away from the page's focused element. */
  top = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the survey is a popover now (a modal covers the page by design). */
    private readonly active: () => boolean,
    private readonly part: (name: string) => HTMLElement | null,
  ) {}

  /** Focus moved on the page while the panel is open: keep the focused element uncovered. */
  onPageFocus = (e: FocusEvent) => {
    if (this.active() && !e.composedPath().includes(this.host)) void this.avoid(deepActive());
  };

  /** Moves the launcher and panel to the other edge when they cover `el`; scrolls `el` clear if both do. */
  async avoid(el: HTMLElement | null) {
    if (!el || !this.active() || this.host.contains(el)) return;
    const covered = () =>
      ['panel', 'launcher'].some((p) => {
        const part = this.part(p);
        return !!part && part.checkVisibility() && overlaps(part.getBoundingClientRect(), el.getBoundingClientRect());
      });
    if (!covered()) return;
    this.top = !this.top;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!covered()) return;
    this.top = !this.top;
    this.host.requestUpdate();
    el.scrollIntoView({ block: 'center' });
  }
}
