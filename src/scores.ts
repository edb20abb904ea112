/** Entry of dist/scores.js: pure scoring functions, no DOM, runs in Node and browsers. */
export * from './scores/response-scores.js';
export * from './scores/nps.js';
export * from './scores/summarize.js';
