import type { SharedMessages } from './messages.js';

export const nl: SharedMessages = {
  survey: {
    title: 'Uw mening',
    submit: 'Versturen',
    sending: 'Bezig met versturen…',
    next: 'Volgende',
    back: 'Vorige',
    progress: (step, total) => `Vraag ${step} van ${total}`,
    thanks: 'Bedankt voor uw antwoord!',
    thanksRecovery:
      'Bedankt dat u dit met ons deelt. Het spijt ons dat het niet goed voelde; we nemen uw ervaring serieus en gaan ermee aan de slag.',
    contact: 'Mag er contact met u worden opgenomen over uw ervaring?',
    errorConfig: 'Versturen is nu niet mogelijk.',
    errorRejected: 'Uw antwoord kon niet worden verwerkt.',
  },
  required: 'Beantwoord deze vraag.',
  nps: {
    question: (subject) => `Hoe waarschijnlijk is het dat u ${subject} aanbeveelt aan een vriend of collega?`,
    defaultSubject: 'ons',
    low: 'Zeer onwaarschijnlijk',
    high: 'Zeer waarschijnlijk',
  },
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
  rating: {
    csat: { question: 'Hoe tevreden bent u hierover?', low: 'Zeer ontevreden', high: 'Zeer tevreden' },
    effectiveness: { question: 'In hoeverre kon u doen wat u wilde doen?', low: 'Helemaal niet', high: 'Helemaal' },
    ease: { question: 'Hoe gemakkelijk was het?', low: 'Zeer moeilijk', high: 'Zeer gemakkelijk' },
    emotion: { question: 'Hoe voelde u zich daarbij?', low: 'Zeer slecht', high: 'Zeer goed' },
    custom: { question: 'Hoe beoordeelt u dit?', low: 'Slecht', high: 'Uitstekend' },
  },
  comment: {
    question: 'Wilt u nog iets toelichten?',
    count: (used, max) => `${used} van ${max} tekens`,
    left: (left) => `Nog ${left} ${left === 1 ? 'teken' : 'tekens'} over`,
    redacted: 'Persoonlijke gegevens zoals e-mailadressen en rekeningnummers worden weggelaten.',
  },
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
  statements: {
    question: 'In hoeverre bent u het hiermee eens?',
    anchors: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  },
  choice: {
    question: 'Wat is het meest op u van toepassing?',
    questionMultiple: 'Wat is op u van toepassing?',
    other: 'Anders, namelijk',
    otherText: 'Toelichting bij anders',
    max: (max) => (max === 1 ? 'U kunt er één kiezen.' : `U kunt er maximaal ${max} kiezen.`),
    chosen: (count, max) => `${count} van ${max} gekozen. U kunt er niet meer kiezen.`,
    full: (max) => `U hebt er al ${max} gekozen. Haal er een weg om een andere te kiezen.`,
  },
};
