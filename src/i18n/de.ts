/** German. Not in the script-tag bundle (size): `registerTranslation('de', de)`, or a script tag of dist/i18n/de.js. */
import type { Messages } from './messages.js';
import { registerOnPage } from './page.js';

export const de: Messages = {
  survey: {
    title: 'Ihre Meinung',
    submit: 'Senden',
    sending: 'Wird gesendet…',
    next: 'Weiter',
    back: 'Zurück',
    progress: (step, total) => `Frage ${step} von ${total}`,
    thanks: 'Vielen Dank für Ihre Antwort!',
    thanksRecovery:
      'Danke, dass Sie uns das mitteilen. Es tut uns leid, dass es sich nicht gut angefühlt hat; wir nehmen Ihre Erfahrung ernst und kümmern uns darum.',
    contact: 'Dürfen wir Sie zu Ihrer Erfahrung kontaktieren?',
    errorConfig: 'Senden ist im Moment nicht möglich.',
    errorRejected: 'Ihre Antwort konnte nicht verarbeitet werden.',
  },
  required: 'Bitte beantworten Sie diese Frage.',
  nps: {
    question: (subject) => `Wie wahrscheinlich ist es, dass Sie ${subject} einem Freund oder Kollegen weiterempfehlen?`,
    defaultSubject: 'uns',
    low: 'Äußerst unwahrscheinlich',
    high: 'Äußerst wahrscheinlich',
  },
  emotion: {
    question: 'Wie haben Sie sich dabei gefühlt?',
    none: 'Kein besonderes Gefühl',
    strength: (label) => `Wie stark? ${label}`,
    intensityLow: 'ein wenig',
    intensityHigh: 'sehr stark',
    max: (max) => (max === 1 ? 'Sie können ein Gefühl wählen.' : `Sie können bis zu ${max} Gefühle wählen.`),
    chosen: (count, max) => `${count} von ${max} gewählt. Sie können keine weiteren wählen.`,
    full: (max) =>
      `Sie haben bereits ${max === 1 ? 'ein Gefühl' : `${max} Gefühle`} gewählt. Entfernen Sie eines, um ein anderes zu wählen.`,
    incomplete: (label) => `Bitte geben Sie an, wie stark: ${label}.`,
  },
  effort: {
    question: (organisation) => `${organisation} hat es mir leicht gemacht, mein Anliegen zu erledigen.`,
    defaultOrganisation: 'Das Unternehmen',
    anchors: [
      'Stimme überhaupt nicht zu',
      'Stimme nicht zu',
      'Stimme eher nicht zu',
      'Weder noch',
      'Stimme eher zu',
      'Stimme zu',
      'Stimme voll und ganz zu',
    ],
  },
  rating: {
    csat: { question: 'Wie zufrieden sind Sie damit?', low: 'Sehr unzufrieden', high: 'Sehr zufrieden' },
    effectiveness: {
      question: 'Wie gut konnten Sie erledigen, was Sie vorhatten?',
      low: 'Überhaupt nicht',
      high: 'Vollständig',
    },
    ease: { question: 'Wie einfach war es?', low: 'Sehr schwierig', high: 'Sehr einfach' },
    emotion: { question: 'Wie ging es Ihnen dabei?', low: 'Sehr schlecht', high: 'Sehr gut' },
    custom: { question: 'Wie bewerten Sie das?', low: 'Schlecht', high: 'Ausgezeichnet' },
  },
  comment: {
    question: 'Möchten Sie noch etwas hinzufügen?',
    count: (used, max) => `${used} von ${max} Zeichen`,
    left: (left) => `Noch ${left} Zeichen übrig`,
    redacted: 'Persönliche Angaben wie E-Mail-Adressen und Kontonummern werden weggelassen.',
  },
  kano: {
    functional: (feature) => `Wie fänden Sie es, wenn ${feature} vorhanden wäre?`,
    dysfunctional: (feature) => `Wie fänden Sie es, wenn ${feature} nicht vorhanden wäre?`,
    defaultFeature: 'diese Funktion',
    options: {
      like: 'Das würde mich freuen',
      expect: 'Das setze ich voraus',
      neutral: 'Das ist mir egal',
      tolerate: 'Damit könnte ich leben',
      dislike: 'Das würde mich stören',
    },
  },
  statements: {
    question: 'Wie sehr stimmen Sie zu?',
    anchors: ['Stimme überhaupt nicht zu', 'Stimme nicht zu', 'Weder noch', 'Stimme zu', 'Stimme voll und ganz zu'],
  },
  report: {
    title: 'Ergebnisse',
    loading: 'Ergebnisse werden geladen…',
    failed: 'Die Ergebnisse können nicht angezeigt werden.',
    empty: 'Noch keine Antworten.',
    measure: 'Kennzahl',
    value: 'Wert',
    nps: 'Net Promoter Score (NPS)',
    score: 'Score',
    interval: '95-%-Intervall',
    // Soft hyphens (\u00ad): the NPS × balance table breaks these words there, not anywhere, at 320 px.
    categories: {
      promoter: 'Pro\u00admo\u00adto\u00adren',
      passive: 'Pas\u00adsi\u00adve',
      detractor: 'Kri\u00adti\u00adker',
    },
    emotionScore: 'Emotions\u00adscore',
    strong: 'Starke Gefühle',
    strongPositive: 'Stark positiv',
    strongNegative: 'Stark negativ',
    emotions: 'Gewählte Gefühle',
    emotion: 'Gefühl',
    count: 'Anzahl',
    share: 'Anteil',
    crosstab: 'NPS × Gefühlsbilanz',
    balances: {
      positive: 'Po\u00adsi\u00adtiv',
      negative: 'Ne\u00adga\u00adtiv',
      mixed: 'Ge\u00admischt',
      neutral: 'Neu\u00adtral',
    },
    effort: 'Kundenaufwand (CES)',
    mean: 'Mittelwert (1–7)',
    agree: 'Einfach (5–7)',
  },
  emotions: {
    happy: 'Froh',
    relieved: 'Erleichtert',
    valued: 'Wertgeschätzt',
    confident: 'Zuversichtlich',
    surprised: 'Angenehm überrascht',
    angry: 'Verärgert',
    disappointed: 'Enttäuscht',
    worried: 'Besorgt',
    frustrated: 'Frustriert',
    sad: 'Traurig',
  },
};

registerOnPage('de', de);
