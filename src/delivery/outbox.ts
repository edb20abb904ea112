/**
 * The outbox: every submitted response until the endpoint took it or refused it for good. It lives in
 * localStorage so a closed tab or a reload loses nothing, and falls back to this tab's memory when storage
 * is blocked or full. Nothing is written before the respondent submits (ePrivacy Art. 5(3)).
 */
import * as z from 'zod/mini';
import { Credentials } from '../schema/config.js';
import { Response } from '../schema/response.js';
import { OUTBOX_KEY as KEY } from './outbox-key.js';
import { settings } from './policy.js';

export const Entry = z.object({
  /** The response, byte for byte what every attempt sends. */
  response: Response,
  /** When it entered the outbox (ms since the epoch): the age bound counts from here. */
  at: z.number(),
  attempts: z.number(),
  /** Not before this time (backoff or `Retry-After`); absent: as soon as possible. */
  due: z.optional(z.number()),
  /** `feelback-queued` has fired: it fires once per response, even across pages. */
  queued: z.optional(z.boolean()),
  /** Absolute endpoint URL; absent when a `transport` delivers it. Headers are never stored: tokens go stale. */
  endpoint: z.optional(z.string()),
  credentials: z.optional(Credentials),
  /** A tab is sending it now (its id) until `until`: `pagehide` in another tab leaves it alone. */
  lease: z.optional(z.object({ tab: z.string(), until: z.number() })),
});
export type Entry = z.infer<typeof Entry>;

/** Responses this tab could not persist; theirs is the only copy, so they are never dropped for it. */
const memory = new Map<string, Entry>();

/**
 * The text last read from or written to storage, with its entries. Every outbox operation reads storage,
 * and a flush of a full outbox does so once per entry: validating 100 entries each time made that
 * quadratic. Storage that still holds the same text needs no second validation.
 */
let known: { raw: string; list: readonly Entry[] } | null = null;

function readStored(): Entry[] {
  try {
    const raw = localStorage.getItem(KEY) ?? '[]';
    if (known?.raw !== raw) {
      const parsed: unknown = JSON.parse(raw);
      // Storage is untrusted input: another script (or another tab) may have written anything under our key.
      known = { raw, list: Array.isArray(parsed) ? parsed.flatMap((x) => Entry.safeParse(x).data ?? []) : [] };
    }
    return [...known.list];
  } catch {
    return [];
  }
}

/** Every entry, persisted ones and this tab's in-memory ones, oldest first. */
export function entries(): Entry[] {
  const stored = readStored().filter((e) => !memory.has(e.response.id));
  return [...stored, ...memory.values()].sort((a, b) => a.at - b.at);
}

export const entry = (id: string) => entries().find((e) => e.response.id === id);

function write(list: Entry[]): boolean {
  try {
    const raw = JSON.stringify(list);
    if (list.length) localStorage.setItem(KEY, raw);
    else localStorage.removeItem(KEY);
    // What this tab wrote is what it reads back next, unless another tab writes in between.
    known = { raw: list.length ? raw : '[]', list: [...list] };
    return true;
  } catch {
    // Blocked (SecurityError) or full (QuotaExceededError).
    return false;
  }
}

/** Adds or replaces an entry; a response storage will not take stays in memory instead. */
export function put(e: Entry) {
  const id = e.response.id;
  const others = readStored().filter((x) => x.response.id !== id);
  if (write([...others, e])) memory.delete(id);
  else {
    memory.set(id, e);
    // A stale persisted copy would let another tab resend what this one is handling.
    write(others);
  }
}

export function remove(id: string) {
  memory.delete(id);
  const stored = readStored();
  if (stored.some((e) => e.response.id === id)) write(stored.filter((e) => e.response.id !== id));
}

/**
 * Removes what is past the bounds (older than the age limit, beyond the count limit, oldest first) and
 * returns it. Responses `keep` names (being sent right now) stay: their answer decides.
 */
export function evict(now: number, keep: (id: string) => boolean): Entry[] {
  const everything = entries();
  const all = everything.filter((e) => !keep(e.response.id));
  const old = all.filter((e) => now - e.at > settings.maxAgeMs);
  const young = all.filter((e) => now - e.at <= settings.maxAgeMs);
  const excess = Math.max(0, everything.length - old.length - settings.maxEntries);
  const gone = [...old, ...young.slice(0, excess)];
  for (const e of gone) remove(e.response.id);
  return gone;
}
