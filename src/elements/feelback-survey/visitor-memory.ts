/**
 * What feelback remembers about a visitor, all of it in one localStorage key (`feelback`, CONTRACT §8):
 * never a cookie, never sent anywhere. Read and written only after consent (the display controller checks).
 */
export const MEMORY_KEY = 'feelback';

/** Per survey id: whether the visitor fell in its sample, and when they last answered or dismissed it. */
export interface SurveyMemory {
  sampled?: boolean;
  seen?: number;
}

export interface VisitorMemory {
  /** When any feelback survey of the site last opened automatically (ms since the epoch): the cooldown. */
  last?: number;
  /** By survey id; a Map, so an id such as `__proto__` finds nothing it did not store. */
  surveys: Map<string, SurveyMemory>;
}

const isTime = (v: unknown): v is number => typeof v == 'number' && Number.isFinite(v);

/** The memory in `storage`; anything unreadable (another script's value, a full or blocked storage) is empty. */
export function readMemory(storage: Storage | undefined): VisitorMemory {
  const memory: VisitorMemory = { surveys: new Map() };
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(MEMORY_KEY) ?? 'null');
  } catch {
    return memory;
  }
  if (!stored || typeof stored != 'object') return memory;
  const { last, surveys } = stored as { last?: unknown; surveys?: unknown };
  if (isTime(last)) memory.last = last;
  if (surveys && typeof surveys == 'object') {
    for (const [id, value] of Object.entries(surveys)) {
      if (!value || typeof value != 'object') continue;
      const { sampled, seen } = value as Record<string, unknown>;
      const entry: SurveyMemory = {};
      if (typeof sampled == 'boolean') entry.sampled = sampled;
      if (isTime(seen)) entry.seen = seen;
      memory.surveys.set(id, entry);
    }
  }
  return memory;
}

const serialize = (memory: VisitorMemory) =>
  JSON.stringify({ last: memory.last, surveys: Object.fromEntries(memory.surveys) });

/** Stores the memory; a storage that refuses (quota, privacy mode) only costs the memory. */
export function writeMemory(storage: Storage | undefined, memory: VisitorMemory) {
  try {
    storage?.setItem(MEMORY_KEY, serialize(memory));
  } catch {
    // Nothing to do: the visitor is simply asked as if new.
  }
}

/**
 * Reads, changes and writes back in one step, so two surveys on a page never overwrite each other's news.
 * Writes only what changed: looking a visitor up stores nothing.
 */
export function updateMemory(storage: Storage | undefined, change: (memory: VisitorMemory) => void) {
  const memory = readMemory(storage);
  const before = serialize(memory);
  change(memory);
  if (serialize(memory) !== before) writeMemory(storage, memory);
}
