// A web-test-runner plugin for tests/hosting/: a second origin for the script, so that a test page (on the
// runner's http://localhost:PORT) loads the bundle from another one (http://127.0.0.1:OTHER), as a news site
// loads it from a CDN.
//
// The second origin is `npm start`'s own server (scripts/serve.mjs, startServer), serving the repository, dist/
// as built, with the headers it sends. `{ cors: false }` starts the same server with one difference: its
// Access-Control-Allow-Origin header removed, so a test can show that the header is what makes the script load.
//
// Commands (executeServerCommand from @web/test-runner-commands):
//   upr-second-origin-start { cors: boolean }  → { origin, address }   a new server, on 127.0.0.1 and a free port
//   upr-second-origin-stop  { origin }         → true                  stops it
// Every server binds to the loopback interface only; whatever a test leaves running stops with the runner.
import { startServer } from '../../scripts/serve.mjs';

export const START = 'upr-second-origin-start';
export const STOP = 'upr-second-origin-stop';
const LOOPBACK = '127.0.0.1';

/** Koa middleware, before the server's own: the response without Access-Control-Allow-Origin. */
function withoutCors() {
  return async function withoutCorsMiddleware(context, next) {
    await next();
    context.remove('Access-Control-Allow-Origin');
  };
}

export function secondOriginPlugin() {
  /** origin → the running server */
  const servers = new Map();

  async function stop(origin) {
    const server = servers.get(origin);
    if (!server) return false;
    servers.delete(origin);
    await server.stop();
    return true;
  }

  return {
    name: 'upr-second-origin',
    async executeCommand({ command, payload }) {
      if (command === START) {
        const cors = payload?.cors !== false;
        const server = await startServer({
          port: 0,
          hostname: LOOPBACK,
          middleware: cors ? [] : [withoutCors()],
        });
        const { origin, address } = server;
        if (address !== LOOPBACK) {
          await server.stop();
          throw new Error(`the second origin listens on ${address}, not on ${LOOPBACK} only`);
        }
        servers.set(origin, server);
        return { origin, address };
      }
      if (command === STOP) return stop(payload?.origin);
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.keys()].map(stop));
    },
  };
}
