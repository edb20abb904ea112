import { isServer, type PropertyValues } from 'lit';
import type { SurveyConfig } from '../../schema/config.js';
import { afterPaint } from '../shared/after-paint.js';

/** The survey's properties that make up its config. */
const KEYS = ['surveyId', 'touchpoint', 'channel', 'layout', 'recovery', 'metadata', 'credentials'] as const;

export type ConfigHost = HTMLElement & {
  [K in Exclude<(typeof KEYS)[number], 'metadata'>]?: string;
} & { metadata?: Record<string, string> | string };

type Check = typeof import('./submission.js');
let check: Promise<Check> | undefined;

/**
 * The check (`checkConfig`) comes with delivery (`submission`). The schema's own module (the `schema` chunk,
 * which submission imports) is asked for at the same time: both requests leave at once, rather than the
 * schema chunk only once the submission chunk has arrived and named it, a round trip later.
 */
const loadCheck = () =>
  (check ??= afterPaint()
    .then(() => Promise.all([import('../../schema/config.js'), import('./submission.js')]))
    .then(([, s]) => s));

/**
 * The survey's configuration, read from its attributes and properties. Drawing needs only the layout, read
 * here as the check reads it; the zod check of the whole (`checkConfig`, ./submission.ts) comes with
 * delivery after the first render, and reports each broken attribute as a `config` error then. The survey's
 * `updateComplete` waits for that check, so its errors have arrived when `updateComplete` resolves.
 */
export class SurveyConfigReader {
  #value?: SurveyConfig;
  #checked: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ConfigHost,
    /** Called with each checked config (the recovery rules decide whether to ask for consent). */
    private readonly onChecked: (config: SurveyConfig) => void,
  ) {}

  /** The checked config; undefined until the first check has run. */
  get value() {
    return this.#value;
  }

  /** Settles once the newest check has run and reported. */
  get checked() {
    return this.#checked;
  }

  /**
   * The survey id, from the first render: left-over responses of an earlier page find their survey before
   * its check has run. Unchecked, it is the attribute trimmed, or `default` (DEFAULT_CONFIG's) when empty;
   * only an id over 128 characters reads otherwise, and no stored response carries one.
   */
  get surveyId() {
    return this.#value?.surveyId ?? (this.host.surveyId?.trim() || 'default');
  }

  /** Whether the survey shows one question at a time: `layout="steps"`, trimmed, as `readConfig` reads it. */
  get steps() {
    return this.host.layout?.trim() === 'steps';
  }

  /** From `willUpdate`: checks the config at the first update and whenever one of its properties changed. */
  read(changed: PropertyValues, first: boolean) {
    if (isServer || (!first && !KEYS.some((k) => changed.has(k)))) return;
    const { surveyId, touchpoint, channel, layout, recovery, credentials, metadata } = this.host;
    const input = { surveyId, touchpoint, channel, layout, recovery, credentials, metadata };
    // Callbacks on one promise run in the order they were added: the newest check applies last.
    this.#checked = loadCheck().then(({ checkConfig }) => {
      const config = (this.#value = checkConfig(this.host, input));
      this.onChecked(config);
    });
  }
}
