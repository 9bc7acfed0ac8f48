import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defineElement } from '../../src/internal/define.js';
import { TestWidget, uniqueTag } from './test-widget.js';
import { shadowText } from '../helpers/shadow.js';
import { captureWarnings } from '../helpers/warnings.js';

defineElement('test-widget', TestWidget);


async function settled(el: TestWidget): Promise<void> {
  await el.updateComplete;
}

describe('UprElement language', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('uses its own lang attribute first', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-widget lang="vi" item="cycle-1-review"></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ nhất');
    expect(shadowText(el)).to.include('8/5/2009');
  });

  it('falls back to the closest ancestor with lang', async () => {
    const wrapper = await fixture(html`<section lang="vi-VN"><div><test-widget item="cycle-2-review"></test-widget></div></section>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ hai');
    expect(shadowText(el)).to.include('tháng 2/2014');
  });

  it('falls back to <html lang>, and English when there is none', async () => {
    document.documentElement.setAttribute('lang', 'vi');
    const el = await fixture<TestWidget>(html`<test-widget item="cycle-3-review"></test-widget>`);
    expect(shadowText(el)).to.include('Lần rà soát thứ ba');
    document.documentElement.removeAttribute('lang');
    await aTimeout(0);
    await settled(el);
    expect(shadowText(el)).to.include('Third review');
  });

  it('passes over an empty lang="" and treats any non-Vietnamese language as English', async () => {
    const wrapper = await fixture(html`<div lang="vi"><p lang=""><test-widget item="cycle-1-review"></test-widget></p><test-widget lang="fr" item="cycle-1-review"></test-widget></div>`);
    const [inEmpty, inFrench] = Array.from(wrapper.querySelectorAll('test-widget')) as TestWidget[];
    await settled(inEmpty);
    await settled(inFrench);
    expect(shadowText(inEmpty)).to.include('Lần rà soát thứ nhất');
    expect(shadowText(inFrench)).to.include('First review');
    expect(shadowText(inFrench)).to.include('8 May 2009');
  });

  it('re-renders when its own, an ancestor\'s or the page\'s lang changes at run time', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-widget item="cycle-1-review"></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(shadowText(el)).to.include('First review');

    wrapper.setAttribute('lang', 'vi');
    await aTimeout(0); // mutation observers run as microtasks
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ nhất');

    el.setAttribute('lang', 'en-GB');
    await settled(el);
    expect(shadowText(el)).to.include('First review');

    el.removeAttribute('lang');
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ nhất');

    el.lang = 'en';
    await settled(el);
    expect(shadowText(el)).to.include('First review');
  });

  it('re-resolves when moved to a container in another language', async () => {
    const wrapper = await fixture(html`<div><div id="en" lang="en"><test-widget item="cycle-1-review"></test-widget></div><div id="vi" lang="vi"></div></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(shadowText(el)).to.include('First review');
    wrapper.querySelector('#vi')!.append(el);
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ nhất');
  });

  it('finds the language of a host when it sits inside another shadow root', async () => {
    const host = await fixture(html`<div lang="vi"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-widget item="cycle-2-review"></test-widget>';
    const el = root.querySelector('test-widget') as TestWidget;
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ hai');
  });
});

describe('UprElement theme', () => {
  function background(el: TestWidget): string {
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    return getComputedStyle(base).backgroundColor;
  }

  it('is light by default and dark when asked, switching at run time', async () => {
    const el = await fixture<TestWidget>(html`<test-widget item="cycle-1-review"></test-widget>`);
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'dark');
    await settled(el);
    expect(background(el)).to.equal('rgb(23, 24, 26)');
    el.theme = 'light';
    await settled(el);
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
  });

  it('follows the reader\'s colour scheme with theme="auto"', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="auto" item="cycle-1-review"></test-widget>`);
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(background(el)).to.equal(prefersDark ? 'rgb(23, 24, 26)' : 'rgba(0, 0, 0, 0)');
  });

  it('accepts any case and surrounding spaces, as HTML enumerated attributes do', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme=" DARK " item="cycle-1-review"></test-widget>`);
    expect(background(el)).to.equal('rgb(23, 24, 26)');
  });

  it('lets a site restyle through --upr-* custom properties in both themes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="dark" style="--upr-color-background: rgb(1, 2, 3)" item="cycle-1-review"></test-widget>`);
    expect(background(el)).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the host page font unless --upr-font-family overrides it', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><test-widget item="cycle-1-review"></test-widget><test-widget style="--upr-font-family: monospace" item="cycle-1-review"></test-widget></div>`);
    const [inherited, overridden] = Array.from(wrapper.querySelectorAll('test-widget')) as TestWidget[];
    await settled(overridden);
    const bodyOf = (el: TestWidget) => el.shadowRoot!.querySelector('[part="body"]')!;
    expect(getComputedStyle(bodyOf(inherited)).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(bodyOf(overridden)).fontFamily).to.equal('monospace');
  });

  it("takes the page's theme from data-upr-theme on an ancestor, and follows the site's toggle", async () => {
    const wrapper = await fixture(html`<div data-upr-theme="dark">
      <section><test-widget item="cycle-1-review"></test-widget></section>
      <test-widget theme="light" item="cycle-1-review"></test-widget>
    </div>`);
    const [follows, own] = Array.from(wrapper.querySelectorAll('test-widget')) as TestWidget[];
    await settled(follows);
    expect(background(follows), 'the page is dark').to.equal('rgb(23, 24, 26)');
    expect(background(own), 'its own theme comes first').to.equal('rgba(0, 0, 0, 0)');
    wrapper.setAttribute('data-upr-theme', 'light');
    await aTimeout(0); // the page's observer runs as a microtask
    await settled(follows);
    expect(background(follows), 'toggled to light').to.equal('rgba(0, 0, 0, 0)');
    wrapper.setAttribute('data-upr-theme', ' DARK ');
    await aTimeout(0);
    await settled(follows);
    expect(background(follows), 'read the HTML way').to.equal('rgb(23, 24, 26)');
    wrapper.removeAttribute('data-upr-theme');
    await aTimeout(0);
    await settled(follows);
    expect(background(follows), 'no page theme: light').to.equal('rgba(0, 0, 0, 0)');
  });

  it("takes the page's theme on <html> and through another element's shadow root", async () => {
    const root = document.documentElement;
    root.setAttribute('data-upr-theme', 'dark');
    try {
      const host = await fixture(html`<div></div>`);
      const el = document.createElement('test-widget') as TestWidget;
      el.setAttribute('item', 'cycle-1-review');
      host.attachShadow({ mode: 'open' }).append(el);
      await settled(el);
      expect(background(el)).to.equal('rgb(23, 24, 26)');
      root.setAttribute('data-upr-theme', 'light');
      await aTimeout(0);
      await settled(el);
      expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      root.removeAttribute('data-upr-theme');
    }
  });

  it("warns once for a bad page theme, naming the element it is on, and renders light", async () => {
    const warnings = captureWarnings();
    const wrapper = await fixture(html`<div data-upr-theme="midnight-page">
      <test-widget item="cycle-1-review"></test-widget><test-widget item="cycle-2-review"></test-widget>
    </div>`);
    const widgets = Array.from(wrapper.querySelectorAll('test-widget')) as TestWidget[];
    await Promise.all(widgets.map(settled));
    expect(widgets.map(background)).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<div>').and.include('data-upr-theme="midnight-page"').and.include('"light"');
  });

  it("keeps the page's writing mode, word breaking and pointer events out of the widget", async () => {
    const wrapper = await fixture(html`<div style="writing-mode: vertical-rl; word-break: break-all; pointer-events: none; height: 20em">
      <test-widget item="cycle-1-review"></test-widget>
    </div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    await settled(el);
    const body = getComputedStyle(el.shadowRoot!.querySelector('[part="body"]')!);
    expect([body.writingMode, body.wordBreak, body.pointerEvents]).to.deep.equal(['horizontal-tb', 'normal', 'auto']);
  });

  it('warns once for an unknown theme and renders light', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget theme="sepia" item="cycle-1-review"></test-widget>`);
    el.requestUpdate();
    await settled(el);
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<test-widget>').and.include('theme="sepia"').and.include('"light"');
  });
});

