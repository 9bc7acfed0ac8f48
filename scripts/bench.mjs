// npm run bench: sizes of the build outputs and, in headless Chromium, render time, memory and layout shift;
// then three comparisons, each a ratio of two pages measured in the same run, interleaved: the static floor (the
// widgets' main-thread CPU against the same content as static HTML), a peer (<upr-timeline> against TimelineJS3)
// and Lighthouse (the demo article with, without and with TimelineJS instead of our timeline).
// Prints Markdown tables and writes bench-results/latest.json. Build first (npm run bench does).
//
//   node scripts/bench.mjs [--runs 7] [--cls-runs 5] [--lighthouse-runs 3 | --no-lighthouse]
//                          [--widgets-script /dist/upr-widgets.js] [--out bench-results/latest.json]
//
// --no-lighthouse skips the Lighthouse runs (most of the benchmark's time) for a quick run; their budgets are
// then reported as skipped.
//
// Exits 1 when a timing or layout-shift budget fails (the size budget is reported here and enforced by the
// tests), 2 when the benchmark itself could not measure (no build, a widget that did not render, a console
// warning or error on a benchmark page).

// The functions given to page.evaluate and evaluateOnNewDocument run in the page:
/* global window, document, customElements, location */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.mjs';
import { runLighthouse } from '../bench/lighthouse.mjs';
import { TIMELINEJS_URLS, TIMELINEJS_VERSION, timelineJsData, timelineJsEmbed, timelineJsModule, timelineJsOptions } from '../bench/timelinejs.mjs';
import { describeMix, events, loadSpecs, mixedWidgets, renderCases } from '../bench/widgets.mjs';
import { detectEngines } from './browsers.mjs';
import { startHeadless } from './headless.mjs';
import { chunkContent, chunkModule, loadShippedDataset } from './data-chunks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
/** The machine may be shared: its load, at the start and at the end, goes into the report. */
const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
const progress = (message) => process.stderr.write(`bench: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

// ---------------------------------------------------------------------------------------------
// options

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = args[i + 1];
  if (value === undefined) usage(`--${name} needs a value`);
  args.splice(i, 2);
  return value;
}
function flag(name) {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
}
function usage(message) {
  console.error(`bench: ${message}\nusage: node scripts/bench.mjs [--runs N≥5] [--cls-runs N≥5] [--lighthouse-runs N≥1 | --no-lighthouse] [--widgets-script /dist/FILE.js] [--out FILE]`);
  process.exit(2);
}
const RUNS = Number(option('runs', '7'));
const CLS_RUNS = Number(option('cls-runs', '5'));
/**
 * Lighthouse runs per page. A run takes 15 to 30 s here, and its figures come from a simulation over the page's
 * trace, which varies less from run to run than the timings above: 3 runs per page, medians.
 */
const LIGHTHOUSE_RUNS = Number(option('lighthouse-runs', '3'));
const LIGHTHOUSE = !flag('no-lighthouse');
/**
 * The URL of the widgets' script on every benchmark page. The pages take it from here (their
 * templates have %WIDGETS_SCRIPT% in its place), the server serves it from the snapshot of dist/, and the
 * layout-shift and Lighthouse runs recognise the article's script tag by it. Switching the pages to another
 * build is this line, or --widgets-script: the on-demand loader (the demo articles' tag) by default, the single
 * file with --widgets-script /dist/upr-widgets.js. A path under /dist/: a module script.
 */
const WIDGETS_SCRIPT = option('widgets-script', '/dist/loader/upr-widgets.js');
const OUT = path.resolve(root, option('out', 'bench-results/latest.json'));
if (args.length) usage(`unknown argument ${args[0]}`);
for (const [name, n] of [['--runs', RUNS], ['--cls-runs', CLS_RUNS]]) {
  if (!Number.isInteger(n) || n < 5) usage(`${name} must be a whole number of at least 5`);
}
if (!Number.isInteger(LIGHTHOUSE_RUNS) || LIGHTHOUSE_RUNS < 1) usage('--lighthouse-runs must be a whole number of at least 1');
if (!/^\/dist\/[\w./-]+\.m?js$/.test(WIDGETS_SCRIPT) || WIDGETS_SCRIPT.includes('..')) usage('--widgets-script must be a script under /dist/');

/** Viewport of the render and memory runs: a phone, where most readers are. */
const PHONE = { name: 'phone', width: 390, height: 844, deviceScaleFactor: 1 };
/**
 * Viewports of the layout-shift runs: as wide as a phone and a desktop, and tall enough to hold the whole
 * article (about 11,200 and 7,000 CSS px), because only movement inside the viewport counts as a layout shift:
 * at a reader's first screen the widgets are below the fold, and every page would score 0 whatever it did.
 */
const CLS_VIEWPORTS = [
  { name: 'phone', width: 390, height: 12500, deviceScaleFactor: 1 },
  { name: 'desktop', width: 1280, height: 7500, deviceScaleFactor: 1 },
];
/** In the layout-shift runs the bundle arrives after the first contentful paint and at least this late. */
const SCRIPT_DELAY_MS = 500;
/** Layout shifts are recorded from navigation to this long after the load event. */
const CLS_WINDOW_AFTER_LOAD_MS = 2000;
const ARTICLES = ['demo/article-en.html', 'demo/article-vi.html'];

// The sizes are budgets of npm test (tests/budgets/sizes.test.mjs); the absolute "100 widgets in 100 ms" and the
// 30 KB of the whole bundle were retired by issue 16 for the ratios below.
const BUDGETS = {
  cls: { limit: 0 },
  // the comparisons: ratios of two pages measured in the same run (see measureStaticFloor, peer and Lighthouse)
  staticFloor: { limit: 1.3 },
  peerTimeline: { limit: 0.1 },
  lighthouseTbt: { limit: 50 },
  lighthouseCls: { limit: 0 },
};

// ---------------------------------------------------------------------------------------------
// figures

/** Every figure measured, in order: { id, group, label, value, unit, runs, min?, max?, samples?, note? }. */
const figures = [];
const problems = [];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

function addFigure({ samples, digits = 1, ...figure }) {
  if (samples) {
    Object.assign(figure, {
      value: round(median(samples), digits),
      runs: samples.length,
      min: round(Math.min(...samples), digits),
      max: round(Math.max(...samples), digits),
      samples: samples.map((s) => round(s, digits)),
    });
  } else {
    figure.runs ??= 1;
  }
  figures.push(figure);
  return figure;
}

// ---------------------------------------------------------------------------------------------
// sizes

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;

function filesUnder(dir, test) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => test(file) && statSync(file).isFile())
    .sort();
}

function sizeFigures(id, label, buffers, note) {
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
  // several files are served and compressed one by one
  const gz = buffers.reduce((sum, b) => sum + gzip(b), 0);
  const br = buffers.reduce((sum, b) => sum + brotli(b), 0);
  addFigure({ id: `size.${id}.bytes`, group: 'size', label: `${label}: bytes`, value: bytes, unit: 'bytes', note });
  addFigure({ id: `size.${id}.gzip`, group: 'size', label: `${label}: gzip -9`, value: gz, unit: 'bytes' });
  addFigure({ id: `size.${id}.brotli`, group: 'size', label: `${label}: brotli q11`, value: br, unit: 'bytes' });
  return { bytes, gzip: gz, brotli: br };
}

/**
 * Re-bundles the npm modules (dist/esm, already compiled by tsc) with rollup.config.mjs: its plugins (resolve,
 * shipped dataset, JSON, CSS minifying) but TypeScript, which the modules no longer need, and the output options
 * of dist/upr-widgets.js (ES module, terser), in memory. `withoutData` replaces every data/*.json with an empty
 * list. Both variants come from the same pipeline, so their difference is what the dataset costs.
 */
async function rebundle(withoutData) {
  const noData = {
    name: 'bench-no-dataset',
    load(id) {
      return /[\\/]data[\\/][a-z-]+\.json$/.test(id) ? '[]' : null;
    },
  };
  // rollup.config.mjs exports one build or several: the one that writes dist/upr-widgets.js
  const config = [rollupConfig].flat().find((c) => [c.output].flat().some((o) => o?.file === 'dist/upr-widgets.js'));
  const esmOutput = config && [config.output].flat().find((o) => o.file === 'dist/upr-widgets.js');
  if (!esmOutput) throw new Error('bench: rollup.config.mjs has no output dist/upr-widgets.js');
  const bundle = await rollup({
    ...config,
    input: dist('esm/src/index.js'),
    plugins: [withoutData ? noData : null, ...config.plugins.filter((plugin) => plugin.name !== 'typescript')],
    onwarn() {},
  });
  const { output } = await bundle.generate({ ...esmOutput, file: undefined, sourcemap: false });
  await bundle.close();
  return Buffer.from(output[0].code);
}

async function measureSizes() {
  const esm = sizeFigures('esm', 'dist/upr-widgets.js (ES module bundle)', [readFileSync(dist('upr-widgets.js'))]);
  sizeFigures('iife', 'dist/upr-widgets.iife.js (classic bundle)', [readFileSync(dist('upr-widgets.iife.js'))]);
  const modules = filesUnder(dist('esm/src'), (f) => f.endsWith('.js'));
  sizeFigures('npm-modules', `dist/esm/src/**/*.js (npm modules, ${modules.length} files, not minified, dependencies external)`,
    modules.map((f) => readFileSync(f)), 'per-file compression, summed: each module is a file of its own');
  const moduleData = filesUnder(dist('esm/data'), (f) => f.endsWith('.json'));
  sizeFigures('npm-data', `dist/esm/data/*.json (dataset the npm modules import, ${moduleData.length} files)`,
    moduleData.map((f) => readFileSync(f)), 'per-file compression, summed');

  // The dataset alone, minified: every data file but the schema, as one JSON document.
  const dataFiles = readdirSync(path.join(root, 'data')).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
  const dataset = Object.fromEntries(dataFiles.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(root, 'data', f), 'utf8'))]));
  const datasetJson = Buffer.from(JSON.stringify(dataset));
  addFigure({ id: 'size.dataset-json.bytes', group: 'size-info', label: `dataset alone (data/{${dataFiles.map((f) => f.replace(/\.json$/, '')).join(',')}}.json, minified JSON): bytes`, value: datasetJson.length, unit: 'bytes' });
  addFigure({ id: 'size.dataset-json.gzip', group: 'size-info', label: 'dataset alone, minified JSON: gzip -9', value: gzip(datasetJson), unit: 'bytes' });

  const [withData, withoutData] = [await rebundle(false), await rebundle(true)];
  const rebuilt = { bytes: withData.length, gzip: gzip(withData) };
  const bare = { bytes: withoutData.length, gzip: gzip(withoutData) };
  const drift = Math.abs(rebuilt.gzip - esm.gzip) / esm.gzip;
  addFigure({
    id: 'size.bundle-without-dataset.gzip',
    group: 'size-info',
    label: 'ES module bundle without the dataset (data/*.json emptied, re-bundled): gzip -9',
    value: bare.gzip,
    unit: 'bytes',
    note: `re-bundled from dist/esm with the options of rollup.config.mjs; the same pipeline with the dataset gives ${rebuilt.gzip} bytes gzip (dist/upr-widgets.js: ${esm.gzip}, ${round(drift * 100, 1)} % apart)`,
  });
  addFigure({
    id: 'size.dataset-in-bundle.gzip',
    group: 'size-info',
    label: 'what the dataset adds to the ES module bundle: gzip -9',
    value: rebuilt.gzip - bare.gzip,
    unit: 'bytes',
    note: 'gzip of the re-bundled bundle with the dataset minus without it',
  });
  addFigure({ id: 'size.bundle-without-dataset.bytes', group: 'size-info', label: 'ES module bundle without the dataset: bytes', value: bare.bytes, unit: 'bytes' });
  return esm;
}

// ---------------------------------------------------------------------------------------------
// browser

/** A benchmark page template (bench/pages/), with the widgets' script in place of %WIDGETS_SCRIPT%. */
const template = (name) => readFileSync(path.join(root, 'bench/pages', name), 'utf8').replaceAll('%WIDGETS_SCRIPT%', WIDGETS_SCRIPT);
const indent = (widgets) => widgets.map((w) => `      ${w}`).join('\n');
/** JSON in a <script>: "</" may not appear in it. */
const scriptJson = (value) => JSON.stringify(value).replace(/<\//g, '<\\/');

function widgetsPage(widgets) {
  return template('render.html').replace('<!--WIDGETS-->', indent(widgets));
}

/** bench/pages/timelinejs.html with every event of data/events.json, in English. */
function timelineJsPage() {
  return template('timelinejs.html')
    .replaceAll('%TIMELINE_MODULE%', TIMELINEJS_URLS.module)
    .replaceAll('%TIMELINE_CSS%', TIMELINEJS_URLS.css)
    .replace('%TIMELINE_DATA%', scriptJson(timelineJsData(events, 'en')))
    .replace('%TIMELINE_OPTIONS%', scriptJson(timelineJsOptions()));
}

/**
 * Every page the benchmark serves from memory, by URL path: `{ type, body }`. Built once, at the start, from the
 * snapshot of the build (and of the demo article): a rebuild meanwhile does not change what is measured.
 */
const servedPages = new Map();
const html = (body) => ({ type: 'html', body });

/**
 * Serves the pages of servedPages and, from the snapshot, every file of dist/ it holds (the bundles and the
 * fallback style sheet; anything else under /dist/, e.g. the chunks of another build, comes from dist/ itself).
 */
function benchMiddleware() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/dist/')) {
      const file = path.resolve(SNAPSHOT, ctx.path.slice('/dist/'.length));
      if (file.startsWith(`${SNAPSHOT}${path.sep}`) && existsSync(file) && statSync(file).isFile()) {
        ctx.type = path.extname(file);
        ctx.body = readFileSync(file);
        return undefined;
      }
    }
    const page = servedPages.get(ctx.path);
    if (!page) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = page.type;
    ctx.body = page.body;
    return undefined;
  };
}

