// Finds the browser engines installed on this machine (Debian packages, never a download)
// and builds one @web/test-runner launcher per engine:
//
//   chromium  @web/test-runner-chrome (puppeteer-core, CDP)       CHROME_PATH overrides
//   firefox   @web/test-runner-puppeteer (puppeteer, WebDriver BiDi) FIREFOX_PATH overrides
//   webkit    @web/test-runner-webdriver + WebKitWebDriver + MiniBrowser (WebKitGTK)
//             WEBKIT_DRIVER_PATH / WEBKIT_BROWSER_PATH override; needs an X display, so the
//             launcher starts a virtual one (Xvfb) when there is no DISPLAY
//
// Every engine either gets a launcher or a human-readable reason why it was skipped.
// web-test-runner.config.mjs and the screenshot scripts use this module.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Every launched browser gets this time zone and locale, whatever the machine says. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const LOCALE = 'en-US';

/** Tabs per engine. Firefox and WebKit run one page at a time so focus/keyboard tests are reliable. */
const CONCURRENCY = { chromium: 2, firefox: 1, webkit: 1 };

/** A MiniBrowser session normally starts in under a second. */
const SESSION_TIMEOUT_MS = 30000;

/** Environment for browser processes: pinned TZ and language, no LC_* from the machine. */
export function browserEnv(base = process.env) {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('LC_')));
  env.TZ = TIME_ZONE;
  // WebKitGTK takes navigator.language from the C library locale (LANG), even when that
  // locale is not generated (GTK then warns on the driver's stderr, which we do not show).
  env.LANG = 'en_US.UTF-8';
  env.LANGUAGE = 'en_US:en';
  return env;
}

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Like `command -v name`: the first executable `name` on PATH, or undefined. */
export function which(name, env = process.env) {
  if (name.includes('/')) return isExecutableFile(name) ? name : undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function fromOverride(varName, env) {
  const value = env[varName];
  if (!value) return undefined;
  const found = which(value, env);
  return found
    ? { path: found }
    : { reason: `${varName}=${value} is not an executable file` };
}

// Debian's /usr/bin/chromium is a shell wrapper that adds its own flags from /etc/chromium.d
// (extensions, GPU rasterization) and prints shell noise; puppeteer is happier with the binary.
function unwrapDebianChromium(file) {
  const real = '/usr/lib/chromium/chromium';
  try {
    const resolved = fs.realpathSync(file);
    if (resolved !== real && isExecutableFile(real)) {
      const head = fs.readFileSync(resolved, { encoding: 'latin1' }).slice(0, 2);
      if (head === '#!') return real;
    }
  } catch {
    // keep what we found
  }
  return file;
}

function findMiniBrowser(env) {
  const override = fromOverride('WEBKIT_BROWSER_PATH', env);
  if (override) return override;
  const candidates = [];
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
    for (const libdir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec', '/usr/lib64']) {
      candidates.push(path.join(libdir, api, 'MiniBrowser'));
    }
  }
  try {
    // any other multiarch triplet
    for (const entry of fs.readdirSync('/usr/lib')) {
      if (entry.endsWith('-linux-gnu')) {
        candidates.push(path.join('/usr/lib', entry, 'webkit2gtk-4.1', 'MiniBrowser'));
      }
    }
  } catch {
    // no /usr/lib
  }
  const found = candidates.find(isExecutableFile);
  return found
    ? { path: found }
    : { reason: 'no MiniBrowser (package libwebkit2gtk-4.1-0) found; set WEBKIT_BROWSER_PATH' };
}

/**
 * Looks for each engine without starting anything.
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Array<{ name: string, available: boolean, reason?: string, paths: Record<string,string>, note?: string }>}
 */
