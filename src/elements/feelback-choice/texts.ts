/** The choice question's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const choiceTexts: Texts<'choice'> = {
  en: {
    choice: {
      question: 'Which of these applies most?',
      questionMultiple: 'Which of these apply?',
      other: 'Other',
      otherText: 'Please specify',
      max: (max) => (max === 1 ? 'You can choose one.' : `You can choose up to ${max}.`),
      chosen: (count, max) => `${count} of ${max} chosen. You cannot choose more.`,
      full: (max) => `You have already chosen ${max}. Uncheck one to choose another.`,
    },
  },
  nl: {
    choice: {
      question: 'Wat is het meest op u van toepassing?',
      questionMultiple: 'Wat is op u van toepassing?',
      other: 'Anders, namelijk',
      otherText: 'Toelichting bij anders',
      max: (max) => (max === 1 ? 'U kunt er één kiezen.' : `U kunt er maximaal ${max} kiezen.`),
      chosen: (count, max) => `${count} van ${max} gekozen. U kunt er niet meer kiezen.`,
      full: (max) => `U hebt er al ${max} gekozen. Haal er een weg om een andere te kiezen.`,
    },
  },
};
