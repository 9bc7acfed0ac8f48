// The README's pictures of each widget, from headless Chromium, so that they show what the current build
// renders. Build first (npm run screenshots does).
//
//   node scripts/readme-screenshots.mjs [--out docs/screenshots]
//
// Each shot is one element on a small page of its own (served from memory next to the repository, so the
// page loads dist/upr-widgets.js exactly as a news site would), 400 CSS px wide at device scale 2, cropped to
// the element and a little margin around it. Inputs are fixed (ids, widths, reduced motion), so the same
// build on the same machine gives the same pictures. Fails if a page logs a warning or an error.
import { mkdirSync, statSync } from 'node:fs';
import { startHeadless } from './headless.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex === -1 ? 'docs/screenshots' : args[outIndex + 1];

const WIDTH = 400;
const SCALE = 2;
const MAX_BYTES = 200 * 1024;

/** The widgets of a short article, for the pictures of <upr-sources>. */
const SOURCES_ARTICLE = [
  '<upr-fact-card hidden fact="cycle-4-acceptance-share"></upr-fact-card>',
  '<upr-quote hidden quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>',
  '<upr-timeline hidden cycles="4" kinds="review,adoption"></upr-timeline>',
].join('');

/** One picture per widget in English on a light page, and one in Vietnamese on a dark page. */
const SHOTS = [
  { file: 'upr-quote.png', lang: 'en', theme: 'light', html: '<upr-quote quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>' },
  { file: 'upr-fact-card.png', lang: 'en', theme: 'light', html: '<upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>' },
  {
    file: 'upr-timeline.png',
    lang: 'en',
    theme: 'light',
    html: '<upr-timeline cycles="4" highlight="cycle-4-review" max-items="4"></upr-timeline>',
  },
  {
    file: 'upr-quote-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    html: '<upr-quote quote="doan-cong-huynh-balanced-approach" theme="dark"></upr-quote>',
  },
  {
    file: 'upr-fact-card-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    html: '<upr-fact-card fact="midterm-workshop-delegates-2021" theme="dark"></upr-fact-card>',
  },
  {
    file: 'upr-timeline-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    html: '<upr-timeline kinds="review" theme="dark" max-items="3"></upr-timeline>',
  },
  {
    file: 'upr-recommendations-chart.png',
    lang: 'en',
    theme: 'light',
    html: '<upr-recommendations-chart cycles="3,4"></upr-recommendations-chart>',
  },
  {
    file: 'upr-recommendations-chart-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    html: '<upr-recommendations-chart cycles="1,2" metric="share" theme="dark"></upr-recommendations-chart>',
  },
  // <upr-sources> lists what the widgets on the page cite: here an article's widgets, hidden so that the picture
  // shows only the list at its end.
  {
    file: 'upr-sources.png',
    lang: 'en',
    theme: 'light',
    html: `${SOURCES_ARTICLE}<upr-sources></upr-sources>`,
  },
  {
    file: 'upr-sources-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    html: `${SOURCES_ARTICLE}<upr-sources theme="dark"></upr-sources>`,
  },
  // <upr-term> is a word in a sentence: the picture shows the sentence with the definition open under the word
  // (`open`: the element clicked before the picture), and keeps room for it below the sentence.
  {
    file: 'upr-term.png',
    lang: 'en',
    theme: 'light',
    open: 'upr-term',
    html: '<p style="margin: 0 0 15em">Viet Nam presented its report to the <upr-term term="upr">Universal Periodic Review</upr-term> for the fourth time in May 2024.</p>',
  },
  {
    file: 'upr-term-vi-dark.png',
    lang: 'vi',
    theme: 'dark',
    open: 'upr-term',
    html: '<p style="margin: 0 0 12em; color: #ecebe8">Nhiệm kỳ 2023–2025, Việt Nam là thành viên <upr-term term="human-rights-council" theme="dark">Hội đồng Nhân quyền</upr-term>.</p>',
  },
];

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
      body { margin: 0; background: ${BACKGROUND[shot.theme]}; font-family: Georgia, 'Times New Roman', serif; }
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
