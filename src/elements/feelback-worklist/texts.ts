/**
 * The worklist's texts in the four languages feelback ships. Kept with the element, not in the survey's
 * translations: the survey's chunks should not carry a page only the service team opens.
 */
import type { RecoveryRule } from '../../schema/response.js';

type CaseState = 'open' | 'contacted' | 'resolved' | 'dismissed';

export interface WorklistTexts {
  title: string;
  loading: string;
  failed: string;
  empty: string;
  noConsent: string;
  consent: string;
  received: string;
  why: string;
  reasons: Record<RecoveryRule, string>;
  emotions: string;
  comment: string;
  note: string;
  /** The button that moves a case to the state. */
  move: Record<Exclude<CaseState, 'open'>, string>;
  state: Record<CaseState, string>;
  moved: (state: string) => string;
  refused: string;
  more: string;
}

const en: WorklistTexts = {
  title: 'Customers to call back',
  loading: 'Loading…',
  failed: 'The worklist could not be loaded.',
  empty: 'No cases.',
  noConsent: 'No consent to contact',
  consent: 'May be contacted',
  received: 'Received',
  why: 'Why',
  reasons: {
    detractor: 'Detractor (NPS 0–6)',
    'strong-negative': 'Strong negative emotion',
    'high-effort': 'High effort',
  },
  emotions: 'Emotions',
  comment: 'Comment',
  note: 'Note',
  move: { contacted: 'Mark contacted', resolved: 'Mark resolved', dismissed: 'Dismiss' },
  state: { open: 'open', contacted: 'contacted', resolved: 'resolved', dismissed: 'dismissed' },
  moved: (state) => `Case moved to ${state}.`,
  refused: 'This move is no longer possible; the list was reloaded.',
  more: 'Show more',
};

const nl: WorklistTexts = {
  title: 'Klanten om terug te bellen',
  loading: 'Laden…',
  failed: 'De werklijst kon niet worden geladen.',
  empty: 'Geen zaken.',
  noConsent: 'Geen toestemming voor contact',
  consent: 'Mag worden benaderd',
  received: 'Ontvangen',
  why: 'Waarom',
  reasons: {
    detractor: 'Criticus (NPS 0–6)',
    'strong-negative': 'Sterke negatieve emotie',
    'high-effort': 'Veel moeite',
  },
  emotions: 'Emoties',
  comment: 'Opmerking',
  note: 'Notitie',
  move: { contacted: 'Markeer als gebeld', resolved: 'Markeer als opgelost', dismissed: 'Afsluiten zonder contact' },
  state: { open: 'open', contacted: 'gebeld', resolved: 'opgelost', dismissed: 'afgesloten' },
  moved: (state) => `Zaak staat nu op ${state}.`,
  refused: 'Deze stap kan niet meer; de lijst is opnieuw geladen.',
  more: 'Meer tonen',
};

const de: WorklistTexts = {
  title: 'Kunden zum Rückruf',
  loading: 'Wird geladen…',
  failed: 'Die Arbeitsliste konnte nicht geladen werden.',
  empty: 'Keine Fälle.',
  noConsent: 'Keine Einwilligung zur Kontaktaufnahme',
  consent: 'Darf kontaktiert werden',
  received: 'Eingegangen',
  why: 'Warum',
  reasons: {
    detractor: 'Kritiker (NPS 0–6)',
    'strong-negative': 'Starke negative Emotion',
    'high-effort': 'Hoher Aufwand',
  },
  emotions: 'Emotionen',
  comment: 'Kommentar',
  note: 'Notiz',
  move: { contacted: 'Als kontaktiert markieren', resolved: 'Als gelöst markieren', dismissed: 'Verwerfen' },
  state: { open: 'offen', contacted: 'kontaktiert', resolved: 'gelöst', dismissed: 'verworfen' },
  moved: (state) => `Fall ist jetzt ${state}.`,
  refused: 'Dieser Schritt ist nicht mehr möglich; die Liste wurde neu geladen.',
  more: 'Mehr anzeigen',
};

const fr: WorklistTexts = {
  title: 'Clients à rappeler',
  loading: 'Chargement…',
  failed: 'La liste n’a pas pu être chargée.',
  empty: 'Aucun cas.',
  noConsent: 'Pas de consentement au contact',
  consent: 'Peut être contacté',
  received: 'Reçu',
  why: 'Pourquoi',
  reasons: {
    detractor: 'Détracteur (NPS 0–6)',
    'strong-negative': 'Émotion négative forte',
    'high-effort': 'Effort élevé',
  },
  emotions: 'Émotions',
  comment: 'Commentaire',
  note: 'Note',
  move: { contacted: 'Marquer comme contacté', resolved: 'Marquer comme résolu', dismissed: 'Classer sans suite' },
  state: { open: 'ouvert', contacted: 'contacté', resolved: 'résolu', dismissed: 'classé' },
  moved: (state) => `Le cas est maintenant ${state}.`,
  refused: 'Cette étape n’est plus possible ; la liste a été rechargée.',
  more: 'Afficher plus',
};

const TEXTS: Record<string, WorklistTexts> = { en, nl, de, fr };

/** The texts of `lang` (`nl-BE` → `nl`), English for any other language. */
export const worklistTexts = (lang: string): WorklistTexts =>
  (Object.hasOwn(TEXTS, lang.split('-')[0]!) ? TEXTS[lang.split('-')[0]!] : undefined) ?? en;
