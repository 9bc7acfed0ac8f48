// Every widget of the registry rendered on the server by the real @lit-labs/ssr, from the npm modules (dist/esm,
// `npm run build` first): every example configuration of its spec, in both languages (the element's own `lang`,
// and the page's given to beginServerPage), and with an unknown and a missing id. Nothing may throw; each renders
// a declarative shadow root in the language asked for; a bad id shows the author's fallback through the slot, or
// the notice; <upr-sources> lists what the widgets rendered before it on the same page cite. Hydration in the
// browsers is a separate matter (issue 15).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadSpecs } from '../../bench/widgets.mjs';

const root = new URL('../../', import.meta.url);
if (!existsSync(new URL('dist/esm/src/index.js', root))) throw new Error('dist/esm is missing: run `npm run build` first');
const { beginServerPage } = await import(new URL('dist/esm/src/index.js', root));
const { strings } = await import(new URL('dist/esm/src/internal/i18n.js', root));
const { chartStrings } = await import(new URL('dist/esm/src/upr-recommendations-chart/upr-recommendations-chart.strings.js', root));
const { timelineStrings } = await import(new URL('dist/esm/src/upr-timeline/upr-timeline.strings.js', root));
const dataset = JSON.parse(readFileSync(new URL('dist/data/upr-data.json', root), 'utf8'));
const specs = await loadSpecs(pathToFileURL(new URL('dist/', root).pathname));
const LANGS = ['en', 'vi'];
const other = (lang) => (lang === 'vi' ? 'en' : 'vi');
const byId = (collection, id) => dataset[collection].find((item) => item.id === id);

/** Renders markup on the server; returns the HTML and the warnings the widgets logged. */
function serverRender(markup) {
  const warn = console.warn;
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return { html: collectResultSync(render(html`${unsafeHTML(markup)}`)), warnings };
  } finally {
    console.warn = warn;
  }
}

/** The text of a rendered widget's shadow root (its declarative template), without styles or Lit's markers. */
function shadowText(rendered, tag) {
  const open = rendered.indexOf(`<${tag}`);
  const start = rendered.indexOf('<template shadowroot', open);
  const end = rendered.lastIndexOf('</template>');
  assert.ok(open >= 0 && start > open && end > start, `<${tag}> has a declarative shadow root`);
  return rendered
    .slice(start, end)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Words only a widget in `lang` shows, for a configuration: the dataset's or the widget's own. */
function wordsIn(tag, attributes, lang) {
  switch (tag) {
    case 'upr-quote':
      return byId('people', byId('quotes', attributes.quote).speaker).name[lang];
    case 'upr-fact-card':
      return byId('facts', attributes.fact).label[lang];
    case 'upr-term':
      return byId('glossary', attributes.term).term[lang];
    case 'upr-recommendations-chart':
      return chartStrings[lang].cycleColumn;
    case 'upr-sources':
      return strings[lang].sources;
    default:
      return undefined; // the timeline: checked by its events
  }
}

function elementMarkup(tag, attributes, content = '') {
  const written = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`));
  return `<${tag}${written.join('')}>${content}</${tag}>`;
}

/** The example's configurations in a language: its attributes and, for a widget set in a sentence, its words. */
function configurations(spec, lang) {
  return spec.examples.map((example) => ({
    title: example.title,
    attributes: { ...(example.byLanguage?.[lang] ?? example.attributes) },
    words: example.sentence?.[lang]?.[1] ?? '',
  }));
}

function expectLanguage(tag, attributes, rendered, lang) {
  const text = shadowText(rendered, tag);
  if (tag === 'upr-sources' && attributes['no-heading'] !== undefined) {
    assert.ok(rendered.includes(`aria-label="${strings[lang].sources}"`), `the list is labelled in ${lang}`);
    return;
  }
  // (the other language's words may appear: a Vietnamese label can name an English title)
  const words = wordsIn(tag, attributes, lang);
  if (words) {
    assert.ok(text.includes(words), `<${tag}> speaks ${lang}: shows ${JSON.stringify(words)}; it shows ${text.slice(0, 300)}`);
  } else if (!text.includes(timelineStrings[lang].noMatch)) {
    const shown = dataset.events.filter((event) => text.includes(event.title[lang]));
    assert.ok(shown.length > 0, `<${tag}> shows an event's title in ${lang}: ${text.slice(0, 300)}`);
  }
  assert.ok(!text.includes(strings[other(lang)].unavailable));
  assert.ok(!text.includes(strings[lang].unavailable), `<${tag}> renders its content, not the notice`);
}

