// One Lighthouse run (the npm package `lighthouse`, a devDependency) of a page of the benchmark's local server,
// in a Chromium of its own, and the figures the benchmark reports from it.
//
// Lighthouse's defaults are kept on purpose: mobile form factor and screen emulation (a Moto G Power), simulated
// throttling (slow 4G, 4× CPU slowdown, computed from the page's own trace by Lantern), so that the figures mean
// what a Lighthouse report elsewhere means. Only the performance category is run (the others do not give the
// figures asked for, and take time).
//
// Lighthouse must contact the local server only: the browser is started with background networking and
// component updates off (as scripts/headless.mjs does), and every request the page made (Lighthouse's own
// network-requests audit) is returned so that the benchmark can check that none left the loopback origin.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { HEADLESS_ARGS } from '../scripts/headless.mjs';

/**
 * Runs Lighthouse on `url` in a new headless Chromium (`executablePath`), started by puppeteer-core with a
 * DevTools port that Lighthouse connects to (Lighthouse's own launcher, chrome-launcher, does the same; this way
 * the benchmark uses the Chromium that scripts/browsers.mjs found, and its flags, for every browser it starts).
 * A new browser per run: an empty profile, nothing cached, nothing left of the previous run.
 * Returns `{ score, tbt, cls, lcp, fcp, si, requests: [url…], warnings: [...], error? }`.
 */
export async function runLighthouse(url, executablePath) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true, // --headless=new
    args: [
      ...HEADLESS_ARGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
    ],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no result' };
    const audit = (id) => lhr.audits[id];
    const numeric = (id) => audit(id)?.numericValue;
    const error = lhr.runtimeError?.message
      ?? ['total-blocking-time', 'cumulative-layout-shift'].map((id) => (audit(id)?.errorMessage ? `${id}: ${audit(id).errorMessage}` : undefined)).find(Boolean);
    return {
      score: lhr.categories.performance.score === null ? undefined : lhr.categories.performance.score * 100,
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      lcp: numeric('largest-contentful-paint'),
      fcp: numeric('first-contentful-paint'),
      si: numeric('speed-index'),
      requests: (audit('network-requests')?.details?.items ?? []).map((item) => item.url),
      warnings: lhr.runWarnings ?? [],
      lighthouseVersion: lhr.lighthouseVersion,
      settings: {
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        throttling: lhr.configSettings.throttling,
        screen: `${lhr.configSettings.screenEmulation.width}×${lhr.configSettings.screenEmulation.height}`,
      },
      ...(error ? { error } : {}),
    };
  } finally {
    await browser.close();
  }
}