/** A new browser context (empty cache, no cookies, no V8 code cache) with one page; console problems recorded. */
async function freshPage(browser, label, viewport) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  page.on('console', (message) => {
    if (['warn', 'warning', 'error', 'assert'].includes(message.type())) problems.push(`${label}: console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: uncaught ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${label}: ${response.url()} answered ${response.status()}`);
  });
  page.on('requestfailed', (request) => problems.push(`${label}: ${request.url()} failed: ${request.failure()?.errorText}`));
  // everything comes from the local server (TimelineJS would fetch fonts and more from CDNs: bench/timelinejs.mjs)
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') problems.push(`${label}: a request outside the local server: ${request.url()}`);
  });
  return { page, close: () => context.close() };
}

/** Main-thread figures of the page's renderer (CDP Performance.getMetrics), in ms. */
async function threadMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
  // (ScriptDuration is left out: it does not count microtasks, where Lit renders)
  return { cpu: metric.ThreadTime, style: metric.RecalcStyleDuration, layout: metric.LayoutDuration };
}

async function renderRun(browser, origin, benchCase) {
  const { page, close } = await freshPage(browser, `render ${benchCase.name}`, PHONE);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/bench/run/${benchCase.name}.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.benchReady);
    const before = await threadMetrics(cdp);
    const result = await page.evaluate(() => window.benchRun());
    const after = await threadMetrics(cdp);
    for (const key of Object.keys(before)) result[key] = after[key] - before[key];
    for (const p of result.problems) problems.push(`render ${benchCase.name}: ${p}`);
    if (result.bundleFetches !== 1) problems.push(`render ${benchCase.name}: the bundle was fetched ${result.bundleFetches} times`);
    const expected = benchCase.count ?? benchCase.widgets.length;
    if (result.count !== expected) problems.push(`render ${benchCase.name}: ${result.count} widgets on the page, expected ${expected}`);
    if (benchCase.items !== undefined && result.items !== benchCase.items) {
      problems.push(`render ${benchCase.name}: the timeline shows ${result.items} items, expected ${benchCase.items}`);
    }
    if (result.markers !== undefined && result.markers !== benchCase.items) {
      problems.push(`render ${benchCase.name}: the timeline has ${result.markers} markers, expected ${benchCase.items}`);
    }
    return result;
  } finally {
    await close();
  }
}

/**
 * One warm-up run per case (not recorded), then the cases in turn, RUNS rounds: a burst of load from other
 * processes on the machine then spreads over every case instead of skewing one.
 */
async function measureRender(browser, origin, cases) {
  const runs = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (const benchCase of cases) await renderRun(browser, origin, benchCase);
  for (let i = 0; i < RUNS; i += 1) {
    for (const benchCase of cases) runs[benchCase.name].push(await renderRun(browser, origin, benchCase));
    progress(`render round ${i + 1}/${RUNS} done`);
  }
  for (const benchCase of cases) {
    const results = runs[benchCase.name];
    const open = results[0].openItems !== undefined ? `, ${results[0].openItems} open` : '';
    const extra = benchCase.items !== undefined ? `, ${results[0].items} items${open}` : '';
    const base = { group: 'render', unit: 'ms', case: benchCase.name, caseLabel: `${benchCase.label}${extra}` };
    addFigure({ ...base, id: `render.${benchCase.name}.evaluate`, label: `${benchCase.label}: import() settled`, samples: results.map((r) => r.evaluate) });
    addFigure({ ...base, id: `render.${benchCase.name}.updated`, label: `${benchCase.label}: every updateComplete resolved`, samples: results.map((r) => r.updated) });
    addFigure({ ...base, id: `render.${benchCase.name}.painted`, label: `${benchCase.label}: rendered and a frame painted`, samples: results.map((r) => r.painted) });
    addFigure({ ...base, id: `render.${benchCase.name}.cpu`, label: `${benchCase.label}: renderer main-thread CPU time (ThreadTime)`, samples: results.map((r) => r.cpu) });
    addFigure({ ...base, id: `render.${benchCase.name}.style-layout`, label: `${benchCase.label}: style and layout (RecalcStyleDuration + LayoutDuration)`, samples: results.map((r) => r.style + r.layout) });
  }
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  const usage = await cdp.send('Runtime.getHeapUsage');
  return {
    js: metric.JSHeapUsedSize,
    embedder: usage.embedderHeapUsedSize,
    nodes: metric.Nodes,
    layoutObjects: metric.LayoutObjects,
  };
}

