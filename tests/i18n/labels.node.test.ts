import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { CORE_EMOTIONS } from '../../src/schema/emotions.js';
import { Balance, NpsCategory, RatingScale } from '../../src/schema/response.js';
import { en, nl } from '../support/built-in-texts.js';

/** Every shipped language: the bundle's own and the modules that register themselves. */
const SHIPPED = { nl, en, de, fr };

// [what, the enum's values, the labels of one language]
const rows = Object.entries(SHIPPED).flatMap(
  ([lang, m]) =>
    [
      [lang, 'NPS categories', NpsCategory.options, m.report.categories],
      [lang, 'emotion balances', Balance.options, m.report.balances],
      [lang, 'rating scales', RatingScale.options, m.rating],
    ] as const,
);

describe('labels follow the enums of the response', () => {
  test('ships Dutch, English, German and French', () =>
    assert.deepEqual(Object.keys(SHIPPED), ['nl', 'en', 'de', 'fr']));

  for (const [lang, what, values, labels] of rows) {
    test(`${lang} labels exactly the ${what}, each with text`, () => {
      assert.deepEqual(Object.keys(labels).sort(), [...values].sort());
      // A scale's label is its question and both anchors: each needs text.
      const texts = Object.values(labels).flatMap((l) => (typeof l === 'string' ? [l] : Object.values(l)));
      for (const text of texts) assert.ok(String(text).trim().length > 0);
    });
  }

  // The core set carries its own nl and en labels; a language beyond them labels every core emotion.
  for (const [lang, m] of Object.entries({ de, fr })) {
    test(`${lang} labels exactly the core emotions, each with text`, () => {
      assert.deepEqual(Object.keys(m.emotions ?? {}).sort(), CORE_EMOTIONS.map((e) => e.id).sort());
      for (const text of Object.values(m.emotions ?? {})) assert.ok(String(text).trim().length > 0);
    });
  }
});
