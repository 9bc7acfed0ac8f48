// DOMPurify (from npm, on jsdom's DOM, as a server-side pipeline runs it) with the shipped configs
// (dist/allow-lists/dompurify.json and dompurify.js): the article body comes out as the parser reads it, every
// widget, attribute and fallback kept; the hostile markup is removed as DOMPurify removes it by default; and the
// defaults alone strip every widget (the problem of issue 13), so it is the config that makes the difference.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { existsSync } from 'node:fs';
import { articleBody, canonical, dangers, HOSTILE, importSnippet, readmeBlock, root, shipped, shippedJson, TAGS, widgets, widgetsIn, wpautopSafeBody } from './article.mjs';

const DOMPurify = createDOMPurify(new JSDOM('').window);
const arrays = shippedJson('dompurify.json');
/** dompurify.js as shipped (or as the generator makes it, before a build). */
const { default: perElement } = await import(
  existsSync(new URL('dist/allow-lists/dompurify.js', root))
    ? new URL('dist/allow-lists/dompurify.js', root)
    : `data:text/javascript,${encodeURIComponent(shipped('dompurify.js'))}`
);

const CONFIGS = [
  ['dompurify.json (ADD_TAGS and ADD_ATTR as arrays)', arrays],
  ['dompurify.js (ADD_ATTR per element)', perElement],
];

describe('DOMPurify', () => {
  it(`is the version this was measured with or later (${DOMPurify.version})`, () => {
    const [major, minor] = DOMPurify.version.split('.').map(Number);
    assert.ok(major > 3 || (major === 3 && minor >= 3), 'dompurify.js needs ADD_ATTR as a function: DOMPurify 3.3 or later');
  });

  it('by default strips every widget and keeps only the fallback (the problem)', async () => {
    const body = await articleBody();
    assert.equal(widgetsIn(body).length, TAGS.length);
    assert.deepEqual(widgetsIn(DOMPurify.sanitize(body)), []);
  });

  it('with the tags alone (ADD_TAGS) strips every attribute but the two it allows on any element (lang, size)', async () => {
    const body = await articleBody();
    const out = DOMPurify.sanitize(body, { ADD_TAGS: arrays.ADD_TAGS });
    assert.equal(widgetsIn(out).length, TAGS.length);
    const kept = new Set(widgetsIn(out).flatMap((w) => [...w.matchAll(/ ([a-z-]+)=/g)].map((m) => m[1])));
    assert.deepEqual([...kept].sort(), ['lang', 'size']);
  });

  for (const [name, config] of CONFIGS) {
    describe(`with ${name}`, () => {
      it('keeps the article body: every element, every documented attribute (no-source, heading-level…), the fallbacks', async () => {
        const body = await articleBody();
        assert.equal(DOMPurify.sanitize(body, config), canonical(body));
      });

      it('keeps the wpautop-safe form too', async () => {
        const body = await wpautopSafeBody();
        assert.equal(DOMPurify.sanitize(body, config), canonical(body));
      });

      it('still removes the hostile markup inside and around the widgets, as it does without the config', () => {
        for (const { label, html } of HOSTILE) {
          const out = DOMPurify.sanitize(html, config);
          const plain = DOMPurify.sanitize(html.replace(/<(\/?)upr-[a-z-]+/g, '<$1div'));
          assert.deepEqual(dangers(out, { script: true }), [], `${label}: ${out}`);
          assert.deepEqual(dangers(out).filter((d) => !dangers(plain).includes(d)), [], `${label}: more than DOMPurify keeps by default: ${out}`);
          // nothing on a widget but its documented attributes and what DOMPurify allows on any element by default
          const allowedAnywhere = new Set([...JSDOM.fragment(plain).querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)));
          for (const el of JSDOM.fragment(out).querySelectorAll('*')) {
            const documented = widgets.find((w) => w.tag === el.localName)?.attributes;
            if (!documented) continue;
            const extra = [...el.attributes].map((a) => a.name).filter((n) => !documented.includes(n) && !allowedAnywhere.has(n));
            assert.deepEqual(extra, [], `${label}: <${el.localName}> kept ${extra.join(', ')}`);
          }
        }
      });

      it('removes a look-alike tag (upr-quotes, upr-quote-x) and a customised built-in (is="upr-quote")', () => {
        const out = DOMPurify.sanitize(HOSTILE.find((h) => h.label.startsWith('a customised')).html, config);
        assert.doesNotMatch(out, /upr-quotes|upr-quote-x|is="upr/);
      });

      it('removes a javascript: value from a widget attribute; a value with markup stays a value (the widgets read it as text)', () => {
        const out = DOMPurify.sanitize('<upr-fact-card fact="javascript:alert(1)"></upr-fact-card><upr-quote quote="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></upr-quote>', config);
        assert.deepEqual(widgetsIn(out), ['upr-fact-card', `upr-quote quote=""><img src=x onerror=alert(1)>"`]);
        assert.deepEqual(dangers(out), []);
      });
    });
  }

  it('dompurify.json allows the attribute names on every element; dompurify.js on their own element only', () => {
    const html = '<p quote="x" cycles="3,4" no-source>Words</p>';
    assert.equal(DOMPurify.sanitize(html, arrays), '<p quote="x" cycles="3,4" no-source="">Words</p>');
    assert.equal(DOMPurify.sanitize(html, perElement), '<p>Words</p>');
    assert.equal(DOMPurify.sanitize('<upr-term cycles="3">x</upr-term>', perElement), '<upr-term>x</upr-term>');
  });

  it('runs a site hook on the widgets (ADD_TAGS, not CUSTOM_ELEMENT_HANDLING: GHSA-c2j3-45gr-mqc4)', async () => {
    const seen = [];
    DOMPurify.addHook('afterSanitizeElements', (node) => {
      if (node.nodeName?.toLowerCase().startsWith('upr-')) seen.push(node.nodeName.toLowerCase());
    });
    try {
      DOMPurify.sanitize(await articleBody(), arrays);
    } finally {
      DOMPurify.removeAllHooks();
    }
    assert.deepEqual([...new Set(seen)].sort(), [...TAGS].sort());
  });
});

describe("the README's DOMPurify snippet", () => {
  it('keeps the article body, run as written', async () => {
    const { clean } = await importSnippet(readmeBlock('js', "'dompurify'"));
    const body = await articleBody();
    assert.equal(clean(body), canonical(body));
    assert.deepEqual(widgetsIn(clean(HOSTILE[0].html)), ['upr-quote quote="do-hung-viet-hundreds-of-recommendations" tabindex="0"']);
  });
});