async function memoryRun(browser, origin, markup) {
  const { page, close } = await freshPage(browser, 'memory', PHONE);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/bench/run/memory.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.benchBundleReady);
    const empty = await heap(cdp);
    await page.evaluate(() => window.benchLoadBundle());
    const loaded = await heap(cdp);
    const result = await page.evaluate((m) => window.benchCreate(m), markup);
    const rendered = await heap(cdp);
    for (const p of result.problems) problems.push(`memory: ${p}`);
    return { empty, loaded, rendered };
  } finally {
    await close();
  }
}

async function measureMemory(browser, origin) {
  const markup = mixedWidgets(100, specs).join('\n');
  await memoryRun(browser, origin, markup); // warm-up, not recorded
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await memoryRun(browser, origin, markup));
  const kb = (bytes) => bytes / 1024;
  const base = { group: 'memory', digits: 1 };
  addFigure({ ...base, id: 'memory.bundle.js-heap', label: 'evaluating the bundle (already fetched and compiled), no widget: JS heap used', unit: 'KiB', samples: runs.map((r) => kb(r.loaded.js - r.empty.js)) });
  addFigure({ ...base, id: 'memory.widgets-100.js-heap', label: '100 mixed widgets rendered: JS heap used', unit: 'KiB', samples: runs.map((r) => kb(r.rendered.js - r.loaded.js)) });
  if (runs.every((r) => typeof r.rendered.embedder === 'number')) {
    addFigure({ ...base, id: 'memory.widgets-100.embedder-heap', label: '100 mixed widgets rendered: Blink heap (DOM, shadow roots, styles; CDP embedderHeapUsedSize)', unit: 'KiB', samples: runs.map((r) => kb(r.rendered.embedder - r.loaded.embedder)) });
  }
  addFigure({ ...base, id: 'memory.widgets-100.nodes', label: '100 mixed widgets rendered: DOM nodes (light and shadow)', unit: 'nodes', digits: 0, samples: runs.map((r) => r.rendered.nodes - r.loaded.nodes) });
  progress('memory done');
}

/** Runs before any script of the page: records layout shifts, first contentful paint and when the widgets (`tags`) were defined. */
function recordLayoutShifts(tags) {
  const record = { shifts: [], fcp: undefined, defined: undefined };
  window.benchLayout = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((s) => (s.node ? `${s.node.nodeName.toLowerCase()}${s.node.className ? `.${String(s.node.className).split(' ')[0]}` : ''}` : '?')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') {
        record.fcp = entry.startTime;
        window.benchFirstPaint?.();
      }
    }
  }).observe({ type: 'paint', buffered: true });
  Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() => {
    record.defined = performance.now();
  });
}

/** Runs in the page: each widget's (`selector`) markup (start tag) and height in CSS px. */
function widgetHeights(selector) {
  return [...document.querySelectorAll(selector)].map((element) => ({
    widget: element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1),
    height: Math.round(element.getBoundingClientRect().height * 10) / 10,
  }));
}

const withoutReservedSpace = (css) => css.replace(/[^{}]*:not\(:defined\)[^{}]*\{[^}]*\}/g, '');

async function clsRun(browser, origin, article, viewport, { reserved = true } = {}) {
  const { page, close } = await freshPage(browser, `layout shift ${article} (${viewport.name})`, viewport);
  try {
    // The bundle's response is held back until the page has painted (and at least SCRIPT_DELAY_MS), as on a
    // slow connection: the reader sees the article, with the reserved space, before the widgets exist.
    let firstPaint;
    let heightsBefore;
    const painted = new Promise((resolve) => {
      firstPaint = resolve;
    });
    await page.exposeFunction('benchFirstPaint', () => firstPaint());
    await page.evaluateOnNewDocument(recordLayoutShifts, TAGS);
    await page.setRequestInterception(true);
    const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === WIDGETS_SCRIPT) {
        // 10 s at most: a page that never paints is reported below (widgets defined before the first paint)
        Promise.all([Promise.race([painted, delay(10000)]), delay(SCRIPT_DELAY_MS)])
          .then(async () => {
            heightsBefore = await page.evaluate(widgetHeights, TAGS.join(',')).catch(() => undefined);
            await request.continue();
          })
          .catch(() => {});
      } else if (!reserved && url.pathname === `/${article}`) {
        // the article as written (demo/article-*.source.html): the widgets without their prerendered fallbacks
        const source = readFileSync(path.join(root, article.replace(/\.html$/, '.source.html')), 'utf8');
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: source });
      } else if (!reserved && url.pathname === '/demo/article.css') {
        const css = withoutReservedSpace(readFileSync(path.join(root, 'demo/article.css'), 'utf8'));
        request.respond({ status: 200, contentType: 'text/css', body: css });
      } else {
        request.continue();
      }
    });
    await page.goto(`${origin}/${article}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, CLS_WINDOW_AFTER_LOAD_MS));
    const record = await page.evaluate(() => window.benchLayout);
    const counted = record.shifts.filter((s) => !s.hadRecentInput);
    const heightsAfter = await page.evaluate(widgetHeights, TAGS.join(','));
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    if (pageHeight > viewport.height) {
      problems.push(`layout shift ${article}: the page (${pageHeight} px) is taller than the ${viewport.height} px viewport, so shifts below it are not counted; raise CLS_VIEWPORTS`);
    }
    return {
      heights: heightsAfter.map((after, i) => ({ widget: after.widget, reserved: heightsBefore?.[i]?.height, rendered: after.height })),
      cls: counted.reduce((sum, s) => sum + s.value, 0),
      shifts: counted,
      fcp: record.fcp,
      defined: record.defined,
    };
  } finally {
    await close();
  }
}

/** Runs `tasks` (functions returning promises) at most `concurrency` at a time; results in order. */
async function pool(tasks, concurrency) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next;
      next += 1;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/**
 * Layout-shift runs wait on the network delay and the window after load, not on the CPU, and a shift does
 * not depend on how fast the page renders: two run at once, each in its own context.
 */
const CLS_CONCURRENCY = 2;

async function measureCls(browser, origin) {
  const plans = [
    ...ARTICLES.flatMap((article) => CLS_VIEWPORTS.map((viewport) => ({ article, viewport, reserved: true }))),
    // Control: without the prerendered fallbacks and the :not(:defined) rules, to show that the measurement sees the shifts.
    { article: ARTICLES[0], viewport: CLS_VIEWPORTS[0], reserved: false },
  ];
  const tasks = plans.flatMap((plan) =>
    Array.from({ length: CLS_RUNS }, () => () => clsRun(browser, origin, plan.article, plan.viewport, plan)),
  );
  const results = await pool(tasks, CLS_CONCURRENCY);
  const summary = [];
  plans.forEach((plan, p) => {
    const runs = results.slice(p * CLS_RUNS, (p + 1) * CLS_RUNS);
    const { article, viewport, reserved } = plan;
    const where = `${article} (${viewport.name}${reserved ? '' : ', control'})`;
    const late = runs.filter((r) => !(r.fcp < r.defined)).length;
    if (late) problems.push(`layout shift ${where}: in ${late} run(s) the widgets were defined before the first paint, so the run does not test the reserved space`);
    const figure = addFigure({
      id: `${reserved ? 'cls' : 'cls-control'}.${path.basename(article, '.html')}.${viewport.name}`,
      group: reserved ? 'cls' : 'cls-control',
      label: `${article}, ${viewport.name} width ${viewport.width} px, whole page in view${reserved ? '' : ', WITHOUT the prerendered fallbacks and the :not(:defined) rules (control)'}`,
      unit: 'layout shift score',
      digits: 4,
      samples: runs.map((r) => r.cls),
      viewport: `${viewport.width}×${viewport.height}`,
      firstContentfulPaintMs: round(median(runs.map((r) => r.fcp)), 0),
      widgetsDefinedMs: round(median(runs.map((r) => r.defined)), 0),
      shiftSources: [...new Set(runs.flatMap((r) => r.shifts.flatMap((s) => s.sources)))],
      // first run: each widget's height before the bundle arrived (the reserved space) and once rendered
      widgetHeightsPx: runs[0].heights,
    });
    if (reserved) summary.push(figure);
  });
  const control = figures.find((f) => f.group === 'cls-control');
  if (!(control.value > 0)) problems.push('layout shift control: no shift measured even without the reserved space, so the CLS figures prove nothing');
  progress('layout shift done');
  return summary;
}

// ---------------------------------------------------------------------------------------------
// comparisons: each a ratio of two pages measured in this run, interleaved, of the medians

/**
 * The static floor: what the 100 mixed widgets of the render benchmark cost the main thread, against the same
 * content as static HTML, the least any page showing it costs. The static twin is the light-DOM prerender of the
 * widget page (prerender(html, { form: 'light' }), what `upr-widgets prerender --light` and the demo articles'
 * build do): each element holds its static fallback, laid out by dist/upr-fallback.css, and the page has no
 * script of ours, so the elements stay undefined and the fallback shows (bench/pages/static-floor.html).
 *
 * The render benchmark's CPU figure (Performance.getMetrics ThreadTime around benchRun()) cannot be taken on a page
 * without a script: it starts after the page has loaded. Here both pages are measured the same way, from the
 * navigation: a trace (categories toplevel and blink.user_timing, little overhead) of each load, and the sum of
 * the thread time (tdur: CPU, not wall time) of every top-level task (ThreadControllerImpl::RunTask) of the page's
 * renderer main thread, from the page's navigationStart to its upr-bench-done mark (after the load event, every
 * widget's updateComplete and a painted frame). That is parsing the HTML, the style sheets, the script (evaluation,
 * upgrade, render), style, layout and paint: what the reader's phone does for the page.
 */
const FLOOR_PAGES = [
  { name: 'widgets', path: '/bench/run/floor-widgets.html', label: '100 mixed widgets (the script, elements in the markup)' },
  { name: 'static', path: '/bench/run/floor-static.html', label: 'the same 100, prerendered light DOM + dist/upr-fallback.css, no script' },
];
const FLOOR_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** The two floor pages: the widget page, and its light-DOM prerender (from the snapshot's prerender.js). */
async function floorPages(widgets) {
  const page = (head) => template('static-floor.html').replace('<!--HEAD-->', head).replace('<!--WIDGETS-->', indent(widgets));
  const { prerender } = await import(pathToFileURL(dist('esm/src/prerender.js')).href);
  return {
    widgets: page(`<script type="module" src="${WIDGETS_SCRIPT}"></script>`),
    static: prerender(page('<link rel="stylesheet" href="/dist/upr-fallback.css" />'), { form: 'light' }),
  };
}

/** Main-thread CPU of one page load in a trace: see FLOOR_PAGES. */
function mainThreadFromTrace(traceEvents, url) {
  const done = traceEvents.find((e) => e.name === 'upr-bench-done' && e.cat.includes('blink.user_timing'));
  if (!done) throw new Error('no upr-bench-done mark in the trace');
  const { pid, tid } = done;
  const navigation = traceEvents
    .filter((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL === url && e.ts <= done.ts)
    .at(-1);
  if (!navigation) throw new Error(`no navigationStart of ${url} in the trace`);
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === pid && e.tid === tid)
    .filter((e) => e.ts + e.dur >= navigation.ts && e.ts <= done.ts)
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  let count = 0;
  let withoutThreadTime = 0;
  for (const task of tasks) {
    if (task.ts < end) continue; // a task nested in one already counted
    // now and then a task of a few µs has no thread time in the trace: its wall time is counted instead
    if (task.tdur === undefined) withoutThreadTime += task.dur;
    cpu += task.tdur ?? task.dur;
    wall += task.dur;
    end = task.ts + task.dur;
    count += 1;
  }
  return { cpu: cpu / 1000, taskTime: wall / 1000, elapsed: (done.ts - navigation.ts) / 1000, tasks: count, withoutThreadTime: withoutThreadTime / 1000 };
}

// ---------------------------------------------------------------------------------------------
// long tasks: the demo articles under 4× CPU throttling, every main-thread task from the widgets' script on

/** The CPU slowdown of the long-task runs (DevTools' "4× slowdown", a mid-range phone). */
const TASK_THROTTLING = 4;
const LONG_TASK_LIMIT_MS = 50;
/** How long the widgets' script is held back in the long-task runs, so that the page has painted before it runs. */
const LONG_TASK_SCRIPT_DELAY_MS = 2500;

/**
 * One run: the article, with the page's main-thread tasks traced. The widgets' tasks are those from the end of the
 * widgets' script's response on, which is held back until the page has been parsed, laid out and painted (the
 * site's DOMContentLoaded handler, a few lines, falls in the window too), until every widget has rendered and 500 ms
 * more. Wall time of each task, which is what the reader waits for under throttling.
 */
async function longTaskRun(browser, origin, article) {
  const { page, close } = await freshPage(browser, `long tasks ${article}`, PHONE);
  const url = `${origin}/${article}`;
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: TASK_THROTTLING });
    // The script is held back until the page has been laid out and painted, as on a phone's network: the page's own
    // first layout (its text, the fallbacks) is not the widgets' work.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === WIDGETS_SCRIPT) setTimeout(() => request.continue().catch(() => {}), LONG_TASK_SCRIPT_DELAY_MS);
      else request.continue().catch(() => {});
    });
    await page.tracing.start({ categories: [...FLOOR_TRACE_CATEGORIES, 'loading'] });
    let timing;
    let failure;
    try {
      await page.goto(url, { waitUntil: 'load' });
      timing = await page.evaluate(async (script) => {
        const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('upr-'));
        await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
        await Promise.all(widgets.map((el) => el.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 500));
        const entry = performance.getEntriesByName(new URL(script, location.href).href)[0];
        return { scriptEnd: entry?.responseEnd, now: performance.now(), widgets: widgets.length };
      }, WIDGETS_SCRIPT);
    } catch (error) {
      failure = error;
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (failure) throw failure;
    if (timing.scriptEnd === undefined) throw new Error(`long tasks ${article}: no request of ${WIDGETS_SCRIPT}`);
    const events = trace.traceEvents;
    const navigation = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).at(-1);
    if (!navigation) throw new Error(`long tasks ${article}: no navigationStart in the trace`);
    const from = navigation.ts + timing.scriptEnd * 1000;
    const to = navigation.ts + timing.now * 1000;
    const painted = events.find((e) => e.name === 'firstContentfulPaint' && e.ts >= navigation.ts);
    if (!painted || painted.ts > from) problems.push(`long tasks ${article}: the page had not painted when the widgets' script arrived; raise LONG_TASK_SCRIPT_DELAY_MS`);
    const tasks = events
      .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === navigation.pid && e.tid === navigation.tid)
      .filter((e) => e.ts >= from && e.ts <= to)
      .map((e) => e.dur / 1000);
    return { longest: Math.max(0, ...tasks), over: tasks.filter((d) => d > LONG_TASK_LIMIT_MS).length, tasks: tasks.length };
  } finally {
    await close();
  }
}

