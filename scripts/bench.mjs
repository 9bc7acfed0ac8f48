// npm run bench: sizes of the build outputs and, in headless Chromium, render time, memory and layout shift.
// Prints Markdown tables and writes bench-results/latest.json. Build first (npm run bench does).
//
//   node scripts/bench.mjs [--runs 7] [--cls-runs 5] [--out bench-results/latest.json]
//
// Exits 1 when a timing or layout-shift budget fails (the size budget is reported here and enforced by the
// tests), 2 when the benchmark itself could not measure (no build, a widget that did not render, a console
// warning or error on a benchmark page).

// The functions given to page.evaluate and evaluateOnNewDocument run in the page:
/* global window, document, customElements */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.mjs';
import { describeMix, loadSpecs, mixedWidgets, renderCases } from '../bench/widgets.mjs';
import { startHeadless } from './headless.mjs';

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
function usage(message) {
  console.error(`bench: ${message}\nusage: node scripts/bench.mjs [--runs N≥5] [--cls-runs N≥5] [--out FILE]`);
  process.exit(2);
}
const RUNS = Number(option('runs', '7'));
const CLS_RUNS = Number(option('cls-runs', '5'));
const OUT = path.resolve(root, option('out', 'bench-results/latest.json'));
if (args.length) usage(`unknown argument ${args[0]}`);
for (const [name, n] of [['--runs', RUNS], ['--cls-runs', CLS_RUNS]]) {
  if (!Number.isInteger(n) || n < 5) usage(`${name} must be a whole number of at least 5`);
}

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

