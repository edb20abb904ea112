// What the package says about itself (package.json, LICENSE, CHANGELOG.md, README.md) and the subresource-
// integrity hashes the build writes. Run after `npm run build`; publint and attw check the rest
// (`npm run test:package`).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const pkg = JSON.parse(read('package.json'));

/** Every file path an export map names, conditions included. */
const targets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value).flatMap((inner) => targets(inner));

describe('dist/integrity.json', () => {
  const integrity = JSON.parse(read('dist/integrity.json'));

  for (const file of ['feelback.js', 'feelback.iife.js']) {
    it(`holds the sha384 of dist/${file}`, () => {
      const hash = createHash('sha384')
        .update(read(`dist/${file}`))
        .digest('base64');
      assert.equal(integrity[file], `sha384-${hash}`);
    });
  }
});

describe('package.json', () => {
  it('depends on lit and zod only; the database drivers are optional peers and devDependencies', () => {
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['lit', 'zod']);
    for (const driver of ['better-sqlite3', 'pg']) {
      assert.ok(pkg.peerDependencies[driver], `${driver} is not a peer dependency`);
      assert.equal(pkg.peerDependenciesMeta[driver]?.optional, true, `${driver} is not optional`);
      assert.equal(pkg.devDependencies[driver], pkg.peerDependencies[driver], `${driver} for npm ci && npm start`);
    }
  });

  it('names a store subpath per driver, and its own package.json', () => {
    assert.equal(pkg.exports['./collector/sqlite'].default, './dist/collector/sqlite.js');
    assert.equal(pkg.exports['./collector/postgres'].default, './dist/collector/postgres.js');
    assert.equal(pkg.exports['./package.json'], './package.json');
  });

  it('points every export at a file the build made', () => {
    for (const target of Object.values(pkg.exports).flatMap(targets)) {
      assert.ok(existsSync(new URL(target, root)), `${target} is missing`);
    }
  });

  it('names the script-tag bundle for jsDelivr and unpkg', () => {
    assert.equal(pkg.jsdelivr, 'dist/feelback.js');
    assert.equal(pkg.unpkg, 'dist/feelback.js');
  });

  it('says where the code lives, where to report bugs, and what it is about', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.match(pkg.bugs, /^https:\/\/.+\/issues$/);
    for (const word of ['web-components', 'custom-elements', 'lit', 'nps', 'survey']) {
      assert.ok(pkg.keywords.includes(word), `keyword ${word}`);
    }
  });
});

describe('the documents in the package', () => {
  it('has the MIT licence that package.json names', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(read('LICENSE').toString(), /^MIT License\n\nCopyright \(c\) \d{4} /);
    assert.match(read('LICENSE').toString(), /THE SOFTWARE IS PROVIDED "AS IS"/);
  });

  it('has a changelog that says what a breaking change is, and lists this version', () => {
    const changelog = read('CHANGELOG.md').toString();
    assert.match(changelog, /^## Versioning$/m);
    for (const part of ['Tags', 'Attributes', 'Accessible roles and names', 'Events', 'HTTP']) {
      assert.ok(changelog.includes(`**${part}`), `the policy names ${part}`);
    }
    assert.ok(changelog.includes(`## ${pkg.version}`), `no entry for ${pkg.version}`);
  });

  it('shows the CDN snippet with its integrity hash, and the Angular schema', () => {
    const readme = read('README.md').toString();
    assert.match(readme, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/feelback@\d+\.\d+\.\d+\/dist\/feelback\.js"/);
    assert.match(readme, /integrity="sha384-[^"]*dist\/integrity\.json[^"]*"\s+crossorigin="anonymous"/);
    assert.match(readme, /^### Angular$/m);
    assert.match(readme, /schemas: \[CUSTOM_ELEMENTS_SCHEMA\]/);
  });
});
