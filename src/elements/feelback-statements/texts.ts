/** The statements battery's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const statementsTexts: Texts<'statements'> = {
  en: {
    statements: {
      question: 'How much do you agree?',
      anchors: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    },
  },
  nl: {
    statements: {
      question: 'In hoeverre bent u het hiermee eens?',
      anchors: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
    },
  },
};
