/** The emotion question's texts in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const emotionTexts: Texts<'emotion'> = {
  en: {
    emotion: {
      question: 'How did this make you feel?',
      none: 'No particular feeling',
      strength: (label) => `How strongly? ${label}`,
      intensityLow: 'a little',
      intensityHigh: 'very strongly',
      max: (max) => (max === 1 ? 'You can choose one feeling.' : `You can choose up to ${max} feelings.`),
      chosen: (count, max) => `${count} of ${max} chosen. You cannot choose more.`,
      full: (max) =>
        `You have already chosen ${max === 1 ? 'a feeling' : `${max} feelings`}. Uncheck one to choose another.`,
      incomplete: (label) => `Please choose how strongly: ${label}.`,
    },
  },
  nl: {
    emotion: {
      question: 'Hoe voelde u zich hierbij?',
      none: 'Geen uitgesproken gevoel',
      strength: (label) => `Hoe sterk? ${label}`,
      intensityLow: 'een beetje',
      intensityHigh: 'heel sterk',
      max: (max) => (max === 1 ? 'U kunt één gevoel kiezen.' : `U kunt maximaal ${max} gevoelens kiezen.`),
      chosen: (count, max) => `${count} van ${max} gekozen. U kunt er niet meer kiezen.`,
      full: (max) =>
        `U hebt al ${max === 1 ? 'een gevoel' : `${max} gevoelens`} gekozen. Haal er eerst een weg om een ander te kiezen.`,
      incomplete: (label) => `Geef aan hoe sterk: ${label}.`,
    },
  },
};
