/**
 * `GET /api/recovery` and `PATCH /api/recovery/:id` (CONTRACT §10): the service team's worklist and its
 * moves. Both are reads in the sense of the read token: the cases hold what respondents typed.
 */
import { redact } from '../elements/feelback-comment/redact.js';
import type { CollectorRequest } from './core.js';
import { parseFilter } from './filter.js';
import { encodeCursor, pageParams } from './cursor.js';
import { caseItem, checkMove, isCaseState, type CaseState, type RecoveryStore } from './recovery.js';
import { BodyTooLarge, errorReply, isJson, jsonReply, type Reply } from './reply.js';

export const MAX_CASES = 100;
export const DEFAULT_CASES = 25;
/** A note says who called and what was agreed; a page of text is no note. */
export const MAX_NOTE = 1000;
const MAX_PATCH_BYTES = 8 * 1024;

export async function listCases(recovery: RecoveryStore, request: CollectorRequest): Promise<Reply> {
  const params = new URLSearchParams(request.search);
  const parsed = parseFilter(params);
  const errors = 'errors' in parsed ? [...parsed.errors] : [];
  const state = params.get('state') || undefined;
  if (state !== undefined && !isCaseState(state)) {
    errors.push({ path: 'state', message: 'state must be open, contacted, resolved or dismissed' });
  }
  const { limit, before } = pageParams(params, DEFAULT_CASES, MAX_CASES, errors);
  if (errors.length > 0 || 'errors' in parsed) return jsonReply(400, { errors });
  // One more than the page, to know whether a next page exists.
  const rows = await recovery.list(parsed.filter, state as CaseState | undefined, before, limit + 1);
  const page = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor(page[page.length - 1]!.seq) : null;
  return jsonReply(200, { items: page.map(caseItem), next });
}

/** `{ state, note? }`: 409 for a move the case's state does not allow, or `contacted` without consent. */
export async function moveCase(
  recovery: RecoveryStore,
  request: CollectorRequest,
  id: string,
  now: Date,
): Promise<Reply> {
  if (!isJson(request.header('content-type'))) {
    return errorReply(415, 'content type must be application/json', 'content-type');
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text(MAX_PATCH_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLarge) return errorReply(413, `body exceeds ${MAX_PATCH_BYTES} bytes`);
    return errorReply(400, 'body is not valid JSON');
  }
  const { state, note } = (body ?? {}) as { state?: unknown; note?: unknown };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return errorReply(400, 'body must be an object { state, note? }');
  }
  if (!isCaseState(state)) return errorReply(400, 'state must be contacted, resolved or dismissed', 'state');
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return errorReply(400, 'note must be a string', 'note');
  }
  // Control characters (NUL included) have no place in a note and break some exports and terminals.
  // eslint-disable-next-line no-control-regex
  if (typeof note === 'string' && (note.length > MAX_NOTE || /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(note))) {
    return errorReply(400, `note must be at most ${MAX_NOTE} characters without control characters`, 'note');
  }
  const key = id.toLowerCase();
  const current = await recovery.get(key);
  if (!current) return errorReply(404, 'no recovery case with this id', 'id');
  const check = checkMove(current, state);
  if (check === 'no-consent') {
    return errorReply(409, 'the respondent did not agree to be contacted', 'state');
  }
  if (check === 'not-allowed') return errorReply(409, `a ${current.state} case cannot move to ${state}`, 'state');
  // A staff note is stored like a comment: phone numbers and e-mail addresses are redacted before they rest.
  const event = { state, at: now.toISOString(), note: typeof note === 'string' && note ? redact(note) : null };
  if (!(await recovery.move(key, current.state, event))) {
    return errorReply(409, 'the case was moved by someone else meanwhile', 'state');
  }
  return jsonReply(200, caseItem((await recovery.get(key))!));
}
