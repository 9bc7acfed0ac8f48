// @web/test-runner configuration. Run through `npm test` / `node scripts/test.mjs`, which picks
// the engines (UPR_BROWSERS) and provides a display for WebKit; plain `npx wtr` works too.
//
// Groups:
//   src     tests/**/*.test.ts against the TypeScript sources (esbuild on the fly)
//   bundle  tests/widgets/**/*.test.ts against dist/upr-widgets.js: an import map sends every
//           import of src/index.{ts,js} to the built bundle, so what ships is what is tested.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { createLauncher, describeEngine, parseEngineList, planEngines } from './scripts/browsers.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const BUNDLE = 'dist/upr-widgets.js';
const BUNDLE_FILE = path.join(rootDir, BUNDLE);
const MISSING_BUNDLE_URL = '/__upr-widgets__/missing-bundle.js';

// ---------------------------------------------------------------------------------------------
// browsers

async function browsers() {
  const only = parseEngineList(process.env.UPR_BROWSERS);
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const plan = planEngines({ only, ci });
  if (!process.env.UPR_ENGINES_REPORTED) {
    for (const e of plan.run) console.log(`browser: ${describeEngine(e)}`);
    for (const e of plan.skipped) console.log(`browser skipped: ${describeEngine(e)}`);
  }
  if (plan.errors.length) {
    throw new Error(plan.errors.join('; '));
  }
  return Promise.all(plan.run.map(createLauncher));
}

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

/** The bundle group imports this instead of the bundle when dist/upr-widgets.js is missing. */
function missingBundlePlugin() {
  return {
    name: 'upr-missing-bundle',
    serve(context) {
      if (context.path !== MISSING_BUNDLE_URL) return undefined;
      return { type: 'js', body: `throw new Error(${JSON.stringify(MISSING_BUNDLE_MESSAGE)});\n` };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// the bundle group's page: an import map placed before anything the runner injects
// (the runner injects after the first literal "<head>" or "<body>" tag, so <head> carries an
// attribute and the injection lands at the start of <body>, after the import map).

function bundleTestRunnerHtml(testFramework) {
  const exists = fs.existsSync(BUNDLE_FILE);
  const target = exists ? `/${BUNDLE}` : MISSING_BUNDLE_URL;
  const importMap = { imports: { '/src/index.ts': target, '/src/index.js': target } };
  // a module script, so it runs after the runner's log tracking (also a module script)
  const complaint = exists ? '' : `<script type="module">console.error(${JSON.stringify(MISSING_BUNDLE_MESSAGE)})</script>\n    `;
  return `<!DOCTYPE html>
<html lang="en">
  <head data-upr-group="bundle">
    <meta charset="utf-8">
    <script type="importmap">${JSON.stringify(importMap)}</script>
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
// totals over all engines for scripts/test.mjs, which prints them as the closing
// "N passed, N failed" line (a test file that could not even load counts as one failure)

function summaryReporter() {
  return {
    stop({ sessions }) {
      const file = process.env.UPR_SUMMARY_FILE;
      if (!file) return;
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const walk = suite => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) walk(session.testResults);
        if (session.passed === false && totals.failed === failedBefore) totals.failed += 1;
      }
      fs.writeFileSync(file, JSON.stringify(totals));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// groups; scripts/test.mjs passes test files given on its command line in UPR_FILES (JSON)

function groups() {
  const files = process.env.UPR_FILES ? JSON.parse(process.env.UPR_FILES) : undefined;
  const widgetsDir = path.join(rootDir, 'tests', 'widgets') + path.sep;
  const bundleFiles = files?.filter(f => path.resolve(rootDir, f).startsWith(widgetsDir));
  const result = [{ name: 'src', files: files ?? 'tests/**/*.test.ts' }];
  if (!files || bundleFiles.length) {
    result.push({ name: 'bundle', files: bundleFiles ?? 'tests/widgets/**/*.test.ts', testRunnerHtml: bundleTestRunnerHtml });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

export default {
  rootDir,
  nodeResolve: true,
  browsers: await browsers(),
  // launchers set their own page concurrency; all engines run side by side
  concurrentBrowsers: 3,
  groups: groups(),
  plugins: [
    servingDistAsBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: esbuildTsconfig() })),
    jsonAsModulePlugin(),
    missingBundlePlugin(),
    forcedColorsPlugin(),
  ],
  testFramework: {
    config: { ui: 'bdd', timeout: 5000 },
  },
  filterBrowserLogs,
  reporters: [defaultReporter(), summaryReporter()],
  // generous for a loaded 2-core CI machine; a test file that never finishes still fails
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
