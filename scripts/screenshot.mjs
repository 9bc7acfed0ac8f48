// Screenshots of demo pages in headless Chromium, for looking at what we build
// (and for the README). Serves the repository itself, so build first.
//
//   node scripts/screenshot.mjs demo/index.html [more pages…] [--widths 360,1200]
//        [--schemes light,dark] [--out screenshots/tmp] [--selector CSS] [--segment 1400]
//
// --segment N saves a long page as several PNGs N pixels tall, which are easier to look at.
//
// Query strings pass through, so a page can read ?lang=vi&theme=dark.
import { mkdirSync } from 'node:fs';
import { startHeadless } from './headless.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const widths = option('widths', '360,1200').split(',').map(Number);
const schemes = option('schemes', 'light').split(',');
const out = option('out', 'screenshots/tmp');
const selector = option('selector', '');
const segment = Number(option('segment', '0'));
const pages = args.length ? args : ['demo/index.html'];

mkdirSync(out, { recursive: true });
const { origin, browser, close } = await startHeadless('screenshot');

const problems = [];
try {
  for (const pagePath of pages) {
    for (const scheme of schemes) {
      for (const width of widths) {
        const page = await browser.newPage();
        page.on('console', (msg) => {
          if (msg.type() === 'error' || msg.type() === 'warn') problems.push(`${pagePath} (${width}px): console.${msg.type()}: ${msg.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${pagePath}: ${error.message}`));
        await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${origin}/${pagePath}`, { waitUntil: 'networkidle0' });
        await page.evaluate('document.fonts.ready');
        const name = `${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/-html-?/, '-').replace(/-$/, '')}-${scheme}-${width}.png`;
        const file = `${out}/${name}`;
        if (selector) {
          const element = await page.$(selector);
          if (!element) throw new Error(`${pagePath}: nothing matches ${selector}`);
          await element.screenshot({ path: file });
          console.log(file);
        } else if (segment > 0) {
          const height = await page.evaluate('document.documentElement.scrollHeight');
          for (let y = 0, part = 1; y < height; y += segment, part += 1) {
            const partFile = file.replace(/\.png$/, `-${String(part).padStart(2, '0')}.png`);
            await page.screenshot({ path: partFile, clip: { x: 0, y, width, height: Math.min(segment, height - y) }, captureBeyondViewport: true });
            console.log(partFile);
          }
        } else {
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
        await page.close();
      }
    }
  }
} finally {
  await close();
}
if (problems.length) {
  console.error(`\nThe pages logged:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = 1;
}
