/** The comment's texts (also the choice's note on redaction) in the built-in languages: in its own chunk, fetched only by a page that shows it. */
import type { Texts } from '../../i18n/index.js';

export const commentTexts: Texts<'comment'> = {
  en: {
    comment: {
      question: 'Anything you would like to add?',
      count: (used, max) => `${used} of ${max} characters`,
      left: (left) => `${left} ${left === 1 ? 'character' : 'characters'} left`,
      redacted: 'Personal details such as e-mail addresses and account numbers are left out.',
    },
  },
  nl: {
    comment: {
      question: 'Wilt u nog iets toelichten?',
      count: (used, max) => `${used} van ${max} tekens`,
      left: (left) => `Nog ${left} ${left === 1 ? 'teken' : 'tekens'} over`,
      redacted: 'Persoonlijke gegevens zoals e-mailadressen en rekeningnummers worden weggelaten.',
    },
  },
};
