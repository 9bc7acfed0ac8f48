// npm start (after the build): serves the repository with the demo as its
// front page. The demo loads dist/upr-widgets.js through a plain script tag,
// exactly as a news page would.
//
// dist/ is served as a CDN should serve it (README, "Embed in a page"), so that a page on another origin can
// load it too, with `crossorigin` and `integrity`:
//   Access-Control-Allow-Origin: *   module scripts are always fetched with CORS, and `integrity` on a classic
//                                    script from another origin needs it (with crossorigin="anonymous")
//   Cache-Control: no-cache          a rebuild changes the files at the same URLs (and their hashes): browsers
//                                    revalidate every time (the ETag makes that cheap), so a page never runs a
//                                    cached old bundle against the new hash
//
// tests/hosting/ starts this same server on a second loopback origin (startServer below).
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** The headers every file under /dist/ gets. */
export const DIST_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-cache',
});

/** Koa middleware: the dist files with DIST_HEADERS (set after the file is served, so they win). */
export function distHeaders() {
  return async function distHeadersMiddleware(context, next) {
    await next();
    if (context.path.startsWith('/dist/')) context.set(DIST_HEADERS);
  };
}

function demoAsFrontPage(context, next) {
  if (context.path === '/' || context.path === '/index.html') {
    context.redirect('/demo/');
    return undefined;
  }
  return next();
}

/**
 * Starts the server on `hostname`:`port` (port 0: a free one) and listens there only: `localhost` and `127.0.0.1`
 * are the loopback interface, not every interface (the dev server on its own listens on all of them for those two
 * names, and it serves the whole repository, dot-files included). HOST=0.0.0.0 opens it to the local network,
 * for a phone, say. `middleware` runs before the server's own (a test may change what it sends).
 * Returns `{ origin, address, stop() }`.
 */
export async function startServer({ port = 8000, hostname = 'localhost', middleware = [] } = {}) {
  const http = createServer();
  const devServer = await startDevServer({
    config: {
      rootDir,
      port,
      hostname,
      middleware: [...middleware, distHeaders(), demoAsFrontPage],
      // the dev server's app on our own HTTP server, which listens where it is told
      middlewareMode: { server: http },
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  http.on('request', devServer.koaApp.callback());
  try {
    await new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen({ port, host: hostname }, resolve);
    });
  } catch (error) {
    await devServer.stop();
    throw error;
  }
  const { address, port: actualPort } = http.address();
  // the name it was given for localhost and every interface, the address otherwise (an IPv6 one in brackets)
  const everywhere = address === '0.0.0.0' || address === '::';
  const host = hostname === 'localhost' || everywhere ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return {
    origin: `http://${host}:${actualPort}`,
    address,
    async stop() {
      http.closeAllConnections();
      await Promise.all([devServer.stop(), new Promise((resolve) => http.close(resolve))]);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer({
    port: Number(process.env.PORT) || 8000,
    hostname: process.env.HOST || 'localhost',
  }).catch((error) => {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`\nupr-widgets demo: ${server.origin}/demo/\n(Ctrl+C to stop)`);
}
