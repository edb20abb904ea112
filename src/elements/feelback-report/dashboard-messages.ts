/**
 * The dashboard's texts in every shipped language. Kept here rather than in `src/i18n/`: the dictionaries
 * there travel in the shared chunk every survey loads, and only the report's chunk needs these.
 * A language registered with `registerTranslation` that has none falls back to English.
 */
import type { Interval } from '../../collector/periods.js';

export const PERIODS = ['all', '4w', '12w', '26w', '52w'] as const;
export type Period = (typeof PERIODS)[number];

/** What the note says about the last change of the trend; numbers already formatted. */
export interface ChangeWords {
  /** Points, without sign; `0` when unchanged. */
  points: string;
  direction: 'rose' | 'fell' | 'same';
  interval: Interval;
  /** The p-value with its relation, formatted (`= 0.02`, `< 0.001`); `null` when too few answers were compared. */
  p: string | null;
  significant: boolean;
}

export interface DashboardMessages {
  filters: string;
  survey: string;
  touchpoint: string;
  channel: string;
  period: string;
  all: string;
  periods: Record<Period, string>;
  /** A group without a value (a response without touchpoint). */
  none: string;
  trend: string;
  periodStart: Record<Interval, string>;
  nps: string;
  emotionScore: string;
  interval: string;
  /** The significance note; `null` change: fewer than two periods. */
  change: (c: ChangeWords | null) => string;
  byTouchpoint: string;
  byChannel: string;
  comments: string;
  noComments: string;
  more: string;
  received: string;
}

const since = { day: 'yesterday', week: 'last week', month: 'last month' } as const;

const en: DashboardMessages = {
  filters: 'Filters',
  survey: 'Survey',
  touchpoint: 'Touchpoint',
  channel: 'Channel',
  period: 'Period',
  all: 'All',
  periods: {
    all: 'All time',
    '4w': 'Last 4 weeks',
    '12w': 'Last 12 weeks',
    '26w': 'Last 26 weeks',
    '52w': 'Last year',
  },
  none: '(none)',
  trend: 'NPS and Emotion Score over time',
  periodStart: { day: 'Day', week: 'Week of', month: 'Month' },
  nps: 'NPS',
  emotionScore: 'Emotion Score',
  interval: '95% interval',
  change: (c) => {
    if (!c) return 'Too few periods with answers to compare.';
    const moved =
      c.direction === 'same'
        ? `NPS is unchanged since ${since[c.interval]}`
        : `NPS ${c.direction} ${c.points} points since ${since[c.interval]}`;
    if (c.p === null) return `${moved}; too few answers (fewer than 10 in a period) to tell whether that is chance.`;
    return c.significant
      ? `${moved}; a change this large is unlikely to be chance, p ${c.p}.`
      : `${moved}; a change this large can well be chance, p ${c.p}.`;
  },
  byTouchpoint: 'NPS by touchpoint',
  byChannel: 'NPS by channel',
  comments: 'Comments',
  noComments: 'No comments yet.',
  more: 'More comments',
  received: 'Received',
};

const nlSince = { day: 'gisteren', week: 'vorige week', month: 'vorige maand' } as const;

const nl: DashboardMessages = {
  filters: 'Filters',
  survey: 'Enquête',
  touchpoint: 'Contactmoment',
  channel: 'Kanaal',
  period: 'Periode',
  all: 'Alle',
  periods: {
    all: 'Alles',
    '4w': 'Laatste 4 weken',
    '12w': 'Laatste 12 weken',
    '26w': 'Laatste 26 weken',
    '52w': 'Afgelopen jaar',
  },
  none: '(geen)',
  trend: 'NPS en emotiescore door de tijd',
  periodStart: { day: 'Dag', week: 'Week van', month: 'Maand' },
  nps: 'NPS',
  emotionScore: 'Emotiescore',
  interval: '95%-interval',
  change: (c) => {
    if (!c) return 'Te weinig perioden met antwoorden om te vergelijken.';
    const moved =
      c.direction === 'same'
        ? `De NPS is gelijk gebleven sinds ${nlSince[c.interval]}`
        : `De NPS is ${c.points} punten ${c.direction === 'rose' ? 'gestegen' : 'gedaald'} sinds ${nlSince[c.interval]}`;
    if (c.p === null)
      return `${moved}; te weinig antwoorden (minder dan 10 in een periode) om te zeggen of dat toeval is.`;
    return c.significant
      ? `${moved}; een verandering zo groot is waarschijnlijk geen toeval, p ${c.p}.`
      : `${moved}; een verandering zo groot kan goed toeval zijn, p ${c.p}.`;
  },
  byTouchpoint: 'NPS per contactmoment',
  byChannel: 'NPS per kanaal',
  comments: 'Toelichtingen',
  noComments: 'Nog geen toelichtingen.',
  more: 'Meer toelichtingen',
  received: 'Ontvangen',
};

