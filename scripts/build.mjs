// npm run build: every output in dist/, plus custom-elements.json.
// Steps run in order and stop at the first failure, naming it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${Date.now() - started} ms)`);
}

function writeVersion() {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const file = `${root}src/internal/version.ts`;
  const text = `// Generated from package.json by scripts/build.mjs; do not edit by hand.\nexport const VERSION = '${version}';\n`;
  if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

writeVersion();
run('dataset validation (data/*.json)', process.execPath, ['scripts/validate-data.mjs']);
rmSync(`${root}dist`, { recursive: true, force: true });
run('bundles (dist/upr-widgets.js, dist/upr-widgets.iife.js)', bin('rollup'), ['-c', '--silent']);
run('integrity hashes (dist/integrity.json)', process.execPath, ['scripts/integrity.mjs']);
run('npm modules with types (dist/esm)', bin('tsc'), ['-p', 'tsconfig.build.json']);
run('dataset of the npm modules as the bundles ship it (dist/esm/data)', process.execPath, ['scripts/ship-data.mjs', 'dist/esm/data']);
run('layout of the light-DOM fallbacks (dist/upr-fallback.css, from the widgets\' styles)', process.execPath, ['scripts/fallback-css.mjs']);
run('demo articles, prerendered (demo/article-en.html, demo/article-vi.html)', process.execPath, ['scripts/demo-articles.mjs']);
run('custom-elements.json', bin('custom-elements-manifest'), ['analyze', '--quiet']);
run('allow-lists for sanitizers and CMSs (dist/allow-lists, from custom-elements.json)', process.execPath, ['scripts/allow-lists.mjs']);
run('README reference (from custom-elements.json)', process.execPath, ['scripts/readme-reference.mjs']);
run('dataset export (dist/data: JSON and CSV)', process.execPath, ['scripts/export-data.mjs']);
run('JSX and Vue types (dist/types, from custom-elements.json)', process.execPath, ['scripts/framework-types.mjs']);
run('WordPress plugin (dist/wordpress/upr-widgets.zip)', process.execPath, ['scripts/wordpress-plugin.mjs']);
