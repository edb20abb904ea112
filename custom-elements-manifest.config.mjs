// `npm run build` runs `cem analyze` with this. package.json names the manifest itself, so the analyzer
// must not rewrite it (it would, for any --outdir a developer tries).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
};