async function measureLongTasks(browser, origin) {
  const result = {};
  for (const article of ARTICLES) {
    await longTaskRun(browser, origin, article); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await longTaskRun(browser, origin, article));
    result[article] = addFigure({
      group: 'long-tasks',
      id: `long-tasks.${path.basename(article, '.html')}`,
      label: `${article}: the longest main-thread task from the widgets' script to rendered, ${TASK_THROTTLING}× CPU throttling`,
      unit: 'ms',
      samples: runs.map((r) => r.longest),
      overLimit: runs.map((r) => r.over),
      tasks: round(median(runs.map((r) => r.tasks)), 0),
    });
  }
  progress('long tasks done');
  return result;
}

// ---------------------------------------------------------------------------------------------
// data chunks: JSON.parse of a string, or an object literal (scripts/data-chunks.mjs, chunkModule)

/** The chunks compared: the two largest a page loads (the timeline's events, every source), in Vietnamese. */
const FORMAT_CHUNKS = [['events', 'vi'], ['sources', 'vi']];

/**
 * Each chunk as a module in both formats, imported from a blob URL (already in memory: parse, compile and evaluate,
 * no network), a comment making every source new so that no compilation cache answers; the formats take turns.
 */
async function measureChunkFormats(browser, origin) {
  const dataset = loadShippedDataset();
  const { page, close } = await freshPage(browser, 'data chunk formats', PHONE);
  const result = {};
  try {
    await page.goto(`${origin}/bench/run/memory.html`, { waitUntil: 'load' });
    for (const [collection, lang] of FORMAT_CHUNKS) {
      const content = chunkContent(dataset, collection, undefined, lang);
      const sources = { json: chunkModule(content, 'json'), literal: chunkModule(content, 'literal') };
      const samples = { json: [], literal: [] };
      for (let i = 0; i < RUNS * 3; i += 1) {
        for (const format of i % 2 ? ['literal', 'json'] : ['json', 'literal']) {
          samples[format].push(
            await page.evaluate(async (code) => {
              const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
              const start = performance.now();
              const module = await import(url);
              const time = performance.now() - start;
              URL.revokeObjectURL(url);
              if (!module.default) throw new Error('no data');
              return time;
            }, `${sources[format]}// ${format} ${i}\n`),
          );
        }
      }
      const figure = (format) =>
        addFigure({
          group: 'chunk-format',
          id: `chunk-format.${collection}.${lang}.${format}`,
          label: `data-${collection}.${lang} (${sources[format].length} bytes) as ${format === 'json' ? 'JSON.parse of a string' : 'an object literal'}: import() of a blob`,
          unit: 'ms',
          digits: 2,
          samples: samples[format],
        });
      result[collection] = { json: figure('json'), literal: figure('literal') };
    }
  } finally {
    await close();
  }
  progress('data chunk formats done');
  return result;
}

