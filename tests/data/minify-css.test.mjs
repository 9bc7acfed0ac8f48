// The CSS minifier of the bundles (scripts/minify-css.mjs and its Rollup plugin): what it removes, and what it
// must keep for the browser to read the same rules. tests/internal/minify-css.test.ts checks the result on the
// widgets' real stylesheets in each browser.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';
import { minifyCss } from '../../scripts/minify-css.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('minifyCss', () => {
  it('removes comments, indentation and the space around braces, semicolons, commas and after colons', () => {
    const css = `
      /* the box */
      .a, .b > .c {
        color: red;
        margin: 0 auto !important;
      }
      @media (min-width: 720px) {
        .a { color: blue; }
      }
    `;
    assert.equal(minifyCss(css), '.a,.b > .c{color:red;margin:0 auto !important}@media (min-width:720px){.a{color:blue}}');
  });

  it('keeps the space that means something: descendant combinators, calc() operators, `and (`', () => {
    assert.equal(minifyCss('.a :hover { x: y }'), '.a :hover{x:y}');
    assert.equal(minifyCss('.a { inset: calc(var(--m) / -2 - 0.5px); }'), '.a{inset:calc(var(--m) / -2 - 0.5px)}');
    assert.equal(minifyCss('@media screen and (min-width: 1px) { }'), '@media screen and (min-width:1px){}');
    assert.equal(minifyCss('.a { font: 1em/1.5 "Noto  Serif", serif; }'), '.a{font:1em/1.5 "Noto  Serif",serif}');
  });

  it('copies strings as they are, comments and semicolons inside them included', () => {
    assert.equal(minifyCss(".a::before { content: ' /* ; } '; }"), ".a::before{content:' /* ; } '}");
    assert.equal(minifyCss('.a::before { content: "\\201C  x"; }'), '.a::before{content:"\\201C  x"}');
  });

  it('keeps one space next to an interpolation, where it may be a combinator', () => {
    // css`${scope} .list { … }`: the piece after the interpolation starts with the descendant combinator
    assert.equal(minifyCss(' .list {\n  display: flex;\n}\n', { first: false, last: true }), ' .list{display:flex}');
    assert.equal(minifyCss('\n  @media screen {\n    ', { first: true, last: false }), '@media screen{');
    assert.equal(minifyCss('  ', { first: false, last: false }), ' ');
    assert.equal(minifyCss('.a ', { first: true, last: false }), '.a ');
    assert.equal(minifyCss('  }\n', { first: false, last: true }), '}');
  });

  it('gives up on a comment or string that an interpolation cuts in two', () => {
    assert.equal(minifyCss('.a { content: "x', { last: false }), undefined);
    assert.equal(minifyCss('/* about ', { last: false }), undefined);
  });

  it('keeps an escaped space or semicolon', () => {
    assert.equal(minifyCss('.a\\ b { x: y; }'), '.a\\ b{x:y}');
    assert.equal(minifyCss('.a { --x: \\;}'), '.a{--x:\\;}');
  });
});

describe('the Rollup plugin', () => {
  async function bundle(file, dir) {
    const build = await rollup({
      input: file,
      external: ['lit'],
      plugins: [minifyCssLiterals({ dir })],
      onwarn(warning) {
        throw new Error(warning.message);
      },
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  }

  it('minifies each css template of src/ piece by piece and leaves html templates alone', async () => {
    // a module as @rollup/plugin-typescript emits it (`css \``, with a space)
    const dir = mkdtempSync(join(tmpdir(), 'upr-minify-css-'));
    const file = join(dir, 'styles.js');
    writeFileSync(file, [
      "import { css, html } from 'lit';",
      'const scope = css `.wide`;',
      'export const styles = css `\n  ${scope} .list {\n    display: flex; /* a row */\n  }\n`;',
      'export const view = html `<p>\n  ${scope}  text\n</p>`;',
    ].join('\n'));
    try {
      const code = await bundle(file, dir);
      assert.match(code, /css `\$\{scope\} \.list\{display:flex\}`/);
      assert.match(code, /html `<p>\n {2}\$\{scope\} {2}text\n<\/p>`/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('left the CSS of dist/upr-widgets.js without comments or indentation', () => {
    const file = join(root, 'dist', 'upr-widgets.js');
    if (!existsSync(file)) assert.fail('dist/upr-widgets.js is missing: build first (npm run build)');
    const code = readFileSync(file, 'utf8');
    assert.ok(code.includes(':host{display:block;'), 'the base styles, minified');
    assert.ok(!/\{\n\s+[a-z-]+: /.test(code), 'no indented declaration left');
  });
});
