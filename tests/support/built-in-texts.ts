/**
 * Every text of the built-in languages, as a page holds them once each element loaded: the shared texts
 * (src/i18n/en.ts, nl.ts) and each element's own (its folder's texts.ts).
 */
import { choiceTexts } from '../../src/elements/feelback-choice/texts.js';
import { commentTexts } from '../../src/elements/feelback-comment/texts.js';
import { effortTexts } from '../../src/elements/feelback-effort/texts.js';
import { emotionTexts } from '../../src/elements/feelback-emotion/texts.js';
import { kanoTexts } from '../../src/elements/feelback-kano/texts.js';
import { npsTexts } from '../../src/elements/feelback-nps/texts.js';
import { ratingTexts } from '../../src/elements/feelback-rating/texts.js';
import { statementsTexts } from '../../src/elements/feelback-statements/texts.js';
import { reportTexts } from '../../src/elements/feelback-report/texts.js';
import { LANGS } from '../../src/i18n/index.js';
import type { Messages } from '../../src/i18n/messages.js';

const complete = (lang: 'en' | 'nl'): Messages => ({
  ...LANGS[lang],
  ...npsTexts[lang],
  ...emotionTexts[lang],
  ...effortTexts[lang],
  ...ratingTexts[lang],
  ...commentTexts[lang],
  ...kanoTexts[lang],
  ...statementsTexts[lang],
  ...choiceTexts[lang],
  ...reportTexts[lang],
});

export const en = complete('en');
export const nl = complete('nl');