async function floorRun(browser, origin, floorPage, expectedCount) {
  const { page, close } = await freshPage(browser, `static floor ${floorPage.name}`, PHONE);
  const url = `${origin}${floorPage.path}`;
  try {
    await page.tracing.start({ categories: FLOOR_TRACE_CATEGORIES });
    let result;
    let failure;
    try {
      await page.goto(url, { waitUntil: 'load' });
      result = await page.evaluate(() => window.benchDone);
    } catch (error) {
      failure = error;
    }
    // (tracing is browser-wide: it is stopped whatever happened)
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (failure) throw failure;
    const where = `static floor ${floorPage.name}`;
    for (const p of result.problems) problems.push(`${where}: ${p}`);
    if (result.count !== expectedCount) problems.push(`${where}: ${result.count} widgets on the page, expected ${expectedCount}`);
    if (floorPage.name === 'widgets') {
      if (result.defined !== result.count) problems.push(`${where}: ${result.count - result.defined} widgets not defined`);
      if (!result.scripts.includes(WIDGETS_SCRIPT)) problems.push(`${where}: the page does not load ${WIDGETS_SCRIPT}`);
    } else {
      if (result.defined !== 0) problems.push(`${where}: ${result.defined} elements defined on the static page`);
      if (result.scripts.length) problems.push(`${where}: the static page loads ${result.scripts.join(', ')}`);
      if (!result.styleSheets.includes('/dist/upr-fallback.css')) problems.push(`${where}: the static page does not link /dist/upr-fallback.css`);
    }
    const thread = mainThreadFromTrace(trace.traceEvents, url);
    if (thread.withoutThreadTime > thread.cpu / 100) {
      problems.push(`${where}: ${round(thread.withoutThreadTime, 1)} ms of tasks without thread time in the trace (over 1 % of the CPU figure, which would be partly wall time)`);
    }
    return { ...thread, prerendered: result.prerendered };
  } finally {
    await close();
  }
}

async function measureStaticFloor(browser, origin, expectedCount) {
  const runs = Object.fromEntries(FLOOR_PAGES.map((p) => [p.name, []]));
  for (const floorPage of FLOOR_PAGES) await floorRun(browser, origin, floorPage, expectedCount); // warm-up
  for (let i = 0; i < RUNS; i += 1) {
    // the two pages take turns, and which goes first alternates from round to round
    const order = i % 2 ? [...FLOOR_PAGES].reverse() : FLOOR_PAGES;
    for (const floorPage of order) runs[floorPage.name].push(await floorRun(browser, origin, floorPage, expectedCount));
  }
  const base = { group: 'static-floor', unit: 'ms' };
  const cpu = {};
  for (const floorPage of FLOOR_PAGES) {
    const results = runs[floorPage.name];
    cpu[floorPage.name] = addFigure({
      ...base,
      id: `static-floor.${floorPage.name}.cpu`,
      label: `${floorPage.label}: main-thread CPU, navigation to rendered and painted`,
      pageLabel: floorPage.label,
      samples: results.map((r) => r.cpu),
      elapsedMs: round(median(results.map((r) => r.elapsed)), 1),
      tasks: round(median(results.map((r) => r.tasks)), 0),
    });
  }
  const ratio = round(cpu.widgets.value / cpu.static.value, 2);
  addFigure({
    group: 'static-floor-ratio',
    id: 'static-floor.ratio',
    label: 'static floor: widget page CPU / static page CPU (ratio of the medians)',
    unit: 'ratio',
    value: ratio,
    runs: RUNS,
    roundRatios: runs.widgets.map((w, i) => round(w.cpu / runs.static[i].cpu, 2)),
  });
  progress('static floor done');
  return { ratio, widgets: cpu.widgets, static: cpu.static };
}

/**
 * The peer: TimelineJS3 showing every event, against <upr-timeline> showing every event (the render case
 * timeline-all). Both pages work the same way (bench/pages/render.html and timelinejs.html): the library's
 * script is fetched and compiled ahead (modulepreload), then, from the start mark, evaluated by import() and the
 * timeline rendered (ours: updateComplete; TimelineJS: its "ready" event, after "loaded") and a frame painted.
 * It is a render case, so it takes its turn in measureRender's rounds with the others.
 */
function peerCase() {
  return {
    name: 'timelinejs-all',
    label: `TimelineJS3 ${TIMELINEJS_VERSION} (peer) alone, all ${events.length} events, English ("every updateComplete": its ready event)`,
    page: timelineJsPage(),
    widgets: [],
    count: 1,
    items: events.length,
  };
}

function peerFigure() {
  const ours = figures.find((f) => f.id === 'render.timeline-all.painted');
  const peer = figures.find((f) => f.id === 'render.timelinejs-all.painted');
  const ratio = round(ours.value / peer.value, 3);
  addFigure({
    group: 'peer-ratio',
    id: 'peer.timelinejs.ratio',
    label: '<upr-timeline> / TimelineJS3, all events, script start to rendered and painted (ratio of the medians)',
    unit: 'ratio',
    value: ratio,
    runs: ours.runs,
    roundRatios: ours.samples.map((o, i) => round(o / peer.samples[i], 3)),
  });
  return { ratio, ours, peer };
}

/**
 * Lighthouse on the English demo article, three ways (all served from memory, from the snapshot taken at the start,
 * under /demo/ so that the article's relative links still work):
 *   widgets     demo/article-en.html as it is: the prerendered fallbacks and the widgets' script;
 *   static      the same without the widgets' script tag: the prerendered fallbacks, laid out by
 *               upr-fallback.css, are the content; nothing else changes;
 *   timelinejs  the article as it is, with a TimelineJS3 embed (bench/timelinejs.mjs: its documented embed, the
 *               same events, the same one opened) in place of each <upr-timeline> and its fallback. Our script
 *               stays, for the article's other widgets: so this page and `widgets` differ in one thing only, which
 *               timeline the article has, and "timelinejs − widgets" is what TimelineJS instead of <upr-timeline>
 *               costs this article. (Without our script, the page would lose the other widgets too and its
 *               difference from either page would mix two changes.) The one-file bundle still holds the code of
 *               <upr-timeline>, as on the `widgets` page: that code is not what is compared, the timeline is.
 */
const LIGHTHOUSE_PAGES = [
  { name: 'widgets', path: '/demo/bench-lighthouse-widgets.html', label: 'demo/article-en.html with the widgets (as it is)' },
  { name: 'static', path: '/demo/bench-lighthouse-static.html', label: 'the same without the widgets\' script (prerendered fallbacks only)' },
  { name: 'timelinejs', path: '/demo/bench-lighthouse-timelinejs.html', label: 'the same with TimelineJS3 in place of `<upr-timeline>` (our script for the other widgets)' },
];
const ARTICLE_URL_PATH = '/demo/article-en.html';

/** The events a <upr-timeline>'s attributes select (cycles, kinds; from and to as years), as the widget filters them. */
function timelineEvents(attributes) {
  const list = (value) => value?.trim().toLowerCase().split(/[\s,;]+/).filter(Boolean);
  const unsupported = Object.keys(attributes).filter((name) => !['cycles', 'kinds', 'from', 'to', 'highlight', 'layout', 'heading-level', 'lang', 'theme', 'class', 'id'].includes(name));
  if (unsupported.length) throw new Error(`bench: the article's <upr-timeline> has ${unsupported.join(', ')}, which bench/timelinejs.mjs does not reproduce`);
  const cycles = list(attributes.cycles)?.map((c) => ['i', 'ii', 'iii', 'iv'].indexOf(c) + 1 || Number(c));
  const kinds = list(attributes.kinds);
  const year = (iso) => Number(iso.slice(0, 4));
  return events.filter((e) => (!cycles || cycles.includes(e.cycle))
    && (!kinds || kinds.includes(e.kind))
    && (!attributes.from || year(e.endDate ?? e.date) >= year(attributes.from))
    && (!attributes.to || year(e.date) <= year(attributes.to)));
}

/** The three article pages of LIGHTHOUSE_PAGES, from the article's HTML. */
function lighthousePages(article) {
  const articleUrl = new URL(ARTICLE_URL_PATH, 'http://bench.invalid');
  let scripts = 0;
  const withoutScript = article.replace(/[ \t]*<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>\n?/g, (tag, src) => {
    if (new URL(src, articleUrl).pathname !== WIDGETS_SCRIPT) return tag;
    scripts += 1;
    return '';
  });
  if (scripts !== 1) throw new Error(`bench: ${ARTICLE_URL_PATH} has ${scripts} script tags of ${WIDGETS_SCRIPT}, expected 1`);
  let timelines = 0;
  let slides = 0;
  const withTimelineJs = article.replace(/<upr-timeline\b([^>]*)>[\s\S]*?<\/upr-timeline>/g, (element, attributeText) => {
    const attributes = Object.fromEntries([...attributeText.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']));
    const shown = timelineEvents(attributes);
    timelines += 1;
    slides += shown.length;
    return timelineJsEmbed(shown, { id: `timeline-embed-${timelines}`, start: attributes.highlight, files: timelines === 1 });
  });
  if (!timelines) throw new Error(`bench: ${ARTICLE_URL_PATH} has no <upr-timeline>`);
  return { widgets: article, static: withoutScript, timelinejs: withTimelineJs, timelines, slides };
}

/**
 * Each Lighthouse page once in the benchmark's browser, before the Lighthouse runs, to check that it is what it
 * should be (Lighthouse's performance category would not notice a widget or TimelineJS failing): no console
 * error, failed or outside request (freshPage); with the widgets every element defined; without, none defined; with
 * TimelineJS no <upr-timeline> left, every other widget defined and every event's slide built.
 */
async function checkLighthousePages(browser, origin, expectedSlides) {
  for (const lhPage of LIGHTHOUSE_PAGES) {
    const where = `lighthouse ${lhPage.name} (check in the benchmark's browser)`;
    const { page, close } = await freshPage(browser, where, PHONE);
    try {
      await page.goto(`${origin}${lhPage.path}`, { waitUntil: 'load' });
      const state = await page.evaluate(async (tags, waitForWidgets) => {
        const elements = () => [...document.querySelectorAll(tags.join(','))];
        if (waitForWidgets) {
          await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), new Promise((resolve) => setTimeout(resolve, 5000))]);
          await Promise.all(elements().map((element) => element.updateComplete));
        }
        return {
          widgets: elements().length,
          defined: elements().filter((element) => element.matches(':defined')).length,
          timelines: document.querySelectorAll('upr-timeline').length,
          slides: document.querySelectorAll('.tl-slide').length,
        };
      }, TAGS, lhPage.name !== 'static');
      const expect = (ok, message) => ok || problems.push(`${where}: ${message}`);
      expect(state.widgets > 0, 'no widget on the page');
      if (lhPage.name === 'static') expect(state.defined === 0, `${state.defined} widgets defined without the script`);
      else expect(state.defined === state.widgets, `${state.widgets - state.defined} of ${state.widgets} widgets not defined`);
      if (lhPage.name === 'timelinejs') {
        expect(state.timelines === 0, `${state.timelines} <upr-timeline> left`);
        expect(state.slides === expectedSlides, `TimelineJS built ${state.slides} slides, expected ${expectedSlides}`);
      } else {
        expect(state.timelines > 0, 'no <upr-timeline>');
        expect(state.slides === 0, 'TimelineJS on the page');
      }
    } finally {
      await close();
    }
  }
}

