// The WordPress plugin's fallbacks: the light-DOM form of each widget's own rendering (src/prerender-light.ts),
// which the plugin's build prerenders for the shortcodes and for blocks made without the editor's preview
// (build/fallbacks.json, integrations/wordpress/src/fallbacks.mjs), and which the editor makes from its preview
// (editor.js, with the same transform). For every quote and fact in both languages the fallback holds the words
// the widget shows, in the allow-lists' vocabulary, with the style sheet the plugin loads beside the script. The
// e2e test (e2e.test.mjs) publishes them on a real WordPress and reads them with the plugin switched off.
// `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { fallbackOf } from '../../scripts/allow-lists.mjs';

const root = new URL('../../', import.meta.url);
if (!existsSync(new URL('dist/wordpress/upr-widgets/build/fallbacks.json', root))) throw new Error('the plugin is not built: run `npm run build` first');
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const dataset = readJson('dist/data/upr-data.json');
const fallbacks = readJson('dist/wordpress/upr-widgets/build/fallbacks.json');
const { prerender } = await import(new URL('dist/esm/src/prerender.js', root));
const { fallbackKey, fallbackLanguage } = await import(new URL('integrations/wordpress/src/fallback-key.js', root));
const LANGS = ['vi', 'en'];
const vocabulary = fallbackOf();

const fragment = (html) => JSDOM.fragment(html);
const words = (node) => node.textContent.replace(/\s+/g, ' ').trim();

/** What the widget's server rendering shows, but for its controls (the copy button), which need the script. */
function widgetWords(tag, attributes, lang) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const written = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('');
    const html = prerender(`<${tag}${written}></${tag}>`, { lang });
    const template = JSDOM.fragment(html).querySelector('template');
    const content = new JSDOM(`<body>${template.innerHTML}</body>`).window.document.body;
    for (const hidden of content.querySelectorAll('style, [hidden], button:not([aria-expanded]), [role="status"]')) hidden.remove();
    return words(content);
  } finally {
    console.warn = warn;
  }
}

describe('build/fallbacks.json', () => {
  const cases = [
    ...dataset.quotes.map((q) => ['upr-quote', q.id, { quote: q.id }]),
    ...dataset.facts.map((f) => ['upr-fact-card', f.id, { fact: f.id }]),
    ['upr-timeline', 'default', {}],
    ['upr-recommendations-chart', 'default', {}],
    ['upr-sources', 'all', { all: '' }],
  ];

  it('has every quote and fact, the timeline and chart with their defaults and <upr-sources all>, in both languages', () => {
    assert.deepEqual(Object.keys(fallbacks).sort(), ['upr-fact-card', 'upr-quote', 'upr-recommendations-chart', 'upr-sources', 'upr-timeline']);
    assert.deepEqual(Object.keys(fallbacks['upr-quote']), dataset.quotes.map((q) => q.id));
    assert.deepEqual(Object.keys(fallbacks['upr-fact-card']), dataset.facts.map((f) => f.id));
    assert.deepEqual(Object.keys(fallbacks['upr-sources']), ['all'], 'without `all` it lists what the page cites, which no element knows');
    for (const [tag, key] of cases.map(([t, k]) => [t, k])) assert.deepEqual(Object.keys(fallbacks[tag][key]).sort(), ['en', 'vi'], `${tag} ${key}`);
  });

  for (const lang of LANGS) {
    it(`says in each fallback what the widget says (${lang}), in the light-DOM form the style sheet lays out`, () => {
      for (const [tag, key, attributes] of cases) {
        const html = fallbacks[tag][key][lang];
        const nodes = fragment(html);
        assert.deepEqual(Array.from(nodes.children, (c) => c.className), ['upr-fallback'], `${tag} ${key}: one .upr-fallback`);
        const shown = nodes.firstElementChild.cloneNode(true);
        for (const control of shown.querySelectorAll('.upr-control')) control.remove();
        assert.equal(words(shown), widgetWords(tag, attributes, lang), `${tag} ${key} (${lang})`);
      }
    });
  }

  it("holds the quote's words as the dataset has them, and the fact's label, in each language", () => {
    for (const lang of LANGS) {
      for (const quote of dataset.quotes) {
        const text = quote.language === lang ? quote.text : quote.translation;
        const first = text.split(/\s+/).slice(0, 6).join(' ');
        assert.ok(words(fragment(fallbacks['upr-quote'][quote.id][lang])).includes(first), `${quote.id} (${lang}): ${first}`);
      }
      for (const fact of dataset.facts) assert.ok(words(fragment(fallbacks['upr-fact-card'][fact.id][lang])).includes(fact.label[lang]), `${fact.id} (${lang})`);
    }
  });

  it('uses only the vocabulary of the allow-lists (which the plugin adds to kses)', () => {
    const unlisted = new Set();
    for (const byKey of Object.values(fallbacks)) {
      for (const byLang of Object.values(byKey)) {
        for (const html of Object.values(byLang)) {
          for (const el of fragment(html).querySelectorAll('*')) {
            if (!vocabulary[el.localName]) unlisted.add(`<${el.localName}>`);
            else for (const { name } of el.attributes) if (!vocabulary[el.localName].includes(name)) unlisted.add(`${name} on <${el.localName}>`);
          }
        }
      }
    }
    assert.deepEqual([...unlisted], []);
  });

  it('ships the style sheet that lays the fallbacks out, the one the library builds', () => {
    assert.equal(
      readFileSync(new URL('dist/wordpress/upr-widgets/assets/upr-fallback.css', root), 'utf8'),
      readFileSync(new URL('dist/upr-fallback.css', root), 'utf8'),
    );
  });
});

describe('fallbackKey (which shipped fallback an element takes: editor.js, and the same rule in shortcodes.php)', () => {
  it("takes a quote's or fact's id, trimmed as the widgets read it", () => {
    assert.equal(fallbackKey('upr-quote', { quote: '  a-quote ' }), 'a-quote');
    assert.equal(fallbackKey('upr-fact-card', { fact: 'a-fact' }), 'a-fact');
    assert.equal(fallbackKey('upr-quote', {}), '');
  });

  it('reads `all` as the widgets read a flag: "false" is off', () => {
    assert.equal(fallbackKey('upr-sources', { all: '' }), 'all');
    assert.equal(fallbackKey('upr-sources', { all: 'false' }), 'default');
    assert.equal(fallbackKey('upr-sources', {}), 'default');
  });

  it('gives the lists their default, and a term none (its words are its fallback)', () => {
    assert.equal(fallbackKey('upr-timeline', { cycles: '4' }), 'default');
    assert.equal(fallbackKey('upr-recommendations-chart', {}), 'default');
    assert.equal(fallbackKey('upr-term', { term: 'upr' }), undefined);
  });

  it('reads any Vietnamese language tag as vi, anything else as en', () => {
    assert.deepEqual(['vi', 'vi-VN', 'vi_VN', ' VI ', 'en-US', 'fr', '', undefined].map(fallbackLanguage), ['vi', 'vi', 'vi', 'vi', 'en', 'en', 'en', 'en']);
  });
});
