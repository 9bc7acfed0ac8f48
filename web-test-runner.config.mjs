// @web/test-runner configuration: `npm test` runs everything; `npx web-test-runner` is the command.
//
//   npx web-test-runner                        every test, in every engine, on the sources and the bundle
//   npx web-test-runner src/upr-quote/upr-quote.test.ts   that file only, in every engine (the sources)
//   npx web-test-runner --group firefox [file]  one engine: chromium, firefox or webkit (the sources)
//   npx web-test-runner --group bundle          the widgets' tests against dist/upr-widgets.js (npm run build)
//   npx web-test-runner --group loader          the widgets' tests against the on-demand loader (dist/loader/)
//
// Groups:
//   src       tests/**/*.test.ts and src/**/*.test.ts against the TypeScript sources (esbuild on the fly)
//   bundle    the widgets' tests (src/**/*.test.ts, tests/internal/widgets.test.ts) against dist/upr-widgets.js: an import map sends every
//             import of src/index.{ts,js} to the built bundle, so what ships is what is tested
//   loader    the same tests against the on-demand loader: the import map sends src/index to a module that loads
//             dist/loader/upr-widgets.js and waits until it has defined every widget; each element then loads its
//             data chunks as it would on a page (the tests' expectations read the whole dataset from the sources)
//   chromium, firefox, webkit   the src group (or the files given) in that engine only
//
// Engines are the system's (scripts/browsers.mjs): CI=true makes a missing engine a failure.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { createLauncher, describeEngine, ENGINES, planEngines } from './scripts/browsers.mjs';
import { secondOriginPlugin } from './tests/hosting/second-origin.mjs';
import { ssrPagePlugin } from './tests/ssr/ssr-plugin.mjs';
import { frameworksPlugin } from './tests/frameworks/frameworks-plugin.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const BUNDLE = 'dist/upr-widgets.js';
const MISSING_BUNDLE_URL = '/__upr-widgets__/missing-bundle.js';
export const LOADER = 'dist/loader/upr-widgets.js';
const LOADER_INDEX_URL = '/__upr-widgets__/loader-index.js';

const ALL_TESTS = ['tests/**/*.test.ts', 'src/**/*.test.ts'];
/** The widgets' own tests, and what every widget of the registry does alike: run against the bundle too. */
const WIDGET_TESTS = ['src/**/*.test.ts', 'tests/internal/widgets.test.ts'];
/**
 * The hardening pages that load the ES module build (tests/hardening/pages.ts, MODULE): in the loader group they
 * load the loader instead. (The CSP and privacy suites have the loader as a build of their own, in every group.)
 */
const MODULE_PAGE_TESTS = ['tests/hardening/hostile.test.ts', 'tests/hardening/loading.test.ts', 'tests/hardening/bad-input.test.ts'];

/**
 * The command line as the runner itself reads it (its own parser), so that the groups below can step aside when
 * test files are named: the runner would otherwise run those files and every group's own files as well.
 */
function commandLine() {
  const { readCliArgs } = require(path.join(path.dirname(require.resolve('@web/test-runner')), 'config', 'readCliArgs.js'));
  try {
    return readCliArgs({ argv: process.argv });
  } catch {
    return {}; // a bad option: let the runner say so
  }
}

// ---------------------------------------------------------------------------------------------
// browsers

const ci = process.env.CI === 'true' || process.env.CI === '1';
const cli = commandLine();
const oneEngine = ENGINES.includes(cli.group) ? cli.group : undefined;
const plan = planEngines({ only: oneEngine ? [oneEngine] : undefined, ci });
for (const e of plan.run) console.log(`browser: ${describeEngine(e)}`);
for (const e of plan.skipped) console.log(`browser skipped: ${describeEngine(e)}`);
if (plan.errors.length) throw new Error(plan.errors.join('; '));
const launchers = await Promise.all(plan.run.map(createLauncher));

// ---------------------------------------------------------------------------------------------
// TypeScript: esbuild gets a flattened copy of tsconfig.json (esbuild's transform API ignores
// "extends"), reduced to the options that change emitted code.

