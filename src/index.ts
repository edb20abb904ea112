/** The npm entry: classes, schemas and types. Defines nothing: import `feelback/define.js` or call `defineElements()`. */
export { FeelbackSurvey, type SubmitOutcome } from './elements/feelback-survey/feelback-survey.js';
export { FeelbackNps } from './elements/feelback-nps/feelback-nps.js';
export { FeelbackEmotion } from './elements/feelback-emotion/feelback-emotion.js';
export { CORE_EMOTIONS, Emotion, EmotionSet, EmotionValue } from './schema/emotions.js';
export { FeelbackEffort } from './elements/feelback-effort/feelback-effort.js';
export { FeelbackRating } from './elements/feelback-rating/feelback-rating.js';
export { FeelbackComment } from './elements/feelback-comment/feelback-comment.js';
export { FeelbackChoice } from './elements/feelback-choice/feelback-choice.js';
export { FeelbackReport } from './elements/feelback-report/feelback-report.js';
export { redact, parseRedact, REDACT_KINDS, type RedactKind } from './elements/feelback-comment/redact.js';
export { FeelbackQuestion } from './elements/shared/feelback-question.js';
export { defineElements, ELEMENTS } from './registry.js';
export * from './schema/response.js';
export { SurveyConfig, readConfig, DEFAULT_CONFIG } from './schema/config.js';
export { buildResponse } from './schema/build-response.js';
export * from './scores/response-scores.js';
export * from './scores/nps.js';
export * from './scores/summarize.js';
export type * from './events.js';
export type { Transport, DeliveryTarget, DeliveryOutcome } from './delivery/types.js';
export { flushOutbox } from './elements/feelback-survey/delivery-controller.js';
export { configureDelivery, type DeliverySettings } from './delivery/policy.js';
export { VERSION } from './version.js';
export { registerTranslation, type LabelledEmotion, type Messages, type Translation } from './i18n/index.js';
// Languages beyond the bundle's Dutch and English: `registerTranslation('de', de)`.
export { de } from './i18n/de.js';
export { fr } from './i18n/fr.js';
