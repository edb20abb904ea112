// `npm run build` runs `cem analyze` with this. package.json names the manifest itself, so the analyzer
// must not rewrite it (it would, for any --outdir a developer tries).

/**
 * The analyzer's Lit plugin documents every entry of `static properties` as an attribute, also the internal
 * ones declared `{ state: true }` (Lit gives those no attribute). This drops those attributes again.
 */
function litStateIsNoAttribute() {
  return {
    name: 'feelback-lit-state-is-no-attribute',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
      const props = node.members.find((m) => m.name?.getText() === 'properties' && ts.isPropertyDeclaration(m));
      if (!decl || !props?.initializer || !ts.isObjectLiteralExpression(props.initializer)) return;
      for (const p of props.initializer.properties) {
        const isState =
          ts.isPropertyAssignment(p) &&
          ts.isObjectLiteralExpression(p.initializer) &&
          p.initializer.properties.some(
            (o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword,
          );
        if (!isState) continue;
        const name = p.name.getText();
        decl.attributes = decl.attributes?.filter((a) => a.fieldName !== name);
        for (const m of decl.members ?? []) if (m.name === name) delete m.attribute;
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [litStateIsNoAttribute()],
};
