// The checklist of CONTRIBUTING.md ("Adding a widget"), for every widget in the registry (src/widgets.ts, as
// built into dist/esm by `npm run build`): its folder has the files the checklist names, its spec has an intro
// and examples, and the demo, the README and the manifest know it. Each failure names the widget and what is
// missing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const exists = (path) => existsSync(new URL(path, root));

const built = exists('dist/esm/src/widgets.js');
const { widgets } = built ? await import(new URL('dist/esm/src/widgets.js', root)) : { widgets: [] };
const manifest = JSON.parse(read('custom-elements.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const readme = read('README.md');

describe('the registry', () => {
  it('is built (run npm run build first)', () => {
    assert.ok(built, 'dist/esm/src/widgets.js is missing: run npm run build');
    assert.ok(widgets.length > 0, 'the registry lists no widget');
  });

  it('lists every widget folder in src/, each once', () => {
    const folders = readdirSync(new URL('src/', root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'internal')
      .map((entry) => entry.name)
      .sort();
    const tags = widgets.map((widget) => widget.tag);
    assert.equal(new Set(tags).size, tags.length, `a tag is listed twice: ${tags.join(', ')}`);
    assert.deepEqual([...tags].sort(), folders, 'src/ has a widget folder the registry does not list, or the reverse');
  });

  it('is what the manifest documents', () => {
    assert.deepEqual(declarations.map((d) => d.tagName).sort(), widgets.map((w) => w.tag).sort());
  });
});

for (const widget of widgets) {
  const { tag } = widget;
  describe(`<${tag}>`, () => {
    it('has the files of CONTRIBUTING.md in its folder', () => {
      const missing = [`${tag}.ts`, `${tag}.styles.ts`, 'define.ts', 'spec.ts', `${tag}.test.ts`].filter(
        (file) => !exists(`src/${tag}/${file}`),
      );
      assert.deepEqual(missing, [], `src/${tag}/ lacks ${missing.join(', ')}`);
      assert.match(read(`src/${tag}/define.ts`), new RegExp(`defineElement\\(${widget.name}\\.tag, ${widget.name}\\)`));
      assert.match(read(`src/${tag}/${tag}.ts`), new RegExp(`'${tag}': ${widget.name};`), 'HTMLElementTagNameMap entry');
    });

    it('keeps its strings, if it has its own, in both languages', async () => {
      if (!exists(`src/${tag}/${tag}.strings.ts`)) return;
      const module = await import(new URL(`dist/esm/src/${tag}/${tag}.strings.js`, root));
      const tables = Object.values(module);
      assert.ok(tables.length > 0, `src/${tag}/${tag}.strings.ts exports nothing`);
      for (const table of tables) assert.deepEqual(Object.keys(table).sort(), ['en', 'vi']);
    });

    it('has a spec with an intro, examples (one pictured in each language) and an item attribute the manifest knows', async () => {
      const { spec } = await import(new URL(`dist/esm/src/${tag}/spec.js`, root));
      assert.ok(spec.intro?.trim(), 'spec.intro is empty');
      assert.ok(spec.examples?.length > 0, 'spec.examples is empty');
      const declaration = declarations.find((d) => d.tagName === tag);
      const attributes = new Set((declaration?.attributes ?? []).map((a) => a.name));
      if (spec.item) assert.ok(attributes.has(spec.item.attribute), `the manifest has no attribute ${spec.item.attribute}`);
      for (const lang of ['en', 'vi']) {
        const pictured = spec.examples.filter((example) => example.picture?.includes(lang)).length;
        assert.equal(pictured, 1, `<${tag}>: ${pictured} examples are pictured in ${lang} for the README (one is)`);
      }
      for (const example of spec.examples) {
        assert.ok(example.title && example.description, `an example of <${tag}> lacks a title or a description`);
        const used = [example.attributes, ...Object.values(example.byLanguage ?? {})].flatMap((a) => Object.keys(a));
        for (const name of used) assert.ok(attributes.has(name), `example "${example.title}" uses ${name}, which <${tag}> does not document`);
      }
    });

    it('is documented: every attribute described, a demo page, a row and two screenshots in the README', () => {
      const declaration = declarations.find((d) => d.tagName === tag);
      const undocumented = (declaration?.attributes ?? []).filter((a) => !a.description?.trim()).map((a) => a.name);
      assert.deepEqual(undocumented, [], `attributes without a description: ${undocumented.join(', ')}`);
      assert.ok(exists(`demo/${tag}.html`), `demo/${tag}.html is missing`);
      assert.ok(read('demo/index.html').includes(`${tag}.html`), `demo/index.html does not link ${tag}.html`);
      assert.ok(readme.includes(`| [\`<${tag}>\`](#${tag})`), `the README's table of elements has no row for <${tag}>`);
      for (const shot of [`${tag}.png`, `${tag}-vi-dark.png`]) {
        assert.ok(exists(`docs/screenshots/${shot}`), `docs/screenshots/${shot} is missing (npm run screenshots)`);
        assert.ok(readme.includes(`docs/screenshots/${shot}`), `the README does not show ${shot}`);
      }
    });
  });
}
