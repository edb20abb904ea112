// The manifest is the source of the shipped framework types (scripts/types.mjs), so it has to be complete:
// every design token and part the styles and templates use, every public event with its detail type, and
// module paths that exist in the installed package. Run by `npm run test:types` after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));

const sources = (dir) =>
  readdirSync(new URL(dir, root), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(`${dir}/${f}`));
const elementSources = sources('src/elements');

describe('custom-elements.json', () => {
  it('points every module at a file of dist/', () => {
    const refs = [];
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') refs.push(value);
        else visit(value);
      }
    };
    visit(manifest.modules);
    assert.ok(refs.length > 10);
    for (const ref of new Set(refs)) {
      assert.match(ref, /^dist\/.+\.js$/, `${ref} is not a dist/ file`);
      assert.ok(existsSync(new URL(ref, root)), `${ref} does not exist: run npm run build`);
    }
  });

  it('types every event, the survey events with their detail interface from src/events.ts', () => {
    const details = new Set([...read('src/events.ts').matchAll(/export interface (\w+Detail)\b/g)].map((m) => m[1]));
    for (const el of elements) {
      for (const e of el.events ?? []) {
        assert.ok(e.type?.text, `${el.tagName} event ${e.name} has no type`);
        assert.ok(e.description, `${el.tagName} event ${e.name} has no description`);
        const detail = e.type.text.match(/^CustomEvent<(\w+)>$/)?.[1];
        if (e.name.startsWith('feelback-')) assert.ok(details.has(detail), `${e.name}: ${e.type.text}`);
      }
    }
    const survey = byTag['feelback-survey'].events.map((e) => e.name);
    for (const name of read('src/events.ts').matchAll(/'(feelback-[a-z]+)': CustomEvent/g)) {
      assert.ok(survey.includes(name[1]), `feelback-survey does not document ${name[1]}`);
    }
  });

  it('lists no internal event (the registration handshake)', () => {
    for (const el of elements) {
      for (const e of el.events ?? []) assert.match(e.name, /^(change|feelback-[a-z]+)$/, `${el.tagName}: ${e.name}`);
      assert.ok(!el.events?.some((e) => e.name === 'feelback-register'));
    }
  });

  it('documents every --feelback-* token the styles use, and no other', () => {
    const used = new Set(sources('src').flatMap((s) => [...s.matchAll(/var\((--feelback-[a-z-]+)/g)].map((m) => m[1])));
    const documented = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    assert.ok(used.size >= 21, `only ${used.size} tokens found`);
    assert.deepEqual(
      [...used].filter((t) => !documented.has(t)),
      [],
      'used but not documented',
    );
    assert.deepEqual(
      [...documented].filter((t) => !used.has(t)),
      [],
      'documented but not used',
    );
  });

  it('documents every part a template names', () => {
    const named = new Set(
      elementSources.flatMap((s) => [...s.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/))),
    );
    const documented = new Set(elements.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    assert.ok(named.size > 30, `only ${named.size} parts found`);
    assert.deepEqual(
      [...named].filter((p) => !documented.has(p)),
      [],
      'named but not documented',
    );
    for (const p of ['checked', 'positive', 'negative', 'promoters', 'nps', 'crosstab'])
      assert.ok(documented.has(p), p);
  });

  it("documents each re-exported part of the default survey, as the question's own part with its kind", () => {
    const source = read('src/elements/feelback-survey/default-questions.ts');
    const exported = [...source.match(/QUESTION_PARTS = \[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    const kinds = [...source.matchAll(/<feelback-([a-z]+)[^>]*exportparts=\$\{exportParts\('([a-z]+)'\)\}/g)];
    assert.equal(kinds.length, 3);
    const expected = kinds.flatMap(([, tag, prefix]) =>
      byTag[`feelback-${tag}`].cssParts
        .map((p) => p.name)
        .filter((p) => exported.includes(p))
        .map((p) => `${prefix}-${p}`),
    );
    const survey = byTag['feelback-survey'].cssParts
      .map((p) => p.name)
      .filter((p) => /^(nps|emotion|comment)-/.test(p));
    assert.deepEqual(survey.sort(), expected.sort());
    assert.equal(survey.length, 31);
  });
});
