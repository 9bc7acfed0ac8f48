import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import type { LitElement } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import '../../src/index.js';
import { hardened } from '../hardening/tools.js';
import { hardeningExamples, html as markup, written } from '../hardening/pages.js';

/**
 * The bundles ship each widget's CSS minified by scripts/minify-css.mjs. Here the widgets' real stylesheets,
 * minified the same way, must give every rule the browser reads and every computed style of every element the
 * same value as the stylesheets as written.
 */

type Widget = LitElement & { shadowRoot: ShadowRoot };

/** The stylesheets of a widget, as written and minified. */
function sheetsOf(el: Widget): { written: CSSStyleSheet[]; minified: CSSStyleSheet[] } {
  const styles = (el.constructor as typeof LitElement).elementStyles;
  const texts = styles.map((style) => ('cssText' in style ? style.cssText : ''));
  const sheet = (text: string): CSSStyleSheet => {
    const result = new CSSStyleSheet();
    result.replaceSync(text);
    return result;
  };
  return {
    written: texts.map(sheet),
    minified: texts.map((text) => {
      const minified = minifyCss(text);
      expect(minified, 'minifiable').to.be.a('string');
      expect(minified!.length).to.be.lessThan(text.length);
      return sheet(minified!);
    }),
  };
}

/** Every rule as the browser reads it, nested rules included. */
function rulesOf(sheet: CSSStyleSheet): string[] {
  const walk = (rules: CSSRuleList): string[] =>
    Array.from(rules).flatMap((rule) =>
      rule instanceof CSSGroupingRule
        ? [`${rule.constructor.name} ${(rule as CSSConditionRule).conditionText ?? ''}`, ...walk(rule.cssRules)]
        : [rule.cssText],
    );
  // Values that use var() are kept as written: the space after a comma in them is not part of the value.
  return walk(sheet.cssRules).map((text) => text.replace(/,\s+/g, ','));
}

/**
 * Every computed style (custom properties act only through these) of each element, and of its ::before and
 * ::after where they have content (without, they draw nothing).
 */
function computedStyles(el: Widget): string[] {
  const values: string[] = [];
  const elements = Array.from(el.shadowRoot.querySelectorAll('*'));
  elements.forEach((element, index) => {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && ['none', 'normal'].includes(style.content)) {
        values.push(`${index} ${element.localName}${pseudo} content: ${style.content}`);
        continue;
      }
      for (let i = 0; i < style.length; i += 1) {
        const name = style[i];
        if (!name.startsWith('--')) values.push(`${index} ${element.localName}${pseudo ?? ''} ${name}: ${style.getPropertyValue(name)}`);
      }
    }
  });
  return values;
}

async function expectSameRendering(el: Widget): Promise<void> {
  await el.updateComplete;
  const { written, minified } = sheetsOf(el);
  expect(minified.map(rulesOf)).to.deep.equal(written.map(rulesOf));
  el.shadowRoot.adoptedStyleSheets = written;
  const before = computedStyles(el);
  el.shadowRoot.adoptedStyleSheets = minified;
  const after = computedStyles(el);
  expect(before.length).to.be.greaterThan(100);
  expect(after.filter((line, i) => line !== before[i])).to.deep.equal([]);
}

describe('minified CSS', () => {
  // Every widget of the registry, in the examples whose layout differs most, in English on a light page and in
  // Vietnamese on a dark one: one case each, since comparing every computed style of a timeline is slow work.
  for (const spec of hardened) {
    for (const example of hardeningExamples(spec)) {
      for (const theme of ['light', 'dark'] as const) {
        const lang = theme === 'dark' ? 'vi' : 'en';
        it(`renders <${spec.tag}> "${example.title}" the same, ${theme} (${lang})`, async () => {
          const page = markup(written({ spec, example, lang, theme }));
          const wrapper = await fixture(html`<div lang="en" style="width: 700px">${unsafeStatic(page)}</div>`);
          const el = wrapper.querySelector<Widget>(spec.tag);
          expect(el, spec.tag).to.exist;
          await expectSameRendering(el!);
        });
      }
    }
  }
});
