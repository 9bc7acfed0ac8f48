// Shared by the screenshot scripts: serve the repository on a free local port
// and start the system Chromium (found by browsers.mjs), headless.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { detectEngines } from './browsers.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** The system Chromium's flags in every headless run here: no sandbox (root in CI), no GPU, nothing fetched on its own. */
export const HEADLESS_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Starts the server and the browser; `middleware` may serve extra pages.
 * Returns `{ origin, browser, close() }`; exits with the reason when there is no Chromium.
 */
export async function startHeadless(name, middleware = []) {
  const chromium = detectEngines().find((engine) => engine.name === 'chromium');
  if (!chromium.available) {
    console.error(`${name}: ${chromium.reason}`);
    process.exit(1);
  }
  const server = await startDevServer({
    config: { rootDir, port: 0, hostname: '127.0.0.1', middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const browser = await puppeteer.launch({
    executablePath: chromium.paths.executable,
    headless: true,
    args: HEADLESS_ARGS,
  });
  return {
    origin: `http://127.0.0.1:${server.server.address().port}`,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
