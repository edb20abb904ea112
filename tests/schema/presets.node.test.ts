import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GOLDEN_RULES, MOTIVATORS, PRESETS } from '../../src/schema/presets.js';

const ID = /^[a-z0-9-]+$/;

describe('presets', () => {
  for (const [name, preset] of PRESETS) {
    describe(name, () => {
      it('is listed under its own id, a well-formed one', () => {
        assert.equal(preset.id, name);
        assert.match(name, ID);
      });

      it('names its source and a version', () => {
        assert.ok(preset.source.length > 20);
        assert.ok(Number.isInteger(preset.version) && preset.version >= 1);
      });

      it('has well-formed, unique item ids', () => {
        const ids = preset.items.map((item) => item.id);
        for (const id of ids) assert.match(id, ID);
        assert.equal(new Set(ids).size, ids.length);
      });

      it('labels every item in Dutch and English, each label distinct', () => {
        for (const lang of ['nl', 'en'] as const) {
          const labels = preset.items.map((item) => item.label[lang].trim());
          for (const label of labels) assert.ok(label.length > 0, `${lang} label missing`);
          assert.equal(new Set(labels).size, labels.length, `${lang} labels repeat`);
        }
      });
    });
  }

  it('motivators lists the ten motivators of HBR 2015', () => {
    assert.equal(MOTIVATORS.items.length, 10);
    assert.match(MOTIVATORS.source, /Harvard Business Review, November 2015/);
    assert.deepEqual(
      MOTIVATORS.items.map((i) => i.label.en),
      [
        'Stand out from the crowd',
        'Have confidence in the future',
        'Enjoy a sense of well-being',
        'Feel a sense of freedom',
        'Feel a sense of thrill',
        'Feel a sense of belonging',
        'Protect the environment',
        'Be the person I want to be',
        'Feel secure',
        'Succeed in life',
      ],
    );
  });

  it('golden-rules names its edition and lists the five rules of the seed text plus sincere involvement', () => {
    assert.match(GOLDEN_RULES.edition, ID);
    assert.deepEqual(
      GOLDEN_RULES.items.map((i) => i.label.nl),
      [
        'Wees beschikbaar',
        'Geef fouten toe en los ze op',
        'Kom je beloftes na',
        'Doe niet moeilijk',
        'Val de klant niet onnodig lastig',
        'Oprechte betrokkenheid',
      ],
    );
  });

  it('golden-rules uses the statement ids of the CONTRACT example', () => {
    const ids = GOLDEN_RULES.items.map((i) => i.id);
    assert.ok(ids.includes('available') && ids.includes('keeps-promises'));
  });

  it('finds nothing for an unknown or inherited preset name', () => {
    assert.equal(PRESETS.get('toString'), undefined);
    assert.equal(PRESETS.get('Motivators'), undefined);
  });
});
