// The size budgets of issue 16, as a reader's browser pays them: each page is loaded in headless Chromium and the
// gzip sizes (node's zlib, level 9) of every script the widgets cause are added up: the loader or the bundle, the
// widgets' code and their data. Deterministic: the same build gives the same bytes.
//
// Every budget is enforced as the issue states it, except two the build does not meet yet, which are held at
// what they are today so they cannot grow, and reported as over (see README, Budgets and performance):
// the typical article (the timeline's code and its events alone are more than the budget leaves) and the
// one-file bundle (55,000 before the dataset's sources grew in the fact-check).
/* global document -- in a function that runs in the browser (waitForFunction) */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startHeadless } from '../../scripts/headless.mjs';

const LOADER = '/dist/loader/upr-widgets.js';
const BUNDLE = '/dist/upr-widgets.js';

const TYPICAL = `
  <upr-timeline></upr-timeline>
  <p>Đoạn văn.</p>
  <upr-fact-card fact="cycle-3-recommendations-received"></upr-fact-card>
  <upr-fact-card fact="cycle-3-acceptance-share"></upr-fact-card>
  <upr-quote quote="doan-cong-huynh-balanced-approach"></upr-quote>
  <upr-sources></upr-sources>`;

const EVERYTHING = `
  <upr-quote quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>
  <upr-fact-card fact="cycle-3-recommendations-received"></upr-fact-card>
  <upr-timeline></upr-timeline>
  <upr-recommendations-chart></upr-recommendations-chart>
  <p><upr-term term="upr">UPR</upr-term></p>
  <upr-quote lang="vi" quote="doan-cong-huynh-balanced-approach"></upr-quote>
  <upr-sources></upr-sources>`;

/** Each page: its script, its language, its body, and its budget (`limit`, or `heldAt` when over budget). */
const PAGES = [
  { name: 'no widget, loader in the template', script: LOADER, lang: 'vi', body: '<p>Một bài báo không có widget.</p>', limit: 3072 },
  { name: 'one <upr-quote>, Vietnamese', script: LOADER, lang: 'vi', body: '<upr-quote quote="doan-cong-huynh-balanced-approach"></upr-quote>', limit: 19000 },
  { name: 'a typical article, Vietnamese', script: LOADER, lang: 'vi', body: TYPICAL, limit: 32000, heldAt: 44000 },
  { name: 'single-file bundle, everything, both languages', script: BUNDLE, lang: 'en', body: EVERYTHING, limit: 55000, heldAt: 65000 },
];

const page = ({ script, lang, body }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Budget</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head>
<body><main>${body}</main></body></html>`;

let headless;
const measured = new Map();

before(async () => {
  headless = await startHeadless('sizes test', [
    async (context, next) => {
      const found = PAGES.findIndex((_, i) => context.path === `/__budget__/${i}.html`);
      if (found === -1) return next();
      context.type = 'html';
      context.body = page(PAGES[found]);
    },
  ]);
});

after(async () => {
  await headless?.close();
  console.log(['| page | gzip bytes | budget |', '| --- | --- | --- |', ...PAGES.map((p) => `| ${p.name} | ${measured.get(p.name)} | ${p.limit}${p.heldAt ? ` (over; held at ${p.heldAt})` : ''} |`)].join('\n'));
});

/** Loads a page until every widget has rendered and the network is quiet: the scripts it requested, gzipped. */
async function scriptBytes(index) {
  const tab = await headless.browser.newPage();
  const scripts = new Map();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') problems.push(message.text());
  });
  tab.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) scripts.set(url.pathname, await response.buffer());
  });
  try {
    await tab.goto(`${headless.origin}/__budget__/${index}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(
      () => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('upr-')).every((el) => el.shadowRoot?.querySelector('[part="base"]')),
      { timeout: 15000 },
    );
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
    assert.deepEqual(problems, [], 'the page warned');
    const bytes = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    return { bytes, files: [...scripts.keys()] };
  } finally {
    await tab.close();
  }
}

describe('size budgets: gzip of every script the widgets cause', () => {
  PAGES.forEach((budget, index) => {
    it(budget.name, async () => {
      const { bytes, files } = await scriptBytes(index);
      measured.set(budget.name, bytes);
      const ceiling = budget.heldAt ?? budget.limit;
      assert.ok(bytes <= ceiling, `${bytes} B gzip > ${ceiling} B (${files.length} files: ${files.join(', ')})`);
      if (budget.heldAt) assert.ok(bytes > budget.limit, `${bytes} B meets the budget of ${budget.limit} B: enforce it, drop heldAt`);
      if (budget.script === LOADER) assert.ok(files.every((file) => file.startsWith('/dist/loader/')), 'a request outside the loader’s folder');
    });
  });
});
