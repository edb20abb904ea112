/** The Kano question's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const kanoTexts: Texts<'kano'> = {
  en: {
    kano: {
      functional: (feature) => `How would you feel if ${feature} were there?`,
      dysfunctional: (feature) => `How would you feel if ${feature} were not there?`,
      defaultFeature: 'this feature',
      options: {
        like: 'I like it',
        expect: 'I expect it',
        neutral: 'I am neutral',
        tolerate: 'I can live with it',
        dislike: 'I dislike it',
      },
    },
  },
  nl: {
    kano: {
      functional: (feature) => `Hoe zou u het vinden als ${feature} er wel is?`,
      dysfunctional: (feature) => `Hoe zou u het vinden als ${feature} er niet is?`,
      defaultFeature: 'deze functie',
      options: {
        like: 'Vind ik prettig',
        expect: 'Vanzelfsprekend',
        neutral: 'Maakt me niet uit',
        tolerate: 'Kan ik mee leven',
        dislike: 'Vind ik niet prettig',
      },
    },
  },
};
