/** Queries into a scale question's shadow root, shared by the suite and the elements' own tests. */

export const $ = (el: Element) => el.shadowRoot!;
export const radios = (el: Element) => [...$(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
export const group = (el: Element) => $(el).querySelector('[role=radiogroup]')!;
const byId = (el: Element, id: string) => $(el).getElementById(id);
export const groupName = (el: Element) => byId(el, group(el).getAttribute('aria-labelledby')!)!.textContent!.trim();
export const part = (el: Element, name: string) => $(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const ids = (node: Element, attribute: string) =>
  (node.getAttribute(attribute) ?? '').split(' ').filter(Boolean);

/** The text of a radio's label apart from its description (which it points at with aria-describedby). */
export function shownName(radio: HTMLInputElement): string {
  const label = radio.closest('label')!.cloneNode(true) as HTMLElement;
  for (const id of ids(radio, 'aria-describedby')) label.querySelector(`[id="${id}"]`)?.remove();
  return label.textContent!.trim();
}