async function measureLighthouse(origin, executablePath) {
  const runs = Object.fromEntries(LIGHTHOUSE_PAGES.map((p) => [p.name, []]));
  let about;
  // the pages take turns, round by round, as in the other comparisons
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    for (const lhPage of LIGHTHOUSE_PAGES) {
      const where = `lighthouse ${lhPage.name}`;
      const result = await runLighthouse(`${origin}${lhPage.path}`, executablePath);
      if (result.error) problems.push(`${where}: ${result.error}`);
      for (const warning of result.warnings ?? []) problems.push(`${where}: Lighthouse warned: ${warning}`);
      const away = (result.requests ?? []).filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
      if (away.length) problems.push(`${where}: requests outside the local server: ${[...new Set(away)].join(', ')}`);
      about ??= { lighthouseVersion: result.lighthouseVersion, ...result.settings };
      runs[lhPage.name].push(result);
    }
    progress(`lighthouse round ${i + 1}/${LIGHTHOUSE_RUNS} done`);
  }
  const summary = {};
  for (const lhPage of LIGHTHOUSE_PAGES) {
    const results = runs[lhPage.name].filter((r) => !r.error);
    if (!results.length) continue;
    const base = { group: 'lighthouse', page: lhPage.name, pageLabel: lhPage.label };
    const figure = (what, label, unit, digits) => addFigure({ ...base, id: `lighthouse.${lhPage.name}.${what}`, label: `${lhPage.label}: ${label}`, unit, digits, samples: results.map((r) => r[what]) });
    summary[lhPage.name] = {
      score: figure('score', 'Lighthouse performance score', 'points', 0),
      tbt: figure('tbt', 'Total Blocking Time', 'ms', 0),
      cls: figure('cls', 'Cumulative Layout Shift', 'layout shift score', 4),
      lcp: figure('lcp', 'Largest Contentful Paint', 'ms', 0),
      requests: results[0].requests.length,
    };
  }
  progress('lighthouse done');
  return { summary, about };
}

// ---------------------------------------------------------------------------------------------
// report

const fmtBytes = (n) => `${n.toLocaleString('en-US')}`;
const spread = (f) => (f.samples ? `${f.min}–${f.max}` : '');

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function report(result) {
  const out = [];
  const m = result.machine;
  out.push(`## upr-widgets benchmark, ${result.date}`);
  out.push('');
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.chromium} (headless). ` +
    `Load average (1, 5, 15 min) at start ${m.loadAverage.join(', ')}, at end ${m.loadAverageAtEnd.join(', ')}.`);
  out.push('');
  out.push('### Size');
  out.push('');
  const byId = (id) => figures.find((f) => f.id === id);
  out.push(table(['output', 'bytes', 'gzip -9', 'brotli q11'], [
    ['`dist/upr-widgets.js`', 'esm'],
    ['`dist/upr-widgets.iife.js`', 'iife'],
    ['`dist/esm/src/**/*.js` (npm modules, not minified, summed per file)', 'npm-modules'],
    ['`dist/esm/data/*.json` (their dataset, summed per file)', 'npm-data'],
  ].map(([name, id]) => [name, fmtBytes(byId(`size.${id}.bytes`).value), fmtBytes(byId(`size.${id}.gzip`).value), fmtBytes(byId(`size.${id}.brotli`).value)])));
  out.push('');
  out.push(`Informative: bundle without the dataset ${fmtBytes(byId('size.bundle-without-dataset.gzip').value)} bytes gzip; ` +
    `the dataset adds ${fmtBytes(byId('size.dataset-in-bundle.gzip').value)} bytes gzip to the bundle; ` +
    `the dataset alone as minified JSON is ${fmtBytes(byId('size.dataset-json.bytes').value)} bytes, ${fmtBytes(byId('size.dataset-json.gzip').value)} gzip.`);
  out.push('');
  out.push(`### Render (ms from the start mark, median of ${RUNS} runs, min–max; phone viewport ${PHONE.width}×${PHONE.height})`);
  out.push('');
  const cases = [...new Set(figures.filter((f) => f.group === 'render').map((f) => f.case))];
  out.push(table(['case', 'import() settled', 'every updateComplete', 'rendered + frame painted', 'spread (painted)', 'main-thread CPU (spread)', 'style + layout'], cases.map((c) => {
    const f = (what) => byId(`render.${c}.${what}`);
    return [f('painted').caseLabel, f('evaluate').value, f('updated').value, `**${f('painted').value}**`, spread(f('painted')), `${f('cpu').value} (${spread(f('cpu'))})`, f('style-layout').value];
  })));
  out.push('');
  out.push('The first four columns are wall-clock time from the start mark. The last two come from the DevTools ' +
    'protocol (Performance.getMetrics) read just before the start and just after the frame: the renderer main ' +
    'thread\'s CPU time (which waiting for a busy machine does not inflate, so it varies less), and the time spent ' +
    'in style recalculation and layout.');
  out.push('');
  out.push(`### Memory (100 mixed widgets, median of ${RUNS} runs after a full GC, min–max)`);
  out.push('');
  out.push(table(['what', 'median', 'spread', 'unit'], figures.filter((f) => f.group === 'memory').map((f) => [f.label, f.value, spread(f), f.unit])));
  out.push('');
  out.push(`### Layout shift (sum of layout-shift entries without recent input, navigation to load + ${CLS_WINDOW_AFTER_LOAD_MS / 1000} s; bundle held back until the first paint and ≥ ${SCRIPT_DELAY_MS} ms; median of ${CLS_RUNS} runs, min–max)`);
  out.push('');
  out.push(table(['page', 'viewport', 'CLS', 'spread', 'first paint (ms)', 'widgets defined (ms)'], figures.filter((f) => f.group === 'cls' || f.group === 'cls-control').map((f) => [
    f.label, f.viewport, f.value, spread(f), f.firstContentfulPaintMs, f.widgetsDefinedMs,
  ])));
  out.push('');
  const shifted = figures.filter((f) => f.group === 'cls' && f.value > 0 && f.id.endsWith('.phone'));
  if (shifted.length) {
    out.push('Where the shifts come from: each widget\'s height before the bundle ran (the space reserved by the ' +
      ':not(:defined) rules, or its fallback content) and once rendered, in CSS px (first run; every viewport in the JSON):');
    out.push('');
    for (const f of shifted) {
      out.push(`${f.label}:`);
      out.push('');
      out.push(table(['widget', 'reserved', 'rendered'], f.widgetHeightsPx.map((h) => [`\`${h.widget}\``, h.reserved ?? '?', h.rendered])));
      out.push('');
    }
  }
  out.push('### Comparisons (each a ratio of two pages measured in this run, taking turns; ratio of the medians)');
  out.push('');
  out.push(`Static floor: main-thread CPU (thread time of the renderer main thread's tasks, from a trace) from navigation to rendered and painted, phone viewport, median of ${RUNS} runs, min–max:`);
  out.push('');
  const floorRows = figures.filter((f) => f.group === 'static-floor');
  const floorRatio = byId('static-floor.ratio');
  out.push(table(['page', 'main-thread CPU (ms)', 'spread', 'navigation to done, wall (ms)', 'ratio to static'], floorRows.map((f) => [
    f.pageLabel, `**${f.value}**`, spread(f), f.elapsedMs, f.id.includes('.widgets.') ? `**${floorRatio.value}**` : '1',
  ])));
  out.push('');
  const ours = byId('render.timeline-all.painted');
  const theirs = byId('render.timelinejs-all.painted');
  const peerRatio = byId('peer.timelinejs.ratio');
  out.push(`Peer: a timeline of all ${events.length} events, from the start mark (script fetched and compiled ahead) to rendered and a frame painted, the render runs above (median of ${RUNS}):`);
  out.push('');
  out.push(table(['timeline', 'rendered + frame painted (ms)', 'spread', 'main-thread CPU (ms)', 'ratio to TimelineJS'], [
    ['`<upr-timeline>`', `**${ours.value}**`, spread(ours), byId('render.timeline-all.cpu').value, `**${peerRatio.value}**`],
    [`TimelineJS3 ${TIMELINEJS_VERSION}`, `**${theirs.value}**`, spread(theirs), byId('render.timelinejs-all.cpu').value, '1'],
  ]));
  out.push('');
  const taskRows = figures.filter((f) => f.group === 'long-tasks');
  out.push(`Long tasks: the longest main-thread task from the end of the widgets' script's response to every widget rendered (and 500 ms more), ${TASK_THROTTLING}× CPU throttling, phone viewport, median of ${RUNS} runs, min–max:`);
  out.push('');
  out.push(table(['page', 'longest task (ms)', 'spread', `runs with a task over ${LONG_TASK_LIMIT_MS} ms`, 'tasks'], taskRows.map((f) => [
    f.label.split(':')[0], `**${f.value}**`, spread(f), f.overLimit.filter((n) => n > 0).length, f.tasks,
  ])));
  out.push('');
  const formatRows = figures.filter((f) => f.group === 'chunk-format');
  out.push(`Data chunks: import() of a chunk already in memory (a blob), parse, compile and evaluate, median of ${RUNS * 3}, the formats taking turns:`);
  out.push('');
  out.push(table(['chunk', 'ms', 'spread'], formatRows.map((f) => [f.label.replace(/: import.*$/, ''), `**${f.value}**`, spread(f)])));
  out.push('');
  if (result.lighthouse) {
    const lh = result.lighthouse;
    out.push(`Lighthouse ${lh.lighthouseVersion} on ${ARTICLE_URL_PATH.slice(1)} (performance, ${lh.formFactor}, ${lh.throttlingMethod} throttling, screen ${lh.screen}; median of ${LIGHTHOUSE_RUNS} runs, min–max):`);
    out.push('');
    const base = figures.find((f) => f.id === 'lighthouse.static.tbt');
    out.push(table(['page', 'score', 'TBT (ms)', 'TBT − without widgets', 'CLS', 'LCP (ms)'], LIGHTHOUSE_PAGES.filter((p) => byId(`lighthouse.${p.name}.score`)).map((p) => {
      const f = (what) => byId(`lighthouse.${p.name}.${what}`);
      return [p.label, `**${f('score').value}** (${spread(f('score'))})`, `**${f('tbt').value}** (${spread(f('tbt'))})`, base ? round(f('tbt').value - base.value, 0) : '?', `${f('cls').value} (${spread(f('cls'))})`, f('lcp').value];
    })));
    out.push('');
    out.push('Lighthouse simulates its throttling from the tasks it observed (4× slower CPU): on a busy machine every task is ' +
      'longer and Total Blocking Time jumps from run to run (see the spreads). For figures to quote, run on an idle machine ' +
      'with more runs (--lighthouse-runs 5 or more).');
    out.push('');
  } else {
    out.push(`Lighthouse: ${LIGHTHOUSE ? 'no valid run' : 'skipped (--no-lighthouse)'}.`);
    out.push('');
  }
  out.push('### Budgets');
  out.push('');
  out.push(table(['budget', 'limit', 'measured', 'result'], result.budgets.map((b) => [b.name, b.limitText, b.measuredText, b.status === 'SKIPPED' ? 'skipped' : b.enforced ? `**${b.status}**` : `${b.status} (reported only)`])));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// main

// Everything is measured on one snapshot of the build, taken now, so that a build started meanwhile (in
// another terminal) cannot change the files halfway through. Under bench-results/ (git-ignored) so that the
// re-bundling still finds node_modules.
const SNAPSHOT = path.join(root, 'bench-results/.dist-snapshot');
/**
 * The widgets' script as a file of dist/ (WIDGETS_SCRIPT without /dist/); in a folder of dist/ (a loader and its
 * chunks, say), that whole folder is taken.
 */
