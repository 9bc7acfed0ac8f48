// What the built bundles may do, checked on the files that ship (dist/upr-widgets.js and dist/upr-widgets.iife.js,
// so `npm run build` first; `npm test` does): no code from strings, no HTML written from strings except Lit's own
// template element, and no URL other than the dataset's https sources and the XML namespaces the DOM needs.
//
// The bundles are parsed with acorn (here through terser and eslint, which depend on it) and the syntax tree is
// walked, so that a minified alias such as `const e = eval; e(x)` or `window["eval"]` is not missed for want of a
// regular expression.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const acorn = require('acorn');

const BUNDLES = [
  { file: 'dist/upr-widgets.js', sourceType: 'module' },
  { file: 'dist/upr-widgets.iife.js', sourceType: 'script' },
];

/** URLs that are names, not addresses: the DOM's namespaces (Lit creates SVG and MathML elements in them). */
const NAMESPACES = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

const sources = JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8'));
const SOURCE_URLS = new Set(sources.flatMap((source) => (source.url ? [source.url] : [])));

/** Every node of the tree, with its ancestors (closest last). */
function* walk(node, ancestors = []) {
  if (!node || typeof node.type !== 'string') return;
  yield { node, ancestors };
  const path = [...ancestors, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') yield* walk(child, path);
    } else if (value && typeof value.type === 'string') {
      yield* walk(value, path);
    }
  }
}

/** The name a member expression reads: `a.b` and `a["b"]` are both "b"; a computed non-literal key is undefined. */
function propertyName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  if (member.property.type === 'TemplateLiteral' && member.property.expressions.length === 0) {
    return member.property.quasis[0].value.cooked;
  }
  return undefined;
}

/** The name a callee stands for: `eval`, `window.eval`, `globalThis["Function"]`, `(0, eval)`. */
function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') return propertyName(callee);
  if (callee.type === 'SequenceExpression') return calleeName(callee.expressions.at(-1));
  if (callee.type === 'ChainExpression') return calleeName(callee.expression);
  return undefined;
}

function isStringy(node) {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return true;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isStringy(node.left) || isStringy(node.right);
  return false;
}

/** Every string the code holds: literals, template parts, and the keys of objects (the dataset's JSON). */
function strings(tree) {
  const out = [];
  for (const { node } of walk(tree)) {
    if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
    if (node.type === 'TemplateElement') out.push(node.value.cooked ?? node.value.raw);
  }
  return out;
}

function lineOf(code, node) {
  return `line ${node.loc.start.line}:${node.loc.start.column} \`${code.slice(node.start, Math.min(node.end, node.start + 80))}\``;
}

