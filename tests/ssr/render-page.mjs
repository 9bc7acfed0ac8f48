// A page rendered on the server, for tests/ssr/hydrate.test.ts (through ssr-plugin.mjs): reads
// { markup, lang, mode } as JSON on standard input and writes an HTML page whose widgets the prerenderer
// (dist/esm/src/prerender.js: @lit-labs/ssr, each element where it is in the page) filled with declarative
// shadow roots. A process of its own per page, so that the DOM
// shim @lit-labs/ssr installs never reaches the test runner's process.
//   mode 'server'   the server's HTML alone, no script
//   mode 'bundle'   the server's HTML, then the one-file bundle (dist/upr-widgets.js), as a CDN tag would add it
//   mode 'hydrate'  the server's HTML, then Lit's hydrate support and the npm modules
//   mode 'client'   no server rendering: the markup and the bundle, what the others are compared with
const { markup, lang, mode } = JSON.parse(await new Response(process.stdin).text());
const { prerender } = await import('../../dist/esm/src/prerender.js');

let body = markup;
if (mode !== 'client') {
  const warn = console.warn;
  console.warn = () => {}; // bad ids warn here as in the page; the page's own warnings are what the test reads
  try {
    body = prerender(markup, { lang });
  } finally {
    console.warn = warn;
  }
}
const scripts = {
  server: '',
  bundle: '<script type="module" src="/dist/upr-widgets.js"></script>',
  client: '<script type="module" src="/dist/upr-widgets.js"></script>',
  // the hydrate support first, so that it patches LitElement before any widget is defined
  hydrate: `<script type="module">
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
await import('/dist/esm/src/index.js');
window.uprLoaded = true;
</script>`,
}[mode];
process.stdout.write(`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${mode}</title>${scripts}</head>
<body><main>${body}</main></body>
</html>
`);
