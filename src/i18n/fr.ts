/** French. Not in the script-tag bundle (size): `registerTranslation('fr', fr)`, or a script tag of dist/i18n/fr.js. */
import type { Messages } from './messages.js';
import { registerOnPage } from './page.js';

// French typography: a narrow no-break space (\u202f) before ? ! ; and a no-break space (\u00a0) before %.
export const fr: Messages = {
  survey: {
    title: 'Votre avis',
    submit: 'Envoyer',
    sending: 'Envoi en cours…',
    next: 'Suivant',
    back: 'Précédent',
    progress: (step, total) => `Question ${step} sur ${total}`,
    thanks: 'Merci pour votre réponse\u202f!',
    thanksRecovery:
      'Merci de nous en avoir fait part. Nous regrettons que cela ne se soit pas bien passé\u202f; nous prenons votre expérience au sérieux et allons y donner suite.',
    contact: 'Pouvons-nous vous contacter au sujet de votre expérience\u202f?',
    errorConfig: 'L’envoi est impossible pour le moment.',
    errorRejected: 'Votre réponse n’a pas pu être traitée.',
    launcher: 'Donner votre avis',
    close: 'Fermer',
  },
  required: 'Veuillez répondre à cette question.',
  nps: {
    question: (subject) =>
      `Quelle est la probabilité que vous recommandiez ${subject} à un ami ou à un collègue\u202f?`,
    defaultSubject: 'nos services',
    low: 'Pas du tout probable',
    high: 'Extrêmement probable',
  },
  emotion: {
    question: 'Qu’avez-vous ressenti\u202f?',
    none: 'Aucun sentiment particulier',
    strength: (label) => `Avec quelle intensité\u202f? ${label}`,
    intensityLow: 'un peu',
    intensityHigh: 'très fortement',
    max: (max) => (max === 1 ? 'Vous pouvez choisir un sentiment.' : `Vous pouvez choisir jusqu’à ${max} sentiments.`),
    chosen: (count, max) => `${count} sur ${max} choisis. Vous ne pouvez pas en choisir davantage.`,
    full: (max) =>
      `Vous avez déjà choisi ${max === 1 ? 'un sentiment' : `${max} sentiments`}. Décochez-en un pour en choisir un autre.`,
    incomplete: (label) => `Veuillez indiquer l’intensité\u202f: ${label}.`,
  },
  effort: {
    question: (organisation) => `${organisation} m’a facilité le traitement de ma demande.`,
    defaultOrganisation: 'L’organisation',
    anchors: [
      'Pas du tout d’accord',
      'Pas d’accord',
      'Plutôt pas d’accord',
      'Ni d’accord ni pas d’accord',
      'Plutôt d’accord',
      'D’accord',
      'Tout à fait d’accord',
    ],
  },
  rating: {
    csat: { question: 'Quel est votre niveau de satisfaction\u202f?', low: 'Très insatisfait', high: 'Très satisfait' },
    effectiveness: {
      question: 'Dans quelle mesure avez-vous pu faire ce que vous vouliez\u202f?',
      low: 'Pas du tout',
      high: 'Entièrement',
    },
    ease: { question: 'Était-ce facile\u202f?', low: 'Très difficile', high: 'Très facile' },
    emotion: { question: 'Comment l’avez-vous vécu\u202f?', low: 'Très mal', high: 'Très bien' },
    custom: { question: 'Quelle note donnez-vous\u202f?', low: 'Mauvais', high: 'Excellent' },
  },
  comment: {
    question: 'Souhaitez-vous ajouter quelque chose\u202f?',
    count: (used, max) => `${used} sur ${max} caractères`,
    left: (left) => (left > 1 ? `${left} caractères restants` : `${left} caractère restant`),
    redacted: 'Les données personnelles comme les adresses e-mail et les numéros de compte sont retirées.',
  },
  kano: {
    functional: (feature) => `Que penseriez-vous si ${feature} était disponible\u202f?`,
    dysfunctional: (feature) => `Que penseriez-vous si ${feature} n’était pas disponible\u202f?`,
    defaultFeature: 'cette fonction',
    options: {
      like: 'Cela me plairait',
      expect: 'Cela va de soi',
      neutral: 'Cela m’est égal',
      tolerate: 'Je peux m’en accommoder',
      dislike: 'Cela me déplairait',
    },
  },
  statements: {
    question: 'Dans quelle mesure êtes-vous d’accord\u202f?',
    anchors: [
      'Pas du tout d’accord',
      'Pas d’accord',
      'Ni d’accord ni pas d’accord',
      'D’accord',
      'Tout à fait d’accord',
    ],
  },
  choice: {
    question: 'Qu’est-ce qui s’applique le plus\u202f?',
    questionMultiple: 'Qu’est-ce qui s’applique\u202f?',
    other: 'Autre',
    otherText: 'Précisez',
    max: (max) => (max === 1 ? 'Vous pouvez en choisir une.' : `Vous pouvez en choisir jusqu’à ${max}.`),
    chosen: (count, max) => `${count} sur ${max} choisies. Vous ne pouvez plus en choisir.`,
    full: (max) => `Vous en avez déjà choisi ${max}. Décochez-en une pour en choisir une autre.`,
  },
  report: {
    title: 'Résultats',
    loading: 'Chargement des résultats…',
    failed: 'Les résultats ne peuvent pas être affichés.',
    empty: 'Pas encore de réponses.',
    measure: 'Mesure',
    value: 'Valeur',
    nps: 'Net Promoter Score (NPS)',
    score: 'Score',
    interval: 'Intervalle à 95\u00a0%',
    // Soft hyphens (\u00ad): the NPS × balance table breaks these words there, not anywhere, at 320 px.
    categories: {
      promoter: 'Pro\u00admo\u00adteurs',
      passive: 'Pas\u00adsifs',
      detractor: 'Dé\u00adtrac\u00adteurs',
    },
    emotionScore: 'Score émo\u00adtion\u00adnel',
    strong: 'Sentiments forts',
    strongPositive: 'Fortement positif',
    strongNegative: 'Fortement négatif',
    emotions: 'Sentiments choisis',
    emotion: 'Sentiment',
    count: 'Nombre',
    share: 'Part',
    crosstab: 'NPS × bilan émotionnel',
    balances: {
      positive: 'Po\u00adsi\u00adtif',
      negative: 'Né\u00adga\u00adtif',
      mixed: 'Mixte',
      neutral: 'Neutre',
    },
    effort: 'Effort client (CES)',
    mean: 'Moyenne (1–7)',
    agree: 'Facile (5–7)',
  },
  emotions: {
    happy: 'Content',
    relieved: 'Soulagé',
    valued: 'Valorisé',
    confident: 'Confiant',
    surprised: 'Agréablement surpris',
    angry: 'En colère',
    disappointed: 'Déçu',
    worried: 'Inquiet',
    frustrated: 'Frustré',
    sad: 'Triste',
  },
};

registerOnPage('fr', fr);
