import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { captureWarnings } from '../helpers/warnings.js';
import { TestWidget, uniqueTag } from './test-widget.js';

/** A copy of the widget class as another build of the library would have it. */
function classWithVersion(version: string | undefined): typeof TestWidget {
  return class extends TestWidget {
    static override version = version as string;
  };
}

describe('defineElement', () => {
  it('registers the element', () => {
    const tag = uniqueTag();
    defineElement(tag, TestWidget);
    expect(customElements.get(tag)).to.equal(TestWidget);
  });

  it('is silent when the same version is loaded again, and keeps the first definition', () => {
    const tag = uniqueTag();
    const first = classWithVersion(VERSION);
    const warnings = captureWarnings();
    defineElement(tag, first);
    expect(() => defineElement(tag, first)).not.to.throw();
    expect(() => defineElement(tag, classWithVersion(VERSION))).not.to.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version is loaded', () => {
    const [tagA, tagB] = [uniqueTag(), uniqueTag()];
    const old = classWithVersion('0.0.9-test');
    const warnings = captureWarnings();
    defineElement(tagA, old);
    defineElement(tagB, classWithVersion('0.0.9-test'));
    // A second bundle of another version registers all its tags: one warning in all.
    expect(() => defineElement(tagA, classWithVersion('0.0.10-test'))).not.to.throw();
    expect(() => defineElement(tagB, classWithVersion('0.0.10-test'))).not.to.throw();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('0.0.9-test').and.include('0.0.10-test');
    expect(customElements.get(tagA)).to.equal(old);
  });

  it('does not throw when another script owns the tag', () => {
    const tag = uniqueTag();
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    const warnings = captureWarnings();
    expect(() => defineElement(tag, TestWidget)).not.to.throw();
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include(`<${tag}>`).and.include('another script');
  });
});
