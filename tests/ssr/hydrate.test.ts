import { expect } from '@open-wc/testing';
import { openFrame, widgetsIn, type Frame } from '../helpers/frame.js';
import { specs } from '../helpers/specs.js';
import type { Locale } from '../../src/internal/i18n.js';

/**
 * Server-rendered widgets in the browser (tests/ssr/ssr-plugin.mjs prerenders each page with the npm modules'
 * prerender(), which renders each widget with @lit-labs/ssr where it is in the page): every example of every widget of the registry and, for a widget that shows an item, an unknown id
 * with and without the author's fallback, on one page per language. Once the script runs over the server's HTML,
 * whether the one-file bundle (as a CDN tag adds it) or the npm modules with Lit's hydrate support, each widget
 * shows once and says what the same widget says when the browser alone renders it.
 */

const ESCAPE: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };
const attribute = (value: string) => value.replace(/[&"<]/g, (c) => ESCAPE[c]);
const element = (tag: string, attributes: Record<string, string>, content = '') =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attribute(value)}"`))
    .join('')}>${content}</${tag}>`;

/**
 * The page's markup in a language: an article's title, then each widget's examples under a heading of their own
 * (so that a widget's headings take their level from the page's outline), the source lists last.
 */
function pageMarkup(lang: Locale): string {
  const parts: string[] = ['<h1>An article</h1>'];
  const ordered = [...specs.filter((s) => s.tag !== 'upr-sources'), ...specs.filter((s) => s.tag === 'upr-sources')];
  for (const spec of ordered) {
    parts.push(`<h2>${spec.tag}</h2>`);
    for (const example of spec.examples) {
      const attributes = { ...(example.byLanguage?.[lang] ?? example.attributes) };
      if (example.sentence) {
        const [before, words, after] = example.sentence[lang];
        parts.push(`<p>${before}${element(spec.tag, attributes, words)}${after}</p>`);
      } else {
        parts.push(`<div>${element(spec.tag, attributes)}</div>`);
      }
    }
    if (spec.item && !spec.examples.some((e) => e.sentence)) {
      parts.push(`<div>${element(spec.tag, { [spec.item.attribute]: 'no-such-item' })}</div>`);
      parts.push(`<div>${element(spec.tag, { [spec.item.attribute]: 'no-such-item' }, '<p>The author’s own words.</p>')}</div>`);
    }
  }
  return parts.join('\n');
}

const pageUrl = (lang: Locale, mode: string) =>
  `/__upr-ssr__/page?${new URLSearchParams({ lang, mode, markup: pageMarkup(lang) })}`;

/** What a widget shows: the text of its shadow root without styles, and the slotted text where it has a slot. */
function shown(widget: Element): string {
  const root = widget.shadowRoot!;
  const parts: string[] = [];
  const walk = (node: Node) => {
    // by name: the nodes are the frame's, not instances of this window's classes
    const name = (node as Element).localName;
    if (name === 'style' || name === 'template') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (name === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : Array.from(node.childNodes)).forEach(walk);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const frames: Frame[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.iframe.remove();
});

async function open(lang: Locale, mode: string, widgets = true): Promise<Frame> {
  const frame = await openFrame({ src: pageUrl(lang, mode) }, { recorder: false, widgets, width: 900, height: 700, timeoutMs: 30000 });
  frames.push(frame);
  return frame;
}

describe('server-rendered widgets in the browser', function () {
  this.timeout(60000);

  it('the Markdown article Eleventy builds with the plugin shows each widget once, saying what it says without it', async () => {
    const plain = await openFrame({ src: '/__upr-ssr__/eleventy?plain' }, { recorder: false, width: 900, height: 700, timeoutMs: 30000 });
    frames.push(plain);
    const expected = widgetsIn(plain.doc).map(shown);
    const built = await openFrame({ src: '/__upr-ssr__/eleventy' }, { recorder: false, width: 900, height: 700, timeoutMs: 30000 });
    frames.push(built);
    const widgets = widgetsIn(built.doc);
    expect(widgets.length).to.equal(6);
    expect(widgets.length).to.equal(expected.length);
    widgets.forEach((widget, i) => {
      expect(widget.shadowRoot!.querySelectorAll('[part="base"]').length, `<${widget.localName}>: shown once`).to.equal(1);
      expect(shown(widget), `<${widget.localName}>`).to.equal(expected[i]);
    });
  });

  for (const lang of ['en', 'vi'] as const) {
    it(`(${lang}) the server's HTML alone shows every widget once, in its declarative shadow root`, async () => {
      const { doc } = await open(lang, 'server', false);
      const widgets = widgetsIn(doc);
      expect(widgets.length).to.be.greaterThan(specs.length);
      for (const widget of widgets) {
        expect(widget.shadowRoot, `<${widget.localName}> has its shadow root from the HTML`).to.exist;
        expect(widget.shadowRoot!.querySelectorAll('[part="base"]').length, widget.localName).to.equal(1);
      }
    });

    for (const mode of ['bundle', 'hydrate']) {
      it(`(${lang}) with ${mode === 'bundle' ? 'the one-file bundle loaded over it' : "Lit's hydrate support and the npm modules"}, each widget shows once and says what the browser's own rendering says`, async () => {
        const client = await open(lang, 'client');
        const expected = widgetsIn(client.doc).map(shown);
        const page = await open(lang, mode);
        const widgets = widgetsIn(page.doc);
        expect(widgets.length).to.equal(expected.length);
        widgets.forEach((widget, i) => {
          const bases = widget.shadowRoot!.querySelectorAll('[part="base"]');
          expect(bases.length, `<${widget.localName}> #${i}: one rendering, not the server's and the browser's side by side`).to.equal(1);
          expect(shown(widget), `<${widget.localName}> #${i} says what the browser's own rendering says`).to.equal(expected[i]);
        });
      });
    }
  }
});
