import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { startAutoloader, type Autoloader, type ElementClass } from '../../src/autoloader.js';

// Tags of their own, so these tests never race the real elements that other test files define.
class Outer extends LitElement {
  override render() {
    return litHtml`<auto-inner></auto-inner>`;
  }
}
class Inner extends LitElement {}
class Unused extends LitElement {}
class Beside extends LitElement {}
class Slow extends LitElement {}
class Quick extends LitElement {}
class Fine extends LitElement {}

describe('the autoloader', () => {
  const asked: string[] = [];
  const loader = (tag: string, ctor: ElementClass) => () => {
    asked.push(tag);
    return Promise.resolve(ctor);
  };
  let autoloader: Autoloader;

  before(() => {
    autoloader = startAutoloader({
      loaders: {
        'auto-outer': loader('auto-outer', Outer),
        'auto-inner': loader('auto-inner', Inner),
        'auto-unused': loader('auto-unused', Unused),
        'auto-beside': loader('auto-beside', Beside),
      },
      alongside: { 'auto-outer': ['auto-beside'] },
      version: 'test',
    });
  });
  after(() => autoloader.stop());

  it('defines a tag when it enters the document, and what it draws in its shadow root', async () => {
    const el = await fixture(html`<div><auto-outer></auto-outer></div>`);
    await autoloader.discover(el);
    // Booleans: chai would print a LitElement class in a failure's message, which hangs the test runner.
    expect(customElements.get('auto-outer') === Outer, 'auto-outer').to.equal(true);
    expect(customElements.get('auto-inner') === Inner, 'auto-inner').to.equal(true);
  });

  it('fetches the tags named alongside an empty element with it', () => {
    expect(customElements.get('auto-beside') === Beside, 'auto-beside').to.equal(true);
  });

  it('asks for each tag once and never for a tag the page does not use', async () => {
    const el = await fixture(html`<div><auto-outer></auto-outer><auto-outer></auto-outer></div>`);
    await autoloader.discover(el);
    expect(asked.filter((t) => t === 'auto-outer')).to.have.length(1);
    expect(asked).not.to.include('auto-unused');
    expect(customElements.get('auto-unused') === undefined, 'auto-unused').to.equal(true);
  });

  it('defines the tags found together at once, when the last of their chunks is in', async () => {
    let arrive!: (ctor: ElementClass) => void;
    const slow = new Promise<ElementClass>((resolve) => (arrive = resolve));
    const batch = startAutoloader({
      loaders: { 'auto-slow': () => slow, 'auto-quick': () => Promise.resolve(Quick) },
      version: 'test',
    });
    try {
      const el = await fixture(
        html`<div>
          <auto-slow><auto-quick></auto-quick></auto-slow>
        </div>`,
      );
      const found = batch.discover(el);
      // The quick chunk is in; drawing it before its survey would paint twice (and shift the page).
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(customElements.get('auto-quick') === undefined, 'defined before its parent').to.equal(true);
      arrive(Slow);
      await found;
      expect(customElements.get('auto-slow') === Slow && customElements.get('auto-quick') === Quick).to.equal(true);
    } finally {
      batch.stop();
    }
  });

  it('still defines the other tags when one chunk fails to load, and warns', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const batch = startAutoloader({
      loaders: { 'auto-broken': () => Promise.reject(new Error('offline')), 'auto-fine': () => Promise.resolve(Fine) },
      version: 'test',
    });
    try {
      const el = await fixture(html`<div><auto-broken></auto-broken><auto-fine></auto-fine></div>`);
      await batch.discover(el);
      expect(customElements.get('auto-fine') === Fine, 'the fine tag').to.equal(true);
      expect(customElements.get('auto-broken') === undefined, 'the broken tag').to.equal(true);
      expect(String(warnings[0]?.[0])).to.contain('auto-broken');
    } finally {
      console.warn = warn;
      batch.stop();
    }
  });
});
