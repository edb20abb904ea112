/**
 * The core emotion set, kept free of zod so that `<feelback-emotion>` draws before the `schema` chunk
 * arrives, and in no shared chunk (vite.config.ts), so that a page without the emotion question does not
 * download it.
 */
import type { EmotionSet } from './emotions.js';

/** The core set of INSTRUMENTS.md, in its table order: five positive, then five negative. */
export const CORE_EMOTIONS: EmotionSet = [
  ['happy', 'Blij', 'Happy'],
  ['relieved', 'Opgelucht', 'Relieved'],
  ['valued', 'Gewaardeerd', 'Valued'],
  ['confident', 'Vol vertrouwen', 'Confident'],
  ['surprised', 'Aangenaam verrast', 'Pleasantly surprised'],
  ['angry', 'Boos', 'Angry'],
  ['disappointed', 'Teleurgesteld', 'Disappointed'],
  ['worried', 'Bezorgd', 'Worried'],
  ['frustrated', 'Gefrustreerd', 'Frustrated'],
  ['sad', 'Verdrietig', 'Sad'],
].map(([id, nl, en], i) => ({ id: id!, valence: i < 5 ? 'positive' : 'negative', label: { nl: nl!, en: en! } }));
