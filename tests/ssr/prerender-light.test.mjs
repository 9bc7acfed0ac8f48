// prerender(…, { form: 'light' }) and `upr-widgets prerender --light` (src/prerender-light.ts), and the style sheet
// that lays the light form out (dist/upr-fallback.css, scripts/fallback-css.mjs). `npm run build` first. That the
// light form takes exactly the widget's space and says what it says in Chromium, Firefox and WebKit is
// tests/demo/article-fallback.test.ts, on the demo articles the build prerenders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import postcss from 'postcss';
import { parseFragment } from 'parse5';
import { fallbackOf } from '../../scripts/allow-lists.mjs';
import { loadSpecs } from '../../bench/widgets.mjs';
import { elements, shadowOf, text } from './tree.mjs';

const root = new URL('../../', import.meta.url);
if (!existsSync(new URL('dist/esm/src/prerender.js', root))) throw new Error('dist/esm is missing: run `npm run build` first');
const { prerender } = await import(new URL('dist/esm/src/prerender.js', root));
const specs = await loadSpecs(pathToFileURL(new URL('dist/', root).pathname));
const dataset = JSON.parse(readFileSync(new URL('dist/data/upr-data.json', root), 'utf8'));
const BIN = fileURLToPath(new URL('bin/upr-widgets.mjs', root));
const TAGS = specs.map((spec) => spec.tag);
const byId = (collection, id) => dataset[collection].find((item) => item.id === id);

/** Block elements a paragraph may not hold: what wpautop and Markdown split out of an element. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'button']);

const quietly = (fn) => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
};

/** Every example of the registry, in both languages, as the editor writes it. */
const EXAMPLES = specs.flatMap((spec) =>
  ['en', 'vi'].flatMap((lang) =>
    spec.examples.map((example) => {
      const attributes = { ...(example.byLanguage?.[lang] ?? example.attributes), lang };
      const written = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('');
      return { tag: spec.tag, title: `${spec.tag} "${example.title}" (${lang})`, markup: `<${spec.tag}${written}>${example.sentence?.[lang]?.[1] ?? ''}</${spec.tag}>` };
    }),
  ),
);

