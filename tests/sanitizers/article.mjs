// What the sanitizer tests feed the real software: an article body holding every element of custom-elements.json
// with every attribute it documents (realistic values: those of the widgets' own examples, src/<tag>/spec.ts as
// built into dist/esm), each with the fallback content the demo article gives it (README, "Reserving space"), in
// the form the README documents, and a sample of hostile markup inside and around the widgets.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { allowLists, widgetsOf } from '../../scripts/allow-lists.mjs';

export const root = new URL('../../', import.meta.url);
export const read = (path) => readFileSync(new URL(path, root), 'utf8');
export const manifest = JSON.parse(read('custom-elements.json'));
export const widgets = widgetsOf(manifest);
export const TAGS = widgets.map((w) => w.tag);

/** The shipped file of dist/allow-lists/ (built by `npm run build`), or what the generator makes of the manifest. */
export function shipped(name) {
  const path = new URL(`dist/allow-lists/${name}`, root);
  return existsSync(path) ? readFileSync(path, 'utf8') : allowLists(manifest)[name];
}
export const shippedJson = (name) => JSON.parse(shipped(name));

/** Values for the attributes no example of a widget sets (every element takes lang and theme). */
const EXTRA_VALUES = { lang: 'en', theme: 'dark', 'heading-level': '2' };

/** Every documented attribute of `tag` with a realistic value: `true` for a boolean (written bare, as the builder does). */
export async function realisticAttributes(tag) {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const specFile = new URL(`dist/esm/src/${tag}/spec.js`, root);
  const { spec } = existsSync(specFile) ? await import(specFile) : { spec: { examples: [] } };
  const used = (name) =>
    spec.examples.flatMap((e) => [e.attributes, ...Object.values(e.byLanguage ?? {})]).map((a) => a?.[name]).find((v) => v !== undefined && v !== '');
  const out = [];
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.type?.text === 'boolean') out.push([attribute.name, true]);
    else {
      const value = used(attribute.name) ?? EXTRA_VALUES[attribute.name];
      if (value === undefined) throw new Error(`<${tag}> ${attribute.name}: no realistic value (add one to an example in src/${tag}/spec.ts, or to EXTRA_VALUES in tests/sanitizers/article.mjs)`);
      out.push([attribute.name, value]);
    }
  }
  return out;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
export const startTag = (tag, attributes) =>
  `<${tag}${attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;

/** The demo article's fallback content of each element (its first one with content), comments left out. */
export function demoFallbacks(file = 'demo/article-en.html') {
  const doc = new JSDOM(read(file)).window.document;
  const out = {};
  for (const tag of TAGS) {
    const el = [...doc.querySelectorAll(tag)].find((e) => e.textContent.trim());
    if (!el) continue;
    const copy = el.cloneNode(true);
    const walker = doc.createTreeWalker(copy, 128 /* NodeFilter.SHOW_COMMENT */);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    out[tag] = copy.innerHTML.trim();
  }
  return out;
}

/**
 * The article body: a heading, paragraphs, every element with every documented attribute and its fallback, each
 * on lines of its own with blank lines around it (a term sits in its sentence). `wpautop`: in the form wpautop()
 * cannot break (each widget and its fallback on one line, the fallback's blocks made spans, in a <div> on lines of
 * its own, which Markdown passes through as HTML too) and with the plain text paragraphs of a classic-editor post.
 */
export async function articleBody({ wpautop = false } = {}) {
  const fallbacks = demoFallbacks();
  const paragraph = (text) => (wpautop ? text : `<p>${text}</p>`);
  const parts = ['<h2>Four reviews on</h2>'];
  for (const { tag } of widgets) {
    const attributes = await realisticAttributes(tag);
    const start = startTag(tag, attributes);
    const inner = fallbacks[tag] ?? '';
    if (tag === 'upr-term') parts.push(paragraph(`Under the ${start}${inner}</${tag}>, every member state is reviewed by its peers.`));
    else parts.push(wpautop ? `<div>\n${start}${await inlineFallback(tag, attributes)}</${tag}>\n</div>` : `${start}\n${inner}\n</${tag}>`);
    parts.push(paragraph(`The article goes on after the &lt;${tag}&gt;: "quoted" words -- Viet Nam's, 84.7%, Việt Nam.`));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The article body in the form wpautop() cannot break (README, "In your CMS"). */
