import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  globMatches,
  pageMatches,
  readTargeting,
  refusal,
  type Targeting,
} from '../../src/elements/feelback-survey/targeting.js';
import { parseTriggers } from '../../src/elements/feelback-survey/triggers.js';
import {
  MEMORY_KEY,
  readMemory,
  updateMemory,
  type VisitorMemory,
} from '../../src/elements/feelback-survey/visitor-memory.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30);

describe('pages globs', () => {
  // [glob, path, matches]
  const rows: [string, string, boolean][] = [
    ['/hypotheek', '/hypotheek', true],
    ['/hypotheek', '/hypotheek/aanvraag', false],
    ['/hypotheek/*', '/hypotheek/aanvraag', true],
    ['/hypotheek/*', '/hypotheek/', true],
    ['/hypotheek/*', '/hypotheken', false],
    ['*', '/', true],
    ['/*/bevestiging', '/hypotheek/bevestiging', true],
    ['/*/bevestiging', '/hypotheek/bevestiging/x', false],
    ['*.html', '/demo/index.html', true],
    ['/a*b*c', '/aXbYc', true],
    ['/a*b*c', '/acb', false],
    ['/ab*ba', '/aba', false],
  ];
  for (const [glob, path, expected] of rows) {
    test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globMatches(glob, path), expected);
    });
  }

  test('no pages means every page; includes restrict; ! excludes, also with no include', () => {
    assert.equal(pageMatches(undefined, '/x'), true);
    assert.equal(pageMatches('  ', '/x'), true);
    assert.equal(pageMatches('/hypotheek/* /sparen', '/sparen'), true);
    assert.equal(pageMatches('/hypotheek/* /sparen', '/beleggen'), false);
    assert.equal(pageMatches('/hypotheek/* !/hypotheek/inloggen', '/hypotheek/inloggen'), false);
    assert.equal(pageMatches('/hypotheek/* !/hypotheek/inloggen', '/hypotheek/rente'), true);
    assert.equal(pageMatches('!/inloggen* !/betalen/*', '/inloggen/stap-1'), false);
    assert.equal(pageMatches('!/inloggen* !/betalen/*', '/sparen'), true);
  });
});

const targeting = (over: Partial<Targeting> = {}): Targeting => ({
  surveyId: 'bank',
  sample: 1,
  recontactDays: 30,
  cooldownDays: 7,
  ...over,
});
const empty = (): VisitorMemory => ({ surveys: new Map() });
const at = (path = '/', random = () => 0.5) => ({ path, now: NOW, random });

