// npm start (after the build): serves the repository with the demo as its
// front page. The demo loads dist/upr-widgets.js through a plain script tag,
// exactly as a news page would.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;
const hostname = process.env.HOST || 'localhost';

const server = await startDevServer({
  config: {
    rootDir,
    port,
    hostname,
    middleware: [
      function demoAsFrontPage(context, next) {
        if (context.path === '/' || context.path === '/index.html') {
          context.redirect('/demo/');
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const address = server.server?.address();
const actualPort = address && typeof address === 'object' ? address.port : port;
console.log(`\nupr-widgets demo: http://${hostname}:${actualPort}/demo/\n(Ctrl+C to stop)`);