export const wpautopSafeBody = () => articleBody({ wpautop: true });

/** HTML as a browser's parser reads it, serialized again: attribute order and quoting, entities, bare attributes. */
export function canonical(html) {
  const doc = new JSDOM('').window.document;
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
}

/** The elements of some HTML, as `[{ tag, attributes: [[name, value]], text }]`, in document order. */
export function elementsIn(html) {
  const doc = new JSDOM('').window.document;
  const template = doc.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('*')].map((el) => ({
    tag: el.localName,
    attributes: [...el.attributes].map((a) => [a.name, a.value]),
    text: el.textContent,
  }));
}

/**
 * Hostile markup inside and around the widgets: what an author without the right to post HTML must not get
 * through (event handlers, script, javascript: URLs, style, srcdoc, frames, forms, base, meta). Each sample
 * names what must be gone.
 */
export const HOSTILE = [
  { label: 'event handlers on a widget', html: '<upr-quote quote="do-hung-viet-hundreds-of-recommendations" onclick="alert(1)" onmouseover=alert(1) onfocus="alert(1)" autofocus tabindex="0"></upr-quote>' },
  { label: 'a style attribute and an unknown attribute on a widget', html: '<upr-fact-card fact="cycle-4-acceptance-share" style="position:fixed;inset:0;z-index:99999" data-x="1" formaction="javascript:alert(1)"></upr-fact-card>' },
  { label: 'srcdoc and src on a widget', html: '<upr-timeline cycles="3,4" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" src="javascript:alert(1)" href="javascript:alert(1)"></upr-timeline>' },
  { label: 'script inside a widget', html: '<upr-quote quote="x"><script>alert(1)</script><blockquote><p>Words</p></blockquote></upr-quote>' },
  { label: 'script around a widget', html: '<script>alert(1)</script><upr-term term="upr">UPR</upr-term><script src="https://evil.example/x.js"></script>' },
  { label: 'a javascript: link in a fallback', html: '<upr-fact-card fact="x"><div class="embed-fallback"><p class="source"><a href="javascript:alert(1)">Source</a> <a href=" JaVaScRiPt:alert(1)">2</a></p></div></upr-fact-card>' },
  { label: 'an image with onerror in a fallback', html: '<upr-quote quote="x"><figure class="embed-fallback"><img src="x" onerror="alert(1)"><blockquote onmouseover="alert(1)"><p>Words</p></blockquote></figure></upr-quote>' },
  { label: 'an iframe, an object and an embed beside a widget', html: '<upr-sources></upr-sources><iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">' },
  { label: 'SVG with handlers in a fallback', html: '<upr-recommendations-chart><div class="embed-fallback"><svg onload="alert(1)"><rect width="10" height="10" onclick="alert(1)"></rect><a href="javascript:alert(1)"><text>x</text></a></svg></div></upr-recommendations-chart>' },
  { label: 'a form, base and meta beside a widget', html: '<form action="javascript:alert(1)"><button>go</button></form><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><upr-term term="upr">UPR</upr-term>' },
  { label: 'a style element in a widget', html: '<upr-timeline><style>*{display:none!important}</style></upr-timeline>' },
  { label: 'a customised built-in and a look-alike tag', html: '<div is="upr-quote" onclick="alert(1)">x</div><upr-quotes onclick="alert(1)" quote="x">y</upr-quotes><upr-quote-x quote="x">z</upr-quote-x>' },
];

/**
 * What of the dangerous kinds survives in some sanitized HTML, by the parsed DOM (not by the text). `script`:
 * what runs code (script, event handlers, javascript: URLs, srcdoc), which no sanitizer keeps by default; the rest
 * (frames, objects, forms, base, meta) some keep by their own defaults (kses keeps <object> without its data).
 */
