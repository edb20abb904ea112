/** Kept in step with package.json by tests/build/dist.test.mjs. */
export const VERSION = '0.1.0';
