/**
 * The collector's `recovery` figures (CONTRACT §10) as one more figure of the report: how many bad
 * experiences were followed up and how soon. Drawn only when the summary carries them (a collector's
 * summary does; `summarize()` in the browser does not), as a visible table: a handful of numbers.
 */
import { html, nothing } from 'lit';
import type { RecoveryFigures } from '../../scores/summary.js';
import { formats, table } from './figures.js';
import { isObject } from './summary-shape.js';

type Row = 'cases' | 'share' | 'open' | 'contacted' | 'resolved' | 'dismissed' | 'median' | 'p90' | 'within24h';
interface Texts {
  caption: string;
  figure: string;
  value: string;
  rows: Record<Row, string>;
}

const TEXTS: Record<string, Texts> = {
  en: {
    caption: 'Recovery: customers called back',
    figure: 'Figure',
    value: 'Value',
    rows: {
      cases: 'Cases',
      share: 'Share of responses',
      open: 'Open',
      contacted: 'Contacted',
      resolved: 'Resolved',
      dismissed: 'Dismissed',
      median: 'Hours to first contact (median)',
      p90: 'Hours to first contact (90th percentile)',
      within24h: 'Contacted within 24 hours',
    },
  },
  nl: {
    caption: 'Herstel: klanten teruggebeld',
    figure: 'Kengetal',
    value: 'Waarde',
    rows: {
      cases: 'Zaken',
      share: 'Deel van de antwoorden',
      open: 'Open',
      contacted: 'Gebeld',
      resolved: 'Opgelost',
      dismissed: 'Afgesloten',
      median: 'Uren tot eerste contact (mediaan)',
      p90: 'Uren tot eerste contact (90e percentiel)',
      within24h: 'Binnen 24 uur gebeld',
    },
  },
  de: {
    caption: 'Wiedergutmachung: Kunden zurückgerufen',
    figure: 'Kennzahl',
    value: 'Wert',
    rows: {
      cases: 'Fälle',
      share: 'Anteil der Antworten',
      open: 'Offen',
      contacted: 'Kontaktiert',
      resolved: 'Gelöst',
      dismissed: 'Verworfen',
      median: 'Stunden bis zum ersten Kontakt (Median)',
      p90: 'Stunden bis zum ersten Kontakt (90. Perzentil)',
      within24h: 'Innerhalb von 24 Stunden kontaktiert',
    },
  },
  fr: {
    caption: 'Rattrapage : clients rappelés',
    figure: 'Indicateur',
    value: 'Valeur',
    rows: {
      cases: 'Cas',
      share: 'Part des réponses',
      open: 'Ouverts',
      contacted: 'Contactés',
      resolved: 'Résolus',
      dismissed: 'Classés',
      median: 'Heures avant le premier contact (médiane)',
      p90: 'Heures avant le premier contact (90e centile)',
      within24h: 'Contactés sous 24 heures',
    },
  },
};

export function renderRecovery(summary: unknown, lang: string) {
  const r = isObject(summary) ? summary.recovery : undefined;
  if (!isObject(r) || !isObject(r.hoursToContact)) return nothing;
  const s = r as unknown as RecoveryFigures;
  const t = TEXTS[lang.split('-')[0]!] ?? TEXTS.en!;
  const { count, decimal: hours, shareTenths: share } = formats(lang);
  const rows: [Row, string][] = [
    ['cases', count(s.n)],
    ['share', share(s.share)],
    ['open', count(s.open)],
    ['contacted', count(s.contacted)],
    ['resolved', count(s.resolved)],
    ['dismissed', count(s.dismissed)],
    ['median', hours(s.hoursToContact.median)],
    ['p90', hours(s.hoursToContact.p90)],
    ['within24h', share(s.contactedWithin24h)],
  ];
  return html`<figure part="figure recovery" class="figure">
    <figcaption part="caption" class="caption">
      ${t.caption} <span part="n" class="n">n = ${count(s.n)}</span>
    </figcaption>
    ${table(
      [t.figure, t.value],
      rows.map(([key, value]) => [t.rows[key], value]),
      false,
    )}
  </figure>`;
}
