import { en } from './en.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';

export type { Messages };
export const LANGS = { nl, en } as const;
export type Lang = keyof typeof LANGS;

/** `nl-BE` → `nl`; anything unsupported → `null`. */
export function supportedLang(tag: string | null | undefined): Lang | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base && base in LANGS ? (base as Lang) : null;
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
  return LANGS[lang];
}
