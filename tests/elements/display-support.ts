/**
 * What the display tests share: a clock moved by hand, a clean visitor memory and page view per test, and
 * a look into the survey's shadow root. The display module is the one the survey imports (same URL), so
 * replacing a piece of its environment reaches every survey on the test page.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { environment, pageView } from '../../src/elements/feelback-survey/display-environment.js';
import { MEMORY_KEY } from '../../src/elements/feelback-survey/visitor-memory.js';

export { environment, MEMORY_KEY };

const original = { ...environment };

/** Timers that run only when the test moves the clock. */
export class FakeClock {
  time = Date.UTC(2026, 10, 30, 9);
  #timers = new Map<number, { at: number; run: () => void }>();
  #next = 1;

  install() {
    environment.now = () => this.time;
    environment.setTimeout = (run, ms) => {
      const id = this.#next++;
      this.#timers.set(id, { at: this.time + ms, run });
      return id;
    };
    environment.clearTimeout = (id) => void this.#timers.delete(id as number);
    return this;
  }

  /** Moves time forward, running each timer that falls due, in order. */
  tick(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }

  get pending() {
    return this.#timers.size;
  }
}

/** A fresh visitor on a fresh page view; the real environment back. */
export function resetVisitor() {
  Object.assign(environment, original);
  pageView.openedAutomatically = false;
  localStorage.removeItem(MEMORY_KEY);
}

export const stored = () => JSON.parse(localStorage.getItem(MEMORY_KEY) ?? 'null');

export const part = <T extends HTMLElement = HTMLElement>(s: FeelbackSurvey, name: string) =>
  s.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Asserts where focus is. A boolean, never the elements: chai's diff of two custom elements with shadow
 * roots can take longer than the test's timeout.
 */
export function expectFocusOn(el: Element | null) {
  const active = deepActive();
  const name = (e: Element | null) => (e ? `${e.localName}[part=${e.getAttribute('part')}]` : 'nothing');
  if (active !== el) throw new Error(`focus is on ${name(active)}, expected ${name(el)}`);
}

/** A survey whose display code has arrived and drawn. */
export async function displayed(template: TemplateResult) {
  const survey = await fixture<FeelbackSurvey>(template);
  for (let i = 0; i < 50 && !part(survey, 'panel'); i++) await new Promise((r) => setTimeout(r, 10));
  await survey.updateComplete;
  return survey;
}

/** Whether the panel or dialog shows. */
export const isOpen = (s: FeelbackSurvey) => !!part(s, 'panel')?.checkVisibility();

/** Resolves after the next macrotask: a `load` trigger and event listeners have had their turn. */
export const nextTask = () => new Promise((r) => setTimeout(r, 0));
