// Rollup plugin for the CDN bundles: the CSS in Lit `css` templates of src/, minified by scripts/minify-css.mjs
// (comments and whitespace only). Runs on the JavaScript that @rollup/plugin-typescript emits, so place it
// after that plugin. HTML templates are left alone: whitespace there can be text the reader sees.
import MagicString from 'magic-string';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss } from './minify-css.mjs';

const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));

/** Every node of a syntax tree. */
function* nodesOf(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') yield* nodesOf(child);
    }
  }
}

/** The templates tagged `css` in a module's code, each as its static pieces ({ start, end, raw }). */
export function cssTemplatesIn(ast) {
  return [...nodesOf(ast)]
    .filter((node) => node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css')
    .map((node) => node.quasi.quasis.map((quasi) => ({ start: quasi.start, end: quasi.end, raw: quasi.value.raw })));
}

/** The plugin; `dir`: only modules under this folder (src/ unless a test says otherwise). */
export function minifyCssLiterals({ dir = SRC_DIR } = {}) {
  const folder = path.resolve(dir) + path.sep;
  return {
    name: 'upr-minify-css-literals',
    transform(code, id) {
      if (!path.resolve(id).startsWith(folder) || !/\bcss\s*`/.test(code)) return null;
      const edited = new MagicString(code);
      for (const pieces of cssTemplatesIn(this.parse(code))) {
        const minified = pieces.map(({ raw }, i) => minifyCss(raw, { first: i === 0, last: i === pieces.length - 1 }));
        if (minified.includes(undefined)) {
          this.warn(`a css template at ${pieces[0].start} has a comment or string across an interpolation: left as written`);
          continue;
        }
        pieces.forEach(({ start, end, raw }, i) => {
          if (code.slice(start, end) !== raw) this.error(`css template at ${start}: the parser's positions do not match the code`);
          if (start === end) return;
          if (minified[i]) edited.overwrite(start, end, minified[i]);
          else edited.remove(start, end);
        });
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}
