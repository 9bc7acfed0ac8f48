// markdown-it (CommonMark, from npm), as the README's snippet sets it up (html: true; the snippet is run as written
// there), as Eleventy-style pipelines render Markdown articles: each widget on lines of its own, with an empty line
// before and after it and none inside, passes through as written, fallback included; a term stays in its sentence;
// and the one-line form for WordPress's classic editor becomes a paragraph holding the widget, whole.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import markdownIt from 'markdown-it';
import { articleBody, builderBodies, canonical, importSnippet, readmeBlock, TAGS, widgetsIn } from './article.mjs';

const { render } = await importSnippet(readmeBlock('js', "'markdown-it'"));

/** The article body as a Markdown article: its HTML paragraphs as Markdown text, the widgets as they are. */
async function markdownArticle(options) {
  const body = await articleBody(options);
  return body
    .split('\n\n')
    .map((part) => part.replace(/^<h2>(.*)<\/h2>$/, '## $1').replace(/^<p>([\s\S]*)<\/p>$/, '$1'))
    .join('\n\n');
}

const fragment = (html) => JSDOM.fragment(html);

describe('markdown-it', () => {
  it('without html: true shows the embed code as text (why the snippet sets it)', () => {
    const html = markdownIt().render('<upr-quote quote="q"></upr-quote>\n');
    assert.equal(widgetsIn(html).length, 0);
    assert.match(html, /&lt;upr-quote/);
  });

  it('passes every widget on lines of its own through as written, with its fallback', async () => {
    const markdown = await markdownArticle();
    const html = render(markdown);
    const before = fragment(await articleBody());
    const after = fragment(html);
    for (const tag of TAGS) {
      const a = before.querySelector(tag);
      const b = after.querySelector(tag);
      assert.ok(b, `<${tag}> is gone:\n${html}`);
      assert.equal(canonical(b.outerHTML), canonical(a.outerHTML), `<${tag}> changed`);
      if (tag !== 'upr-term') assert.notEqual(b.parentNode.localName, 'p', `<${tag}> was put in a paragraph`);
    }
    assert.equal(widgetsIn(html).length, TAGS.length);
  });

  it('passes the form for WordPress (a <div> on lines of its own around the one-line widget) through as written', async () => {
    const html = render(await markdownArticle({ wpautop: true }));
    const before = fragment(await articleBody({ wpautop: true }));
    const after = fragment(html);
    for (const tag of TAGS) assert.equal(canonical(after.querySelector(tag).outerHTML), canonical(before.querySelector(tag).outerHTML), `<${tag}> changed`);
  });

  it('reads a one-line widget without the <div> as a paragraph of Markdown: a * in its fallback becomes emphasis', () => {
    const html = render('<upr-fact-card fact="f"><span class="value">27<span class="mark">*</span></span> <span class="note">* Derived</span></upr-fact-card>\n');
    assert.match(html, /<p><upr-fact-card/);
    assert.match(html, /<em>/);
  });

  it('breaks a widget with an empty line inside: an indented line after it is a code block', () => {
    const html = render('<upr-quote quote="q">\n  <figure class="embed-fallback">\n\n    <blockquote><p>Words</p></blockquote>\n  </figure>\n</upr-quote>\n');
    assert.match(html, /<pre><code>&lt;blockquote&gt;/);
  });
});

describe("markdown-it: the builder's code", () => {
  it('passes through as written, a widget of its own in its <div> and a term in its sentence, for every example', async () => {
    for (const { label, tag, inSentence, body } of await builderBodies()) {
      // the article as Markdown: its paragraphs as text, the code as the builder wrote it
      const markdown = body.replace(/<p>First paragraph.<\/p>/, 'First paragraph.').replace(/<p>Last paragraph.<\/p>/, 'Last paragraph.').replace(/^<p>([\s\S]*)<\/p>$/m, '$1');
      const html = render(markdown);
      const found = fragment(html).querySelectorAll(tag);
      assert.equal(found.length, 1, `${label}:\n${html}`);
      assert.equal(canonical(found[0].outerHTML), canonical(fragment(body).querySelector(tag).outerHTML), `${label} changed:\n${html}`);
      assert.equal(found[0].parentNode.localName, inSentence ? 'p' : 'div', `${label}:\n${html}`);
    }
  });
});
