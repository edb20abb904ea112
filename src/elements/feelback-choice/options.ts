/**
 * Where `<feelback-choice>` gets its options, and how they are checked, labelled and shuffled. Pure: the
 * element reads its child `<option>`s and passes plain objects in.
 */
import type { Lang } from '../../i18n/index.js';
import { PRESETS } from '../../schema/presets.js';

/** A label in one language, or in several: `{ nl, en, de, … }`. */
export type ChoiceLabel = string | Readonly<Record<string, string>>;

export interface ChoiceOption {
  value: string;
  label: ChoiceLabel;
}

/** The id of the `other` option: an author's option of that value is left out. */
export const OTHER = 'other';
/** The schema's most values per answer, `other` included. */
export const MAX_OPTIONS = 50;
const ID = /^[a-z0-9-]{1,64}$/;

/**
 * The options to show, in the author's order, and the problems to report: an invalid or repeated id, the
 * reserved `other`, an unknown preset, too many options. The `options` property wins over a preset, a preset
 * over child elements.
 */
export function resolveOptions(
  given: readonly ChoiceOption[] | undefined,
  preset: string | undefined,
  children: readonly ChoiceOption[],
  withOther: boolean,
): { options: ChoiceOption[]; problems: string[] } {
  const problems: string[] = [];
  let list: readonly ChoiceOption[] = children;
  if (given) list = Array.isArray(given) ? given : [];
  else if (preset) {
    const found = PRESETS.get(preset);
    if (found) list = found.items.map((i) => ({ value: i.id, label: { ...i.label } }));
    else problems.push(`preset: unknown "${preset}"`);
  }
  const seen = new Set<string>();
  const options: ChoiceOption[] = [];
  for (const o of list) {
    const value = o?.value;
    if (typeof value !== 'string' || !ID.test(value) || value in Object.prototype) {
      problems.push(`option value "${String(value)}" is not an id: use a–z, 0–9 and "-", 64 at most`);
    } else if (value === OTHER) {
      problems.push(`option value "other" is reserved for the other attribute`);
    } else if (seen.has(value)) {
      problems.push(`option value "${value}" is listed twice`);
    } else {
      seen.add(value);
      options.push({ value, label: o.label });
    }
  }
  const room = MAX_OPTIONS - (withOther ? 1 : 0);
  if (options.length > room) problems.push(`at most ${MAX_OPTIONS} options, other included`);
  return { options: options.slice(0, room), problems };
}

/** The label in `lang`, its base language (`nl` for `nl-be`), English, or the first one given. */
export function labelIn(label: ChoiceLabel | undefined, lang: Lang): string {
  if (typeof label === 'string') return label;
  if (!label || typeof label !== 'object') return '';
  return label[lang] ?? label[lang.split('-')[0]!] ?? label.en ?? Object.values(label)[0] ?? '';
}

/** A Fisher–Yates shuffle: each respondent sees the options in another order, so order bias averages out. */
export function shuffled<T>(list: readonly T[], random: () => number = Math.random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
