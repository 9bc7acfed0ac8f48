// The allow-lists of dist/allow-lists/ (scripts/allow-lists.mjs, run by the build after custom-elements.json):
// each file, read as its tool reads it, holds every tag of the manifest with every attribute it documents, and no
// other widget or attribute; the built files are what the generator makes of the committed manifest; the package
// exports them; every element and attribute the demo articles' fallbacks use is in the fallback list; and the
// README shows the Drupal line as it is shipped.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { allowLists, fallbackOf, OUT } from '../../scripts/allow-lists.mjs';
import { manifest, read, readmeBlock, root, TAGS, widgets } from './article.mjs';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml'); // through eslint and puppeteer's dependencies
const built = (name) => new URL(`${OUT}/${name}`, root);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const hasPhp = spawnSync('php', ['--version']).status === 0;

/** `<tag a b> <tag2 …>` (Drupal's syntax) as { tag: [attributes] }. */
const drupal = (text) => Object.fromEntries([...text.matchAll(/<([a-z0-9-]+)((?: [a-z-]+)*)>/g)].map((m) => [m[1], m[2].trim().split(' ').filter(Boolean)]));

/** Every file, read as its tool reads it, as { tag: [attributes] } for the widgets (plus a check of its own). */
async function readers() {
  const json = (name) => JSON.parse(readFileSync(built(name), 'utf8'));
  const { default: perElement } = await import(built('dompurify.js'));
  const yml = yaml.load(readFileSync(built('upr_widgets.ckeditor5.yml'), 'utf8')).upr_widgets_elements;
  const byAttribute = (tags, allowed) => Object.fromEntries(tags.map((tag) => [tag, widgets.find((w) => w.tag === tag)?.attributes.filter((a) => allowed(a, tag)) ?? []]));
  const out = {
    'upr-widgets.json': json('upr-widgets.json').elements,
    'dompurify.json': byAttribute(json('dompurify.json').ADD_TAGS, (a) => json('dompurify.json').ADD_ATTR.includes(a)),
    'dompurify.js': byAttribute(perElement.ADD_TAGS, (a, tag) => perElement.ADD_ATTR(a, tag)),
    'sanitize-html.json': Object.fromEntries(json('sanitize-html.json').allowedTags.map((tag) => [tag, json('sanitize-html.json').allowedAttributes[tag]])),
    'wordpress-kses.json': Object.fromEntries(Object.entries(json('wordpress-kses.json')).map(([tag, a]) => [tag, Object.keys(a).filter((k) => a[k] === true)])),
    'drupal-allowed-html.txt': drupal(readFileSync(built('drupal-allowed-html.txt'), 'utf8')),
    'upr_widgets.ckeditor5.yml (elements)': drupal(yml.drupal.elements.join(' ')),
    'upr_widgets.ckeditor5.yml (htmlSupport)': Object.fromEntries(yml.ckeditor5.config.htmlSupport.allow.map((r) => [r.name, r.attributes.map((a) => a.key)])),
  };
  if (hasPhp) {
    const kses = JSON.parse(execFileSync('php', ['-r', 'echo json_encode(require $argv[1]);', fileURLToPath(built('wordpress-kses.php'))], { encoding: 'utf8' }));
    out['wordpress-kses.php'] = Object.fromEntries(Object.entries(kses).map(([tag, a]) => [tag, Object.keys(a).filter((k) => a[k] === true)]));
  }
  return out;
}

describe('dist/allow-lists', () => {
  const present = existsSync(built('upr-widgets.json'));

  it('is built (npm run build) from the committed manifest, as the generator makes it', () => {
    assert.ok(present, `${OUT} is missing: run npm run build`);
    const { version } = JSON.parse(read('package.json'));
    for (const [name, text] of Object.entries(allowLists(manifest, { version }))) {
      assert.equal(readFileSync(built(name), 'utf8'), text, `${OUT}/${name} is not what scripts/allow-lists.mjs makes of custom-elements.json: npm run build`);
    }
  });

  it('holds, in every file, every documented tag with every documented attribute, and no other widget or attribute', { skip: !present && 'not built' }, async () => {
    if (!hasPhp) assert.ok(!ci, 'php-cli is missing: wordpress-kses.php cannot be read');
    const files = await readers();
    assert.ok(Object.keys(files).length >= (hasPhp ? 9 : 8));
    for (const [file, lists] of Object.entries(files)) {
      for (const { tag, attributes } of widgets) {
        assert.ok(lists[tag], `${file} lacks <${tag}>`);
        const missing = attributes.filter((a) => !lists[tag].includes(a));
        assert.deepEqual(missing, [], `${file}: <${tag}> lacks ${missing.join(', ')}`);
        const extra = lists[tag].filter((a) => !attributes.includes(a));
        assert.deepEqual(extra, [], `${file}: <${tag}> allows undocumented ${extra.join(', ')}`);
      }
      const otherWidgets = Object.keys(lists).filter((tag) => tag.startsWith('upr-') && !TAGS.includes(tag));
      assert.deepEqual(otherWidgets, [], `${file} allows tags the manifest does not document`);
    }
  });

  it('gives the fallback the same elements and attributes in every file that lists it', { skip: !present && 'not built' }, async () => {
    const files = await readers();
    const fallback = fallbackOf();
    for (const file of ['upr-widgets.json', 'sanitize-html.json', 'wordpress-kses.json', 'wordpress-kses.php', 'drupal-allowed-html.txt', 'upr_widgets.ckeditor5.yml (elements)']) {
      if (!files[file]) continue;
      const lists = file === 'upr-widgets.json' ? JSON.parse(readFileSync(built(file), 'utf8')).fallback : files[file];
      for (const [tag, attributes] of Object.entries(fallback)) assert.deepEqual(lists[tag], attributes, `${file}: <${tag}>`);
    }
  });

  it('is in the npm package: "files" has dist, "exports" maps upr-widgets/allow-lists/*', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.files.includes('dist'));
    assert.equal(pkg.exports['./allow-lists/*'], `./${OUT}/*`);
    assert.equal(import.meta.resolve('upr-widgets/allow-lists/dompurify.json'), built('dompurify.json').href);
  });

  it("lists every element and attribute of the demo articles' fallbacks (README, \"Reserving space\")", () => {
    const fallback = fallbackOf();
    const unlisted = new Set();
    for (const file of ['demo/article-en.html', 'demo/article-vi.html']) {
      const doc = new JSDOM(read(file)).window.document;
      for (const host of doc.querySelectorAll(TAGS.join(','))) {
        for (const el of host.querySelectorAll('*')) {
          if (!fallback[el.localName]) unlisted.add(`<${el.localName}> (${file})`);
          else for (const { name } of el.attributes) if (!fallback[el.localName].includes(name)) unlisted.add(`${name} on <${el.localName}> (${file})`);
        }
      }
    }
    assert.deepEqual([...unlisted], [], 'add them to FALLBACK in scripts/allow-lists.mjs, if they are safe to allow');
  });

  it("is what the README shows for Drupal", { skip: !present && 'not built' }, () => {
    assert.equal(readmeBlock('text', '<upr-quote'), readFileSync(built('drupal-allowed-html.txt'), 'utf8'), 'README "In your CMS": copy dist/allow-lists/drupal-allowed-html.txt into the Drupal block');
  });
});
