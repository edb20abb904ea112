import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elfproef, parseRedact, redact } from '../../src/elements/feelback-comment/redact.js';

/** [input, expected output with every kind on]. */
const REDACTED: ReadonlyArray<readonly [string, string]> = [
  // e-mail
  ['mail me: jan.de-vries+bank@example.co.uk', 'mail me: [email]'],
  ['Mijn adres is Piet@Voorbeeld.NL.', 'Mijn adres is [email].'],
  // IBAN: Dutch, German, Belgian, British, French; with and without spaces, lower case
  ['rekening NL91ABNA0417164300 graag', 'rekening [iban] graag'],
  ['rekening NL91 ABNA 0417 1643 00 graag', 'rekening [iban] graag'],
  ['nl91abna0417164300', '[iban]'],
  ['DE89 3704 0044 0532 0130 00', '[iban]'],
  ['BE68539007547034.', '[iban].'],
  ['GB29 NWBK 6016 1331 9268 19, dank', '[iban], dank'],
  ['FR14 2004 1010 0505 0001 3M02 606', '[iban]'],
  // Dutch phone numbers
  ['bel 06-12345678.', 'bel [phone].'],
  ['bel 06 1234 5678 of 06 12 34 56 78', 'bel [phone] of [phone]'],
  ['0612345678', '[phone]'],
  ['+31 6 12345678', '[phone]'],
  ['+31612345678', '[phone]'],
  ['0031 6 12345678', '[phone]'],
  ['+31 (0)20 123 4567', '[phone]'],
  ['kantoor 020-1234567 (na 9 uur)', 'kantoor [phone] (na 9 uur)'],
  ['(020) 123 45 67', '[phone]'],
  ['mijn nummer (06-12345678) klopt', 'mijn nummer ([phone]) klopt'],
  ['06 12345678 2 keer gebeld', '[phone] 2 keer gebeld'],
  ['op 22-11-2026 0612345678 gebeld', 'op 22-11-2026 [phone] gebeld'],
  ['06 12345678 06 87654321 020 1234567', '[phone] [phone] [phone]'],
  // international
  ['+44 20 7946 0958', '[phone]'],
  ['0044 20 7946 0958', '[phone]'],
  ['+1 (555) 123-4567', '[phone]'],
  ['+49 30 901820', '[phone]'],
  // BSN: nine digits passing the elfproef, plain or grouped
  ['BSN 123456782', 'BSN [bsn]'],
  ['bsn: 111222333.', 'bsn: [bsn].'],
  ['1234.56.782', '[bsn]'],
  ['123 456 782', '[bsn]'],
  // several at once
  [
    'Ik (a@b.nl, 0612345678) wil NL91ABNA0417164300 en BSN 123456782 wijzigen',
    'Ik ([email], [phone]) wil [iban] en BSN [bsn] wijzigen',
  ],
];

/** Text that looks numeric but is not personal data: must come out unchanged. */
const KEPT: readonly string[] = [
  'ordernummer 123456789', // nine digits failing the elfproef
  'bestelling #2026004512 en ORD-2026-0045',
  'order 1234567890', // ten digits not starting with 0
  'ordernummer 0001234567', // no area code starts with 00, no country code with 0
  'op 22-11-2026 om 10:30',
  'op 02-11-2026 10:30 gebeld',
  'datum 2026-11-22',
  'bedrag € 1.250,00 en € 250000',
  'hypotheek 250000 euro, € 123.456.782',
  '€ 1 250 000',
  'postcode 1012 AB, huisnummer 12',
  'tussen 09:00 en 17:30 uur',
  'NL91ABNA0417164301', // IBAN with a wrong checksum
  'NL91 ABNA 0417 1643', // too short for NL
  'XX12345678901234567', // no such country
  'versie 1.2.3, 3 x 4 = 12',
  '12,50 per maand',
  '06-1234', // too short
  '+31 6 1234', // too short after the country code
  'tel 012345678', // nine digits starting with 0 and failing the elfproef
];

describe('redact', () => {
  for (const [input, expected] of REDACTED) {
    it(`redacts ${JSON.stringify(input)}`, () => assert.equal(redact(input), expected));
  }
  for (const input of KEPT) {
    it(`keeps ${JSON.stringify(input)}`, () => assert.equal(redact(input), input));
  }

  it('redacts only the kinds asked for', () => {
    const text = 'a@b.nl 0612345678 NL91ABNA0417164300 123456782';
    assert.equal(redact(text, ['email']), '[email] 0612345678 NL91ABNA0417164300 123456782');
    assert.equal(redact(text, ['phone', 'bsn']), 'a@b.nl [phone] NL91ABNA0417164300 [bsn]');
    assert.equal(redact(text, []), text);
  });
});

describe('parseRedact', () => {
  const table: ReadonlyArray<readonly [string | null, string[], string[]]> = [
    [null, ['email', 'iban', 'phone', 'bsn'], []],
    ['', ['email', 'iban', 'phone', 'bsn'], []],
    ['none', [], []],
    ['email  IBAN', ['email', 'iban'], []],
    ['phone postcode', ['phone'], ['postcode']],
  ];
  for (const [attr, kinds, unknown] of table) {
    it(`reads ${JSON.stringify(attr)}`, () => assert.deepEqual(parseRedact(attr), { kinds, unknown }));
  }
});

describe('elfproef', () => {
  const table: ReadonlyArray<readonly [string, boolean]> = [
    ['123456782', true],
    ['111222333', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567820', false],
  ];
  for (const [digits, ok] of table) it(`${digits} → ${ok}`, () => assert.equal(elfproef(digits), ok));
});
