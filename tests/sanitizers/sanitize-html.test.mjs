// sanitize-html (from npm) with the shipped options (dist/allow-lists/sanitize-html.json), merged into its defaults
// exactly as the README's snippet does (the snippet is run as it is written there): the article body comes out as
// the parser reads it, widgets, attributes and fallbacks kept; the hostile markup is removed as sanitize-html removes
// it by default; and the defaults, or the tags alone, strip the widgets or their attributes (the problem).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sanitizeHtml from 'sanitize-html';
import { articleBody, canonical, dangers, HOSTILE, importSnippet, readmeBlock, shippedJson, TAGS, widgets, widgetsIn, wpautopSafeBody } from './article.mjs';

const { clean } = await importSnippet(readmeBlock('js', "'sanitize-html'"));
const options = shippedJson('sanitize-html.json');

describe('sanitize-html', () => {
  it('by default strips every widget and every class, lang and datetime of the fallback (the problem)', async () => {
    const body = await articleBody();
    const out = sanitizeHtml(body);
    assert.deepEqual(widgetsIn(out), []);
    assert.doesNotMatch(out, / (class|lang|datetime)=/);
  });

  it('with the tags alone strips every attribute of the widgets', async () => {
    const out = sanitizeHtml(await articleBody(), { allowedTags: [...sanitizeHtml.defaults.allowedTags, ...TAGS] });
    assert.deepEqual(widgetsIn(out), [...TAGS]);
  });

  it('with the README snippet keeps the article body: every element, attribute and fallback', async () => {
    const body = await articleBody();
    assert.equal(canonical(clean(body)), canonical(body));
  });

  it('with the README snippet keeps the wpautop-safe form too', async () => {
    const body = await wpautopSafeBody();
    assert.equal(canonical(clean(body)), canonical(body));
  });

  it('with the README snippet still removes the hostile markup, and keeps on a widget only its documented attributes', () => {
    for (const { label, html } of HOSTILE) {
      const out = clean(html);
      assert.deepEqual(dangers(out), [], `${label}: ${out}`);
      for (const widget of widgetsIn(out)) {
        const [tag, ...attributes] = widget.split(/ (?=[a-z-]+=")/);
        const documented = widgets.find((w) => w.tag === tag).attributes;
        const extra = attributes.map((a) => a.split('=')[0]).filter((name) => !documented.includes(name));
        assert.deepEqual(extra, [], `${label}: ${widget}`);
      }
      assert.doesNotMatch(out, /upr-quotes|upr-quote-x/, label);
    }
  });

  it('lists every tag and attribute the README snippet needs: the shipped options alone keep the body too', async () => {
    const body = await articleBody();
    assert.equal(canonical(sanitizeHtml(body, options)), canonical(body));
  });
});