describe('server rendering with @lit-labs/ssr', () => {
  for (const spec of specs) {
    describe(`<${spec.tag}>`, () => {
      for (const lang of LANGS) {
        it(`renders every example in ${lang}, from the page's language and from its own lang`, () => {
          for (const { title, attributes, words } of configurations(spec, lang)) {
            // the page's language (the element has none)
            beginServerPage({ lang });
            const fromPage = serverRender(elementMarkup(spec.tag, attributes, words));
            expectLanguage(spec.tag, attributes, fromPage.html, lang);
            assert.deepEqual(fromPage.warnings, [], `${title}: no warning`);
            // the element's own lang, on a page in the other language
            beginServerPage({ lang: other(lang) });
            const own = serverRender(elementMarkup(spec.tag, { ...attributes, lang }, words));
            expectLanguage(spec.tag, attributes, own.html, lang);
          }
        });
      }

      if (spec.item) {
        const { attribute } = spec.item;
        for (const lang of LANGS) {
          it(`with an unknown or a missing ${attribute} in ${lang}: the author's fallback through the slot, or the notice; never a throw`, () => {
            beginServerPage({ lang });
            for (const attributes of [{ [attribute]: 'no-such-item' }, {}]) {
              const bare = serverRender(elementMarkup(spec.tag, attributes));
              const text = shadowText(bare.html, spec.tag);
              // a term shows the author's words in any case: it has no notice
              if (spec.tag !== 'upr-term') assert.ok(text.includes(strings[lang].unavailable), `the notice in ${lang}: ${text}`);
              assert.match(bare.html, /<slot[ >]/, 'a slot, so that an author fallback shows');
              assert.ok(bare.warnings.length <= 1, `a warning at most (each is given once): ${bare.warnings.join(' | ')}`);
              const withFallback = serverRender(elementMarkup(spec.tag, attributes, '<p>The author’s own words</p>'));
              assert.ok(withFallback.html.includes('</template><p>The author’s own words</p>'), 'the author’s fallback stays the light DOM the slot shows');
            }
          });
        }
      }
    });
  }

  describe('<upr-sources>', () => {
    const [quote] = dataset.quotes;
    const outlets = (ids) => ids.map((id) => byId('sources', id)).map((source) => source.outlet);

    it('lists what the widgets rendered before it on the page cite, and forgets the page before', () => {
      beginServerPage({ lang: 'en' });
      const page = serverRender(`<article>${elementMarkup('upr-quote', { quote: quote.id })}<p>Text.</p>${elementMarkup('upr-sources', {})}</article>`);
      const sources = shadowText(page.html.slice(page.html.indexOf('<upr-sources')), 'upr-sources');
      const cited = [quote.source];
      assert.ok(cited.length > 0, `the quote ${quote.id} cites sources`);
      for (const outlet of outlets(cited)) assert.ok(sources.includes(outlet), `the list names ${outlet}: ${sources.slice(0, 300)}`);

      beginServerPage({ lang: 'en' });
      const next = serverRender(elementMarkup('upr-sources', {}));
      const empty = shadowText(next.html, 'upr-sources');
      for (const outlet of outlets(cited)) assert.ok(!empty.includes(outlet), `a new page does not list the last page's ${outlet}: ${empty.slice(0, 300)}`);
    });
  });
});