export function detectEngines({ env = process.env } = {}) {
  const result = [];

  // chromium
  {
    const override = fromOverride('CHROME_PATH', env);
    const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
    const found = override ?? (() => {
      for (const name of names) {
        const file = which(name, env);
        if (file) return { path: unwrapDebianChromium(file) };
      }
      return { reason: `no ${names.join('/')} on PATH; set CHROME_PATH` };
    })();
    result.push(found.path
      ? { name: 'chromium', available: true, paths: { executable: found.path } }
      : { name: 'chromium', available: false, reason: found.reason, paths: {} });
  }

  // firefox
  {
    const override = fromOverride('FIREFOX_PATH', env);
    const names = ['firefox-esr', 'firefox'];
    const found = override ?? (() => {
      for (const name of names) {
        const file = which(name, env);
        if (file) return { path: file };
      }
      return { reason: `no ${names.join('/')} on PATH; set FIREFOX_PATH` };
    })();
    result.push(found.path
      ? { name: 'firefox', available: true, paths: { executable: found.path } }
      : { name: 'firefox', available: false, reason: found.reason, paths: {} });
  }

  // webkit
  {
    const driver = fromOverride('WEBKIT_DRIVER_PATH', env)
      ?? (which('WebKitWebDriver', env)
        ? { path: which('WebKitWebDriver', env) }
        : { reason: 'no WebKitWebDriver on PATH (package webkit2gtk-driver); set WEBKIT_DRIVER_PATH' });
    const browser = findMiniBrowser(env);
    const hasDisplay = Boolean(env.DISPLAY);
    const xvfb = hasDisplay ? undefined : which('Xvfb', env);
    let reason = driver.reason ?? browser.reason;
    if (!reason && !hasDisplay && !xvfb) reason = 'no DISPLAY for MiniBrowser and no Xvfb on PATH (package xvfb)';
    result.push(reason
      ? { name: 'webkit', available: false, reason, paths: {} }
      : {
          name: 'webkit',
          available: true,
          paths: { driver: driver.path, browser: browser.path, ...(xvfb ? { xvfb } : {}) },
          note: hasDisplay ? undefined : 'on a virtual display (Xvfb)',
        });
  }

  return result;
}

