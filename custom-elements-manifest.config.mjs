import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

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
  const visit = (node, dir) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, dir));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        // A re-export names its module relative to the file that re-exports it (`../../schema/x.js`).
        node[key] = toDist(value.startsWith('.') ? posix.join(dir, value) : value);
      } else visit(value, dir);
    }
  };
  return {
    name: 'feelback-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) visit(mod, posix.dirname(mod.path));
    },
  };
}

/**
 * The default survey re-exports its three questions' parts with their kind as prefix (`nps-option`): which
 * parts, and of which questions, is what `src/elements/feelback-survey/default-questions.ts` renders. Each
 * prefixed part is documented here from the question's own documentation, so the survey's class comment
 * does not repeat 31 of them by hand.
 */
function defaultSurveyParts() {
  return {
    name: 'feelback-default-survey-parts',
    packageLinkPhase({ customElementsManifest }) {
      const source = readFileSync('src/elements/feelback-survey/default-questions.ts', 'utf8');
      const exported = [...source.match(/QUESTION_PARTS = \[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
      const questions = [...source.matchAll(/<(feelback-[a-z]+)[^>]*exportparts=\$\{exportParts\('([a-z]+)'\)\}/g)];
      const decls = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const byTag = (tag) => decls.find((d) => d.tagName === tag);
      const survey = byTag('feelback-survey');
      if (!survey || questions.length === 0) throw new Error('default survey parts: nothing found to document');
      for (const [, tag, prefix] of questions) {
        for (const part of byTag(tag)?.cssParts ?? []) {
          if (!exported.includes(part.name)) continue;
          const description = `The default survey's \`<${tag}>\` part \`${part.name}\`: ${part.description}`;
          survey.cssParts = [...(survey.cssParts ?? []), { name: `${prefix}-${part.name}`, description }];
        }
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
  plugins: [litStateIsNoAttribute(), documentedEventsOnly(), defaultSurveyParts(), distPaths()],
};