const deSince = { day: 'gestern', week: 'letzter Woche', month: 'letztem Monat' } as const;

const de: DashboardMessages = {
  filters: 'Filter',
  survey: 'Umfrage',
  touchpoint: 'Kontaktpunkt',
  channel: 'Kanal',
  period: 'Zeitraum',
  all: 'Alle',
  periods: {
    all: 'Gesamter Zeitraum',
    '4w': 'Letzte 4 Wochen',
    '12w': 'Letzte 12 Wochen',
    '26w': 'Letzte 26 Wochen',
    '52w': 'Letztes Jahr',
  },
  none: '(keiner)',
  trend: 'NPS und Emotionswert im Zeitverlauf',
  periodStart: { day: 'Tag', week: 'Woche ab', month: 'Monat' },
  nps: 'NPS',
  emotionScore: 'Emotionswert',
  interval: '95-%-Intervall',
  change: (c) => {
    if (!c) return 'Zu wenige Zeiträume mit Antworten für einen Vergleich.';
    const moved =
      c.direction === 'same'
        ? `Der NPS ist seit ${deSince[c.interval]} unverändert`
        : `Der NPS ist seit ${deSince[c.interval]} um ${c.points} Punkte ${c.direction === 'rose' ? 'gestiegen' : 'gefallen'}`;
    if (c.p === null) return `${moved}; zu wenige Antworten (unter 10 je Zeitraum), um Zufall auszuschließen.`;
    return c.significant
      ? `${moved}; eine so große Änderung ist kaum Zufall, p ${c.p}.`
      : `${moved}; eine so große Änderung kann gut Zufall sein, p ${c.p}.`;
  },
  byTouchpoint: 'NPS je Kontaktpunkt',
  byChannel: 'NPS je Kanal',
  comments: 'Kommentare',
  noComments: 'Noch keine Kommentare.',
  more: 'Weitere Kommentare',
  received: 'Eingegangen',
};

const frSince = { day: 'hier', week: 'la semaine dernière', month: 'le mois dernier' } as const;

const fr: DashboardMessages = {
  filters: 'Filtres',
  survey: 'Enquête',
  touchpoint: 'Point de contact',
  channel: 'Canal',
  period: 'Période',
  all: 'Tous',
  periods: {
    all: 'Toute la période',
    '4w': '4 dernières semaines',
    '12w': '12 dernières semaines',
    '26w': '26 dernières semaines',
    '52w': 'Dernière année',
  },
  none: '(aucun)',
  trend: 'NPS et score émotionnel dans le temps',
  periodStart: { day: 'Jour', week: 'Semaine du', month: 'Mois' },
  nps: 'NPS',
  emotionScore: 'Score émotionnel',
  interval: 'Intervalle à 95 %',
  change: (c) => {
    if (!c) return 'Trop peu de périodes avec des réponses pour comparer.';
    const moved =
      c.direction === 'same'
        ? `Le NPS est inchangé depuis ${frSince[c.interval]}`
        : `Le NPS a ${c.direction === 'rose' ? 'gagné' : 'perdu'} ${c.points} points depuis ${frSince[c.interval]}`;
    if (c.p === null) return `${moved} ; trop peu de réponses (moins de 10 par période) pour exclure le hasard.`;
    return c.significant
      ? `${moved} ; un changement aussi grand est peu probablement dû au hasard, p ${c.p}.`
      : `${moved} ; un changement aussi grand peut bien être dû au hasard, p ${c.p}.`;
  },
  byTouchpoint: 'NPS par point de contact',
  byChannel: 'NPS par canal',
  comments: 'Commentaires',
  noComments: 'Pas encore de commentaires.',
  more: 'Plus de commentaires',
  received: 'Reçu',
};

const LANGS: Record<string, DashboardMessages> = { en, nl, de, fr };

/** The dashboard texts for a report language (`nl-be` → `nl`); English for any other (`constructor` too). */
export function dashboardMessages(lang: string): DashboardMessages {
  const base = lang.split('-')[0]!;
  return Object.hasOwn(LANGS, base) ? LANGS[base]! : en;
}
