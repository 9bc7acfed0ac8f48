// The WordPress plugin (integrations/wordpress/upr-widgets), built into dist/wordpress/upr-widgets/ and zipped as
// dist/wordpress/upr-widgets.zip, the file a site uploads. Run by `npm run build` after the bundles, the manifest and
// the allow-lists, whose outputs it ships:
//
//   assets/loader/*.js, assets/integrity.json      the on-demand loader (dist/loader: the loader, each widget's code,
//                                                  the data per item and language) and their hashes
//   build/kses.php                                 the generated allow-list (dist/allow-lists/wordpress-kses.php)
//   build/widgets.json                             tag → its attributes, item attribute, block and shortcode
//   build/fallbacks.json                           prerendered fallbacks (integrations/wordpress/src/fallbacks.mjs)
//   assets/upr-fallback.css                        their layout (dist/upr-fallback.css)
//   build/blocks/<name>/block.json                 one block per widget but the term, from custom-elements.json
//   build/editor.js, build/editor.asset.php        the blocks' editor script, built by webpack with WordPress's
//                                                  dependency extraction (@wordpress/* become the wp.* globals)
//
// The editor script is written with createElement, not JSX, so that it needs no compiler and no
// react-jsx-runtime (a script WordPress has only since 6.6; the plugin supports 6.1).
// The zip is deterministic: files in sorted order, one fixed date, fixed permissions.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import webpack from 'webpack';
import DependencyExtractionWebpackPlugin from '@wordpress/dependency-extraction-webpack-plugin';
import { loadSpecs } from '../bench/widgets.mjs';
import { describeItem, widgetsFrom } from '../demo/widget-model.js';
import { allFallbacks } from '../integrations/wordpress/src/fallbacks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'integrations/wordpress');
const out = path.join(root, 'dist/wordpress');
const plugin = path.join(out, 'upr-widgets');
const generated = path.join(out, 'generated');
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const writeJson = (file, value) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);
};

const { version } = readJson('package.json');
const manifest = readJson('custom-elements.json');
const dataset = readJson('dist/data/upr-data.json');
const specs = await loadSpecs(pathToFileURL(path.join(root, 'dist/')));
const widgets = widgetsFrom(manifest, specs, dataset);

/** upr-fact-card → fact-card: the block's name after upr-widgets/. */
const blockName = (tag) => tag.replace(/^upr-/, '');

rmSync(out, { recursive: true, force: true });
cpSync(path.join(source, 'upr-widgets'), plugin, { recursive: true, filter: (file) => !file.includes(`${path.sep}assets-wp`) });

// The version the plugin says it is: package.json's.
for (const file of ['upr-widgets.php', 'readme.txt']) {
  const target = path.join(plugin, file);
  const text = readFileSync(target, 'utf8');
  const updated = text
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(/define\( 'UPR_WIDGETS_VERSION', '[^']*' \);/, `define( 'UPR_WIDGETS_VERSION', '${version}' );`)
    .replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  writeFileSync(target, updated);
}

// assets: what the front end loads
mkdirSync(path.join(plugin, 'assets'), { recursive: true });
// The loader rather than the single file: a post pays for the widgets it shows, in its language (issue 16).
mkdirSync(path.join(plugin, 'assets/loader'), { recursive: true });
for (const file of readdirSync(path.join(root, 'dist/loader')).filter((name) => name.endsWith('.js'))) {
  cpSync(path.join(root, 'dist/loader', file), path.join(plugin, 'assets/loader', file));
}
writeJson(path.join(plugin, 'assets/integrity.json'), readJson('dist/loader/integrity.json'));
cpSync(path.join(root, 'dist/upr-fallback.css'), path.join(plugin, 'assets/upr-fallback.css'));

// build: what the PHP reads
const build = path.join(plugin, 'build');
mkdirSync(build, { recursive: true });
cpSync(path.join(root, 'dist/allow-lists/wordpress-kses.php'), path.join(build, 'kses.php'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const elements = {};
for (const widget of widgets) {
  const declaration = declarations.find((d) => d.tagName === widget.tag);
  elements[widget.tag] = {
    attributes: (declaration.attributes ?? []).map((a) => a.name),
    item: widget.item?.required ? widget.item.name : null,
    inline: widget.wrapsText,
    block: widget.wrapsText ? null : `upr-widgets/${blockName(widget.tag)}`,
    shortcode: widget.tag.replace(/-/g, '_'),
  };
}
writeJson(path.join(build, 'widgets.json'), elements);
writeJson(path.join(build, 'fallbacks.json'), allFallbacks(dataset));

/** The keywords a block is found by in the inserter, in both languages. */
const KEYWORDS = ['UPR', 'Universal Periodic Review', 'Rà soát định kỳ phổ quát', 'Viet Nam', 'Việt Nam'];
for (const widget of widgets.filter((w) => !w.wrapsText)) {
  const declaration = declarations.find((d) => d.tagName === widget.tag);
  const attributes = Object.fromEntries((declaration.attributes ?? []).map((a) => [a.name, { type: 'string' }]));
  // the fallback content is read back from the saved element, so a post keeps the fallback it was saved with
  attributes.fallback = { type: 'string', source: 'html', selector: widget.tag, default: '' };
  writeJson(path.join(build, 'blocks', blockName(widget.tag), 'block.json'), {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `upr-widgets/${blockName(widget.tag)}`,
    version,
    title: `UPR ${blockName(widget.tag).replace(/-/g, ' ')}`,
    category: 'embed',
    description: widget.summary,
    keywords: KEYWORDS,
    textdomain: 'upr-widgets',
    attributes,
    supports: { html: false, className: false, customClassName: false },
    editorScript: 'upr-widgets-editor',
  });
}

// The editor's model: the builder's (demo/widget-model.js), with each item's label in both languages.
const items = {};
for (const collection of new Set(widgets.map((w) => w.item?.collection).filter(Boolean))) {
  items[collection] = dataset[collection].map((entry) => ({
    id: entry.id,
    label: { vi: describeItem(collection, entry, 'vi', dataset).label, en: describeItem(collection, entry, 'en', dataset).label },
  }));
}
writeJson(path.join(generated, 'model.json'), {
  version,
  widgets: widgets.map(({ tag, summary, item, options, examples, wrapsText }) => ({ tag, summary, item, options, example: examples[0] ?? null, wrapsText })),
  items,
});

await new Promise((resolve, reject) => {
  webpack(
    {
      mode: 'production',
      context: root,
      entry: path.join(source, 'src/editor.js'),
      output: { path: build, filename: 'editor.js' },
      resolve: {
        alias: {
          'upr-widgets-model$': path.join(generated, 'model.json'),
        },
      },
      devtool: false,
      performance: { hints: false },
      plugins: [new DependencyExtractionWebpackPlugin({ combineAssets: false, outputFormat: 'php' })],
    },
    (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    },
  );
});
rmSync(generated, { recursive: true, force: true });

/** Every file under `dir`, sorted, as paths relative to `base`. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? filesUnder(file, base) : [path.relative(base, file)];
    });
}
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const entries = Object.fromEntries(
  filesUnder(plugin).map((file) => [
    `upr-widgets/${file.split(path.sep).join('/')}`,
    [readFileSync(path.join(plugin, file)), { mtime: FIXED_DATE, attrs: 0o644 << 16, os: 3 }],
  ]),
);
writeFileSync(path.join(out, 'upr-widgets.zip'), zipSync(entries, { level: 9 }));
console.log(`dist/wordpress/upr-widgets.zip: ${Object.keys(entries).length} files`);
