// The WordPress plugin's screenshots for its WordPress.org page, from a real WordPress (tests/wordpress/site.mjs:
// Debian's WordPress 6.1, MariaDB and php-cli's server on loopback) with the plugin installed from its zip. Build
// first (npm run build makes dist/wordpress/upr-widgets.zip).
//
//   node scripts/wordpress-screenshots.mjs [--out integrations/wordpress/upr-widgets/assets-wp]
//
// Named as WordPress.org reads them (screenshot-N.png, captioned by readme.txt's == Screenshots == list):
//   screenshot-1.png  the quote block in the block editor, in English: inserted and its quote picked through the
//                     editor's UI, selected, with its controls in the sidebar
//   screenshot-2.png  a published post in Vietnamese (site language vi)
//   screenshot-3.png  the post in English (the same blocks, written in English)
//   screenshot-4.png  the quote block in the block editor, in Vietnamese (the Author's language vi), its sidebar's
//                     picker listing the quotes found for a Vietnamese word
//   screenshot-5.png  the Vietnamese post on a phone (390 CSS px wide), from its quote down
//   screenshot-6.png  the English post on a phone, from its quote down
// 1280×900 at device scale 1; the phone pictures 390×844 at device scale 2 (780 px wide). Inputs are fixed (items,
// titles, dates, reduced motion), so the same build gives the same pictures but for the editor's caret. Fails if a
// published page logs an error or asks another origin for anything. Stops the site and the browser when done.
/* global window, document -- in functions that run in the browser (page.evaluate) */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertBlock, launchChromium, missingForSite, openEditor, pickInCombobox, startSite, watch } from '../tests/wordpress/site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(root, outIndex === -1 ? 'integrations/wordpress/upr-widgets/assets-wp' : args[outIndex + 1]);
const ZIP = path.join(root, 'dist/wordpress/upr-widgets.zip');

const DESKTOP = { width: 1280, height: 900, deviceScaleFactor: 1 };
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const QUOTE = 'doan-cong-huynh-balanced-approach';
const FACT = 'midterm-reports-filed-june-2021';
const TERM = 'upr';
const EVENT = 'cycle-4-review';

/** What each language's editor and post say. */
const COPY = {
  en: {
    site: 'The Review',
    page: 'About',
    picker: { word: 'balanced', includes: 'Doan Cong Huynh' },
    title: 'Viet Nam’s fourth UPR review',
    intro: 'Viet Nam presented its national report to the UN Human Rights Council in Geneva.',
    sentence: ['The ', 'UPR', ' looks at the human rights record of every UN member state in turn.'],
  },
  vi: {
    site: 'Tạp chí Rà soát',
    page: 'Giới thiệu',
    picker: { word: 'cân bằng', includes: 'Đoàn Công Huynh' },
    list: 'cho biết',
    title: 'Việt Nam trước UPR chu kỳ IV',
    intro: 'Việt Nam đã trình bày báo cáo quốc gia trước Hội đồng Nhân quyền Liên hợp quốc tại Giơ-ne-vơ.',
    sentence: ['Cơ chế ', 'UPR', ' lần lượt xem xét tình hình nhân quyền của mọi nước thành viên Liên hợp quốc.'],
  },
};

