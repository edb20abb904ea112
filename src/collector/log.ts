/**
 * What the collector writes to its log about an unexpected error: enough to identify the failure, nothing a
 * respondent typed. An error's message is left out on purpose: databases and parsers quote the data they
 * failed on in it (PostgreSQL's `invalid input syntax for type uuid: "…"`, `JSON.parse`'s snippet of the
 * input, a trigger's `RAISE`), and PostgreSQL adds more in `detail`, `where` and `hint`. The class, the
 * code and the stack frames (code locations only) say what failed and where.
 */

/** Fields of a PostgreSQL error (and of Node's system errors) that name code or schema, never data. */
const IDENTIFYING = ['code', 'errno', 'syscall', 'severity', 'routine', 'schema', 'table', 'column', 'constraint'];

/** One line per error in the chain (`cause`), then the stack frames of the first, without its message. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined; depth++) {
    parts.push((depth === 0 ? '' : 'caused by ') + identify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return [...parts, ...frames(error)].join('\n');
}

function identify(error: unknown): string {
  if (typeof error !== 'object' || error === null) return `a thrown ${typeof error}`;
  const record = error as Record<string, unknown>;
  const name = error instanceof Error ? error.name : (error.constructor?.name ?? 'object');
  const fields = IDENTIFYING.flatMap((key) => {
    const value = record[key];
    // A short token only: a custom error may put anything under these names.
    return (typeof value === 'string' && /^[\w.-]{1,64}$/.test(value)) || typeof value === 'number'
      ? [`${key}=${value}`]
      : [];
  });
  return [name, ...fields].join(' ');
}

/**
 * `    at …` lines: function names and file positions. Only those after the message: a message can hold a
 * line of a respondent's text that looks like a frame. Without the message in the stack, no frames.
 */
function frames(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return [];
  const at = error.stack.indexOf(error.message);
  if (at === -1) return [];
  return error.stack
    .slice(at + error.message.length)
    .split('\n')
    .filter((line) => /^\s+at /.test(line));
}

/** The collector's default `onError`: one entry on stderr, with no request data in it. */
export function logError(error: unknown): void {
  console.error(`feelback collector: unexpected error ${describeError(error)}`);
}