export function dangers(html, { script = false } = {}) {
  const found = [];
  for (const el of elementsIn(html)) {
    if (el.tag === 'script' || (!script && ['iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'frame', 'frameset'].includes(el.tag))) found.push(`<${el.tag}>`);
    for (const [name, value] of el.attributes) {
      if (/^on/i.test(name)) found.push(`${name} on <${el.tag}>`);
      if (name === 'srcdoc' || name === 'formaction') found.push(`${name} on <${el.tag}>`);
      // eslint-disable-next-line no-control-regex
      if (/^\s*javascript:/i.test(value.replace(/[\u0000-\u0020]/g, '')) && ['href', 'src', 'action', 'data', 'xlink:href'].includes(name)) found.push(`${name}="${value}" on <${el.tag}>`);
    }
  }
  return found;
}

/** The widget elements of some HTML, each as `tag[attr=value …]` sorted, for comparisons. */
export function widgetsIn(html) {
  return elementsIn(html)
    .filter((el) => TAGS.includes(el.tag))
    .map((el) => `${el.tag}${el.attributes.map(([n, v]) => ` ${n}="${v}"`).sort().join('')}`);
}

/** The inline light-DOM fallback of an element (`upr-widgets prerender --light --inline`): its inner HTML. */
export async function inlineFallback(tag, attributes, lang = 'en') {
  const { prerenderedFallback } = await import(new URL('integrations/wordpress/src/fallbacks.mjs', root));
  return prerenderedFallback(tag, attributes, lang, { inline: true });
}

/** The README's section "In your CMS". */
export function readmeSection() {
  const readme = read('README.md');
  const start = readme.indexOf('\n## In your CMS\n');
  if (start < 0) throw new Error('README.md has no section "## In your CMS"');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The code blocks of that section in a language (```js, ```php, ```html, ```text), in order. */
export function readmeBlocks(lang) {
  return [...readmeSection().matchAll(/\n```([a-z]*)\n([\s\S]*?)\n```/g)].filter((m) => m[1] === lang).map((m) => `${m[2]}\n`);
}

/** The one README code block of `lang` that contains `text`. */
export function readmeBlock(lang, text) {
  const blocks = readmeBlocks(lang).filter((code) => code.includes(text));
  if (blocks.length !== 1) throw new Error(`README "In your CMS": expected one \`\`\`${lang} block with ${text}, found ${blocks.length}`);
  return blocks[0];
}

/**
 * Imports a README snippet as a module, as it is but for its import specifiers, which are resolved here the way a
 * site's own module resolves them: `upr-widgets/allow-lists/…` through this package's "exports" (the built
 * dist/allow-lists), the others from node_modules.
 */
export async function importSnippet(code) {
  const resolved = code.replace(/(from\s+)'([^']+)'/g, (_, from, specifier) => `${from}'${import.meta.resolve(specifier)}'`);
  const dir = mkdtempSync(join(tmpdir(), 'upr-snippet-'));
  const file = join(dir, 'snippet.mjs');
  writeFileSync(file, resolved);
  try {
    return await import(pathToFileURL(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The builder's code (demo/embed-code.js) for every example of every widget's spec, in both languages, each in the
 * body of an article as a producer pastes it: a widget of its own between paragraphs, a term inside its sentence.
 * `{ label, tag, inSentence, body }`.
 */
export async function builderBodies() {
  const { embedCode } = await import(new URL('demo/embed-code.js', root));
  // the fallback the builder writes by default: the inline light-DOM form (here from the server's rendering; the
  // builder makes it from its preview's, with the same transform, as tests/demo/builder.test.ts checks)
  const out = [];
  for (const tag of TAGS) {
    const { spec } = await import(new URL(`dist/esm/src/${tag}/spec.js`, root));
    for (const [index, example] of spec.examples.entries()) {
      for (const lang of ['vi', 'en']) {
        const attributes = Object.entries(example.byLanguage?.[lang] ?? example.attributes).map(([name, value]) => [name, value === '' ? true : value]);
        const sentence = example.sentence?.[lang];
        for (const withFallback of sentence ? [false] : [true, false]) {
          const fallback = withFallback ? await inlineFallback(tag, attributes, lang) : '';
          const code = embedCode(tag, attributes, { words: sentence?.[1] ?? '', inSentence: Boolean(sentence), fallback });
          const body = sentence
            ? `<p>First paragraph.</p>\n\n<p>${sentence[0]}${code}${sentence[2]}</p>\n\n<p>Last paragraph.</p>`
            : `<p>First paragraph.</p>\n\n${code}\n\n<p>Last paragraph.</p>`;
          const label = `<${tag}> example ${index + 1} (${lang}${withFallback ? ', with its fallback' : ''})`;
          out.push({ label, tag, inSentence: Boolean(sentence), body });
        }
      }
    }
  }
  return out;
}
