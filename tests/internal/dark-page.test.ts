import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import '../../src/index.js';
import type { RegisteredSpec } from '../../src/internal/widget-spec.js';
import { lowContrastText, textContrasts } from '../helpers/contrast.js';
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
          expect(textContrasts(el).length, 'text to read').to.be.above(0);
          expect(lowContrastText(el)).to.deep.equal([]);
        });
      }
    }
  });
}
