/** Configuration read from `<feelback-survey>` attributes: validated, never trusted. */
import * as z from 'zod/mini';
import { Channel, Metadata, RecoveryRule } from './response.js';

export const Layout = z.enum(['stack', 'steps']);
export type Layout = z.infer<typeof Layout>;

export const Credentials = z.enum(['omit', 'same-origin', 'include']);
export type Credentials = z.infer<typeof Credentials>;

/** `recovery="detractor high-effort"`, or `none` for no rules. */
export const RecoveryRules = z.array(RecoveryRule);

export const SurveyConfig = z.object({
  surveyId: z.string().check(z.minLength(1), z.maxLength(128)),
  touchpoint: z.nullable(z.string().check(z.minLength(1), z.maxLength(128))),
  channel: Channel,
  layout: Layout,
  recovery: RecoveryRules,
  metadata: Metadata,
  credentials: Credentials,
});
export type SurveyConfig = z.infer<typeof SurveyConfig>;

export const DEFAULT_CONFIG: SurveyConfig = {
  surveyId: 'default',
  touchpoint: null,
  channel: 'web',
  layout: 'stack',
  recovery: ['detractor', 'strong-negative'],
  metadata: {},
  credentials: 'omit',
};

export interface SurveyAttributes {
  surveyId?: string | null;
  touchpoint?: string | null;
  channel?: string | null;
  layout?: string | null;
  recovery?: string | null;
  metadata?: string | null;
  credentials?: string | null;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for('invalid-json');
  }
}

/**
 * Reads the attributes into a config. Each broken attribute falls back to its default and yields one
 * message, so one typo never costs the other settings (or the response).
 */
export function readConfig(attrs: SurveyAttributes): { config: SurveyConfig; errors: string[] } {
  const errors: string[] = [];
  const pick = <K extends keyof SurveyConfig>(
    key: K,
    attr: string,
    raw: string | null | undefined,
    toValue: (raw: string) => unknown,
  ): SurveyConfig[K] => {
    if (raw == null || raw === '') return DEFAULT_CONFIG[key];
    const parsed = SurveyConfig.shape[key].safeParse(toValue(raw));
    if (parsed.success) return parsed.data as SurveyConfig[K];
    errors.push(`${attr}="${raw}" is not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}; using the default`);
    return DEFAULT_CONFIG[key];
  };
  const config: SurveyConfig = {
    surveyId: pick('surveyId', 'survey-id', attrs.surveyId, (s) => s.trim()),
    touchpoint: pick('touchpoint', 'touchpoint', attrs.touchpoint, (s) => s.trim()),
    channel: pick('channel', 'channel', attrs.channel, (s) => s.trim()),
    layout: pick('layout', 'layout', attrs.layout, (s) => s.trim()),
    recovery: pick('recovery', 'recovery', attrs.recovery, (s) => (s.trim() === 'none' ? [] : words(s))),
    metadata: pick('metadata', 'metadata', attrs.metadata, parseJson),
    credentials: pick('credentials', 'credentials', attrs.credentials, (s) => s.trim()),
  };
  return { config, errors };
}
