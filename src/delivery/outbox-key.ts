/**
 * The localStorage key of the outbox, on its own so the script tag's loader can tell whether an earlier
 * page left something to send without fetching the outbox (and zod) on every page.
 */
export const OUTBOX_KEY = 'feelback-outbox-1';
