// The README's pictures of each widget, from headless Chromium, so that they show what the current build
// renders. Build first (npm run screenshots does).
//
//   node scripts/readme-screenshots.mjs [--out docs/screenshots]
//
// Two pictures per widget of the registry, of the examples its spec marks `picture`: `<tag>.png` in English on a
// light page and `<tag>-vi-dark.png` in Vietnamese on a dark one (theme="dark"). Each is one element on a small page
// of its own (served from memory next to the repository, so the page loads dist/upr-widgets.js exactly as a news
// site would), 400 CSS px wide at device scale 2, cropped to the element and a little margin around it. The page
// also holds, hidden, the pictured examples of the first two other widgets of the registry: a short article for
// <upr-sources> to list the sources of. A widget set in a sentence (<upr-term>) is pictured in its sentence, clicked open, with room for its card.
// Inputs are fixed (ids, widths, reduced motion, the font: Noto Serif, which .ci/run installs), so the same build
// gives the same pictures. Fails if a page logs a warning or an error.
import { mkdirSync, statSync } from 'node:fs';
import { loadSpecs } from '../bench/widgets.mjs';
import { startHeadless } from './headless.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex === -1 ? 'docs/screenshots' : args[outIndex + 1];

const WIDTH = 400;
const SCALE = 2;
// The longest pictures (a timeline with an item open, a list of sources) are about 230 KB at device scale 2.
const MAX_BYTES = 256 * 1024;
const PICTURES = [
  { lang: 'en', theme: 'light', suffix: '' },
  { lang: 'vi', theme: 'dark', suffix: '-vi-dark' },
];

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element of an example in a language, as an editor writes it; `extra` adds attributes (theme, hidden). */
function element(tag, example, lang, extra = {}) {
  const attributes = { ...(example.byLanguage?.[lang] ?? example.attributes), ...extra };
  const list = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  const words = example.sentence ? escape(example.sentence[lang][1]) : '';
  return `<${tag}${list.join('')}>${words}</${tag}>`;
}

const specs = await loadSpecs(new URL('../dist/', import.meta.url));
const pictured = (spec, lang) => {
  const examples = spec.examples.filter((example) => example.picture?.includes(lang));
  if (examples.length !== 1) throw new Error(`<${spec.tag}>: ${examples.length} examples pictured in ${lang}, not one`);
  return examples[0];
};

const SHOTS = specs.flatMap((spec) =>
  PICTURES.map(({ lang, theme, suffix }) => {
    const example = pictured(spec, lang);
    const themed = theme === 'dark' ? { theme: 'dark' } : {};
    let html = element(spec.tag, example, lang, themed);
    if (example.sentence) {
      const [before, , after] = example.sentence[lang];
      html = `<p style="margin: 0 0 15em">${escape(before)}${html}${escape(after)}</p>`;
    }
    // a short article: the pictured examples of the first two other widgets, hidden, for <upr-sources> to list
    const others = specs
      .filter((other) => other !== spec)
      .slice(0, 2)
      .map((other) => element(other.tag, pictured(other, lang), lang, { hidden: '' }));
    return { file: `${spec.tag}${suffix}.png`, lang, theme, open: example.sentence ? spec.tag : undefined, html: `${others.join('')}${html}` };
  }),
);

const BACKGROUND = { light: '#ffffff', dark: '#17181a' };

function pageFor(shot) {
  return `<!doctype html>
<html lang="${shot.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${shot.file}</title>
    <link rel="icon" href="data:,">
    <style>
      body { margin: 0; background: ${BACKGROUND[shot.theme]}; color: ${shot.theme === 'dark' ? '#ecebe8' : '#1b1c1e'}; font-family: 'Noto Serif', serif; }
      #shot { padding: 16px; }
    </style>
    <script type="module" src="/dist/upr-widgets.js"></script>
  </head>
  <body>
    <main id="shot">${shot.html}</main>
  </body>
</html>
`;
}

const PREFIX = '/__readme-screenshots__/';
const pages = new Map(SHOTS.map((shot) => [`${PREFIX}${shot.file.replace(/\.png$/, '.html')}`, pageFor(shot)]));

mkdirSync(out, { recursive: true });
const { origin, browser, close } = await startHeadless('readme-screenshots', [
  function screenshotPages(context, next) {
    const body = pages.get(context.path);
    if (body === undefined) return next();
    context.type = 'html';
    context.body = body;
    return undefined;
  },
]);

const problems = [];
const tooLarge = [];
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warn') problems.push(`${shot.file}: console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${shot.file}: ${error.message}`));
    await page.setViewport({ width: WIDTH, height: 800, deviceScaleFactor: SCALE });
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: shot.theme },
    ]);
    await page.goto(`${origin}${PREFIX}${shot.file.replace(/\.png$/, '.html')}`, { waitUntil: 'networkidle0' });
    // Every element defined and rendered, fonts loaded, then two frames for layout.
    await page.evaluate(`(async () => {
      const widgets = [...document.querySelectorAll('#shot *')].filter((el) => el.localName.startsWith('upr-'));
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(widgets.map((el) => el.updateComplete));
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    })()`);
    if (shot.open) {
      const [x, y] = await page.evaluate(`(() => {
        const box = document.querySelector(${JSON.stringify(shot.open)}).getClientRects()[0];
        return [box.left + box.width / 2, box.top + box.height / 2];
      })()`);
      await page.mouse.click(x, y);
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    }
    const element = await page.$('#shot');
    const file = `${out}/${shot.file}`;
    await element.screenshot({ path: file, optimizeForSpeed: false });
    const bytes = statSync(file).size;
    console.log(`${file}  ${(bytes / 1024).toFixed(0)} KB`);
    if (bytes > MAX_BYTES) tooLarge.push(`${file} is ${(bytes / 1024).toFixed(0)} KB (more than ${MAX_BYTES / 1024} KB)`);
    await page.close();
  }
} finally {
  await close();
}
if (problems.length || tooLarge.length) {
  console.error(`\n${[...problems, ...tooLarge].map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = 1;
}
