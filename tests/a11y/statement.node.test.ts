// docs/accessibility.md is a conformance statement a bank reuses: it must cover every WCAG 2.2 A and AA
// criterion, and every test it names as proof must exist (renaming a test file breaks this, not the audit).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const statement = readFileSync(new URL('docs/accessibility.md', root), 'utf8');

/** WCAG 2.2 level A and AA (4.1.1 kept for EN 301 549 V3.2.1). */
const CRITERIA = [
  ...['1.1.1', '1.2.1', '1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5'],
  ...['1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1'],
  ...['2.4.2', '2.4.3', '2.4.4', '2.4.5', '2.4.6', '2.4.7', '2.4.11', '2.5.1', '2.5.2', '2.5.3', '2.5.4'],
  ...['2.5.7', '2.5.8', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.2.6', '3.3.1', '3.3.2'],
  ...['3.3.3', '3.3.4', '3.3.7', '3.3.8', '4.1.1', '4.1.2', '4.1.3'],
];

describe('docs/accessibility.md', () => {
  it('has a row for every WCAG 2.2 A and AA criterion', () => {
    const rows = statement.split('\n').filter((line) => line.startsWith('| '));
    for (const c of CRITERIA)
      assert.ok(
        rows.some((r) => r.startsWith(`| ${c} `)),
        `no row for ${c}`,
      );
  });

  it('names only tests that exist, and every accessibility test', () => {
    const named = new Set([...statement.matchAll(/`(tests\/[\w./*-]+)`/g)].map((m) => m[1]));
    for (const path of named) if (!path.includes('*')) assert.ok(existsSync(new URL(path, root)), `${path} is missing`);
    for (const file of readdirSync(new URL('tests/a11y/', root)).filter(
      (f) => /\.test\.ts$/.test(f) && !f.includes('.node.'),
    ))
      assert.ok(named.has(`tests/a11y/${file}`), `tests/a11y/${file} is not named`);
  });

  it('is linked from the README', () => {
    assert.match(readFileSync(new URL('README.md', root), 'utf8'), /\(docs\/accessibility\.md\)/);
  });
});
