/**
 * Two tabs never send the same response at once: a Web Lock per response where the browser has them,
 * otherwise a lease written into the outbox entry. Whoever gets neither skips the response; the holder
 * re-reads the outbox inside, so a response another tab delivered meanwhile is not sent again.
 */
import { entry, put } from './outbox.js';
import { settings } from './policy.js';

/** This tab, as named in leases. */
export const TAB = Math.random().toString(36).slice(2);

/** How long an attempt may hold a response; a crashed tab's lease ends by itself. */
export const lease = () => ({ tab: TAB, until: Date.now() + settings.timeoutMs + 5000 });

/** Leased by another tab and not expired. */
export const leasedElsewhere = (id: string, now: number) => {
  const held = entry(id)?.lease;
  return !!held && held.tab !== TAB && held.until > now;
};

/** Runs `task` while holding the response exclusively; resolves false (without running) when another tab has it. */
export async function exclusive(id: string, task: () => Promise<void>): Promise<boolean> {
  const locks = (navigator as Partial<Navigator>).locks;
  if (locks) {
    try {
      return await locks.request(`feelback-${id}`, { ifAvailable: true }, async (lock) => {
        if (lock) await task();
        return !!lock;
      });
    } catch {
      // Web Locks refused (e.g. an opaque-origin sandbox): the lease below still keeps tabs apart.
    }
  }
  const e = entry(id);
  if (!e || leasedElsewhere(id, Date.now())) return false;
  put({ ...e, lease: lease() });
  // Other processes see a storage write late: wait a moment and check whose lease survived the race.
  await new Promise((r) => setTimeout(r, 50));
  if (entry(id)?.lease?.tab !== TAB) return false;
  await task();
  return true;
}
