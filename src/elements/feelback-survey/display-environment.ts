/**
 * What the display code takes from the page: clock, timers, random source, storage, the kind of pointer.
 * One object, so tests replace a piece (a clock they move by hand, a random source they choose) and put it
 * back. The page view's single automatic opening lives here too: every survey on the page shares it.
 */
export interface DisplayEnvironment {
  now(): number;
  random(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  storage(): Storage | undefined;
  /** Exit intent is a desktop gesture: only a fine pointer that can hover leaves through the top. */
  finePointer(): boolean;
}

export const environment: DisplayEnvironment = {
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as number),
  storage: () => {
    try {
      return localStorage;
    } catch {
      // Blocked storage (a sandboxed frame, some privacy modes) throws on access: remember nothing.
      return undefined;
    }
  },
  finePointer: () => matchMedia('(hover: hover) and (pointer: fine)').matches,
};

/** At most one automatic opening per page view, across every survey (CONTRACT §8). */
export const pageView = { openedAutomatically: false };
