// A web-test-runner plugin for tests/ssr/: GET /__upr-ssr__/page?lang=…&mode=…&markup=… answers a page rendered on
// the server by tests/ssr/render-page.mjs (a child process per page; see there for the modes).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SSR_PAGE = '/__upr-ssr__/page';
const RENDER_PAGE = fileURLToPath(new URL('render-page.mjs', import.meta.url));

function renderPage(request) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [RENDER_PAGE], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${RENDER_PAGE}: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin.end(JSON.stringify(request));
  });
}

export function ssrPagePlugin() {
  return {
    name: 'upr-ssr-page',
    async serve(context) {
      if (context.path !== SSR_PAGE) return undefined;
      const { lang = 'en', mode = 'bundle', markup = '' } = Object.fromEntries(new URL(context.url, 'http://x').searchParams);
      return { body: await renderPage({ markup, lang, mode }), type: 'html' };
    },
  };
}
