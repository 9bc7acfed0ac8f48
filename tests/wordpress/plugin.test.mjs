// The WordPress plugin as `npm run build` packs it (dist/wordpress/upr-widgets.zip): what a site uploads. What it
// does on a real WordPress is tests/wordpress/e2e.test.mjs; here, that the zip holds what the plugin's PHP reads,
// built from this build of the library, that it names only scripts WordPress 6.1 has, that its readme is in
// WordPress's format, and that the zip is the same bytes when built again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ZIP = path.join(root, 'dist/wordpress/upr-widgets.zip');
const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const { version } = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const files = unzipSync(readFileSync(ZIP));
const text = (name) => new TextDecoder().decode(files[`upr-widgets/${name}`]);
const json = (name) => JSON.parse(text(name));
const php = spawnSync('sh', ['-c', 'command -v php']).status === 0;

describe('the plugin zip', () => {
  it('has one top folder, upr-widgets/, with the main file and readme WordPress looks for', () => {
    const names = Object.keys(files);
    assert.deepEqual(names.filter((n) => !n.startsWith('upr-widgets/')), []);
    for (const name of ['upr-widgets.php', 'readme.txt', 'uninstall.php', 'assets/loader/upr-widgets.js', 'assets/integrity.json', 'build/editor.js', 'build/editor.asset.php', 'build/kses.php', 'build/widgets.json', 'build/fallbacks.json']) {
      assert.ok(files[`upr-widgets/${name}`], `${name} in the zip`);
    }
    assert.deepEqual(names.filter((n) => /\.(ts|map|md)$|node_modules|assets-wp/.test(n)), [], 'no sources, maps or screenshots');
  });

  it("ships this build's on-demand loader, every file of it, with their real integrity hashes", () => {
    const built = readdirSync(path.join(root, 'dist/loader')).filter((name) => name.endsWith('.js')).sort();
    const shipped = Object.keys(files).filter((n) => n.startsWith('upr-widgets/assets/loader/')).map((n) => n.slice('upr-widgets/assets/loader/'.length)).sort();
    assert.deepEqual(shipped, built);
    const hashes = json('assets/integrity.json');
    assert.deepEqual(Object.keys(hashes).sort(), built);
    for (const name of built) {
      const bytes = files[`upr-widgets/assets/loader/${name}`];
      assert.ok(Buffer.from(bytes).equals(readFileSync(path.join(root, 'dist/loader', name))), name);
      assert.equal(hashes[name], `sha384-${createHash('sha384').update(bytes).digest('base64')}`, name);
    }
    assert.equal(files['upr-widgets/assets/upr-widgets.js'], undefined, 'not the single file as well');
    assert.equal(text('build/kses.php'), read('dist/allow-lists/wordpress-kses.php'));
  });

  it("says it is package.json's version, in the plugin header, its constant and the readme's stable tag", () => {
    assert.match(text('upr-widgets.php'), new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(text('upr-widgets.php'), new RegExp(`define\\( 'UPR_WIDGETS_VERSION', '${version}' \\);`));
    assert.match(text('readme.txt'), new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('has a block for every widget that stands on its own, with every attribute the manifest documents', () => {
    const widgets = json('build/widgets.json');
    assert.deepEqual(Object.keys(widgets).sort(), elements.map((e) => e.tagName).sort());
    for (const element of elements) {
      const widget = widgets[element.tagName];
      assert.deepEqual(widget.attributes, element.attributes.map((a) => a.name), element.tagName);
      assert.equal(widget.shortcode, element.tagName.replace(/-/g, '_'));
      if (widget.inline) {
        assert.equal(widget.block, null, `${element.tagName} is a format in text, not a block`);
        continue;
      }
      const block = json(`build/blocks/${element.tagName.replace(/^upr-/, '')}/block.json`);
      assert.equal(block.name, widget.block);
      assert.equal(block.apiVersion, 2, 'apiVersion 2: WordPress 6.1 does not know 3');
      assert.deepEqual(Object.keys(block.attributes), [...element.attributes.map((a) => a.name), 'fallback']);
      assert.deepEqual(block.attributes.fallback, { type: 'string', source: 'html', selector: element.tagName, default: '' });
      assert.equal(block.editorScript, 'upr-widgets-editor');
    }
  });

  it('has the fallback of every item a shortcode can name, in both languages', () => {
    const fallbacks = json('build/fallbacks.json');
    const dataset = JSON.parse(read('dist/data/upr-data.json'));
    for (const [tag, collection] of [['upr-quote', 'quotes'], ['upr-fact-card', 'facts']]) {
      assert.deepEqual(Object.keys(fallbacks[tag]).sort(), dataset[collection].map((i) => i.id).sort(), tag);
      for (const [id, byLang] of Object.entries(fallbacks[tag])) for (const lang of ['vi', 'en']) assert.ok(byLang[lang]?.length > 40, `${tag} ${id} ${lang}`);
    }
    for (const tag of ['upr-timeline', 'upr-recommendations-chart']) assert.ok(fallbacks[tag].default.vi && fallbacks[tag].default.en, tag);
    assert.ok(fallbacks['upr-sources'].all.vi && !fallbacks['upr-sources'].default, 'sources: a fallback only with all');
  });

  it("names as the editor script's dependencies only scripts WordPress 6.1 registers (no react-jsx-runtime)", { skip: !existsSync(path.join(WORDPRESS, 'wp-includes/assets/script-loader-packages.php')) && 'no WordPress here' }, () => {
    const asset = text('build/editor.asset.php');
    const dependencies = [...(/'dependencies' => array\(([^)]*)\)/.exec(asset)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    assert.ok(dependencies.includes('wp-blocks') && dependencies.includes('wp-element'), asset);
    const packages = readFileSync(path.join(WORDPRESS, 'wp-includes/assets/script-loader-packages.php'), 'utf8');
    const loader = readFileSync(path.join(WORDPRESS, 'wp-includes/script-loader.php'), 'utf8');
    const registered = new Set([
      ...[...packages.matchAll(/'([\w-]+)\.js' => array/g)].map((m) => `wp-${m[1]}`),
      ...[...loader.matchAll(/'(react|react-dom|lodash|moment|regenerator-runtime|wp-polyfill)'/g)].map((m) => m[1]),
    ]);
    assert.deepEqual(dependencies.filter((d) => !registered.has(d)), []);
  });

  it("is in WordPress's readme format, for WordPress 6.1 (Debian's) and later, with its privacy and screenshots", () => {
    const readme = text('readme.txt');
    assert.match(readme, /^=== upr-widgets ===$/m);
    const requires = /^Requires at least: (\d+)\.(\d+)$/m.exec(readme);
    assert.ok(requires && Number(requires[1]) * 100 + Number(requires[2]) <= 601, 'Requires at least: 6.1 or older');
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Privacy', 'Screenshots', 'Changelog']) {
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), section);
    }
    assert.match(readme, /no external requests/i);
    const shots = [...readme.split('== Screenshots ==')[1].split('==')[0].matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    assert.ok(shots.length >= 4);
    for (const n of shots) assert.ok(existsSync(path.join(root, `integrations/wordpress/upr-widgets/assets-wp/screenshot-${n}.png`)), `screenshot-${n}.png`);
    assert.match(text('upr-widgets.php'), /^ \* Requires at least: 6\.1$/m);
  });

  it('has PHP that parses', { skip: !php && 'no php here' }, () => {
    for (const name of Object.keys(files).filter((n) => n.endsWith('.php'))) {
      const file = path.join(root, 'dist/wordpress', name);
      execFileSync('php', ['-l', file], { stdio: 'pipe' });
    }
  });

  it('is the same bytes when built again', () => {
    const before = readFileSync(ZIP);
    execFileSync(process.execPath, ['scripts/wordpress-plugin.mjs'], { cwd: root, stdio: 'pipe' });
    assert.ok(readFileSync(ZIP).equals(before));
  });
});
