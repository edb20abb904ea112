/**
 * Every text of the built-in languages, as a page holds them once each element loaded: the shared texts
 * (src/i18n/en.ts, nl.ts) and each element's own (its folder's texts.ts).
 */
import { reportTexts } from '../../src/elements/feelback-report/texts.js';
import { LANGS } from '../../src/i18n/index.js';
import type { Messages } from '../../src/i18n/messages.js';

const complete = (lang: 'en' | 'nl'): Messages => ({ ...LANGS[lang], ...reportTexts[lang] });

export const en = complete('en');
export const nl = complete('nl');
