/** The effort question's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const effortTexts: Texts<'effort'> = {
  en: {
    effort: {
      question: (organisation) => `${organisation} made it easy for me to handle my issue.`,
      defaultOrganisation: 'The organisation',
      anchors: [
        'Strongly disagree',
        'Disagree',
        'Somewhat disagree',
        'Neither agree nor disagree',
        'Somewhat agree',
        'Agree',
        'Strongly agree',
      ],
    },
  },
  nl: {
    effort: {
      question: (organisation) => `${organisation} maakte het mij gemakkelijk om mijn zaak te regelen.`,
      defaultOrganisation: 'De organisatie',
      anchors: [
        'Helemaal mee oneens',
        'Mee oneens',
        'Enigszins mee oneens',
        'Neutraal',
        'Enigszins mee eens',
        'Mee eens',
        'Helemaal mee eens',
      ],
    },
  },
};