const WIDGETS_SCRIPT_FILE = WIDGETS_SCRIPT.slice('/dist/'.length);
function snapshotDist() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  const own = WIDGETS_SCRIPT_FILE.includes('/') ? WIDGETS_SCRIPT_FILE.split('/')[0] : WIDGETS_SCRIPT_FILE;
  const files = [...new Set(['upr-widgets.js', 'upr-widgets.iife.js', own, 'upr-fallback.css'])];
  for (const file of [...files, WIDGETS_SCRIPT_FILE, 'esm/src/index.js', 'esm/src/prerender.js', 'esm/data']) {
    if (!existsSync(path.join(root, 'dist', file))) {
      console.error(`bench: dist/${file} is missing; build first (npm run bench builds)`);
      process.exit(2);
    }
  }
  for (const file of [...files, 'esm']) {
    cpSync(path.join(root, 'dist', file), path.join(SNAPSHOT, file), { recursive: true });
  }
  // the Lighthouse runs' article (built by npm run build, scripts/demo-articles.mjs), in memory
  const article = path.join(root, ARTICLE_URL_PATH);
  if (!existsSync(article)) {
    console.error(`bench: ${ARTICLE_URL_PATH.slice(1)} is missing; build first (npm run bench builds)`);
    process.exit(2);
  }
  return readFileSync(article, 'utf8');
}
const articleSnapshot = snapshotDist();
const dist = (file) => path.join(SNAPSHOT, file);
/** The registry's widgets and their specs, from the snapshot's npm modules (bench/widgets.mjs). */
const specs = await loadSpecs(pathToFileURL(`${SNAPSHOT}/`));
const TAGS = specs.map((s) => s.tag);

progress('sizes…');
await measureSizes();
progress('sizes done');

const cases = [...renderCases(specs), peerCase()];
for (const benchCase of cases) servedPages.set(`/bench/run/${benchCase.name}.html`, html(benchCase.page ?? widgetsPage(benchCase.widgets)));
servedPages.set('/bench/run/memory.html', html(template('memory.html')));
servedPages.set(TIMELINEJS_URLS.module, { type: 'js', body: timelineJsModule() });
const floorWidgets = mixedWidgets(100, specs);
const floor = await floorPages(floorWidgets);
for (const floorPage of FLOOR_PAGES) servedPages.set(floorPage.path, html(floor[floorPage.name]));
const articles = lighthousePages(articleSnapshot);
for (const lhPage of LIGHTHOUSE_PAGES) servedPages.set(lhPage.path, html(articles[lhPage.name]));

const { origin, browser, close } = await startHeadless('bench', [benchMiddleware()]);
let chromiumVersion;
let cls;
let staticFloor;
let longTasks;
let peer;
let lighthouseResult;
try {
  chromiumVersion = await browser.version();
  await measureRender(browser, origin, cases);
  peer = peerFigure();
  await measureMemory(browser, origin);
  cls = await measureCls(browser, origin);
  staticFloor = await measureStaticFloor(browser, origin, floorWidgets.length);
  longTasks = await measureLongTasks(browser, origin);
  await measureChunkFormats(browser, origin);
  if (LIGHTHOUSE) {
    await checkLighthousePages(browser, origin, articles.slides);
    progress(`lighthouse: ${LIGHTHOUSE_PAGES.length} pages × ${LIGHTHOUSE_RUNS} runs…`);
    lighthouseResult = await measureLighthouse(origin, detectEngines().find((engine) => engine.name === 'chromium').paths.executable);
  }
} finally {
  await close();
}

const clsWorst = Math.max(...cls.map((f) => f.max));
const longestTask = Math.max(...Object.values(longTasks).map((f) => f.max));
const budgets = [
  {
    name: `the longest main-thread task the widgets cause on the demo articles, ${TASK_THROTTLING}× CPU throttling (worst run)`,
    limit: LONG_TASK_LIMIT_MS,
    unit: 'ms',
    measured: longestTask,
    limitText: `≤ ${LONG_TASK_LIMIT_MS} ms`,
    measuredText: `${longestTask} ms (medians ${Object.entries(longTasks).map(([article, f]) => `${path.basename(article)} ${f.value}`).join(', ')})`,
    status: longestTask <= LONG_TASK_LIMIT_MS ? 'PASS' : 'FAIL',
    enforced: true,
  },
  {
    name: 'layout shift of the demo articles (worst run of every page and viewport)',
    limit: BUDGETS.cls.limit,
    unit: 'layout shift score',
    measured: round(clsWorst, 4),
    limitText: '= 0',
    measuredText: `${round(clsWorst, 4)}`,
    status: clsWorst === 0 ? 'PASS' : 'FAIL',
    enforced: true,
  },
  {
    name: 'static floor: main-thread CPU of 100 mixed widgets / the same page as static HTML (medians)',
    limit: BUDGETS.staticFloor.limit,
    unit: 'ratio',
    measured: staticFloor.ratio,
    limitText: `≤ ${BUDGETS.staticFloor.limit}`,
    measuredText: `${staticFloor.ratio} (${staticFloor.widgets.value} ms / ${staticFloor.static.value} ms)`,
    status: staticFloor.ratio <= BUDGETS.staticFloor.limit ? 'PASS' : 'FAIL',
    enforced: true,
  },
  {
    name: `peer: \`<upr-timeline>\` / TimelineJS3 ${TIMELINEJS_VERSION}, all events, script start to rendered and painted (medians)`,
    limit: BUDGETS.peerTimeline.limit,
    unit: 'ratio',
    measured: peer.ratio,
    limitText: `≤ ${BUDGETS.peerTimeline.limit}`,
    measuredText: `${peer.ratio} (${peer.ours.value} ms / ${peer.peer.value} ms)`,
    status: peer.ratio <= BUDGETS.peerTimeline.limit ? 'PASS' : 'FAIL',
    enforced: true,
  },
  ...lighthouseBudgets(),
];

