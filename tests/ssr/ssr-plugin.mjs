// A web-test-runner plugin for tests/ssr/, each page made by a child process:
//   GET /__upr-ssr__/page?lang=…&mode=…&markup=…  a page prerendered by tests/ssr/render-page.mjs (see its modes)
//   GET /__upr-ssr__/eleventy[?plain]              the Markdown article of tests/ssr/eleventy-site/ built by the real
//                                                  Eleventy with the plugin (without it: plain), by build-eleventy.mjs
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SSR_PAGE = '/__upr-ssr__/page';
export const ELEVENTY_PAGE = '/__upr-ssr__/eleventy';
const RENDER_PAGE = fileURLToPath(new URL('render-page.mjs', import.meta.url));
const BUILD_ELEVENTY = fileURLToPath(new URL('build-eleventy.mjs', import.meta.url));

function run(script, args, input = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [script, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${script}: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin.end(input);
  });
}

export function ssrPagePlugin() {
  return {
    name: 'upr-ssr-page',
    async serve(context) {
      const query = new URL(context.url, 'http://x').searchParams;
      if (context.path === ELEVENTY_PAGE) return { body: await run(BUILD_ELEVENTY, query.has('plain') ? ['--plain'] : []), type: 'html' };
      if (context.path !== SSR_PAGE) return undefined;
      const { lang = 'en', mode = 'bundle', markup = '' } = Object.fromEntries(query);
      return { body: await run(RENDER_PAGE, [], JSON.stringify({ markup, lang, mode })), type: 'html' };
    },
  };
}
