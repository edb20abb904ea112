import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { de } from '../../src/i18n/de.js';
import { addTexts, LANGS, messages, registerTranslation, type Translation } from '../../src/i18n/index.js';
import type { ElementSection } from '../../src/i18n/messages.js';

/** Every section an element brings: a compile error here when ElementSection grows, until it is listed. */
const ELEMENT_SECTIONS = Object.keys({
  nps: 0,
  emotion: 0,
  effort: 0,
  rating: 0,
  comment: 0,
  kano: 0,
  statements: 0,
  choice: 0,
  report: 0,
  reportInstruments: 0,
} satisfies Record<ElementSection, 0>);

// The module keeps one registry, as a page does: each test adds its own section, so the order of the tests
// does not matter. The sections are made up (`addTexts` is typed to the real ones).
type Section = { title: string; empty: string };
const add = (name: string, texts: Record<'en' | 'nl', Section>) =>
  addTexts({ en: { [name]: texts.en }, nl: { [name]: texts.nl } } as never);
const section = (lang: string, name: string) => (messages(lang) as unknown as Record<string, Section>)[name];
const register = (lang: string, name: string, texts: Partial<Section>) =>
  registerTranslation(lang, { [name]: texts } as Translation);

const EN = { title: 'Results', empty: 'No answers yet.' };
const NL = { title: 'Resultaten', empty: 'Nog geen antwoorden.' };

describe('addTexts: an element’s texts arrive with its chunk', () => {
  test('fills both built-in languages', () => {
    assert.equal(section('en', 'a'), undefined);
    add('a', { en: EN, nl: NL });
    assert.deepEqual(section('en', 'a'), EN);
    assert.deepEqual(section('nl', 'a'), NL);
  });

  test('keeps what a host registered before, in a built-in language, and fills the rest', () => {
    register('en', 'b', { title: 'Scores' });
    register('nl', 'b', { empty: 'Leeg' });
    add('b', { en: EN, nl: NL });
    assert.deepEqual(section('en', 'b'), { title: 'Scores', empty: EN.empty });
    assert.deepEqual(section('nl', 'b'), { title: NL.title, empty: 'Leeg' });
  });

  test('fills a language registered before from English, keeping its own messages', () => {
    register('es', 'c', { title: 'Resultados' });
    registerTranslation('sv', { survey: { submit: 'Skicka' } });
    add('c', { en: EN, nl: NL });
    assert.deepEqual(section('es', 'c'), { title: 'Resultados', empty: EN.empty });
    assert.deepEqual(section('sv', 'c'), EN);
    assert.equal(messages('sv').survey.submit, 'Skicka');
  });

  test('fills a regional variant registered before from its base, with the base’s own messages', () => {
    register('nl', 'd', { title: 'Uitslag' });
    register('nl-BE', 'd', { empty: 'Nog niets' });
    registerTranslation('fr-CA', { survey: { submit: 'Soumettre' } });
    add('d', { en: EN, nl: NL });
    assert.deepEqual(section('nl-be', 'd'), { title: 'Uitslag', empty: 'Nog niets' });
    assert.deepEqual(section('nl', 'd'), { title: 'Uitslag', empty: NL.empty });
    // No French registered: English, as for any message fr-CA leaves out.
    assert.deepEqual(section('fr-ca', 'd'), EN);
  });

  test('fills a language registered later from its base or English, as before', () => {
    add('e', { en: EN, nl: NL });
    register('pt', 'e', { title: 'Resultados' });
    register('nl-NL', 'e', {});
    assert.deepEqual(section('pt', 'e'), { title: 'Resultados', empty: EN.empty });
    assert.deepEqual(section('nl-nl', 'e'), NL);
  });

  test('leaves a complete language, such as the German module, as it is', () => {
    registerTranslation('de', de);
    addTexts({ en: { report: { ...de.report, title: 'Results' } }, nl: { report: { ...de.report, title: 'x' } } });
    assert.equal(messages('de').report.title, de.report.title);
    assert.deepEqual(messages('de').survey, de.survey);
  });

  test('does not change the texts it was given', () => {
    const en = { ...EN };
    register('en', 'f', { title: 'Mine' });
    add('f', { en, nl: NL });
    assert.deepEqual(en, EN);
  });
});

describe('the texts every page fetches', () => {
  test('leave out the sections an element brings in its own chunk', () => {
    for (const lang of Object.values(LANGS)) {
      for (const section of ELEMENT_SECTIONS) assert.ok(!(section in lang), `${section} is in the shared texts`);
    }
  });
});
