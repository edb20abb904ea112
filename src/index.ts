/** The npm entry: classes, schemas and types. Defines nothing: import `feelback/define.js` or call `defineElements()`. */
export { FeelbackSurvey, type SubmitOutcome } from './elements/feelback-survey/feelback-survey.js';
export { FeelbackNps } from './elements/feelback-nps/feelback-nps.js';
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
export { VERSION } from './version.js';