/** Parses "chromium,firefox" (also "chrome", "gecko", "safari" aliases) into engine names. */
export function parseEngineList(text) {
  if (!text) return undefined;
  const aliases = { chrome: 'chromium', gecko: 'firefox', safari: 'webkit', minibrowser: 'webkit' };
  const names = text.split(/[\s,]+/).filter(Boolean).map(n => aliases[n.toLowerCase()] ?? n.toLowerCase());
  const unknown = names.filter(n => !ENGINES.includes(n));
  if (unknown.length) {
    throw new Error(`unknown browser engine(s): ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  }
  return [...new Set(names)];
}

/**
 * Chooses the engines to run.
 * @returns {{ run: ReturnType<typeof detectEngines>, skipped: ReturnType<typeof detectEngines>, errors: string[] }}
 */
export function planEngines({ only, ci = false, env = process.env } = {}) {
  const wanted = only ?? ENGINES;
  const detected = detectEngines({ env }).filter(e => wanted.includes(e.name));
  const run = detected.filter(e => e.available);
  const skipped = detected.filter(e => !e.available);
  const errors = [];
  if (run.length === 0) {
    errors.push('no browser engine available to run the tests');
  }
  if (ci && skipped.length) {
    errors.push(`CI=true: every engine must run, missing: ${skipped.map(e => e.name).join(', ')}`);
  }
  if (only) {
    // explicitly asked for: missing is an error even outside CI
    for (const e of skipped) errors.push(`${e.name} was requested but is not available`);
  }
  return { run, skipped, errors };
}

// ---------------------------------------------------------------------------------------------
// launchers

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  `--lang=${LOCALE}`,
  `--accept-lang=${LOCALE}`,
];

const FIREFOX_PREFS = {
  'intl.locale.requested': LOCALE,
  'intl.accept_languages': `${LOCALE}, en`,
  'javascript.use_us_english_locale': true,
  // no update checks, telemetry or other network chatter in tests
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

async function chromiumLauncher(engine) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  return chromeLauncher({
    concurrency: CONCURRENCY.chromium,
    // each page in its own browser context, i.e. its own headless window: a second tab in a
    // shared window is in the background, and keyboard input sent to it (sendKeys) hangs
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
      executablePath: engine.paths.executable,
      headless: true,
      // DevTools over a pipe: Chromium also exits when the runner dies without cleaning up
      pipe: true,
      env: browserEnv(),
      args: CHROMIUM_ARGS,
    },
  });
}

async function firefoxLauncher(engine) {
  // puppeteer (not -core) is what @web/test-runner-puppeteer drives; it never downloads here:
  // .puppeteerrc.cjs sets skipDownload and we always pass executablePath.
  process.env.PUPPETEER_SKIP_DOWNLOAD ??= 'true';
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  return puppeteerLauncher({
    concurrency: CONCURRENCY.firefox,
    launchOptions: {
      browser: 'firefox',
      executablePath: engine.paths.executable,
      headless: true,
      env: browserEnv(),
      extraPrefsFirefox: FIREFOX_PREFS,
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function driverReady(port) {
  return new Promise(resolve => {
    const req = http.get({ host: '127.0.0.1', port, path: '/status', timeout: 1000 }, res => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Starts Xvfb on a free display number; resolves with { display, stop }. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let fd3 = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Xvfb did not start within 15 s:\n${stderr}`));
    }, 15000);
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}:\n${stderr}`));
    });
    child.stdio[3].on('data', (chunk) => {
      fd3 += chunk;
      const match = /^(\d+)\n/.exec(fd3);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        display: `:${match[1]}`,
        stop() {
          if (child.exitCode === null && !child.signalCode) child.kill('SIGTERM');
        },
      });
    });
  });
}

/** Starts WebKitWebDriver on a free loopback port and waits until it answers /status. */
async function startWebKitDriver(driverPath, { display, timeoutMs = 15000 } = {}) {
  const port = await freePort();
  const child = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    // NO_AT_BRIDGE: GTK does not look for the accessibility bus (no session D-Bus on CI)
    env: { ...browserEnv(), NO_AT_BRIDGE: '1', ...(display ? { DISPLAY: display } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = chunk => {
    output = (output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const spawnError = new Promise(resolve => child.once('error', resolve));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const err = await Promise.race([spawnError, new Promise(r => setTimeout(r, 100, undefined))]);
    if (err) throw new Error(`webkit: could not start ${driverPath}: ${err.message}`);
    if (exited) {
      throw new Error(`webkit: ${driverPath} exited (${exited.signal ?? exited.code}) before it was ready:\n${output}`);
    }
    if (await driverReady(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`webkit: ${driverPath} did not answer on port ${port} within ${timeoutMs} ms:\n${output}`);
    }
  }
  return { child, port, output: () => output };
}

async function webkitLauncher(engine) {
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');

  class WebKitGtkLauncher extends WebdriverLauncher {
    constructor() {
      super({
        hostname: '127.0.0.1',
        port: 1, // replaced by the real port once WebKitWebDriver runs
        path: '/',
        logLevel: 'error',
        connectionRetryCount: 1,
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitGTK's driver speaks classic WebDriver; don't ask for a BiDi websocket
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: engine.paths.browser,
            args: ['--automation', `--time-zone=${TIME_ZONE}`],
          },
        },
      });
      // one page at a time: SessionManager instead of iframes, so keyboard/mouse commands work
      this.concurrency = CONCURRENCY.webkit;
      this.driverProcess = undefined;
      /** The virtual display MiniBrowser runs on when the machine has none. */
      this.xvfb = undefined;
      this.stopXvfb = () => {
        this.xvfb?.stop();
        this.xvfb = undefined;
        process.removeListener('exit', this.stopXvfb);
      };
      this.onExit = () => this.killDriver('SIGKILL');
      this.onSignal = signal => {
        this.killDriver('SIGKILL');
        this.stopXvfb();
        if (process.listenerCount(signal) === 1) {
          // nobody else handles it: die of the signal as we would have without this listener
          process.removeListener(signal, this.onSignal);
          process.kill(process.pid, signal);
        }
      };
    }

    async initialize(config, testFiles) {
      await super.initialize({ ...config, concurrency: 1 }, testFiles);
      this.name = 'WebKit';
    }

    async ensureDriver() {
      if (this.driverProcess && this.driverProcess.exitCode === null && !this.driverProcess.signalCode) return;
      if (engine.paths.xvfb && !this.xvfb) {
        this.xvfb = await startXvfb(engine.paths.xvfb);
        process.on('exit', this.stopXvfb);
      }
      const { child, port, output } = await startWebKitDriver(engine.paths.driver, { display: this.xvfb?.display });
      this.driverProcess = child;
      this.driverOutput = output;
      this.options.port = port;
      process.on('exit', this.onExit);
      for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, this.onSignal);
    }

    killDriver(signal = 'SIGTERM') {
      const child = this.driverProcess;
      if (!child) return;
      this.driverProcess = undefined;
      process.removeListener('exit', this.onExit);
      for (const s of ['SIGTERM', 'SIGHUP']) process.removeListener(s, this.onSignal);
      if (child.exitCode === null && !child.signalCode) child.kill(signal);
    }

    async createDriverManager() {
      await this.ensureDriver();
      let timer;
      try {
        // WebKitWebDriver waits forever for a browser that died at startup (bad binary, no display)
        const timeout = new Promise((_, reject) => {
          timer = setTimeout(() => {
            reject(new Error(`webkit: no browser session within ${SESSION_TIMEOUT_MS / 1000} s: could ` +
              `${engine.paths.browser} start on DISPLAY=${this.xvfb?.display ?? process.env.DISPLAY ?? '(unset)'}?`));
          }, SESSION_TIMEOUT_MS);
        });
        const manager = await Promise.race([super.createDriverManager(), timeout]);
        await this.setViewport(800, 600);
        return manager;
      } catch (error) {
        this.killDriver('SIGKILL');
        const out = this.driverOutput?.().trim();
        if (out) error.message += `\nWebKitWebDriver output:\n${out}`;
        throw error;
      } finally {
        clearTimeout(timer);
      }
    }

    /** Sizes the window so the page gets width x height CSS pixels, as Chromium and Firefox pages do. */
    async setViewport(width, height) {
      try {
        await this.driver.setWindowRect(0, 0, width, height);
        const [innerWidth, innerHeight] = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
        if (innerWidth !== width || innerHeight !== height) {
          await this.driver.setWindowRect(0, 0, 2 * width - innerWidth, 2 * height - innerHeight);
        }
      } catch {
        // a different viewport is no reason to fail the run
      }
    }

    async startDebugSession(id, url) {
      await this.ensureDriver();
      return super.startDebugSession(id, url);
    }

    async stop() {
      try {
        await super.stop();
      } finally {
        this.killDriver();
        this.stopXvfb();
      }
    }
  }

  return new WebKitGtkLauncher();
}

/** Builds the launcher for one detected (available) engine. */
export async function createLauncher(engine) {
  switch (engine.name) {
    case 'chromium':
      return chromiumLauncher(engine);
    case 'firefox':
      return firefoxLauncher(engine);
    case 'webkit':
      return webkitLauncher(engine);
    default:
      throw new Error(`unknown engine ${engine.name}`);
  }
}

export function describeEngine(engine) {
  if (!engine.available) return `${engine.name}: ${engine.reason}`;
  const where = Object.values(engine.paths).join(' + ');
  return `${engine.name}: ${where}${engine.note ? ` (${engine.note})` : ''}`;
}
