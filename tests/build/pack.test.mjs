// `npm i feelback` as a front-end app runs it (CONTRACT §1): the packed tarball installed into an empty folder
// with scripts off, then what arrived and what imports in Node. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);
// `npm run test:build` hands its npm_config_* (local prefix among them) to children: a child npm would
// then act on this repository instead of the temp folder.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const npm = (args, cwd) => exec('npm', args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });

let dir;
let app;
let packed;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feelback-pack-'));
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root);
  [packed] = JSON.parse(stdout);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await npm(
    [
      'install',
      '--ignore-scripts',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--prefix',
      app,
      join(dir, packed.filename),
    ],
    app,
  );
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs an ES module in the app's folder, so bare imports resolve as the app's would. */
async function runInApp(source) {
  try {
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', source], { cwd: app, env });
    return { ok: true, out: stdout };
  } catch (error) {
    return { ok: false, out: `${error.stdout}${error.stderr}` };
  }
}

/** Every folder under node_modules/ that holds a package.json, by package name. */
function installed() {
  const names = [];
  const walk = (folder, scope = '') => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (!scope && entry.name.startsWith('@')) walk(path, `${entry.name}/`);
      else {
        names.push(scope + entry.name);
        walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(app, 'node_modules'));
  return names;
}

function findFiles(folder, name, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) findFiles(path, name, found);
    else if (entry.name === name) found.push(path);
  }
  return found;
}

describe('the packed tarball', () => {
  it('holds the built files, the licence and the changelog, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/define.js',
      'dist/feelback.js',
      'dist/feelback.iife.js',
      'dist/integrity.json',
      'dist/collector/sqlite.js',
      'dist/collector/postgres.js',
    ]) {
      assert.ok(files.includes(file), `${file} is not in the tarball`);
    }
    assert.deepEqual(
      files.filter((f) => /^(src|tests|bench|demo|scripts|data)\//.test(f)),
      [],
    );
  });
});

describe('npm install of the tarball, scripts off', () => {
  it('installs lit and zod, and neither database driver nor anything native', () => {
    const names = installed();
    for (const name of ['feelback', 'lit', 'zod']) assert.ok(names.includes(name), `${name} is not installed`);
    assert.deepEqual(
      names.filter((n) => n === 'better-sqlite3' || n === 'pg' || n.startsWith('pg-')),
      [],
    );
    assert.deepEqual(findFiles(join(app, 'node_modules'), 'binding.gyp'), [], 'a package that compiles natively');
  });

  it('imports feelback, feelback/scores.js, feelback/collector and feelback/collector/handler in Node', async () => {
    const result = await runInApp(`
      const entry = await import('feelback');
      const scores = await import('feelback/scores.js');
      const collector = await import('feelback/collector');
      const handler = await import('feelback/collector/handler');
      console.log(JSON.stringify({
        survey: typeof entry.FeelbackSurvey,
        category: scores.npsCategory(9),
        createHandler: typeof handler.createHandler,
        startCollector: typeof collector.startCollector,
      }));`);
    assert.ok(result.ok, result.out);
    assert.deepEqual(JSON.parse(result.out), {
      survey: 'function',
      category: 'promoter',
      createHandler: 'function',
      startCollector: 'function',
    });
  });

  for (const [entry, driver] of [
    ['feelback/collector/sqlite', 'better-sqlite3'],
    ['feelback/collector/postgres', 'pg'],
  ]) {
    it(`says which package to install when ${entry} is imported without ${driver}`, async () => {
      const result = await runInApp(`
        try {
          await import('${entry}');
          console.log('imported');
        } catch (error) {
          console.log(error.message);
        }`);
      assert.ok(result.ok, result.out);
      assert.equal(
        result.out.trim(),
        `${entry} needs the database driver ${driver}, an optional peer dependency of feelback that is not ` +
          `installed: npm install ${driver}`,
      );
    });
  }
});
