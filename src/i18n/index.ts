import type { Emotion } from '../schema/emotions.js';
import { en } from './en.js';
import type { ElementSection, Messages, Texts, Translation } from './messages.js';
import { nl } from './nl.js';

export type { Messages, Texts, Translation };

/**
 * The languages built in (the script-tag bundle's); `de` and `fr` ship as modules that register themselves.
 * Here only the texts every page shows: each element's own sections arrive with its chunk (`addTexts`).
 */
export const LANGS = { nl, en } as const;

/** A registered language: a lowercase tag, `nl`, `en`, `de`, or one a host registered (`es`, `nl-be`). */
export type Lang = string;

/**
 * Every registered language by lowercase tag. A Map: a `lang` such as `constructor` must not find anything.
 * Typed complete, though an element's sections are missing until its module ran `addTexts`: only that
 * element reads them, and it renders after its module ran.
 */
const translations = new Map<Lang, Messages>(Object.entries(LANGS) as [Lang, Messages][]);

/** The built-in English with every section added since: what a language leaves out, if it has no base. */
let english = en as Messages;

/** Connected elements that show text: a translation registered after they rendered re-renders them. */
export const speakers = new Set<{ refreshLanguage(): void }>();

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** `given` over `base`, object by object: a translation may leave out any message. */
function fill<T>(base: T, given: unknown): T {
  if (!isRecord(base) || !isRecord(given)) return (given ?? base) as T;
  const out: Record<string, unknown> = { ...base };
  for (const key in given) out[key] = fill(base[key], given[key]);
  return out as T;
}

/**
 * Adds a language, or changes messages of one: what `translation` leaves out comes from the language's
 * base (`nl` for `nl-BE`) if registered, else English. Elements on the page follow at once.
 */
export function registerTranslation(lang: string, translation: Translation) {
  const code = lang.trim().toLowerCase();
  translations.set(code, fill(translations.get(code.split('-')[0]!) ?? english, translation));
  for (const speaker of speakers) speaker.refreshLanguage();
}

/**
 * Adds an element's texts in the built-in languages when its module loads, so a page pays only for the
 * texts of the elements it shows. Each registered language gets the sections it lacks, as if they had been
 * there when it was registered: a host's own messages win; the rest comes from the added texts of the
 * language, else from its base (`nl` for `nl-BE`) if registered, else English. A language registered later
 * fills from these as always. Nothing re-renders: only the element that added the texts reads them.
 */
export function addTexts<K extends ElementSection>(texts: Texts<K>) {
  const added: Partial<Record<Lang, Pick<Messages, K>>> = texts;
  english = { ...english, ...texts.en };
  // Base languages first, so that a regional variant fills from its base as completed here.
  const codes = [...translations.keys()].sort((a, b) => +a.includes('-') - +b.includes('-'));
  for (const code of codes) {
    const base = code.split('-')[0]!;
    const from = added[code] ?? ((base != code && translations.get(base)) || english);
    translations.set(code, fill(from as Messages, translations.get(code)));
  }
}

/** The registered language for a tag: `nl-BE` → `nl-be` if registered, else `nl`; anything else → `null`. */
export function supportedLang(tag: string | null | undefined): Lang | null {
  const code = tag?.trim().toLowerCase().replace('_', '-');
  if (!code) return null;
  const base = code.split('-')[0]!;
  return translations.has(code) ? code : translations.has(base) ? base : null;
}

/**
 * The language of an element: the nearest ancestor's `lang` (crossing shadow roots, so questions inside
 * a survey follow it), then `<html lang>`, then `navigator.language`, then English.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = supportedLang(node.getAttribute('lang'));
      if (lang) return lang;
      // An explicit unsupported language stops the walk: fall back like a browser would.
      break;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return supportedLang(document.documentElement.lang) ?? supportedLang(navigator.language) ?? 'en';
}

export function messages(lang: Lang): Messages {
  return translations.get(lang) ?? english;
}

/** An emotion whose label may carry more languages than the schema's `nl` and `en`: `{ nl, en, de, … }`. */
export type LabelledEmotion = Omit<Emotion, 'label'> & { label: Emotion['label'] & Partial<Record<string, string>> };

/**
 * An emotion's label in `lang`: its own label in that language (a custom set may carry `{ nl, en, de, … }`),
 * else the translation's label of a core emotion, else its English label.
 */
export function emotionLabel(emotion: Emotion, lang: Lang): string {
  const own: Partial<Record<string, string>> = emotion.label;
  return own[lang] ?? own[lang.split('-')[0]!] ?? messages(lang).emotions?.[emotion.id] ?? emotion.label.en;
}
