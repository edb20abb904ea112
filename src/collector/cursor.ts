/** The cursor of every paged read (comments, the recovery worklist), opaque to clients: the `seq` of the last item, versioned so its form can change. */
export const encodeCursor = (seq: number) => Buffer.from(`v1:${seq}`).toString('base64url');

export function decodeCursor(cursor: string): number | null {
  const match = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}

/**
 * A paged read's `limit` (1…`max`, `fallback` when absent) and `cursor` (`undefined` on the first page).
 * Problems are pushed onto `errors` as the 400's reasons; the values are then not to be used.
 */
export function pageParams(
  params: URLSearchParams,
  fallback: number,
  max: number,
  errors: { path: string; message: string }[],
): { limit: number; before: number | undefined } {
  const raw = params.get('limit') || String(fallback);
  const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= max))
    errors.push({ path: 'limit', message: `limit must be a whole number from 1 to ${max}` });
  const cursor = params.get('cursor');
  const before = cursor ? decodeCursor(cursor) : undefined;
  if (before === null) errors.push({ path: 'cursor', message: 'cursor is not one this collector gave' });
  return { limit, before: before ?? undefined };
}
