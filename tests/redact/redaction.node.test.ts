import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRedaction, REDACT_KINDS, redacted } from '../../src/elements/feelback-comment/redaction.js';
import { redact } from '../../src/elements/feelback-comment/redact.js';

/** Every kind, written as respondents write it. */
const DETAILS = [
  'mail me: jan.de-vries+bank@example.co.uk',
  'rekening NL91 ABNA 0417 1643 00 graag',
  'GB29 NWBK 6016 1331 9268 19, dank',
  'bel 06 12 34 56 78 of +31 (0)20 123 4567',
  '+1 (555) 123-4567',
  'BSN 1234.56.782 en 111 222 333',
];

describe('redaction before its patterns arrive (redaction.ts)', () => {
  it('masks every word with a digit or an @, so that no detail of any kind is left', () => {
    for (const text of DETAILS) {
      const masked = redacted(text, REDACT_KINDS);
      assert.doesNotMatch(masked, /[\d@]/, text);
      assert.match(masked, /\[…\]/, text);
    }
    assert.equal(redacted('Bel 06-12345678 nu', ['email']), 'Bel […] nu', 'any kind masks alike');
  });

  it('leaves text alone with redact="none", and text without a digit or @ is what the patterns leave too', () => {
    assert.equal(redacted('Bel 06-12345678', []), 'Bel 06-12345678');
    for (const text of ['Snel geholpen, dank!', 'NL ABNA iban', 'mail: jan at example dot nl']) {
      assert.equal(redacted(text, REDACT_KINDS), text);
      assert.equal(redact(text), text);
    }
  });

  it('redacts with the patterns once they have arrived', async () => {
    await loadRedaction();
    for (const text of DETAILS) assert.equal(redacted(text, REDACT_KINDS), redact(text));
    assert.equal(redacted('Bel 06-12345678 of mail a@b.nl', ['email']), 'Bel 06-12345678 of mail [email]');
  });
});
