/** The shape every language file fills. Functions where a message takes values. */
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
    max: (max: number) => string;
    chosen: (count: number, max: number) => string;
  };
  effort: {
    question: (organisation: string) => string;
    defaultOrganisation: string;
    anchors: readonly [string, string, string, string, string, string, string];
  };
  rating: {
    csat: string;
    effectiveness: string;
    ease: string;
    emotion: string;
    custom: string;
    low: string;
    high: string;
  };
  comment: {
    question: string;
    count: (used: number, max: number) => string;
    redacted: string;
  };
}
