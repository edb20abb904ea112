/**
 * The shape every language file fills. Functions where a message takes values; a Record per enum of the
 * response, so a new category, balance or rating scale is a compile error in each language until labelled.
 */
import type { Balance, NpsCategory, RatingScale } from '../schema/response.js';
import type { KanoAnswer, KanoCategory } from '../scores/kano.js';

/** What a scale question shows around its points: the question and the meanings of both ends. */
export interface ScaleTexts {
  question: string;
  low: string;
  high: string;
}

export interface Messages {
  survey: {
    title: string;
    submit: string;
    sending: string;
    next: string;
    back: string;
    progress: (step: number, total: number) => string;
    thanks: string;
    /** Shown instead of `thanks` when the response matched a recovery rule (service recovery). */
    thanksRecovery: string;
    contact: string;
    errorConfig: string;
    errorRejected: string;
    /** The popover's launcher button, and the button closing the panel or dialog (`display`). */
    launcher: string;
    close: string;
    /** Said politely when a popover opened by itself (a trigger), as focus stays where the visitor was. */
    opened: (title: string) => string;
  };
  required: string;
  nps: {
    question: (subject: string) => string;
    defaultSubject: string;
    low: string;
    high: string;
  };
  emotion: {
    question: string;
    none: string;
    strength: (label: string) => string;
    intensityLow: string;
    intensityHigh: string;
    /** Hint under the question, and the status once the limit is reached. */
    max: (max: number) => string;
    chosen: (count: number, max: number) => string;
    /** Status when the respondent tries to choose one more than `max`. */
    full: (max: number) => string;
    /** Validation: an emotion was chosen but not how strongly. */
    incomplete: (label: string) => string;
  };
  effort: {
    question: (organisation: string) => string;
    defaultOrganisation: string;
    anchors: readonly [string, string, string, string, string, string, string];
  };
  /** Per rating kind: the default question and the meanings of the lowest and highest points. */
  rating: Record<RatingScale, ScaleTexts>;
  comment: {
    question: string;
    count: (used: number, max: number) => string;
    /** Announced politely after a typing pause, instead of the count on every keystroke. */
    left: (left: number) => string;
    redacted: string;
  };
  /**
   * `<feelback-report>`'s figures of the choice, Kano and statements answers (CONTRACT §9). Kano categories
   * by letter: A attractive (delighter), O one-dimensional (satisfier), M must-be (basic), I indifferent,
   * R reverse, Q questionable.
   */
  reportInstruments: {
    /** Caption of a choice question's figure, by its answer name. */
    choice: (name: string) => string;
    option: string;
    /** The choice's free-text option, as a row of its figure (the question says "Other, namely"). */
    other: string;
    kano: string;
    feature: string;
    category: string;
    categories: Record<KanoCategory, string>;
    /** Berger's coefficients: the plot's axes and table columns. */
    better: string;
    worse: string;
    /** Caption of a statements question's figure, by its answer name. */
    statements: (name: string) => string;
    statement: string;
    /** The mean agreement on 1–5 and the share of 4–5. */
    mean: string;
    agree: string;
  };
  /** `<feelback-kano>`: the question with the feature and the question without it, and the five radios. */
  kano: {
    functional: (feature: string) => string;
    dysfunctional: (feature: string) => string;
    /** Fills the questions when the element has no `feature`. */
    defaultFeature: string;
    options: Record<KanoAnswer, string>;
  };
  /** `<feelback-statements>`: the question above the battery and the meaning of each point 1–5. */
  statements: {
    question: string;
    anchors: readonly [string, string, string, string, string];
  };
  /** `<feelback-choice>`: default questions, the `other` option and the `max` hints. */
  choice: {
    /** The default question: one option (radios), or several (`multiple`). */
    question: string;
    questionMultiple: string;
    /** The `other` option. */
    other: string;
    /** The name of the text field shown when `other` is chosen. */
    otherText: string;
    /** Hint under the question with `multiple` and `max`, and the status once the limit is reached. */
    max: (max: number) => string;
    chosen: (count: number, max: number) => string;
    /** Status when the respondent tries to choose one more than `max`. */
    full: (max: number) => string;
  };
  /** `<feelback-report>`: captions, table headers and states. */
  report: {
    title: string;
    loading: string;
    failed: string;
    /** A figure whose question nobody answered yet. */
    empty: string;
    /** Column headers of the two-column text alternatives. */
    measure: string;
    value: string;
    nps: string;
    score: string;
    interval: string;
    /** The plural of each NPS category: "Promoters". */
    categories: Record<NpsCategory, string>;
    emotionScore: string;
    strong: string;
    strongPositive: string;
    strongNegative: string;
    emotions: string;
    emotion: string;
    count: string;
    share: string;
    crosstab: string;
    /** Each emotion balance, as a column header. */
    balances: Record<Balance, string>;
    effort: string;
    mean: string;
    agree: string;
  };
  /**
   * Labels of the core emotions by id, for a language beyond the core set's own `nl` and `en` (a custom
   * set brings its labels).
   */
  emotions?: Partial<Record<string, string>>;
}

/** A translation to register: any message may be left out (it comes from the base language or English). */
export type Translation = DeepPartial<Messages>;
type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/**
 * The sections an element brings in its own chunk, in the built-in languages (its folder's `texts.ts`, added
 * with `addTexts` when it loads): not in `en.ts`/`nl.ts`, which every page fetches.
 */
export type ElementSection =
  | 'nps'
  | 'emotion'
  | 'effort'
  | 'rating'
  | 'comment'
  | 'kano'
  | 'statements'
  | 'choice'
  | 'report'
  | 'reportInstruments';
/** An element's sections in the built-in languages. */
export type Texts<K extends ElementSection> = Record<'en' | 'nl', Pick<Messages, K>>;
/** What the built-in languages carry for every page: the survey's texts and what every question shows (`required`). */
export type SharedMessages = Omit<Messages, ElementSection>;