const missing = missingForSite();
if (missing.length) {
  console.error(`wordpress-screenshots: this machine lacks ${missing.join('; ')}`);
  process.exit(1);
}
try {
  statSync(ZIP);
} catch {
  console.error(`wordpress-screenshots: no ${path.relative(root, ZIP)}; run npm run build first`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const saved = [];
async function shoot(page, name) {
  const file = path.join(out, name);
  await page.screenshot({ path: file });
  saved.push(`${path.relative(root, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
}

/** The editor with the post's title and first paragraph, then the quote block through the UI, selected. */
async function editorPicture(site, browser, lang, name) {
  const copy = COPY[lang];
  const editor = await openEditor(site, browser, site.users.author, { viewport: DESKTOP });
  const { page } = editor;
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluate((title, intro) => {
      const { blocks, data } = window.wp;
      // the editor's "Top toolbar" option: the block's toolbar in the header, not over the text above the block
      if (!data.select('core/edit-post').isFeatureActive('fixedToolbar')) data.dispatch('core/edit-post').toggleFeature('fixedToolbar');
      data.dispatch('core/editor').editPost({ title });
      data.dispatch('core/block-editor').resetBlocks([blocks.createBlock('core/paragraph', { content: intro })]);
    }, copy.title, copy.intro);
    const { title } = await page.evaluate(() => ({ title: window.wp.blocks.getBlockType('upr-widgets/quote').title }));
    await insertBlock(page, { search: title, title });
    const { picked, listed } = await pickInCombobox(page, { scope: '.block-editor-block-list__layout', word: copy.picker.word, includes: [copy.picker.includes] });
    if (!picked) throw new Error(`${lang} editor: the picker listed ${JSON.stringify(listed)} for "${copy.picker.word}"`);
    await page.waitForFunction((id) => document.querySelector(`.block-editor-block-list__layout upr-quote[quote="${id}"]`)?.shadowRoot?.textContent.trim(), { timeout: 15000 }, QUOTE);
    await page.evaluate(() => {
      const { data } = window.wp;
      const quote = data.select('core/block-editor').getBlocks().find((b) => b.name === 'upr-widgets/quote');
      data.dispatch('core/block-editor').selectBlock(quote.clientId);
      data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      document.activeElement?.blur();
    });
    await page.waitForSelector('.interface-complementary-area .upr-widgets-item-picker');
    if (copy.list) {
      // the sidebar's picker, searching: it lists the items in the editor's language
      const input = await page.waitForSelector('.interface-complementary-area .upr-widgets-item-picker .components-combobox-control__input');
      await input.click({ clickCount: 3 });
      await input.type(copy.list);
      await page.waitForSelector('.interface-complementary-area .components-form-token-field__suggestion');
    }
    await sleep(500);
    await shoot(page, name);
  } finally {
    await editor.close();
  }
}

/** The post's markup from the blocks' own save(), in an editor page; published as the Author on a fixed date. */
async function publish(site, browser, lang) {
  const copy = COPY[lang];
  const editor = await openEditor(site, browser, site.users.author);
  try {
    const content = await editor.page.evaluate(
      ({ copy, quote, fact, event, term }) => {
        const { blocks, richText } = window.wp;
        const sentence = copy.sentence.join('');
        const at = copy.sentence[0].length;
        const value = richText.applyFormat(richText.create({ text: sentence }), { type: 'upr-widgets/term', attributes: { term } }, at, at + copy.sentence[1].length);
        return blocks.serialize([
          blocks.createBlock('core/paragraph', { content: copy.intro }),
          blocks.createBlock('upr-widgets/quote', { quote, size: 'compact' }),
          blocks.createBlock('upr-widgets/fact-card', { fact }),
          blocks.createBlock('core/paragraph', { content: richText.toHTMLString({ value }) }),
          blocks.createBlock('upr-widgets/timeline', { cycles: '4', layout: 'horizontal', highlight: event }),
          blocks.createBlock('upr-widgets/recommendations-chart', {}),
          blocks.createBlock('upr-widgets/sources', {}),
        ]);
      },
      { copy, quote: QUOTE, fact: FACT, event: EVENT, term: TERM },
    );
    return site.rest(site.users.author, 'POST', '/wp/v2/posts', { title: copy.title, content, status: 'publish', date: '2024-05-08T09:00:00' });
  } finally {
    await editor.close();
  }
}

/** The published post as a reader sees it, at the top of the page and with the widgets rendered. */
async function postPicture(site, browser, post, viewport, name, { scrollToQuote = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const seen = watch(page, site.url);
    await page.goto(post.link, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => [...document.querySelectorAll('upr-quote, upr-fact-card, upr-term')].every((el) => el.shadowRoot?.textContent.trim()), { timeout: 15000 });
    await page.evaluate(() => document.fonts.ready);
    // on a phone the title fills the first screen: the picture starts at the quote
    if (scrollToQuote) await page.evaluate(() => window.scrollTo(0, document.querySelector('upr-quote').getBoundingClientRect().top + window.scrollY - 24));
    const problems = [...seen.pageErrors, ...seen.consoleErrors.map((e) => e.text), ...seen.foreign.map((url) => `request to ${url}`), ...seen.httpErrors];
    if (problems.length) throw new Error(`${post.link}: ${problems.join('\n')}`);
    await shoot(page, name);
  } finally {
    await context.close();
  }
}

const started = Date.now();
const site = await startSite({ title: COPY.en.site });
let browser;
try {
  const plugin = await site.installPlugin(ZIP);
  await site.setPlugin(plugin, 'active');
  browser = await launchChromium();

  // the page WordPress makes at install, named in the site's language (the theme's menu lists it)
  const [samplePage] = await site.rest(site.users.admin, 'GET', '/wp/v2/pages?per_page=1');
  const language = async (lang) => {
    site.wp('options', { options: { WPLANG: lang === 'vi' ? 'vi' : '', blogname: COPY[lang].site } });
    site.wp('user-locale', { user: site.users.author.id, locale: lang === 'vi' ? 'vi' : 'en_US' });
    if (samplePage) await site.rest(site.users.admin, 'POST', `/wp/v2/pages/${samplePage.id}`, { title: COPY[lang].page });
  };

  await language('en');
  await editorPicture(site, browser, 'en', 'screenshot-1.png');
  const englishPost = await publish(site, browser, 'en');
  await postPicture(site, browser, englishPost, DESKTOP, 'screenshot-3.png');
  await postPicture(site, browser, englishPost, PHONE, 'screenshot-6.png', { scrollToQuote: true });

  await language('vi');
  await editorPicture(site, browser, 'vi', 'screenshot-4.png');
  const vietnamesePost = await publish(site, browser, 'vi');
  await postPicture(site, browser, vietnamesePost, DESKTOP, 'screenshot-2.png');
  await postPicture(site, browser, vietnamesePost, PHONE, 'screenshot-5.png', { scrollToQuote: true });

  const notices = site.log().filter((line) => /upr[-_]widgets/i.test(line));
  if (notices.length) throw new Error(`PHP logged about the plugin:\n${notices.join('\n')}`);
} finally {
  await browser?.close();
  await site.stop();
}
saved.sort();
console.log(`wordpress-screenshots: ${saved.length} pictures in ${((Date.now() - started) / 1000).toFixed(1)} s\n  ${saved.join('\n  ')}`);
