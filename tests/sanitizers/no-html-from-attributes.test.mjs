// The guarantee the allow-lists rest on: nothing a widget renders turns an attribute's value (or any other string)
// into HTML. A sanitizer that allows the widgets checks their attributes as text and never sees what they render
// (DOMPurify's advisory GHSA-c2j3-45gr-mqc4: hooks do not run on what a custom element makes), so a widget that
// wrote a value through innerHTML would let through the markup the sanitizer just removed from the page.
//
// Checked here, on the TypeScript sources (src/, tests excluded) by their syntax tree: no HTML sink (innerHTML,
// outerHTML, insertAdjacentHTML, setHTMLUnsafe, parseHTMLUnsafe, createContextualFragment, DOMParser, srcdoc,
// document.write), no Lit directive that renders a string as markup (unsafeHTML, unsafeSVG, unsafeMathML,
// unsafeStatic), no `.innerHTML=${…}` or `on…=${…}` binding in a template, and `literal` only without
// substitutions (the heading tags); and on the built bundles, that no unsafe directive and no unsafeStatic was
// bundled. tests/data/bundle-safety.test.mjs checks the bundles for the sinks themselves (the one innerHTML is
// Lit's template element, given only the static parts of templates). In the browser,
// tests/hardening/bad-input.test.ts sets hostile markup into every attribute of the widgets' bad-input plans and
// finds no markup from it in the page or the shadow DOM; tests/sanitizers/attribute-values.test.ts does the same
// for the allow-listed attributes that no plan covers.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const acorn = require('acorn');
const root = fileURLToPath(new URL('../../', import.meta.url));

const SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'createContextualFragment', 'DOMParser', 'srcdoc', 'parseFromString']);
const UNSAFE_DIRECTIVES = ['unsafeHTML', 'unsafeSVG', 'unsafeMathML', 'unsafeStatic'];

/**
 * The prerenderer (src/prerender.ts) runs only in Node, at build time, and hands Lit's SSR the page's own markup
 * (an element as the author wrote it) to render: unsafeHTML of the input document, never of an attribute. No
 * widget imports it (only the Eleventy plugin, src/eleventy.ts, Node-only too), and the bundles are checked
 * below; these are the files the source rules leave out.
 */
const NODE_ONLY = [join(root, 'src', 'prerender.ts'), join(root, 'src', 'eleventy.ts')];

function sources(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !NODE_ONLY.includes(path) ? [path] : [];
  });
}

/** Every problem in one source file, with its line. */
function problemsIn(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const at = (node, what) => found.push(`${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node) => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && SINKS.has(node.text)) at(node, node.text);
    if (ts.isStringLiteralLike(node) && !ts.isNoSubstitutionTemplateLiteral(node) && (SINKS.has(node.text) || UNSAFE_DIRECTIVES.includes(node.text))) at(node, `"${node.text}"`);
    if (ts.isIdentifier(node) && UNSAFE_DIRECTIVES.includes(node.text)) at(node, node.text);
    if (ts.isImportDeclaration(node) && /unsafe-(html|svg|mathml)/.test(node.moduleSpecifier.text)) at(node, `import from ${node.moduleSpecifier.text}`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['write', 'writeln'].includes(node.expression.name.text) && /document$/.test(node.expression.expression.getText())) {
      at(node, 'document.write');
    }
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText();
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template.text]
        : [node.template.head.text, ...node.template.templateSpans.map((span) => span.literal.text)];
      if (tag === 'literal' && parts.length > 1) at(node, 'literal`…${…}…`: a static value made from a runtime value');
      if (/html$|svg$|mathml$/i.test(tag)) {
        for (const part of parts.slice(0, -1)) {
          if (/\.(innerHTML|outerHTML|srcdoc)\s*=\s*$/.test(part)) at(node, `a ${part.match(/\.(\w+)\s*=\s*$/)[0]}\${…} binding`);
          if (/\son[a-z]+\s*=\s*["']?$/i.test(part)) at(node, `an ${part.match(/on[a-z]+/i)[0]}=\${…} binding`);
          if (/\ssrcdoc\s*=\s*["']?$/i.test(part)) at(node, 'a srcdoc=${…} binding');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no attribute value becomes HTML', () => {
  const files = sources();

  it('reads the widget sources (every widget folder and src/internal)', () => {
    assert.ok(files.length > 20, `only ${files.length} files`);
    assert.ok(files.some((f) => f.endsWith('upr-element.ts')));
  });

  it('no widget source imports the Node-only prerenderer', () => {
    assert.deepEqual(files.filter((file) => /from '\.{1,2}\/(\.\.\/)*prerender\.js'/.test(readFileSync(file, 'utf8'))), []);
  });

  it('src/ has no HTML sink, no unsafe Lit directive, no markup binding and no literal made at run time', () => {
    assert.deepEqual(files.flatMap(problemsIn), []);
  });

  it('the check finds what it looks for (a file that has them all)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upr-no-html-'));
    const sample = join(dir, 'sample.ts');
    const text = [
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      "import { unsafeStatic, literal } from 'lit/static-html.js';",
      'el.innerHTML = value; el["outerHTML"] = value; el.insertAdjacentHTML("beforeend", value); el.setHTMLUnsafe(value);',
      'new DOMParser(); document.write(value); const t = literal`h${level}`;',
      'html`<p .innerHTML=${value} onclick=${value}></p>`; html`<iframe srcdoc=${value}></iframe>`;',
    ].join('\n');
    writeFileSync(sample, text);
    const found = problemsIn(sample).map((p) => p.replace(/^[^ ]+ /, ''));
    rmSync(dir, { recursive: true, force: true });
    for (const what of ['unsafeHTML', 'import from lit/directives/unsafe-html.js', 'unsafeStatic', 'innerHTML', '"outerHTML"', 'insertAdjacentHTML', 'setHTMLUnsafe', 'DOMParser', 'document.write', 'a .innerHTML=${…} binding', 'an onclick=${…} binding', 'a srcdoc=${…} binding']) {
      assert.ok(found.includes(what), `missed ${what}: ${found.join('; ')}`);
    }
    assert.ok(found.some((p) => p.startsWith('literal`')));
  });

  for (const bundle of ['dist/upr-widgets.js', 'dist/upr-widgets.iife.js']) {
    it(`${bundle} bundles no unsafe Lit directive and no unsafeStatic`, { skip: !existsSync(join(root, bundle)) && 'not built (npm run build)' }, () => {
      const code = readFileSync(join(root, bundle), 'utf8');
      const tree = acorn.parse(code, { ecmaVersion: 'latest', sourceType: bundle.includes('iife') ? 'script' : 'module' });
      const found = [];
      let statics = 0;
      (function walk(node) {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'Literal' && UNSAFE_DIRECTIVES.includes(node.value)) found.push(`"${node.value}"`);
        if (node.type === 'ObjectExpression') {
          for (const property of node.properties) {
            const key = property.key?.name ?? property.key?.value;
            // lit/static-html.js: `literal` makes {_$litStatic$: strings joined}; unsafeStatic makes {_$litStatic$: value}
            if (key === '_$litStatic$') {
              statics += 1;
              if (property.value.type === 'Identifier') found.push('unsafeStatic ({_$litStatic$: value})');
            }
          }
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === 'loc') continue;
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value.type === 'string') walk(value);
        }
      })(tree);
      assert.deepEqual(found, []);
      assert.ok(statics >= 1, "lit/static-html.js's literal is no longer in the bundle: update this check");
    });
  }
});
