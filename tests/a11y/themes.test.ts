/**
 * Themes: `theme` = `light` | `dark` | `auto` (unset: the visitor's `prefers-color-scheme`), `color-scheme`
 * set so native controls follow, questions inside a survey following it, every colour a `--feelback-*`
 * token with a light and a dark value; forced colours and reduced motion honoured.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeelbackSurvey } from '../../src/elements/feelback-survey/feelback-survey.js';
import { $, radios } from '../elements/shared/scale-dom.js';
import { TAGS, deep, styleText } from './support.js';

const media = (m: Record<string, unknown>) => executeServerCommand('media', m);
const style = (el: Element) => getComputedStyle(el);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)'; // #161b22

async function survey(theme?: string) {
  const el = await fixture<FeelbackSurvey>(
    html`<feelback-survey theme=${theme ?? ''}
      ><feelback-nps></feelback-nps><feelback-comment></feelback-comment
    ></feelback-survey>`,
  );
  if (!theme) el.removeAttribute('theme');
  await el.updateComplete;
  const [nps, comment] = [...el.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
  await Promise.all([nps!.updateComplete, comment!.updateComplete]);
  return { el, frame: $(el).querySelector('form')!, nps: nps!, textarea: $(comment!).querySelector('textarea')! };
}

describe('themes', () => {
  afterEach(() => media({ colorScheme: null, forcedColors: null, reducedMotion: null }));

  it('follows prefers-color-scheme without a theme (auto), native controls included', async () => {
    await media({ colorScheme: 'light' });
    const light = await survey();
    expect(style(light.frame).backgroundColor).to.equal(WHITE);
    expect(style(light.textarea).colorScheme).to.equal('light dark');
    await media({ colorScheme: 'dark' });
    expect(style(light.frame).backgroundColor).to.equal(DARK);
    const auto = await survey('auto');
    expect(style(auto.frame).backgroundColor).to.equal(DARK);
  });

  it('theme="dark" under a light preference and theme="light" under a dark one; questions inside follow', async () => {
    await media({ colorScheme: 'light' });
    const dark = await survey('dark');
    expect(style(dark.frame).backgroundColor).to.equal(DARK);
    expect(style(dark.nps).colorScheme, 'a slotted question').to.equal('dark');
    expect(style(dark.textarea).colorScheme, 'a native control inside a question').to.equal('dark');
    expect(style(radios(dark.nps)[0]!.closest('label')!).color).to.equal('rgb(230, 237, 243)');
    await media({ colorScheme: 'dark' });
    const light = await survey('light');
    expect(style(light.frame).backgroundColor).to.equal(WHITE);
    expect(style(light.textarea).colorScheme).to.equal('light');
  });

  it('the default survey\u2019s own questions follow its theme, and the property reflects to the attribute', async () => {
    const el = await fixture<FeelbackSurvey>(html`<feelback-survey></feelback-survey>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    const nps = $(el).querySelector('feelback-nps')!;
    expect(style(nps).colorScheme).to.equal('dark');
    expect(style($(nps).querySelector('.option')!).backgroundColor).to.equal(DARK);
  });

  it('a host token wins in both schemes', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div style="--feelback-background: rgb(1, 2, 3)"><feelback-survey theme="dark"></feelback-survey></div>`,
    );
    const s = el.firstElementChild as FeelbackSurvey;
    await s.updateComplete;
    expect(style($(s).querySelector('form')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('gives every colour a --feelback-* token with a light and a dark value, each documented in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    const tokens = new Set<string>();
    for (const tag of TAGS) {
      const text = styleText(tag);
      // Every colour literal sits in a token's light-dark() fallback (system colours aside).
      const bare = text
        .replace(/var\(--feelback-[\w-]+, light-dark\(#[0-9a-f]{3,6}, #[0-9a-f]{3,6}\)\)/g, '')
        .match(/#[0-9a-f]{3,6}\b|rgba?\(|hsla?\(/gi);
      expect(bare, `${tag}: a colour outside a light-dark token`).to.equal(null);
      for (const [, name] of text.matchAll(/var\((--feelback-[\w-]+), light-dark/g)) tokens.add(name!);
    }
    expect(tokens.size).to.be.greaterThan(15);
    const rows = readme.split('\n').filter((line) => line.startsWith('| `--feelback-'));
    for (const token of tokens) {
      const row = rows.find((line) => line.startsWith(`| \`${token}\``));
      expect(row, `${token} in the README's token table`).to.match(/#[0-9a-f]{3,6}\b.*#[0-9a-f]{3,6}\b/);
    }
  });

  it('in forced colours the checked option takes the system selection colours', async () => {
    const { nps } = await survey('light');
    radios(nps)[7]!.click();
    await media({ forcedColors: 'active' });
    const [unchecked, checked] = [radios(nps)[6]!, radios(nps)[7]!].map((r) => style(r.closest('label')!));
    expect(checked.backgroundColor).to.not.equal(unchecked.backgroundColor);
    expect(checked.color).to.not.equal(unchecked.color);
    expect(checked.forcedColorAdjust).to.equal('none');
  });

  it('moves nothing for a visitor who asked for reduced motion', async () => {
    await media({ reducedMotion: 'reduce' });
    const { el } = await survey();
    // A host's transition on a part is switched off too.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('feelback-survey::part(submit) { transition: opacity 1s; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      for (const node of deep(el)) {
        const s = style(node);
        expect(
          s.transitionDuration.split(', ').every((d) => d === '0s'),
          node.tagName,
        ).to.be.true;
        expect(s.animationName, node.tagName).to.equal('none');
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