/** The Lighthouse budgets: reported as skipped with --no-lighthouse, or when a page had no valid run. */
function lighthouseBudgets() {
  const summary = lighthouseResult?.summary;
  const a = summary?.widgets;
  const b = summary?.static;
  const skipped = (name, limitText, unit) => ({
    name, limitText, unit, measuredText: LIGHTHOUSE ? 'no valid Lighthouse run' : 'not measured (--no-lighthouse)', status: LIGHTHOUSE ? 'FAIL' : 'SKIPPED', enforced: LIGHTHOUSE,
  });
  const tbtName = 'Lighthouse: Total Blocking Time the widgets add to the demo article (with − without the script, medians)';
  const clsName = 'Lighthouse: CLS of the demo article with the widgets (worst run)';
  const scoreName = 'Lighthouse: performance score of the demo article with the widgets, against without (medians)';
  const tbtLimit = `≤ ${BUDGETS.lighthouseTbt.limit} ms`;
  if (!a || !b) return [skipped(tbtName, tbtLimit, 'ms'), skipped(clsName, '= 0', 'layout shift score'), skipped(scoreName, 'no drop', 'points')];
  const tbtAdded = round(a.tbt.value - b.tbt.value, 0);
  const worstCls = round(a.cls.max, 4);
  return [
    {
      name: tbtName,
      limit: BUDGETS.lighthouseTbt.limit,
      unit: 'ms',
      measured: tbtAdded,
      limitText: tbtLimit,
      measuredText: `${tbtAdded} ms (${a.tbt.value} ms − ${b.tbt.value} ms)`,
      status: tbtAdded <= BUDGETS.lighthouseTbt.limit ? 'PASS' : 'FAIL',
      enforced: true,
    },
    {
      name: clsName,
      limit: BUDGETS.lighthouseCls.limit,
      unit: 'layout shift score',
      measured: worstCls,
      limitText: '= 0',
      measuredText: `${worstCls} (median ${a.cls.value})`,
      status: worstCls === BUDGETS.lighthouseCls.limit ? 'PASS' : 'FAIL',
      enforced: true,
    },
    {
      name: scoreName,
      limit: b.score.value,
      unit: 'points',
      measured: a.score.value,
      limitText: `≥ without the widgets (${b.score.value})`,
      measuredText: `${a.score.value} (${a.score.min}–${a.score.max})`,
      status: a.score.value >= b.score.value ? 'PASS' : 'FAIL',
      enforced: true,
    },
  ];
}

const result = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: loadAtStart,
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
  },
  method: {
    render: 'Each run: a new browser context (empty HTTP cache, no V8 code cache) and page, phone viewport ' +
      `${PHONE.width}×${PHONE.height}. The widgets are in the page's markup (bench/pages/render.html). The bundle is fetched and ` +
      'compiled by <link rel=modulepreload> but not evaluated; after the load event and one painted frame, the benchmark ' +
      'calls benchRun(), which marks the start with performance.now() and evaluates the bundle with import(). "evaluate": import() settled (bundle ' +
      'evaluated, elements defined and upgraded; their first updates are microtasks queued during the evaluation, so ' +
      'they have usually run too: the "bundle-only" case, without widgets, is the cost of evaluating the bundle). "updated": every element\'s updateComplete resolved with none pending. ' +
      '"painted": a task posted from the next requestAnimationFrame callback ran, i.e. that frame\'s style, layout and ' +
      'paint were done on the main thread (this includes waiting for that frame: up to one 16.7 ms interval at 60 Hz). ' +
      'Main-thread CPU time (ThreadTime), RecalcStyleDuration and LayoutDuration: differences of ' +
      'CDP Performance.getMetrics read just before benchRun() and just after it returned. ' +
      'Network and parse time of the bundle are not included. One warm-up run per case is not recorded; then the ' +
      'cases take turns, one run each per round.',
    mix: describeMix(100, specs),
    memory: 'Each run: a new context; HeapProfiler.collectGarbage twice, then Performance.getMetrics (JSHeapUsedSize, ' +
      'Nodes) and Runtime.getHeapUsage (embedderHeapUsedSize: Blink\'s heap, DOM included), before the bundle, after ' +
      'evaluating it, and after 100 mixed widgets (innerHTML) rendered and a frame painted. Figures are differences.',
    cls: `Each run: a new context, a viewport tall enough to hold the whole article (only movement inside the viewport counts); a PerformanceObserver for layout-shift (buffered) installed before any page script; ` +
      `the bundle response held back (request interception) until the page's first contentful paint and at least ${SCRIPT_DELAY_MS} ms, so that the page is painted, with the ` +
      'space reserved by the documented :not(:defined) CSS, before the widgets exist; sum of the values of all entries ' +
      `without hadRecentInput from navigation to ${CLS_WINDOW_AFTER_LOAD_MS} ms after the load event (no session windows: ` +
      'the sum is an upper bound of web-vitals CLS). The control runs serve the article as written, without its prerendered fallbacks, and remove the :not(:defined) rules from article.css.',
    size: 'gzip: node:zlib gzipSync level 9; brotli: node:zlib brotliCompressSync quality 11. Several files: compressed ' +
      'one by one and summed.',
    widgetsScript: WIDGETS_SCRIPT,
    staticFloor: 'Two pages from bench/pages/static-floor.html, phone viewport: the 100 mixed widgets (the render mix) in the markup ' +
      `with <script type=module src=${WIDGETS_SCRIPT}> in the head, and the same page prerendered by the snapshot's ` +
      'prerender(html, { form: \'light\' }) (dist/esm/src/prerender.js), with dist/upr-fallback.css linked instead of the script, so ' +
      'the elements stay undefined and their static fallbacks show. Each run: a new context, a trace of the load (categories ' +
      `${FLOOR_TRACE_CATEGORIES.join(', ')}); the figure is the sum of the thread time (CPU) of the top-level tasks ` +
      '(ThreadControllerImpl::RunTask) of the renderer main thread from the page\'s navigationStart to its upr-bench-done mark ' +
      '(after the load event, every updateComplete and a painted frame). One warm-up run of each page, then the two take turns, ' +
      'RUNS rounds, the first of the pair alternating. The ratio is of the medians; roundRatios in the JSON are each round\'s.',
    peer: `TimelineJS3 ${TIMELINEJS_VERSION} (@knight-lab/timelinejs, dist/js/timeline.js served as an ES module, dist/css/timeline.css), ` +
      'every event of data/events.json (date, end date, English title as headline and summary as text), on bench/pages/timelinejs.html, ' +
      'against the render case timeline-all (<upr-timeline>, every event). Both measured like every render case and in the same ' +
      'rounds: script fetched and compiled ahead (modulepreload), from the start mark import() and render (ours: updateComplete; ' +
      'TimelineJS: its ready event, fired after loaded) and a painted frame. TimelineJS loads nothing from the internet: ' +
      'script_path points at the local dist/js/, font: null (its default font CSS loads Google Fonts, which the package does not ' +
      'hold), English is built in; every request of the page is checked (a request failing or answering ≥ 400 invalidates the run).',
    lighthouse: `Lighthouse (npm lighthouse, performance category, default mobile settings: simulated throttling, mobile form factor and ` +
      `screen), ${LIGHTHOUSE_RUNS} run(s) per page, the pages taking turns; each run in a new headless Chromium (puppeteer-core, the ` +
      'system Chromium, background networking off). The pages (bench/lighthouse.mjs and LIGHTHOUSE_PAGES in scripts/bench.mjs): ' +
      `${ARTICLE_URL_PATH} as built, the same without the widgets' script tag (its prerendered fallbacks stay), the same with ` +
      'TimelineJS3 (documented embed, the same events) in place of each <upr-timeline>, our script kept for the other widgets. ' +
      'Medians; every request Lighthouse saw must be to the local server.',
  },
  lighthouse: lighthouseResult?.about,
  budgets,
  figures,
  problems,
  durationSeconds: round((Date.now() - started) / 1000, 1),
};

rmSync(SNAPSHOT, { recursive: true, force: true });
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
console.log(report(result));
console.log(`\nWritten to ${path.relative(root, OUT)} in ${result.durationSeconds} s.`);

if (problems.length) {
  console.error(`\nbench: the measurement is not valid:\n  ${problems.join('\n  ')}`);
  process.exit(2);
}
const failed = budgets.filter((b) => b.enforced && b.status === 'FAIL');
if (failed.length) {
  console.error(`\nbench: budget failed: ${failed.map((b) => b.name).join('; ')}`);
  process.exit(1);
}
