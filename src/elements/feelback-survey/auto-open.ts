/**
 * Automatic opening of a popover or modal survey (CONTRACT §8): the triggers, within the targeting limits
 * (`pages`, `sample`, `recontact-days`, `cooldown-days`, one per page view), and nothing of it, not even a
 * look into storage, while `consent="pending"`.
 */
import { emitError } from '../../events.js';
import { environment, pageView } from './display-environment.js';
import { readTargeting, refusal } from './targeting.js';
import { parseTriggers, watchTriggers, type TriggerKind } from './triggers.js';
import { updateMemory, type VisitorMemory } from './visitor-memory.js';

type Value = string | number | undefined;

export interface AutoOpenHost extends HTMLElement {
  trigger?: string;
  pages?: string;
  sample?: Value;
  recontactDays?: Value;
  cooldownDays?: Value;
  consent?: string;
}

const text = (v: Value) => (v == null ? undefined : String(v));

export class AutoOpener {
  #stop?: () => void;

  constructor(
    private readonly host: AutoOpenHost,
    /** The survey id the targeting remembers by. */
    private readonly surveyId: () => string,
    /** Whether the survey is open now: an open survey is not opened again. */
    private readonly isOpen: () => boolean,
    private readonly open: (kind: TriggerKind) => void,
  ) {}

  get #pending() {
    return this.host.consent?.trim() === 'pending';
  }

  /** Reads and writes the visitor's memory, only with consent. */
  remember(change: (memory: VisitorMemory) => void) {
    if (!this.#pending) updateMemory(environment.storage(), change);
  }

  /** This survey was answered or dismissed now: `recontact-days` counts from here. */
  seen() {
    const id = this.surveyId();
    this.remember((m) => void m.surveys.set(id, { ...m.surveys.get(id), seen: environment.now() }));
  }

  /** Starts watching the triggers (again), unless this visitor is not to be asked automatically anyway. */
  arm() {
    this.stop();
    if (this.#pending) return;
    const { triggers, errors } = parseTriggers(this.host.trigger);
    for (const message of errors) emitError(this.host, { code: 'config', message });
    if (!triggers.length || this.#refused()) return;
    this.#stop = watchTriggers(triggers, environment, (kind) => {
      // The limits again: another survey may have opened meanwhile.
      if (this.#refused()) return;
      pageView.openedAutomatically = true;
      this.remember((memory) => void (memory.last = environment.now()));
      this.open(kind);
    });
  }

  stop() {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Whether an automatic opening is refused now (the sample drawn and remembered on the way). */
  #refused(): boolean {
    if (this.#pending || this.isOpen() || pageView.openedAutomatically) return true;
    const { host } = this;
    const targeting = readTargeting(
      this.surveyId(),
      {
        pages: host.pages,
        sample: text(host.sample),
        recontactDays: text(host.recontactDays),
        cooldownDays: text(host.cooldownDays),
      },
      (message) => emitError(host, { code: 'config', message }),
    );
    let why: ReturnType<typeof refusal> = null;
    this.remember((memory) => {
      why = refusal(targeting, memory, { path: location.pathname, now: environment.now(), random: environment.random });
    });
    return why !== null;
  }
}
