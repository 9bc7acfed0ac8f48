import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import '../../src/index.js';
import type { RegisteredSpec } from '../../src/internal/widget-spec.js';
import { specs } from '../helpers/specs.js';

/**
 * A site in its dark mode, themed the two ways the README gives: `data-upr-theme="dark"` on an ancestor, or the
 * custom-property recipe under the site's own dark selector. Every piece of text a reader sees in every widget
 * (a term's definition opened, too) must keep 4.5:1 contrast against what is behind it, the dark page included.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const PAGE_BACKGROUND = 'rgb(18, 19, 20)';
const RECIPE = `--upr-color-text: #e6e4df; --upr-color-muted: #aaa79f; --upr-color-accent: #9cc8f5;
  --upr-color-rule: #3f4146; --upr-color-focus: #9cc8f5; --upr-color-background: #121314;
  --upr-color-surface: #26282c;`;

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The opaque colour behind an element: its own background and its ancestors' (across shadow roots), composited. */
function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; ) {
    const layer = parse(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), parse(PAGE_BACKGROUND));
}

/** Each visible piece of text in the widget's shadow root, with its contrast against what is behind it. */
function contrasts(el: Widget): { text: string; ratio: number }[] {
  const found: { text: string; ratio: number }[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 1 && r.height > 1);
    const style = getComputedStyle(parent);
    if (!rects.length || style.visibility === 'hidden') continue;
    const back = backdrop(parent);
    found.push({ text: text.slice(0, 40), ratio: contrast(over(parse(style.color), back), back) });
  }
  return found;
}

async function renderOnDarkPage(spec: RegisteredSpec, locale: 'en' | 'vi', page: 'attribute' | 'recipe'): Promise<Widget> {
  const example = spec.examples[0];
  const wrapper = await fixture(html`<div lang=${locale} style="background: ${PAGE_BACKGROUND}; color: #e6e4df; padding: 1em"></div>`);
  if (page === 'attribute') wrapper.setAttribute('data-upr-theme', 'dark');
  else wrapper.setAttribute('style', `${wrapper.getAttribute('style')}; ${RECIPE}`);
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries(example.byLanguage?.[locale] ?? example.attributes)) el.setAttribute(name, value);
  const sentence = example.sentence?.[locale];
  if (sentence) {
    // an inline widget, in the editor's sentence: the page's own text around it
    const [before, words, after] = sentence;
    el.textContent = words;
    wrapper.append(before, el, after);
  } else {
    wrapper.append(el);
  }
  await el.updateComplete;
  const trigger = el.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]');
  if (trigger) {
    // a term: its definition is what a reader opens
    trigger.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return el;
}

for (const page of ['attribute', 'recipe'] as const) {
  const how = page === 'attribute' ? 'data-upr-theme="dark" on an ancestor' : "the custom-property recipe";
  describe(`a dark page themed with ${how}`, () => {
    for (const spec of specs) {
      for (const locale of ['en', 'vi'] as const) {
        it(`<${spec.tag}> (${locale}): every piece of text keeps 4.5:1 contrast`, async () => {
          const el = await renderOnDarkPage(spec, locale, page);
          const found = contrasts(el);
          expect(found.length, 'text to read').to.be.above(0);
          const low = found.filter((f) => f.ratio < 4.5).map((f) => `${JSON.stringify(f.text)} ${f.ratio.toFixed(2)}:1`);
          expect(low).to.deep.equal([]);
        });
      }
    }
  });
}