for (const { file, sourceType } of BUNDLES) {
  describe(`${file}: safe to embed`, () => {
    const path = join(root, file);
    if (!existsSync(path)) {
      it('exists (run `npm run build` first)', () => assert.fail(`${file} is missing: build first (npm run build)`));
      return;
    }
    const code = readFileSync(path, 'utf8');
    const tree = acorn.parse(code, { ecmaVersion: 'latest', sourceType, locations: true });
    const nodes = [...walk(tree)];

    it('is parsed in full (the checks below look at a real syntax tree)', () => {
      // Catches a walker that silently stops: the bundle holds every widget and the whole dataset.
      assert.ok(nodes.length > 10000, `only ${nodes.length} nodes`);
      assert.ok(nodes.some(({ node }) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression'));
    });

    it('never runs code from a string: no eval, no Function constructor, no string timers', () => {
      const found = [];
      for (const { node } of nodes) {
        if (node.type !== 'CallExpression' && node.type !== 'NewExpression') continue;
        const name = calleeName(node.callee);
        if (name === 'eval' || name === 'Function' || name === 'AsyncFunction' || name === 'GeneratorFunction') {
          found.push(`${name}: ${lineOf(code, node)}`);
        }
        if ((name === 'setTimeout' || name === 'setInterval' || name === 'setImmediate') && isStringy(node.arguments[0])) {
          found.push(`${name} with a string: ${lineOf(code, node)}`);
        }
      }
      // `const run = eval` or passing eval around: any reference to the identifier at all.
      for (const { node, ancestors } of nodes) {
        if (node.type !== 'Identifier' || node.name !== 'eval') continue;
        const parent = ancestors.at(-1);
        const isKey = (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
          (parent?.type === 'Property' && parent.key === node && !parent.computed);
        if (!isKey) found.push(`reference to eval: ${lineOf(code, node)}`);
      }
      assert.deepEqual(found, []);
    });

    it('never writes to the document: no document.write or document.writeln', () => {
      const found = nodes
        .filter(({ node }) => node.type === 'CallExpression' && ['write', 'writeln'].includes(calleeName(node.callee)))
        .map(({ node }) => lineOf(code, node));
      assert.deepEqual(found, []);
    });

    it('parses no HTML from strings, except the static markup of a Lit template into a <template>', () => {
      // Lit turns the literal parts of each html`` template (never the values) into a <template> element, once
      // per template: `const t = document.createElement("template"); t.innerHTML = markup`. That one assignment is
      // allowed, recognized by its shape; any other innerHTML/outerHTML assignment, insertAdjacentHTML,
      // createContextualFragment, DOMParser or srcdoc is not.
      const allowed = [];
      const found = [];
      for (const { node, ancestors } of nodes) {
        if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
          const name = propertyName(node.left);
          if (name === 'outerHTML' || name === 'srcdoc') found.push(`${name} =: ${lineOf(code, node)}`);
          if (name !== 'innerHTML') continue;
          if (isTemplateElement(node.left.object, ancestors)) allowed.push(lineOf(code, node));
          else found.push(`innerHTML =: ${lineOf(code, node)}`);
        }
        if (node.type === 'CallExpression') {
          const name = calleeName(node.callee);
          if (['insertAdjacentHTML', 'createContextualFragment', 'parseFromString', 'setHTMLUnsafe', 'parseHTMLUnsafe'].includes(name)) {
            found.push(`${name}(): ${lineOf(code, node)}`);
          }
        }
        if (node.type === 'NewExpression' && calleeName(node.callee) === 'DOMParser') found.push(`new DOMParser: ${lineOf(code, node)}`);
      }
      assert.deepEqual(found, []);
      assert.equal(allowed.length, 1, `expected Lit's one template innerHTML, found ${allowed.length}: ${allowed.join('; ')}`);
    });

    it('holds no URL but the https sources of data/sources.json and the DOM namespaces', () => {
      const urls = new Set();
      for (const text of strings(tree)) {
        for (const match of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>\\)]*/gi)) urls.add(match[0]);
        // protocol-relative addresses in markup or CSS: src="//…", url(//…)
        for (const match of text.matchAll(/(?:src|href|action)\s*=\s*["']?\/\/[^\s"'`<>]+|url\(\s*["']?\/\/[^\s"'`<>)]+/gi)) {
          urls.add(match[0]);
        }
      }
      const unexpected = [...urls].filter(
        // "https://" alone is the prefix the source line checks a link against before it links.
        (url) => !(url === 'https://' || NAMESPACES.has(url) || (url.startsWith('https://') && SOURCE_URLS.has(url))),
      );
      assert.deepEqual(unexpected, []);
      // And the dataset's addresses are really in there: the check above looked at the right strings.
      const missing = [...SOURCE_URLS].filter((url) => !urls.has(url));
      assert.deepEqual(missing, []);
      assert.ok(SOURCE_URLS.size > 0);
    });

    it('links to https addresses only: every source URL in the dataset is https', () => {
      assert.deepEqual(
        [...SOURCE_URLS].filter((url) => new URL(url).protocol !== 'https:'),
        [],
      );
    });
  });
}

/**
 * Whether `object` (the target of `.innerHTML =`) is a <template> element created in the same function, as Lit
 * does: an identifier assigned `x.createElement("template")` in a declaration or assignment in an enclosing
 * function.
 */
function isTemplateElement(object, ancestors) {
  if (object.type !== 'Identifier') return false;
  const scope = [...ancestors].reverse().find((n) => /Function/.test(n.type)) ?? ancestors[0];
  for (const { node } of walk(scope)) {
    const [target, init] =
      node.type === 'VariableDeclarator' ? [node.id, node.init] : node.type === 'AssignmentExpression' ? [node.left, node.right] : [];
    if (target?.type !== 'Identifier' || target.name !== object.name || init?.type !== 'CallExpression') continue;
    const arg = init.arguments[0];
    if (calleeName(init.callee) === 'createElement' && arg?.type === 'Literal' && arg.value === 'template') return true;
  }
  return false;
}
