import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redact } from '../../src/elements/feelback-comment/redact.js';

/** The SWIFT IBAN registry's length per country, one entry per country: the reference for the packed table. */
const REGISTRY =
  'AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18' +
  'FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21' +
  'LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24' +
  'SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30';

/** An IBAN of `length` characters for `country` with valid ISO 13616 check digits (BBAN all sevens). */
function iban(country: string, length: number): string {
  const bban = '7'.repeat(length - 4);
  const digits = [...`${bban}${country}00`].map((c) => parseInt(c, 36)).join('');
  let r = 0;
  for (const d of digits) r = (r * 10 + Number(d)) % 97;
  return `${country}${String(98 - r).padStart(2, '0')}${bban}`;
}

describe('IBAN lengths', () => {
  for (const entry of REGISTRY.match(/.{4}/g)!) {
    const country = entry.slice(0, 2);
    const length = Number(entry.slice(2));
    it(`redacts a ${country} IBAN of exactly ${length} characters`, () => {
      const valid = iban(country, length);
      assert.equal(redact(`rekening ${valid} graag`), 'rekening [iban] graag');
      // One character more or less is not an IBAN of this country.
      assert.equal(redact(`rekening ${iban(country, length + 1)} graag`).includes('[iban]'), false);
      assert.equal(redact(`rekening ${iban(country, length - 1)} graag`).includes('[iban]'), false);
    });
  }
});
