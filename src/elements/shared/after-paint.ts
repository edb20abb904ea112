/**
 * Resolves once the next frame has been painted: code a question or survey needs only once the respondent
 * acts (the config check and zod, scores and sending, the redaction patterns) is imported after the first
 * paint, so that fetching and evaluating it never delays the frame that shows the question. A page in a
 * background tab paints no frames, hence the timeout (resolving twice is harmless); outside a browser (a test
 * in Node, a server) there are no frames at all.
 */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 100);
    globalThis.requestAnimationFrame?.(() => setTimeout(resolve));
  });
