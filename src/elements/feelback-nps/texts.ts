/** The NPS question's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const npsTexts: Texts<'nps'> = {
  en: {
    nps: {
      question: (subject) => `How likely are you to recommend ${subject} to a friend or colleague?`,
      defaultSubject: 'us',
      low: 'Not at all likely',
      high: 'Extremely likely',
    },
  },
  nl: {
    nps: {
      question: (subject) => `Hoe waarschijnlijk is het dat u ${subject} aanbeveelt aan een vriend of collega?`,
      defaultSubject: 'ons',
      low: 'Zeer onwaarschijnlijk',
      high: 'Zeer waarschijnlijk',
    },
  },
};
