/**
 * Presets of `<feelback-choice preset="motivators">` and `<feelback-statements preset="golden-rules">`
 * (CONTRACT §9, INSTRUMENTS.md "More instruments"): plain data with its source and a version, so a report
 * can say what was asked and a later edition can stand beside this one. Ids are `[a-z0-9-]+`: they are the
 * answer values, and `show-if` reads them (`reason has feel-secure`).
 */

/** A label in every language feelback ships; a page may still pass its own labels as options. */
export interface PresetText {
  nl: string;
  en: string;
}

export interface PresetItem {
  /** The answer value: a choice option or a statement id. */
  id: string;
  label: PresetText;
}

export interface Preset {
  id: string;
  /** Bumped when an item is added, removed or reworded, so stored answers can be read against their list. */
  version: number;
  /** Where the list comes from. */
  source: string;
  items: readonly PresetItem[];
}

/** A list that the source itself revises: the edition says which revision this is. */
export interface EditionedPreset extends Preset {
  edition: string;
}

/** The ten high-impact emotional motivators. */
export const MOTIVATORS: Preset = {
  id: 'motivators',
  version: 1,
  source: 'Magids, Zorfas & Leemon, "The New Science of Customer Emotions", Harvard Business Review, November 2015',
  items: [
    { id: 'stand-out', label: { nl: 'Me onderscheiden van anderen', en: 'Stand out from the crowd' } },
    { id: 'confident-future', label: { nl: 'Vertrouwen hebben in de toekomst', en: 'Have confidence in the future' } },
    { id: 'well-being', label: { nl: 'Me goed voelen', en: 'Enjoy a sense of well-being' } },
    { id: 'freedom', label: { nl: 'Me vrij voelen', en: 'Feel a sense of freedom' } },
    { id: 'thrill', label: { nl: 'Iets spannends beleven', en: 'Feel a sense of thrill' } },
    { id: 'belonging', label: { nl: 'Ergens bij horen', en: 'Feel a sense of belonging' } },
    { id: 'environment', label: { nl: 'Het milieu beschermen', en: 'Protect the environment' } },
    { id: 'be-who-i-want', label: { nl: 'De persoon zijn die ik wil zijn', en: 'Be the person I want to be' } },
    { id: 'feel-secure', label: { nl: 'Me zeker voelen', en: 'Feel secure' } },
    { id: 'succeed', label: { nl: 'Succes hebben in het leven', en: 'Succeed in life' } },
  ],
};

/**
 * The golden rules of customer friendliness. The Dutch wording of the five rules is the seed text's
 * ("Trends in Customer Experience 2"); the sixth, sincere involvement, is the "emotional golden rule" it
 * adds. Later editions of the research list more rules: add them as a new edition beside this one.
 */
export const GOLDEN_RULES: EditionedPreset = {
  id: 'golden-rules',
  version: 1,
  edition: 'five-plus-sincere-involvement',
  source:
    'Klantvriendelijkste Bedrijf van Nederland: the five Gouden Regels of its first years, plus the sixth, ' +
    'oprechte betrokkenheid (as listed in "Trends in Customer Experience 2")',
  items: [
    { id: 'available', label: { nl: 'Wees beschikbaar', en: 'Be available' } },
    { id: 'fixes-mistakes', label: { nl: 'Geef fouten toe en los ze op', en: 'Admit mistakes and fix them' } },
    { id: 'keeps-promises', label: { nl: 'Kom je beloftes na', en: 'Keep your promises' } },
    { id: 'not-difficult', label: { nl: 'Doe niet moeilijk', en: "Don't make it difficult" } },
    {
      id: 'no-needless-bother',
      label: { nl: 'Val de klant niet onnodig lastig', en: "Don't bother the customer needlessly" },
    },
    { id: 'sincere-involvement', label: { nl: 'Oprechte betrokkenheid', en: 'Sincere involvement' } },
  ],
};

/** Every preset by the name its attribute uses; a `Map`, so an unknown `preset="…"` finds nothing. */
export const PRESETS: ReadonlyMap<string, Preset> = new Map([
  [MOTIVATORS.id, MOTIVATORS],
  [GOLDEN_RULES.id, GOLDEN_RULES],
]);
