import type { Translation } from './messages.js';

/** What a defined `<feelback-survey>` class offers a language module (feelback 0.1 without it: nothing). */
interface Registrar {
  registerTranslation?: (lang: string, translation: Translation) => void;
}

/**
 * Registers a shipped language with the feelback that defined the tags, once it has: so a language module
 * works from a script tag beside the bundle (`<script type="module" src="/feelback/i18n/de.js">`), whose
 * registry no import can reach. Not on a server (no page, nothing to wait for); npm users call
 * `registerTranslation()` themselves.
 */
export function registerOnPage(lang: string, translation: Translation) {
  if (typeof document != 'object') return;
  void customElements
    .whenDefined('feelback-survey')
    .then((survey) => (survey as unknown as Registrar).registerTranslation?.(lang, translation));
}
