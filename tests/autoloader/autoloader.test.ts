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
    expect(customElements.get('auto-outer')).to.equal(Outer);
    expect(customElements.get('auto-inner')).to.equal(Inner);
  });

  it('fetches the tags named alongside an empty element with it', () => {
    expect(customElements.get('auto-beside')).to.equal(Beside);
  });

  it('asks for each tag once and never for a tag the page does not use', async () => {
    const el = await fixture(html`<div><auto-outer></auto-outer><auto-outer></auto-outer></div>`);
    await autoloader.discover(el);
    expect(asked.filter((t) => t === 'auto-outer')).to.have.length(1);
    expect(asked).not.to.include('auto-unused');
    expect(customElements.get('auto-unused')).to.equal(undefined);
  });
});
