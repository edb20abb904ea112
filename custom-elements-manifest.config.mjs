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

/**
 * The manifest lists the events the class JSDoc documents with `@event`. The analyzer also reports every
 * `dispatchEvent` it finds, among them the internal registration handshake (named after its constant,
 * `REGISTER`); an event without a description is such an internal one, so it is dropped.
 */
function documentedEventsOnly() {
  return {
    name: 'feelback-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.description);
        }
      }
    },
  };
}

/**
 * The package ships `dist/`, not `src/`: tools that open a module of the manifest (IDEs, Storybook,
 * the type generator) must find it in the installed package. Rewrites every `src/….ts` path and module
 * reference (a superclass's module comes as `/src/….js`) to the `dist/….js` file that tsc emits for it
 * (tsconfig.build.json: rootDir src, outDir dist).
 */
function distPaths() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else visit(value);
    }
  };
  return {
    name: 'feelback-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
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
  plugins: [litStateIsNoAttribute(), documentedEventsOnly(), distPaths()],
};