const BUDGETS = {
  gzip: { limit: 30720, aim: 20480 },
  render100: { limit: 100 },
  cls: { limit: 0 },
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
  const esmOutput = rollupConfig.output.find((o) => o.file === 'dist/upr-widgets.js');
  if (!esmOutput) throw new Error('bench: rollup.config.mjs has no output dist/upr-widgets.js');
  const bundle = await rollup({
    ...rollupConfig,
    input: dist('esm/src/index.js'),
    plugins: [withoutData ? noData : null, ...rollupConfig.plugins.filter((plugin) => plugin.name !== 'typescript')],
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

function widgetsPage(widgets) {
  const template = readFileSync(path.join(root, 'bench/pages/render.html'), 'utf8');
  return template.replace('<!--WIDGETS-->', widgets.map((w) => `      ${w}`).join('\n'));
}

/**
 * Serves /bench/run/<case>.html (bench/pages/render.html with that case's widgets in the markup) and the
 * bundles from the snapshot.
 */
function benchMiddleware(cases) {
  return async (ctx, next) => {
    if (ctx.path === '/dist/upr-widgets.js' || ctx.path === '/dist/upr-widgets.iife.js') {
      ctx.type = 'js';
      ctx.body = readFileSync(dist(path.basename(ctx.path)));
      return undefined;
    }
    const match = /^\/bench\/run\/([a-z0-9-]+)\.html$/.exec(ctx.path);
    const found = match && cases.find((c) => c.name === match[1]);
    if (!found) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = widgetsPage(found.widgets);
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
    if (result.count !== benchCase.widgets.length) problems.push(`render ${benchCase.name}: ${result.count} widgets on the page, expected ${benchCase.widgets.length}`);
    if (benchCase.items !== undefined && result.items !== benchCase.items) {
      problems.push(`render ${benchCase.name}: the timeline shows ${result.items} items, expected ${benchCase.items}`);
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
    const extra = benchCase.items !== undefined ? `, ${results[0].items} items, ${results[0].openItems} open` : '';
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
    await page.goto(`${origin}/bench/pages/memory.html`, { waitUntil: 'load' });
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
      if (url.pathname === '/dist/upr-widgets.js') {
        // 10 s at most: a page that never paints is reported below (widgets defined before the first paint)
        Promise.all([Promise.race([painted, delay(10000)]), delay(SCRIPT_DELAY_MS)])
          .then(async () => {
            heightsBefore = await page.evaluate(widgetHeights, TAGS.join(',')).catch(() => undefined);
            await request.continue();
          })
          .catch(() => {});
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
    // Control: without the documented :not(:defined) rules, to show that the measurement sees the shifts.
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
      label: `${article}, ${viewport.name} width ${viewport.width} px, whole page in view${reserved ? '' : ', WITHOUT the :not(:defined) rules (control)'}`,
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
  out.push('### Budgets');
  out.push('');
  out.push(table(['budget', 'limit', 'measured', 'result'], result.budgets.map((b) => [b.name, b.limitText, b.measuredText, b.enforced ? `**${b.status}**` : `${b.status} (reported only: not yet enforced by npm test, see issue 6)`])));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// main

// Everything is measured on one snapshot of the build, taken now, so that a build started meanwhile (in
// another terminal) cannot change the files halfway through. Under bench-results/ (git-ignored) so that the
// re-bundling still finds node_modules.
const SNAPSHOT = path.join(root, 'bench-results/.dist-snapshot');
function snapshotDist() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  for (const file of ['upr-widgets.js', 'upr-widgets.iife.js', 'esm/src/index.js', 'esm/data']) {
    if (!existsSync(path.join(root, 'dist', file))) {
      console.error(`bench: dist/${file} is missing; build first (npm run bench builds)`);
      process.exit(2);
    }
  }
  for (const file of ['upr-widgets.js', 'upr-widgets.iife.js', 'esm']) {
    cpSync(path.join(root, 'dist', file), path.join(SNAPSHOT, file), { recursive: true });
  }
}
snapshotDist();
const dist = (file) => path.join(SNAPSHOT, file);
/** The registry's widgets and their specs, from the snapshot's npm modules (bench/widgets.mjs). */
const specs = await loadSpecs(pathToFileURL(`${SNAPSHOT}/`));
const TAGS = specs.map((s) => s.tag);

progress('sizes…');
const esmSize = await measureSizes();
progress('sizes done');

const cases = renderCases(specs);
const { origin, browser, close } = await startHeadless('bench', [benchMiddleware(cases)]);
let chromiumVersion;
let cls;
try {
  chromiumVersion = await browser.version();
  await measureRender(browser, origin, cases);
  await measureMemory(browser, origin);
  cls = await measureCls(browser, origin);
} finally {
  await close();
}

const render100 = figures.find((f) => f.id === 'render.mixed-100.painted');
const render100Cpu = figures.find((f) => f.id === 'render.mixed-100.cpu');
const clsWorst = Math.max(...cls.map((f) => f.max));
const budgets = [
  {
    name: 'dist/upr-widgets.js gzip -9',
    limit: BUDGETS.gzip.limit,
    aim: BUDGETS.gzip.aim,
    unit: 'bytes',
    measured: esmSize.gzip,
    limitText: `≤ ${fmtBytes(BUDGETS.gzip.limit)} bytes (aim ${fmtBytes(BUDGETS.gzip.aim)})`,
    measuredText: `${fmtBytes(esmSize.gzip)} bytes`,
    status: esmSize.gzip <= BUDGETS.gzip.limit ? 'PASS' : 'FAIL',
    enforced: false,
  },
  {
    name: '100 mixed widgets rendered + frame painted (median)',
    limit: BUDGETS.render100.limit,
    unit: 'ms',
    measured: render100.value,
    limitText: `< ${BUDGETS.render100.limit} ms`,
    measuredText: `${render100.value} ms (${render100.min}–${render100.max}; main-thread CPU ${render100Cpu.value} ms)`,
    status: render100.value < BUDGETS.render100.limit ? 'PASS' : 'FAIL',
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
];

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
      'the sum is an upper bound of web-vitals CLS). The control runs remove the :not(:defined) rules from article.css.',
    size: 'gzip: node:zlib gzipSync level 9; brotli: node:zlib brotliCompressSync quality 11. Several files: compressed ' +
      'one by one and summed.',
  },
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
