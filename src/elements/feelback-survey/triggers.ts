/**
 * Automatic opening (CONTRACT §8 `trigger`): `load`, `delay:<n>s`, `scroll:<n>%`, `exit`, `event:<name>`,
 * space-separated; the first that happens wins and every other is stopped, so a page view opens once.
 */
import type { DisplayEnvironment } from './display-environment.js';

export type TriggerKind = 'load' | 'delay' | 'scroll' | 'exit' | 'event';

export type Trigger =
  | { kind: 'load' }
  | { kind: 'exit' }
  | { kind: 'delay'; ms: number }
  | { kind: 'scroll'; share: number }
  | { kind: 'event'; name: string };

/** The triggers in `text`, and a message for each word that is not one. */
export function parseTriggers(text: string | undefined): { triggers: Trigger[]; errors: string[] } {
  const triggers: Trigger[] = [];
  const errors: string[] = [];
  for (const word of (text ?? '').split(/\s+/).filter(Boolean)) {
    const [kind, arg = ''] = word.split(/:(.*)/s) as [string, string?];
    const delay = /^(\d+(?:\.\d+)?)(s|ms)$/.exec(arg);
    const scroll = /^(\d+(?:\.\d+)?)%$/.exec(arg);
    if (kind === 'load' && !arg) triggers.push({ kind });
    else if (kind === 'exit' && !arg) triggers.push({ kind });
    else if (kind === 'delay' && delay) triggers.push({ kind, ms: Number(delay[1]) * (delay[2] === 's' ? 1000 : 1) });
    else if (kind === 'scroll' && scroll && Number(scroll[1]) <= 100)
      triggers.push({ kind, share: Number(scroll[1]) / 100 });
    else if (kind === 'event' && arg) triggers.push({ kind, name: arg });
    else errors.push(`trigger "${word}" is not one of load, delay:<n>s, scroll:<n>%, exit, event:<name>`);
  }
  return { triggers, errors };
}

/** How far down the page the visitor has scrolled, 0–1; a page that does not scroll counts as read. */
function scrolled(win: Window) {
  const room = win.document.documentElement.scrollHeight - win.innerHeight;
  return room <= 0 ? 1 : win.scrollY / room;
}

/**
 * Starts watching; `fire` is called once, with the kind of the first trigger that happened. Returns the
 * function that stops every watcher (also called after the first fires).
 */
export function watchTriggers(
  triggers: Trigger[],
  env: DisplayEnvironment,
  fire: (kind: TriggerKind) => void,
  win: Window = window,
): () => void {
  const stops: (() => void)[] = [];
  const stop = () => stops.splice(0).forEach((s) => s());
  const once = (kind: TriggerKind) => {
    stop();
    fire(kind);
  };
  const listen = (target: EventTarget, type: string, handler: (e: Event) => void) => {
    target.addEventListener(type, handler, { passive: true });
    stops.push(() => target.removeEventListener(type, handler));
  };
  for (const t of triggers) {
    if (t.kind === 'load' || t.kind === 'delay') {
      // `load` waits for the next task rather than firing inside the survey's own update.
      const id = env.setTimeout(() => once(t.kind), t.kind === 'delay' ? t.ms : 0);
      stops.push(() => env.clearTimeout(id));
    } else if (t.kind === 'scroll') {
      listen(win, 'scroll', () => {
        if (scrolled(win) >= t.share) once('scroll');
      });
    } else if (t.kind === 'exit') {
      if (!env.finePointer()) continue;
      // Leaving the document through its top edge, towards the tabs and the address bar.
      listen(win.document, 'mouseout', (e) => {
        const m = e as MouseEvent;
        if (!m.relatedTarget && m.clientY <= 0) once('exit');
      });
    } else {
      listen(win, t.name, () => once('event'));
    }
  }
  return stop;
}
