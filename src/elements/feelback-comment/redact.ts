/**
 * PII redaction for free text, applied before a comment leaves the element. Pure: no DOM, runs in Node.
 * Every pattern is followed by a check (IBAN mod-97 and country length, phone digit counts, BSN elfproef),
 * so order numbers, dates, amounts, postcodes and times survive.
 */

import { REDACT_KINDS, type RedactKind } from './redaction.js';

export { REDACT_KINDS, parseRedact, type RedactKind } from './redaction.js';

export function redact(text: string, kinds: readonly RedactKind[] = REDACT_KINDS): string {
  // E-mail first (addresses hold digits), IBAN before phone and BSN (IBANs hold digit runs), phone
  // before BSN (a phone number after +31 has nine digits).
  if (kinds.includes('email')) text = text.replace(/[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi, '[email]');
  if (kinds.includes('iban')) text = redactIbans(text);
  if (kinds.includes('phone')) text = redactPhones(text);
  if (kinds.includes('bsn')) text = text.replace(BSN, (m) => (elfproef(m.replace(/\D/g, '')) ? '[bsn]' : m));
  return text;
}

/** IBAN length per country (SWIFT IBAN registry), packed by length: the length, then its countries. */
const IBAN_LENGTHS = new Map(
  (
    '15NO 16BE 18DKFIFKFOGLNLSD 19MKSI 20ATBAEEKZLTLUMNXK 21CHHRLILV 22BGBHCRDEGBGEIEMERSVA 23AEGIILIQOMSOTL ' +
    '24ADCZESMDPKROSASESKTNVG 25LYPTST 26ISTR 27BIDJFRGRITMCMRSM 28ALAZBYCYDOGTHNHULBNIPLSV 29BREGPSQAUA ' +
    '30JOKWMUYE 31MTSC 32LC 33RU'
  )
    .split(' ')
    .flatMap((group) =>
      group
        .slice(2)
        .match(/../g)!
        .map((country) => [country, +group.slice(0, 2)] as const),
    ),
);

const alnum = (c: string | undefined) => c !== undefined && /[a-z\d]/i.test(c);

/** ISO 13616: move the first four characters to the end, letters become 10–35, the number mod 97 is 1. */
function ibanChecksumOk(iban: string): boolean {
  let r = 0;
  for (const c of iban.slice(4) + iban.slice(0, 4)) {
    const v = parseInt(c, 36);
    r = (r * (v > 9 ? 100 : 10) + v) % 97;
  }
  return r === 1;
}

/**
 * A regex alone cannot tell where a spaced IBAN ends ("NL91 ABNA 0417 1643 00 graag"), so find each
 * start and walk exactly the country's length of characters, allowing single spaces between them.
 */
function redactIbans(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(?<![a-z\d])([a-z]{2})\d\d/gi)) {
    const length = IBAN_LENGTHS.get(m[1]!.toUpperCase());
    if (!length || m.index < last) continue;
    let i = m.index;
    let compact = '';
    while (compact.length < length && i < text.length) {
      if (alnum(text[i])) compact += text[i];
      else if (text[i] !== ' ' || !alnum(text[i + 1])) break;
      i++;
    }
    if (compact.length === length && !alnum(text[i]) && ibanChecksumOk(compact.toUpperCase())) {
      out += text.slice(last, m.index) + '[iban]';
      last = i;
    }
  }
  return out + text.slice(last);
}

/** Where a phone number may start: not glued to a word, amount, date, path or another number. */
const PHONE_START = /(?<![\w@.,/:+-])(?=\+|\(\d|\d)/g;
/**
 * Digit groups from a start, at most as long as the longest written phone number (+31 (0)6 - 12 34 56 78).
 * The run may be longer than the number ("06 12345678 2 keer"), so `redactPhones` tries its prefixes.
 */
const PHONE_RUN = /\+?(?:\(\d+\) ?)?\d[\d ()-]{0,24}\d/y;
/** A date (22-11-2026, 02-11-2026) is never the start of a phone number. */
const DATE_START = /^\d\d?-\d\d?-\d{4}/;

/**
 * +/00 then a country code (never 0) and 8–15 digits in all (E.164); +31/0031 exactly nine after
 * the country code, "(0)" dropped; Dutch national numbers 0[1-9] and ten digits.
 */
function isPhone(candidate: string): boolean {
  const digits = candidate.replace('(0)', '').replace(/\D/g, '');
  const international = candidate.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return /^0[1-9]\d{8}$/.test(digits);
  if (!/^[1-9]/.test(international)) return false;
  return international.startsWith('31')
    ? international.length === 11
    : international.length >= 8 && international.length <= 15;
}

/** Linear in the text: every start is tried once, with a bounded run. */
function redactPhones(text: string): string {
  let out = '';
  let last = 0;
  for (const { index } of text.matchAll(PHONE_START)) {
    PHONE_RUN.lastIndex = index;
    const run = index < last ? undefined : PHONE_RUN.exec(text)?.[0];
    if (!run || DATE_START.test(run)) continue;
    // Longest prefix first, cut back a group at a time; a time or decimal right after ("10:30",
    // "12,50") means the digits belong to something else.
    for (let end = run.length; end > 0; end = run.slice(0, end).search(/[ -]+\(?\d*\)?$/)) {
      const after = text.slice(index + end, index + end + 2);
      if (/\d/.test(run[end - 1]!) && isPhone(run.slice(0, end)) && !/^(?:[\w@]|[.,:]\d)/.test(after)) {
        out += text.slice(last, index) + '[phone]';
        last = index + end;
        break;
      }
    }
  }
  return out + text.slice(last);
}

/** Nine digits, plain or grouped 3-3-3 / 4-2-3 with dots or spaces, not part of a longer number or amount. */
const BSN = /(?<![\w.,/:+€-]|€ )(?:\d{9}|\d{4}([. ])\d\d\1\d{3}|\d{3}([. ])\d{3}\2\d{3})(?![\w@]|[.,:-]\d)/g;

/** The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0). */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += +digits[i]! * (9 - i);
  sum -= +digits[8]!;
  return sum !== 0 && sum % 11 === 0;
}
