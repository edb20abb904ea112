/** The rating question's texts (per kind) in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const ratingTexts: Texts<'rating'> = {
  en: {
    rating: {
      csat: { question: 'How satisfied are you with this?', low: 'Very dissatisfied', high: 'Very satisfied' },
      effectiveness: {
        question: 'How well could you do what you wanted to do?',
        low: 'Not at all',
        high: 'Completely',
      },
      ease: { question: 'How easy was it?', low: 'Very difficult', high: 'Very easy' },
      emotion: { question: 'How did you feel about it?', low: 'Very bad', high: 'Very good' },
      custom: { question: 'How would you rate this?', low: 'Poor', high: 'Excellent' },
    },
  },
  nl: {
    rating: {
      csat: { question: 'Hoe tevreden bent u hierover?', low: 'Zeer ontevreden', high: 'Zeer tevreden' },
      effectiveness: { question: 'In hoeverre kon u doen wat u wilde doen?', low: 'Helemaal niet', high: 'Helemaal' },
      ease: { question: 'Hoe gemakkelijk was het?', low: 'Zeer moeilijk', high: 'Zeer gemakkelijk' },
      emotion: { question: 'Hoe voelde u zich daarbij?', low: 'Zeer slecht', high: 'Zeer goed' },
      custom: { question: 'Hoe beoordeelt u dit?', low: 'Slecht', high: 'Uitstekend' },
    },
  },
};