/** A node's words as a reader sees them: without what is not shown (hidden controls, or `skip`). */
function shownText(node, skip) {
  if (node.nodeName === '#text') return node.value;
  if (node.tagName === 'style' || skip(node)) return '';
  return (node.tagName === 'template' ? node.content : node).childNodes?.map((child) => shownText(child, skip)).join('') ?? '';
}
const classes = (element) => (element.attrs?.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
const attribute = (element, name) => element.attrs?.find((a) => a.name === name)?.value;
const normalize = (words) => words.replace(/\s+/g, ' ').trim();

describe('prerender() in the light-DOM form', () => {
  for (const inline of [false, true]) {
    describe(inline ? 'inline (for wpautop and Markdown)' : 'with blocks', () => {
      for (const { tag, title, markup } of EXAMPLES) {
        it(`fills ${title} with its own words, in elements and attributes the allow-lists pass`, () => {
          const light = parseFragment(quietly(() => prerender(markup, { form: 'light', inline })));
          const shadow = parseFragment(quietly(() => prerender(markup)));
          const element = elements(light).find((e) => e.tagName === tag);
          assert.ok(!elements(light).some((e) => e.tagName === 'template'), 'no shadow root');
          const server = shadowOf(elements(shadow).find((e) => e.tagName === tag));
          // the words the widget shows, but for its controls (buttons that are not a disclosure, a live status)
          const isControl = (node) => (node.tagName === 'button' && attribute(node, 'aria-expanded') === undefined) || attribute(node, 'role') === 'status';
          const widgetWords = normalize(shownText(server, isControl));
          if (tag === 'upr-term') {
            const words = normalize(markup.replace(/<[^>]+>/g, ''));
            assert.equal(normalize(text(element)), words || normalize(shownText(server, () => false)).slice(0, normalize(text(element)).length), 'a term keeps its words, or gets its name');
            return;
          }
          assert.deepEqual(element.childNodes.map((c) => classes(c)[0]), ['upr-fallback'], 'one .upr-fallback, and nothing else');
          const fallback = element.childNodes[0];
          assert.equal(normalize(shownText(fallback, (node) => classes(node).includes('upr-control'))), widgetWords);

          const allowed = fallbackOf();
          for (const e of elements(fallback)) {
            assert.ok(allowed[e.tagName], `<${e.tagName}> is in the allow-lists`);
            for (const { name } of e.attrs) assert.ok(allowed[e.tagName].includes(name), `${name} on <${e.tagName}> is in the allow-lists`);
            if (inline) assert.ok(!BLOCKS.has(e.tagName), `<${e.tagName}> in the inline form`);
          }
          assert.ok(!(inline ? serializeText(light) : '').includes('\n'), 'the inline form is one line');
        });
      }
    });
  }

  it('hides what needs the script, in its place: the copy button, the scroll buttons', () => {
    const light = parseFragment(prerender(`<upr-quote quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>`, { form: 'light' }));
    const controls = elements(light).filter((e) => classes(e).includes('upr-control'));
    assert.equal(controls.length, 1);
    assert.equal(attribute(controls[0], 'hidden'), 'hidden', 'hidden for a reader without the style sheet');
    assert.match(text(controls[0]), /Copy citation/);
  });

  it('keeps a heading, list or quotation what it is for assistive technology when it becomes a span', () => {
    const light = parseFragment(quietly(() => prerender('<h2>Mốc</h2><upr-timeline cycles="4"></upr-timeline>', { form: 'light', inline: true, lang: 'vi' })));
    const titles = elements(light).filter((e) => classes(e).includes('title'));
    assert.ok(titles.length > 0);
    for (const title of titles) assert.deepEqual([title.tagName, attribute(title, 'role'), attribute(title, 'aria-level')], ['span', 'heading', '3']);
    assert.equal(attribute(elements(light).find((e) => classes(e).includes('list')), 'role'), 'list');
  });

  it("leaves an unknown id's element as the editor wrote it, so that the author's fallback shows", () => {
    const written = '<upr-quote quote="no-such-quote"><p>Lời của biên tập viên</p></upr-quote><upr-fact-card fact="no-such-fact"></upr-fact-card>';
    assert.equal(quietly(() => prerender(written, { form: 'light' })), written);
  });

  it("writes a term's name for a term without words, which the widget shows then", () => {
    const light = parseFragment(prerender('<p>Cơ chế <upr-term term="upr"></upr-term>.</p>', { form: 'light', lang: 'vi' }));
    assert.equal(text(elements(light).find((e) => e.tagName === 'upr-term')), byId('glossary', 'upr').term.vi);
  });

  it('replaces what was inside the element, so that prerendering twice gives the same page', () => {
    const once = quietly(() => prerender('<upr-fact-card fact="cycle-4-acceptance-share"><p>old words</p></upr-fact-card>', { form: 'light' }));
    assert.ok(!once.includes('old words'));
    assert.equal(quietly(() => prerender(once, { form: 'light' })), once);
  });

  it('lists in <upr-sources> what every widget of the page cites, those after it too', () => {
    const light = parseFragment(quietly(() => prerender('<upr-sources></upr-sources><upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>', { form: 'light' })));
    const listed = text(elements(light).find((e) => e.tagName === 'upr-sources'));
    const [source] = byId('facts', 'cycle-4-acceptance-share').sources;
    assert.ok(listed.includes(byId('sources', source).outlet), listed.slice(0, 200));
  });

  it('is what `upr-widgets prerender --light --inline` writes', () => {
    const input = '<upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>';
    const written = execFileSync(process.execPath, [BIN, 'prerender', '--light', '--inline', '--lang', 'vi'], { input, encoding: 'utf8' });
    assert.equal(written, prerender(input, { form: 'light', inline: true, lang: 'vi' }));
    assert.throws(() => execFileSync(process.execPath, [BIN, 'prerender', '--inline'], { input, stdio: 'pipe' }), (error) => error.status === 2);
  });
});

function serializeText(fragment) {
  return elements(fragment)
    .flatMap((e) => e.childNodes.filter((c) => c.nodeName === '#text').map((c) => c.value))
    .join('');
}

describe('dist/upr-fallback.css', () => {
  const css = readFileSync(new URL('dist/upr-fallback.css', root), 'utf8');
  const sheet = postcss.parse(css);

  // not yet defined, or defined by the loader and waiting for its data or its turn (UprElement's upr-waiting state)
  const UNRENDERED = ':is(:not(:defined),:state(upr-waiting))';
  const escaped = UNRENDERED.replace(/[()]/g, '\\$&');

  it('styles nothing but the fallback of a widget not yet rendered (and the element itself)', () => {
    const scope = new RegExp(`(${TAGS.join('|')})(:not\\(\\[theme\\]\\))?(:is\\([^)]*\\))?${escaped}|:is\\(${TAGS.join(',')}\\)${escaped}`);
    let rules = 0;
    sheet.walkRules((rule) => {
      if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
      rules++;
      for (const selector of rule.selectors) assert.match(selector, scope, selector);
    });
    assert.ok(rules > 100);
  });

  it("holds every widget's rules", () => {
    for (const tag of TAGS) assert.ok(css.includes(`${tag}${UNRENDERED} > .upr-fallback`) || tag === 'upr-term', tag);
  });

  it('is in the npm package', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.ok(pkg.files.includes('dist'));
    assert.equal(import.meta.resolve('upr-widgets/fallback.css'), new URL('dist/upr-fallback.css', root).href);
  });
});
