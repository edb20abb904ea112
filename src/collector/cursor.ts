/** The cursor of every paged read (comments, the recovery worklist), opaque to clients: the `seq` of the last item, versioned so its form can change. */
export const encodeCursor = (seq: number) => Buffer.from(`v1:${seq}`).toString('base64url');

export function decodeCursor(cursor: string): number | null {
  const match = /^v1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}
