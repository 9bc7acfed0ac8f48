import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import '../../src/index.js';
import { strings } from '../../src/internal/i18n.js';
import type { RegisteredSpec, WidgetExample } from '../../src/internal/widget-spec.js';
import { normalize, shadowText } from '../helpers/shadow.js';
import { specs } from '../helpers/specs.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * What every widget of the registry does the same way, one row per widget: an unknown theme, and for widgets
 * that show an item of the dataset, an unknown or missing id. Each widget is made from its spec's first example.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/** The example's element, in English, with `changes` applied to its attributes (`null` removes one). */
async function render(spec: RegisteredSpec, changes: Record<string, string | null> = {}): Promise<Widget> {
  const example: WidgetExample = spec.examples[0];
  const attributes = { ...(example.byLanguage?.en ?? example.attributes) };
  const wrapper = await fixture(html`<p lang="en"></p>`);
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
