// Holds back one source module of the test page, for a test that proves what happens while that module is
// still on its way (code imported after the first render must not let anything slip past it meanwhile).
// The page sets a cookie `feelback-slow=<file name without extension>~<ms>`, e.g. `redact~2000`; each
// request for a file of that name waits that long. Each test file runs in its own browser context, so the
// cookie slows no other file.
export function slowModules() {
  return async function slowModulesMiddleware(ctx, next) {
    const slow = /(?:^|;\s*)feelback-slow=([\w-]+)~(\d+)/.exec(ctx.get('cookie'));
    if (slow && new RegExp(`/${slow[1]}\\.(?:ts|js)$`).test(ctx.path)) {
      await new Promise((r) => setTimeout(r, Number(slow[2])));
    }
    return next();
  };
}