describe('who is asked automatically', () => {
  test('a sampled visitor is remembered in, an unsampled one out, and the draw happens once', () => {
    const memory = empty();
    let draws = 0;
    const random = () => (draws++, 0.1);
    assert.equal(refusal(targeting({ sample: 0.2 }), memory, at('/', random)), null);
    assert.deepEqual(memory.surveys.get('bank'), { sampled: true });
    assert.equal(
      refusal(
        targeting({ sample: 0.2 }),
        memory,
        at('/', () => 0.9),
      ),
      null,
    );
    assert.equal(draws, 1);

    const other = empty();
    assert.equal(
      refusal(
        targeting({ sample: 0.2 }),
        other,
        at('/', () => 0.2),
      ),
      'sample',
    );
    assert.deepEqual(other.surveys.get('bank'), { sampled: false });
    assert.equal(
      refusal(
        targeting({ sample: 0.2 }),
        other,
        at('/', () => 0),
      ),
      'sample',
    );
  });

  test('a sample of 1 or 0 draws nothing and stores nothing', () => {
    const memory = empty();
    assert.equal(
      refusal(
        targeting({ sample: 1 }),
        memory,
        at('/', () => 0.999),
      ),
      null,
    );
    assert.equal(
      refusal(
        targeting({ sample: 0 }),
        memory,
        at('/', () => 0),
      ),
      'sample',
    );
    assert.equal(memory.surveys.size, 0);
  });

  test('the page is checked before anything is drawn', () => {
    const memory = empty();
    assert.equal(refusal(targeting({ sample: 0.5, pages: '/hypotheek/*' }), memory, at('/sparen')), 'page');
    assert.equal(memory.surveys.size, 0);
  });

  test('recontact: not within recontact-days of the last answer or dismissal of this survey', () => {
    const memory = empty();
    memory.surveys.set('bank', { seen: NOW - 29 * DAY });
    assert.equal(refusal(targeting(), memory, at()), 'recontact');
    memory.surveys.set('bank', { seen: NOW - 30 * DAY });
    assert.equal(refusal(targeting(), memory, at()), null);
    memory.surveys.set('bank', { seen: NOW - 2 * DAY });
    assert.equal(refusal(targeting({ recontactDays: 1 }), memory, at()), null);
    // Another survey's answer is not this one's.
    assert.equal(refusal(targeting({ surveyId: 'other' }), memory, at()), null);
  });

  test('cooldown: no automatic opening of any survey within cooldown-days of the last one', () => {
    const memory: VisitorMemory = { last: NOW - 6 * DAY, surveys: new Map() };
    assert.equal(refusal(targeting({ surveyId: 'a' }), memory, at()), 'cooldown');
    assert.equal(refusal(targeting({ surveyId: 'b' }), memory, at()), 'cooldown');
    assert.equal(refusal(targeting({ surveyId: 'b', cooldownDays: 5 }), memory, at()), null);
    memory.last = NOW - 7 * DAY;
    assert.equal(refusal(targeting({ surveyId: 'a' }), memory, at()), null);
  });

  test('unreadable numbers take their defaults and are reported', () => {
    const errors: string[] = [];
    const t = readTargeting('x', { sample: '1.5', recontactDays: 'soon', cooldownDays: '-1' }, (m) => errors.push(m));
    assert.deepEqual([t.sample, t.recontactDays, t.cooldownDays], [1, 30, 7]);
    assert.equal(errors.length, 3);
    const ok = readTargeting('x', { sample: '0.2', recontactDays: '90', cooldownDays: '0' }, (m) => errors.push(m));
    assert.deepEqual([ok.sample, ok.recontactDays, ok.cooldownDays], [0.2, 90, 0]);
    assert.equal(errors.length, 3);
  });
});

describe('triggers', () => {
  test('parses each kind, several at once', () => {
    assert.deepEqual(parseTriggers('load delay:5s delay:250ms scroll:50% exit event:checkout-done').triggers, [
      { kind: 'load' },
      { kind: 'delay', ms: 5000 },
      { kind: 'delay', ms: 250 },
      { kind: 'scroll', share: 0.5 },
      { kind: 'exit' },
      { kind: 'event', name: 'checkout-done' },
    ]);
    assert.deepEqual(parseTriggers(undefined), { triggers: [], errors: [] });
  });

  test('a word that is no trigger is reported and skipped', () => {
    const { triggers, errors } = parseTriggers('delay:5 scroll:150% hover load:now event: exit');
    assert.deepEqual(triggers, [{ kind: 'exit' }]);
    assert.equal(errors.length, 5);
  });
});

/** A Storage in memory, for Node. */
function storage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('visitor memory', () => {
  test('one key, read back as written; garbage reads as empty', () => {
    const s = storage();
    updateMemory(s, (m) => {
      m.last = NOW;
      m.surveys.set('bank', { sampled: false, seen: NOW - DAY });
    });
    assert.deepEqual(JSON.parse(s.getItem(MEMORY_KEY)!), {
      last: NOW,
      surveys: { bank: { sampled: false, seen: NOW - DAY } },
    });
    const back = readMemory(s);
    assert.equal(back.last, NOW);
    assert.deepEqual(back.surveys.get('bank'), { sampled: false, seen: NOW - DAY });
    assert.equal(s.length, 1);

    for (const junk of ['{', '"x"', '[1]', '{"last":"x","surveys":{"a":5,"b":{"seen":"y"}}}']) {
      s.setItem(MEMORY_KEY, junk);
      const m = readMemory(s);
      assert.equal(m.last, undefined);
      assert.equal(m.surveys.get('a'), undefined);
    }
    assert.deepEqual(readMemory(undefined), { surveys: new Map() });
  });

  test('a survey id such as __proto__ is only what was stored', () => {
    const s = storage();
    s.setItem(MEMORY_KEY, '{"surveys":{"__proto__":{"seen":1}}}');
    const m = readMemory(s);
    assert.equal(m.surveys.get('constructor'), undefined);
  });

  test('nothing is written when nothing changed', () => {
    const s = storage();
    updateMemory(s, () => {});
    assert.equal(s.length, 0);
  });
});
