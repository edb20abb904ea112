/**
 * Random valid responses from a seed, for the property tests of summary buckets and for the benchmark:
 * every kind of answer the summary counts, repeated names, emotions with and without intensity, and
 * `submittedAt` spread over days with times anywhere in them (so `from`/`to` cut days in two).
 */
import type { Answer, Response } from '../../src/schema/response.js';
import { scoreResponse } from '../../src/scores/response-scores.js';

/** mulberry32: small, fast and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number) => rng() < p;

export const SURVEYS = ['default', 'hypotheek', 'app-rating'];
export const TOUCHPOINTS = [null, 'hypotheek-aanvraag', 'inloggen', 'betalen', 'klantenservice'];
export const CHANNELS = ['web', 'app', 'phone', 'branch'] as const;
export const LANGS = ['nl', 'en', 'de'];
const EMOTIONS = [
  ['relieved', 'positive'],
  ['happy', 'positive'],
  ['grateful', 'positive'],
  ['annoyed', 'negative'],
  ['anxious', 'negative'],
  ['confused', 'negative'],
] as const;
const KANO = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;
const SCALES = ['csat', 'effectiveness', 'ease', 'emotion', 'custom'] as const;

function randomAnswers(rng: Rng): Answer[] {
  const answers: Answer[] = [];
  if (chance(rng, 0.8)) answers.push({ name: 'nps', kind: 'nps', value: int(rng, 0, 10) });
  if (chance(rng, 0.7)) {
    const withIntensity = chance(rng, 0.7);
    const value = Array.from({ length: int(rng, 0, 3) }, () => {
      const [id, valence] = pick(rng, EMOTIONS);
      return withIntensity ? { id, valence, intensity: int(rng, 1, 5) } : { id, valence };
    });
    answers.push({ name: 'emotion', kind: 'emotion', value });
  }
  if (chance(rng, 0.5)) answers.push({ name: 'effort', kind: 'effort', value: int(rng, 1, 7) });
  for (let i = int(rng, 0, 2); i > 0; i--) {
    const points = pick(rng, [5, 5, 7]);
    answers.push({ name: `r${i}`, kind: 'rating', scale: pick(rng, SCALES), points, value: int(rng, 1, points) });
  }
  if (chance(rng, 0.3)) {
    answers.push({
      name: pick(rng, ['kano-pay', 'kano-chat']),
      kind: 'kano',
      feature: pick(rng, ['Betalen met je telefoon', 'Pay by phone']),
      value: { functional: pick(rng, KANO), dysfunctional: pick(rng, KANO) },
    });
  }
  if (chance(rng, 0.3)) {
    const value: Record<string, number> = {};
    for (const id of ['clear', 'fast', 'kind']) if (chance(rng, 0.6)) value[id] = int(rng, 1, 5);
    answers.push({ name: pick(rng, ['about', 'service']), kind: 'statements', value });
  }
  if (chance(rng, 0.3)) {
    const value = ['price', 'speed', 'advice', 'app'].filter(() => chance(rng, 0.4));
    if (value.length > 0) answers.push({ name: pick(rng, ['reason', 'why']), kind: 'choice', value });
  }
  if (chance(rng, 0.2)) answers.push({ name: 'comment', kind: 'comment', value: 'Snel geholpen.' });
  return answers;
}

const uuid = (rng: Rng) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(rng() * 16).toString(16));

/** A response submitted at `start + [0, days)` days, at a random millisecond of its day. */
export function randomResponse(rng: Rng, start: number, days: number): Response {
  const answers = randomAnswers(rng);
  return {
    schema: 'feelback.response/1',
    id: uuid(rng),
    surveyId: pick(rng, SURVEYS),
    touchpoint: pick(rng, TOUCHPOINTS),
    channel: pick(rng, CHANNELS),
    lang: pick(rng, LANGS),
    page: '/',
    submittedAt: new Date(start + Math.floor(rng() * days * 86_400_000)).toISOString(),
    answers,
    scores: scoreResponse(answers),
    recovery: { needed: false, reasons: [] },
    metadata: {},
  };
}
