// The Eleventy plugin (dist/esm/src/eleventy.js; `npm run build` first) in the real @11ty/eleventy: the Markdown
// article of tests/ssr/eleventy-site/ builds to a page whose widgets are prerendered, in the page's language and
// outline. tests/ssr/hydrate.test.ts loads that page in the three browsers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements, shadowOf, text } from './tree.mjs';
import { parse } from 'parse5';
import { buildArticle } from './build-eleventy.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../dist/data/upr-data.json', import.meta.url), 'utf8'));
const TAGS = ['upr-term', 'upr-quote', 'upr-fact-card', 'upr-recommendations-chart', 'upr-timeline', 'upr-sources'];


describe('the Eleventy plugin, in @11ty/eleventy', () => {
  it('builds the Markdown article with every widget prerendered, in Vietnamese, with headings below the page’s', async () => {
    const warn = console.warn;
    console.warn = () => {};
    const built = await buildArticle();
    const plain = await buildArticle({ prerender: false });
    console.warn = warn;
    const tree = parse(built);
    for (const tag of TAGS) {
      const [element, more] = elements(tree).filter((e) => e.tagName === tag);
      assert.ok(element && !more, `one <${tag}>`);
      assert.ok(shadowOf(element), `<${tag}> is prerendered`);
    }
    const fact = elements(tree).find((e) => e.tagName === 'upr-fact-card');
    assert.ok(text(shadowOf(fact)).includes(dataset.facts.find((f) => f.id === 'cycle-4-acceptance-share').label.vi));
    const titles = elements(shadowOf(elements(tree).find((e) => e.tagName === 'upr-timeline')).content).filter((e) => e.attrs.some((a) => a.name === 'part' && a.value === 'title'));
    assert.deepEqual([...new Set(titles.map((e) => e.tagName))], ['h3'], 'under the article’s h2');
    assert.ok(!plain.includes('shadowrootmode'), 'without the plugin, Eleventy writes the elements as they are');
    assert.equal(plain.match(/<upr-quote/g)?.length, 1);
  });
});