describe('UprElement bad configuration', () => {
  it('shows a localized notice and warns with the closest valid ids', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget lang="vi" item="cycle-1-reveiw"></test-widget>`);
    expect(shadowText(el)).to.equal('Nội dung không khả dụng');
    el.setAttribute('lang', 'en');
    await settled(el);
    expect(shadowText(el)).to.equal('Content unavailable');
    expect(warnings.messages).to.have.length(1);
    const [message] = warnings.messages;
    expect(message).to.include('<test-widget>');
    expect(message).to.include('item="cycle-1-reveiw"');
    expect(message).to.include('"cycle-1-review"');
    // The closest suggestion comes first.
    expect(message.indexOf('"cycle-1-review"')).to.be.lessThan(message.indexOf('"cycle-2-review"'));
  });

  it('shows the author\'s own light-DOM content instead, when there is some', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget item="no-such-item"><blockquote>Author fallback</blockquote></test-widget>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot).to.exist;
    const assigned = slot.assignedElements();
    expect(assigned.map((n) => n.textContent)).to.deep.equal(['Author fallback']);
    expect(el.querySelector('blockquote')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadowText(el)).not.to.include('unavailable');
    expect(warnings.messages).to.have.length(1);
  });

  it('hides the author\'s fallback once the configuration is valid', async () => {
    const el = await fixture<TestWidget>(html`<test-widget item="cycle-1-review"><blockquote>Author fallback</blockquote></test-widget>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('blockquote')!.getBoundingClientRect().height).to.equal(0);
  });

  it('says that a missing or empty id is required', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget item="   "></test-widget>`);
    expect(shadowText(el)).to.equal('Content unavailable');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('item="   "').and.include('required');
  });

  it('never injects markup from a bad value', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget item=${'<img src=x onerror=alert(1)>'}></test-widget>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });

  it('keeps long values out of the console', async () => {
    const warnings = captureWarnings();
    await fixture<TestWidget>(html`<test-widget item=${'x'.repeat(5000)}></test-widget>`);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.lessThan(400);
  });
});

describe('UprElement late changes', () => {
  it('follows attribute changes after first render: valid, invalid, valid again', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TestWidget>(html`<test-widget item="cycle-1-review"></test-widget>`);
    expect(shadowText(el)).to.include('First review');
    el.setAttribute('item', 'cycle-9-review');
    await settled(el);
    expect(shadowText(el)).to.equal('Content unavailable');
    el.item = 'cycle-2-review';
    await settled(el);
    expect(shadowText(el)).to.include('Second review');
    expect(warnings.messages).to.have.length(1);
  });

  it('renders correctly when removed and added again', async () => {
    const wrapper = await fixture(html`<div lang="vi"><test-widget item="cycle-1-review"></test-widget></div>`);
    const el = wrapper.querySelector('test-widget') as TestWidget;
    el.remove();
    el.setAttribute('item', 'cycle-3-review');
    wrapper.append(el);
    await settled(el);
    expect(shadowText(el)).to.include('Lần rà soát thứ ba');
  });

  it('upgrades elements that were in the page before the definition', async () => {
    const tag = uniqueTag();
    const wrapper = await fixture(staticHtml`<div lang="vi"><${unsafeStatic(tag)} item="cycle-2-review"></${unsafeStatic(tag)}></div>`);
    const el = wrapper.firstElementChild as TestWidget;
    expect(el.shadowRoot).to.equal(null);
    defineElement(tag, class extends TestWidget {});
    await nextFrame();
    await (el as TestWidget).updateComplete;
    expect(shadowText(el)).to.include('Lần rà soát thứ hai');
  });
});

describe('UprElement accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, rendered and as the fallback`, async () => {
      captureWarnings(); // silences the warnings this test causes on purpose
      const wrapper = await fixture(html`<div lang="vi">
        <test-widget theme=${theme} item="cycle-1-review"></test-widget>
        <test-widget theme=${theme} item="missing"></test-widget>
      </div>`);
      await Promise.all(Array.from(wrapper.querySelectorAll('test-widget'), (el) => (el as TestWidget).updateComplete));
      await expect(wrapper).to.be.accessible();
    });
  }
});