function esbuildTsconfig() {
  const file = path.join(rootDir, 'tsconfig.json');
  if (!fs.existsSync(file)) return undefined;
  const ts = require('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: d => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const o = parsed.options;
  const target = o.target ?? ts.ScriptTarget.ES5;
  const compilerOptions = {
    experimentalDecorators: o.experimentalDecorators ?? false,
    useDefineForClassFields: o.useDefineForClassFields ?? target >= ts.ScriptTarget.ES2022,
    verbatimModuleSyntax: o.verbatimModuleSyntax ?? false,
  };
  if (o.preserveValueImports != null) compilerOptions.preserveValueImports = o.preserveValueImports;
  if (o.alwaysStrict != null) compilerOptions.alwaysStrict = o.alwaysStrict;
  const out = path.join(rootDir, 'node_modules', '.cache', 'upr-widgets', 'tsconfig.esbuild.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ compilerOptions }, null, 2)}\n`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// small dev-server plugins

/**
 * JSON imports: esbuild (target es2022) drops `with { type: 'json' }`, so the browser asks for
 * every imported .json as a JavaScript module (Sec-Fetch-Dest: script): answer those requests
 * with `export default {...}`. fetch() of the same file (Sec-Fetch-Dest: empty) gets plain JSON.
 */
function jsonAsModulePlugin() {
  const isJson = context => context.path.endsWith('.json');
  const wantsScript = context => isJson(context) && context.get('sec-fetch-dest') === 'script';
  // one URL, two representations: keep both out of browser caches, or a browser may hand a
  // cached JSON response to a module import (or the reverse)
  const noCache = { 'cache-control': 'no-store', vary: 'Sec-Fetch-Dest' };
  return {
    name: 'upr-json-as-module',
    transformCacheKey(context) {
      return wantsScript(context) ? 'json-as-module' : undefined;
    },
    transform(context) {
      if (!isJson(context)) return undefined;
      if (!wantsScript(context)) return { headers: noCache };
      return {
        body: `export default ${String(context.body).trim()};\n`,
        headers: { ...noCache, 'content-type': 'text/javascript; charset=utf-8' },
      };
    },
  };
}

/**
 * dist/ exactly as built. With a `target`, the esbuild plugin re-prints every .js file it serves, the bundles
 * included (160 kB minified in, 600 kB with an inline source map out): the bundle group would test bytes that
 * never ship, and no Subresource Integrity hash in dist/integrity.json could match what the browser receives.
 */
function servingDistAsBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

/**
 * Forced colours for tests/hardening: `emulateMedia` passes `forcedColors` only to Playwright, so the command
 * uses CDP directly in Chromium and answers false where there is no CDP (Firefox over BiDi, WebKit).
 */
function forcedColorsPlugin() {
  const cdpSessions = new Map();
  return {
    name: 'upr-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'upr-emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        let cdp = cdpSessions.get(session.id);
        if (!cdp) {
          cdp = await session.browser.getPage(session.id).createCDPSession();
          cdpSessions.set(session.id, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}

const MISSING_BUNDLE_MESSAGE = `${BUNDLE} does not exist: build it first (npm run build; npm test does this)`;

/**
 * The loader group's src/index: the loader, every widget loaded and defined through it, and the widgets' dataset
 * filled whole (each element still loads its chunks, which add what is there already).
 */
function loaderIndex() {
  return `import { widgets as registry } from '/src/widgets.ts';
import { dataset as whole } from '/src/internal/data.ts';
const { load } = await import('/${LOADER}');
const modules = await Promise.all(registry.map(({ tag }) => load(tag)));
// the widgets' own dataset (tests change an item and expect the widgets to show it), whole, as in the other builds
const { dataset, addData } = modules[0];
addData(Object.fromEntries(Object.entries(whole).map(([collection, items]) => [collection, items.map((item, i) => [i, item])])));
export const widgets = modules.map((module) => module.default);
export const VERSION = widgets[0].version;
export { dataset };
`;
}

/** The bundle group imports this instead of the bundle when dist/upr-widgets.js is missing. */
function missingBundlePlugin() {
  return {
    name: 'upr-missing-bundle',
    serve(context) {
      if (context.path === LOADER_INDEX_URL) return { type: 'js', body: loaderIndex() };
      if (context.path !== MISSING_BUNDLE_URL) return undefined;
      return { type: 'js', body: `throw new Error(${JSON.stringify(MISSING_BUNDLE_MESSAGE)});\n` };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// the bundle group's page: an import map placed before anything the runner injects
// (the runner injects after the first literal "<head>" or "<body>" tag, so <head> carries an
// attribute and the injection lands at the start of <body>, after the import map).

function bundleTestRunnerHtml(testFramework, build = 'bundle') {
  const exists = fs.existsSync(path.join(rootDir, build === 'loader' ? LOADER : BUNDLE));
  const target = !exists ? MISSING_BUNDLE_URL : build === 'loader' ? LOADER_INDEX_URL : `/${BUNDLE}`;
  const importMap = { imports: { '/src/index.ts': target, '/src/index.js': target } };
  // a module script, so it runs after the runner's log tracking (also a module script)
  const complaint = exists ? '' : `<script type="module">console.error(${JSON.stringify(MISSING_BUNDLE_MESSAGE)})</script>\n    `;
  return `<!DOCTYPE html>
<html lang="en">
  <head data-upr-group="${build}">
    <meta charset="utf-8">
    <script type="importmap">${JSON.stringify(importMap)}</script>${build === 'loader' ? `\n    <script>window.__uprHardeningModule = '/${LOADER}';</script>` : ''}
  </head>
  <body>
    ${complaint}<script type="module" src="${testFramework}"></script>
  </body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// console noise from libraries (never our own messages, which tests check with spies)

const LIBRARY_NOISE = [
  /^Lit is in dev mode\b/,
  // the bundle carries its own (production) Lit next to the one @open-wc/testing loads
  /^Multiple versions of Lit loaded\b/,
];

function filterBrowserLogs({ type, args }) {
  if (type !== 'warn' && type !== 'log' && type !== 'info') return true;
  const first = args?.[0];
  return !(typeof first === 'string' && LIBRARY_NOISE.some(re => re.test(first)));
}

// ---------------------------------------------------------------------------------------------
// groups

function groups() {
  const named = cli.files?.length ? cli.files : undefined;
  if (oneEngine) return [{ name: oneEngine, files: named ?? ALL_TESTS, browsers: launchers }];
  // files named on the command line: the runner's own "default" group runs them, on the sources
  if (named) return [];
  return [
    { name: 'src', files: ALL_TESTS },
    { name: 'bundle', files: WIDGET_TESTS, testRunnerHtml: bundleTestRunnerHtml },
    { name: 'loader', files: [...WIDGET_TESTS, ...MODULE_PAGE_TESTS], testRunnerHtml: (framework) => bundleTestRunnerHtml(framework, 'loader') },
  ];
}

// ---------------------------------------------------------------------------------------------

export default {
  rootDir,
  nodeResolve: true,
  browsers: launchers,
  // launchers set their own page concurrency; all engines run side by side
  concurrentBrowsers: 3,
  groups: groups(),
  plugins: [
    servingDistAsBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: esbuildTsconfig() })),
    jsonAsModulePlugin(),
    missingBundlePlugin(),
    forcedColorsPlugin(),
    // tests/hosting/: npm start's server on a second loopback origin, for the script
    secondOriginPlugin(),
    // tests/ssr/: pages rendered on the server by @lit-labs/ssr, each in a child process
    ssrPagePlugin(),
    // tests/frameworks/: React 19 bundled for the browser, and its server rendering
    frameworksPlugin(),
  ],
  testFramework: {
    config: { ui: 'bdd', timeout: 5000 },
  },
  filterBrowserLogs,
  reporters: [defaultReporter()],
  // generous for a loaded 2-core CI machine; a test file that never finishes still fails
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
