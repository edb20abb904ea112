/**
 * Who is asked automatically (CONTRACT §8): `pages`, `sample`, `recontact-days`, `cooldown-days`. Pure: the
 * clock, the random source and the memory come in, so tests decide them. The launcher and `open()` never
 * pass through here: a visitor who asks is never throttled.
 */
import type { VisitorMemory } from './visitor-memory.js';

const DAY = 24 * 60 * 60 * 1000;

export interface Targeting {
  surveyId: string;
  /** Space-separated path globs, `*` any characters, `!` before a glob excludes. */
  pages?: string | undefined;
  /** Fraction 0–1 of visitors eligible. */
  sample: number;
  recontactDays: number;
  cooldownDays: number;
}

/** Whether a glob (`*` any characters, everything else literal) matches the whole path. */
export function globMatches(glob: string, path: string): boolean {
  const parts = glob.split('*');
  const first = parts.shift()!;
  if (!path.startsWith(first)) return false;
  let at = first.length;
  const last = parts.pop();
  if (last === undefined) return path.length === at;
  for (const part of parts) {
    const found = path.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return path.length - last.length >= at && path.endsWith(last);
}

/** Whether `pages` lets the survey open on `path`: some include matches (or there is none), no exclude does. */
export function pageMatches(pages: string | undefined, path: string): boolean {
  const globs = (pages ?? '').split(/\s+/).filter(Boolean);
  const includes = globs.filter((g) => !g.startsWith('!'));
  const excludes = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (excludes.some((g) => globMatches(g, path))) return false;
  return includes.length === 0 || includes.some((g) => globMatches(g, path));
}

/** Why a survey does not open automatically, or `null` when it may. */
export type Refusal = 'page' | 'sample' | 'recontact' | 'cooldown' | null;

/**
 * Whether the survey may open automatically now. Draws the sample once per visitor and survey and records
 * the draw in `memory` (the caller stores it), so a reload keeps the decision.
 */
export function refusal(
  targeting: Targeting,
  memory: VisitorMemory,
  { path, now, random }: { path: string; now: number; random: () => number },
): Refusal {
  if (!pageMatches(targeting.pages, path)) return 'page';
  const entry = memory.surveys.get(targeting.surveyId) ?? {};
  if (entry.sampled === undefined) {
    // Only a real fraction draws (and is remembered): everyone is in a sample of 1, nobody in one of 0.
    entry.sampled = targeting.sample >= 1 ? true : targeting.sample <= 0 ? false : random() < targeting.sample;
    if (targeting.sample > 0 && targeting.sample < 1) memory.surveys.set(targeting.surveyId, entry);
  }
  if (!entry.sampled) return 'sample';
  if (entry.seen !== undefined && now - entry.seen < targeting.recontactDays * DAY) return 'recontact';
  if (memory.last !== undefined && now - memory.last < targeting.cooldownDays * DAY) return 'cooldown';
  return null;
}

/** The targeting attributes read as numbers; an unreadable one takes its default and is reported. */
export function readTargeting(
  surveyId: string,
  attrs: {
    pages?: string | undefined;
    sample?: string | undefined;
    recontactDays?: string | undefined;
    cooldownDays?: string | undefined;
  },
  report: (message: string) => void,
): Targeting {
  const number = (name: string, text: string | undefined, fallback: number, max = Infinity) => {
    if (text == null || text.trim() === '') return fallback;
    const n = Number(text);
    if (Number.isFinite(n) && n >= 0 && n <= max) return n;
    report(`${name} must be a number from 0${max < Infinity ? ` to ${max}` : ''}, got "${text}"`);
    return fallback;
  };
  return {
    surveyId,
    pages: attrs.pages,
    sample: number('sample', attrs.sample, 1, 1),
    recontactDays: number('recontact-days', attrs.recontactDays, 30),
    cooldownDays: number('cooldown-days', attrs.cooldownDays, 7),
  };
}
