import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import '../../src/index.js';
import { strings } from '../../src/internal/i18n.js';
import type { RegisteredSpec, WidgetExample } from '../../src/internal/widget-spec.js';
import { normalize, shadowText } from '../helpers/shadow.js';
import { specs } from '../helpers/specs.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * What every widget of the registry does the same way, one row per widget: the page's theme, an unknown theme, and for widgets
 * that show an item of the dataset, an unknown or missing id. Each widget is made from its spec's first example.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/** The example's element, in English, with `changes` applied to its attributes (`null` removes one). */
async function render(
  spec: RegisteredSpec,
  changes: Record<string, string | null> = {},
  pageTheme?: string,
): Promise<Widget> {
  const example: WidgetExample = spec.examples[0];
  const attributes = { ...(example.byLanguage?.en ?? example.attributes) };
  const wrapper = await fixture(html`<p lang="en"></p>`);
  if (pageTheme) wrapper.setAttribute('data-upr-theme', pageTheme);
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries({ ...attributes, ...changes })) {
    if (value !== null) el.setAttribute(name, value);
  }
  const words = example.sentence?.en[1];
  if (words) el.textContent = words;
  wrapper.append(el);
  await el.updateComplete;
  // a second render must not warn again
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const background = (el: Widget) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

/** What the theme changes that a reader sees: the background and text colours of every part (a term's popover too). */
function colours(el: Widget): string {
  return Array.from(el.shadowRoot!.querySelectorAll('[part]'), (part) => {
    const style = getComputedStyle(part);
    return `${part.getAttribute('part')}: ${style.backgroundColor} / ${style.color}`;
  }).join('; ');
}

/**
 * How far the widget's text keeps from the sides and from the top and bottom of its base box, the least of each,
 * in px. Text boxes include a line's leading, so a large figure's box comes nearer the top than its digits do.
 */
function textInsets(el: Widget): { sides: number; topAndBottom: number } {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const box = base.getBoundingClientRect();
  const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
  const insets = { sides: Infinity, topAndBottom: Infinity };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (!rect.width) continue;
      insets.sides = Math.min(insets.sides, rect.left - box.left, box.right - rect.right);
      insets.topAndBottom = Math.min(insets.topAndBottom, rect.top - box.top, box.bottom - rect.bottom);
    }
  }
  return insets;
}

describe('every widget with a box: the dark theme', () => {
  for (const spec of specs.filter((s) => !s.examples[0].sentence)) {
    it(`<${spec.tag}> keeps its text off the edges of its dark background`, async () => {
      const el = await render(spec, { theme: 'dark' });
      expect(background(el), 'a dark background').to.equal('rgb(23, 24, 26)');
      const fontSize = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).fontSize);
      const insets = textInsets(el);
      expect(insets.sides, 'left and right').to.be.at.least(fontSize * 0.75);
      expect(insets.topAndBottom, 'top and bottom').to.be.at.least(fontSize * 0.4);
    });
  }
});

describe("every widget: the page's theme", () => {
  for (const spec of specs) {
    it(`<${spec.tag}> takes data-upr-theme from its page as if it were its own theme, and follows a toggle`, async () => {
      const light = colours(await render(spec));
      const dark = colours(await render(spec, { theme: 'dark' }));
      expect(dark, 'the dark theme looks different').not.to.equal(light);
      const el = await render(spec, {}, 'dark');
      expect(colours(el)).to.equal(dark);
      el.parentElement!.setAttribute('data-upr-theme', 'light');
      await new Promise((resolve) => setTimeout(resolve)); // the page's observer runs as a microtask
      await el.updateComplete;
      expect(colours(el)).to.equal(light);
      // the widget's own attribute wins over the page's
      el.parentElement!.setAttribute('data-upr-theme', 'dark');
      el.setAttribute('theme', 'light');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(colours(el)).to.equal(light);
    });
  }
});

describe('every widget: an unknown theme', () => {
  for (const spec of specs) {
    it(`<${spec.tag}> warns once, naming the closest themes, and renders its content in the light theme`, async () => {
      const light = await render(spec);
      const warnings = captureWarnings();
      const el = await render(spec, { theme: 'midnight-blue' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include(`<${spec.tag}>`).and.include('theme="midnight-blue"').and.include('"light"');
      expect(background(el)).to.equal(background(light));
      expect(shadowText(el)).to.equal(shadowText(light));
      expect(shadowText(el)).not.to.include(strings.en.unavailable);
    });
  }
});

describe('every widget that shows an item: an unknown or missing id', () => {
  for (const spec of specs.filter((s) => s.item)) {
    const { attribute } = spec.item!;
    const inline = spec.examples[0].sentence !== undefined;
    const fallback = inline ? 'leaves the words as they are' : 'shows the localized notice';

    it(`<${spec.tag}> with a mistyped ${attribute} ${fallback} and warns once with the closest ids`, async () => {
      const id = (spec.examples[0].byLanguage?.en ?? spec.examples[0].attributes)[attribute];
      const warnings = captureWarnings();
      const el = await render(spec, { [attribute]: `${id}x` });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include(`<${spec.tag}>`).and.include(`${attribute}="${id}x"`).and.include(`"${id}"`);
      if (inline) expect(normalize(el.textContent)).to.equal(spec.examples[0].sentence!.en[1]);
      else expect(shadowText(el)).to.equal(strings.en.unavailable);
      // the notice follows the language; the warning is not repeated
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      if (!inline) expect(shadowText(el)).to.equal(strings.vi.unavailable);
      expect(warnings.messages).to.have.length(1);
    });

    it(`<${spec.tag}> takes its ${attribute} with spaces around it as if they were not there, silently`, async () => {
      const id = (spec.examples[0].byLanguage?.en ?? spec.examples[0].attributes)[attribute];
      const exact = await render(spec);
      const warnings = captureWarnings();
      const spaced = await render(spec, { [attribute]: ` ${id}\n\t` });
      expect(warnings.messages).to.deep.equal([]);
      expect(shadowText(spaced)).to.equal(shadowText(exact));
      expect(shadowText(spaced)).not.to.include(strings.en.unavailable);
    });

    it(`<${spec.tag}> without ${attribute} ${fallback} and says that the attribute is required`, async () => {
      const warnings = captureWarnings();
      const el = await render(spec, { [attribute]: null });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include(`<${spec.tag}>`).and.include(`${attribute}=""`).and.include('required');
      if (!inline) expect(shadowText(el)).to.equal(strings.en.unavailable);
    });
  }
});
