import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGS } from '../../src/i18n/index.js';
import { Balance, NpsCategory, RatingScale } from '../../src/schema/response.js';

// [what, the enum's values, the labels of one language]
const rows = Object.entries(LANGS).flatMap(
  ([lang, m]) =>
    [
      [lang, 'NPS categories', NpsCategory.options, m.report.categories],
      [lang, 'emotion balances', Balance.options, m.report.balances],
      [lang, 'rating scales', RatingScale.options, m.rating],
    ] as const,
);

describe('labels follow the enums of the response', () => {
  for (const [lang, what, values, labels] of rows) {
    test(`${lang} labels exactly the ${what}, each with text`, () => {
      assert.deepEqual(Object.keys(labels).sort(), [...values].sort());
      // A scale's label is its question and both anchors: each needs text.
      const texts = Object.values(labels).flatMap((l) => (typeof l === 'string' ? [l] : Object.values(l)));
      for (const text of texts) assert.ok(String(text).trim().length > 0);
    });
  }
});
