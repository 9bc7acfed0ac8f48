// A real WordPress on this machine, started and stopped by tests/wordpress/e2e.test.mjs and
// scripts/wordpress-screenshots.mjs. Nothing is mocked:
//
// - MariaDB (Debian's mariadb-server): a data folder of its own made by mariadb-install-db, its server started as the
//   current user on a Unix socket in the site's temporary folder, networking off (--skip-networking). The system's
//   MariaDB service and /var/lib/mysql are never touched.
// - WordPress (Debian's wordpress package, /usr/share/wordpress) under php-cli's built-in server on 127.0.0.1 and a
//   free port. Debian's wp-config.php reads /etc/wordpress/config-<host>.php; rather than writing there, the site is a
//   temporary symlink farm of /usr/share/wordpress (every file and folder linked, as Debian links its own
//   /var/lib/wordpress/wp-content) with a wp-config.php and a wp-content of its own (themes and languages linked from
//   the packages, plugins and uploads empty). router.php says why it defines ABSPATH and what it routes.
// - The site is installed by WordPress's own installer (wp_install(), through wp.php), with an Administrator and an
//   Author and an application password for each; plugins are installed from their zip by Plugin_Upgrader.
//
// Everything listens on loopback only (MariaDB on no port at all). Each server runs in a process group of its own
// (php -S forks workers that outlive their parent). stop() stops both groups and removes the folder; so does a
// guardian process when the test process ends without calling it (a failure, Ctrl-C, a kill): it holds the other end
// of a pipe, and when the pipe closes it stops the two groups (their leaders checked by their command line, which
// names the folder) and removes the folder.
//
// Also here, for the pages: launchChromium() (headless, resolving no host but 127.0.0.1), watch() (a page's requests
// and errors), openEditor(), insertBlock() and pickInCombobox() (the block editor driven as a user does).
// `node tests/wordpress/site.mjs` checks the harness alone: a site, a post, its pages in Chromium, nothing left after.
/* global window, document -- in functions that run in the browser (page.evaluate) */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
/** The browser that opens the site's pages (Debian's chromium, as the rest of the project uses it). */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const WP_PHP = fileURLToPath(new URL('wp.php', import.meta.url));
const ROUTER = fileURLToPath(new URL('router.php', import.meta.url));

/** The themes the site may use (Debian packages wordpress-theme-*); the first one found is activated. */
export const THEMES = ['twentytwentythree', 'twentytwentyone'];

const run = (command, args) => spawnSync(command, args, { encoding: 'utf8' });
const found = (command) => run('sh', ['-c', `command -v ${command}`]).status === 0;

/** What this machine lacks to run a site, as sentences naming the Debian package ([] when nothing is missing). */
export function missingForSite() {
  const missing = [];
  if (!found('mariadbd') || !found('mariadb-install-db')) missing.push('MariaDB (mariadbd and mariadb-install-db; Debian package mariadb-server)');
  if (!found('php')) missing.push('php-cli (the `php` command; Debian package php-cli)');
  else if (run('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) missing.push("PHP's mysqli (Debian package php-mysql)");
  if (!existsSync(join(WORDPRESS, 'wp-includes', 'version.php'))) missing.push(`WordPress at ${WORDPRESS} (Debian package wordpress, or WORDPRESS_PATH)`);
  else if (!THEMES.some((theme) => existsSync(join(WORDPRESS, 'wp-content', 'themes', theme)))) missing.push(`a theme (Debian package wordpress-theme-${THEMES[0]})`);
  if (existsSync(join(WORDPRESS, 'wp-includes', 'version.php')) && !availableLanguages().includes('vi')) missing.push(`WordPress in Vietnamese (${WORDPRESS}/wp-content/languages/vi.mo; Debian package wordpress-l10n)`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM} (Debian package chromium, or CHROME_PATH)`);
  return missing;
}

/** The languages WordPress can switch to (Debian package wordpress-l10n puts them in wp-content/languages). */
export function availableLanguages() {
  const dir = join(WORDPRESS, 'wp-content', 'languages');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^[a-z]{2,3}(_[A-Z]{2})?\.mo$/.test(f)).map((f) => f.slice(0, -3)) : [];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `probe()` is true; throws `message()` after `ms`. */
async function waitFor(probe, ms, message) {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(message());
    await sleep(100);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const canConnect = (options) =>
  new Promise((resolve) => {
    const socket = net.connect(options);
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });

const tail = (file, lines = 30) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)');

// The guardian (sh, in a session of its own so that Ctrl-C does not reach it): reads the servers' process groups from
// its standard input until "done" (stop() ran: nothing to do) or the end of the input (the test process is gone).
// Each server runs in a process group of its own (php -S with PHP_CLI_SERVER_WORKERS forks workers, which outlive
// their parent on SIGTERM), so the guardian stops a whole group; a group id cannot be reused while any member lives,
// and the group's leader is checked to be ours (its command line names the folder) while it is alive.
const GUARDIAN = String.raw`
trap '' INT HUP TERM
dir=$1; groups=
while IFS= read -r line; do
  [ "$line" = done ] && exit 0
  groups="$groups $line"
done
# a group is alive while a process of it is not a zombie (an orphan's zombie may wait long for its reaper); one cat
# and one sed read every process's state and group (the command name, in parentheses, may hold spaces)
alive() {
  cat /proc/[0-9]*/stat 2>/dev/null | sed 's/.*) //' | {
    while read -r state ppid pgrp rest; do
      case "$state" in Z|X) continue ;; esac
      [ "$pgrp" = "$1" ] && exit 0
    done
    exit 1
  }
}
ours() { [ ! -e "/proc/$1" ] || tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$dir"; }
for g in $groups; do alive "$g" && ours "$g" && kill -s TERM -- "-$g"; done
i=0
while [ $i -lt 100 ]; do
  left=; for g in $groups; do alive "$g" && left=1; done
  [ -z "$left" ] && break
  sleep 0.1; i=$((i + 1))
done
for g in $groups; do alive "$g" && ours "$g" && kill -s KILL -- "-$g"; done
rm -rf -- "$dir"
`;

/** A child process that we started, in a process group of its own, with its output kept (the end of it) for errors. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.once('error', (error) => keep(`\n${error.message}`));
  return child;
}

/** The live (not zombie) processes of the group `pgid`, from /proc (an orphaned zombie is not ours to wait for). */
function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ")"
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}
const groupAlive = (pgid) => groupMembers(pgid).length > 0;

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // gone already
  }
}

/** Stops a child we started and every process of its group: SIGTERM, then SIGKILL after `ms`. */
async function stopChild(child, ms = 10000) {
  if (!child?.pid) return;
  const deadline = Date.now() + ms;
  signalGroup(child.pid, 'SIGTERM');
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(child.pid)) signalGroup(child.pid, 'SIGKILL');
  while (groupAlive(child.pid)) await sleep(50);
  if (child.exitCode === null && child.signalCode === null) await child.exited;
}

function wpConfig({ url, socket, password, dir, site }) {
  const salt = () => randomBytes(32).toString('base64');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `<?php
// The test site's own configuration (tests/wordpress/site.mjs), instead of Debian's wp-config.php and /etc/wordpress.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', ${php(password)} );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', ${php(salt())} );`).join('\n')}
$table_prefix = 'wp_';

define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_CONTENT_DIR', ${php(join(site, 'wp-content'))} );
// Application passwords over plain http need a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Every notice, warning and deprecation goes to a log that the tests read; none is shown in a page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
define( 'WP_DEBUG_DISPLAY', false );
// No request leaves the machine: WordPress's own switch (update checks, the pattern and block directories, feeds;
// requests to the site itself stay allowed). No updates, no cron requests in the background.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
// Plugins are written to wp-content/plugins directly, as on a server where WordPress owns its files.
define( 'FS_METHOD', 'direct' );

require_once ABSPATH . 'wp-settings.php';
`;
}

/** The symlink farm: every entry of WordPress linked, but its own wp-config.php and wp-content. */
function makeFarm(site) {
  mkdirSync(site);
  for (const entry of readdirSync(WORDPRESS)) {
    if (['wp-config.php', 'wp-content', '.htaccess'].includes(entry)) continue;
    symlinkSync(join(WORDPRESS, entry), join(site, entry));
  }
  const content = join(site, 'wp-content');
  for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
  for (const theme of THEMES) {
    if (existsSync(join(WORDPRESS, 'wp-content', 'themes', theme))) symlinkSync(join(WORDPRESS, 'wp-content', 'themes', theme), join(content, 'themes', theme));
  }
  if (existsSync(join(WORDPRESS, 'wp-content', 'languages'))) symlinkSync(join(WORDPRESS, 'wp-content', 'languages'), join(content, 'languages'));
  writeFileSync(join(content, 'index.php'), '<?php\n// Silence is golden.\n');
}

/**
 * Starts a WordPress site. Returns a Site:
 *   url, dir, site              its address (http://127.0.0.1:<port>), temporary folder and WordPress folder in it
 *   installed                   what wp.php install answered: { version, locale, permalink, theme, users }
 *   timings                     how long each step of the start took, in ms: { mariadb, php, install }
 *   users                       { admin, author }: { login, password, appPassword, id, unfiltered_html }
 *   rest(user, method, path, body)  the REST API as that user (application password); resolves with the JSON
 *   wp(command, request)        wp.php's commands (install-plugin, options…)
 *   installPlugin(zip)          Plugin_Upgrader from the zip: resolves with the plugin's file (folder/file.php)
 *   setPlugin(plugin, status)   'active' or 'inactive', through the REST API as the Administrator
 *   logIn(page, user)           logs a puppeteer page in through wp-login.php
 *   log()                       what WordPress logged (debug.log) since the last call, as lines
 *   processes                   { mariadb, php }: the servers' pids, each also its process group's id
 *   stop()                      stops both servers (their whole process groups) and removes the folder
 */
export async function startSite({ locale = '', title = 'upr-widgets test site' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'upr-wp-site-'));
  chmodSync(dir, 0o700);
  const guardian = spawn('sh', ['-c', GUARDIAN, 'upr-wp-guardian', dir], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  guardian.unref();
  guardian.stdin.unref();
  const guard = (child) => guardian.stdin.write(`${child.pid}\n`);

  const began = Date.now();
  /** How long each step of the start took (ms), for the tests' reports. */
  const timings = {};
  const mark = (step) => {
    timings[step] = Date.now() - began - Object.values(timings).reduce((a, b) => a + b, 0);
  };

  let mariadb;
  let php;
  const stop = async () => {
    await stopChild(php);
    await stopChild(mariadb);
    rmSync(dir, { recursive: true, force: true });
    if (guardian.exitCode === null) guardian.stdin.end('done\n');
  };

  try {
    // MariaDB
    const data = join(dir, 'mysql');
    const socket = join(dir, 'mysqld.sock');
    const errorLog = join(dir, 'mysqld.log');
    const asRoot = process.getuid?.() === 0 ? [`--user=${userInfo().username}`] : [];
    const tuning = ['--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M', '--skip-log-bin', '--innodb-flush-log-at-trx-commit=0'];
    const install = run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve', ...asRoot, ...tuning]);
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}${install.stderr}`);
    mariadb = start('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${errorLog}`, ...asRoot, ...tuning]);
    guard(mariadb);
    await waitFor(
      async () => mariadb.exitCode === null && (await canConnect({ path: socket })),
      30000,
      () => `MariaDB did not start:\n${mariadb.output}\n${tail(errorLog)}`,
    );
    mark('mariadb');
    const password = randomBytes(18).toString('base64url');
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '--user=root'], {
      input: `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
    });

    // WordPress
    const site = join(dir, 'wordpress');
    makeFarm(site);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ url, socket, password, dir, site }));
    php = start('php', ['-d', 'display_errors=stderr', '-d', 'sendmail_path=/bin/true', '-S', `127.0.0.1:${port}`, '-t', site, ROUTER], {
      cwd: site,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    guard(php);
    await waitFor(
      async () => php.exitCode === null && (await canConnect({ host: '127.0.0.1', port })),
      15000,
      () => `php -S did not start:\n${php.output}`,
    );
    mark('php');

    const wp = (command, request = {}) => {
      const result = spawnSync('php', ['-d', 'sendmail_path=/bin/true', WP_PHP, site, command], { input: JSON.stringify({ url, ...request }), encoding: 'utf8', cwd: site });
      if (result.status !== 0) throw new Error(`wp.php ${command} failed (${result.status}):\n${result.stderr}${result.stdout}\n${tail(join(dir, 'debug.log'))}`);
      try {
        return JSON.parse(result.stdout);
      } catch {
        throw new Error(`wp.php ${command} answered what is not JSON:\n${result.stdout.slice(0, 2000)}\n${result.stderr}`);
      }
    };

    const secret = () => randomBytes(12).toString('base64url');
    const users = {
      admin: { login: 'admin', email: 'admin@example.org', password: secret(), name: 'Site Admin', role: 'administrator' },
      author: { login: 'author', email: 'author@example.org', password: secret(), name: 'Minh Anh', role: 'author' },
    };
    const installed = wp('install', { title, locale, admin: users.admin, users: { author: users.author } });
    for (const [key, user] of Object.entries(installed.users)) Object.assign(users[key], user);
    mark('install');

    let logged = 0;
    const logFile = join(dir, 'debug.log');

    /**
     * The REST API as `user`, with their application password; throws on an HTTP error with WordPress's message.
     * `path` is the route, with a query string if any (`/wp/v2/posts/7?context=edit`).
     */
    async function rest(user, method, path, body) {
      const [route, query] = path.split(/\?(.*)/s);
      const address = `${url}/?rest_route=${encodeURIComponent(route).replace(/%2F/g, '/')}${query ? `&${query}` : ''}`;
      const response = await fetch(address, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${method} ${path}: HTTP ${response.status}, not JSON:\n${text.slice(0, 2000)}`);
      }
      if (!response.ok) throw new Error(`${method} ${path} as ${user.login}: HTTP ${response.status} ${json.code}: ${json.message}`);
      return json;
    }

    return {
      url,
      dir,
      site,
      users,
      installed,
      timings,
      processes: { mariadb: mariadb.pid, php: php.pid },
      wp,
      rest,
      async installPlugin(zip) {
        // a copy, as an upload would be: Plugin_Upgrader may delete its package
        const copy = join(dir, 'upload.zip');
        writeFileSync(copy, readFileSync(zip));
        return wp('install-plugin', { zip: copy, admin: users.admin.id }).plugin;
      },
      async setPlugin(plugin, status) {
        return rest(users.admin, 'POST', `/wp/v2/plugins/${plugin.replace(/\.php$/, '')}`, { status });
      },
      async logIn(page, user) {
        await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
        // the fields are filled in, not typed: wp-login.php focuses and selects #user_login 200 ms after it loads
        // (wp_attempt_focus), which would replace what is being typed
        await page.evaluate(
          (login, password) => {
            document.querySelector('#user_login').value = login;
            document.querySelector('#user_pass').value = password;
          },
          user.login,
          user.password,
        );
        await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
        const cookies = await page.cookies();
        if (!cookies.some((c) => c.name.startsWith('wordpress_logged_in_'))) throw new Error(`could not log in as ${user.login}: ${page.url()}`);
      },
      log() {
        if (!existsSync(logFile)) return [];
        const text = readFileSync(logFile, 'utf8');
        const fresh = text.slice(logged);
        logged = text.length;
        return fresh.split('\n').filter(Boolean);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Headless Chromium for the site's pages, as scripts/headless.mjs launches it (puppeteer-core, Debian's chromium, the
 * project's pinned time zone and language). Background networking is off, and no host name resolves but the site's
 * 127.0.0.1: a request to another origin fails at once (and `watch` records it) rather than leaving the machine.
 */
export async function launchChromium({ lang = 'en-US' } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { browserEnv } = await import('../../scripts/browsers.mjs');
  const { HEADLESS_ARGS } = await import('../../scripts/headless.mjs');
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: browserEnv(),
    args: [
      ...HEADLESS_ARGS,
      `--lang=${lang}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Records what a page does: every request (URL), the requests to another origin than `origin`, console errors
 * (with the URL they are about), page errors (uncaught exceptions) and HTTP errors of the page's own requests.
 */
export function watch(page, origin) {
  const seen = { requests: [], foreign: [], consoleErrors: [], pageErrors: [], httpErrors: [] };
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith('data:')) return;
    seen.requests.push(address);
    if (!/^(data|blob|about):/.test(address) && new URL(address).origin !== origin) seen.foreign.push(address);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push({ text: message.text(), url: message.location()?.url ?? '' });
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message ?? String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

/** Resolves with the first element matching `selector` whose text (trimmed, spaces folded) is `text`. */
export async function elementWithText(page, selector, text, timeout = 15000) {
  const handle = await page.waitForFunction(
    (sel, wanted) => [...document.querySelectorAll(sel)].find((el) => el.textContent.replace(/\s+/g, ' ').trim() === wanted),
    { timeout },
    selector,
    text,
  );
  return handle.asElement();
}

/**
 * The block editor on a new post, as `user`, in a browser context of its own (its own cookies): resolves once the
 * editor is ready with { page, seen (watch's record), close() }.
 */
export async function openEditor(site, browser, user, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const seen = watch(page, site.url);
  await site.logIn(page, user);
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.__unstableIsEditorReady?.() && document.querySelector('.block-editor-block-list__layout'), {
    timeout: 60000,
  });
  return { page, seen, close: () => context.close() };
}

/** Inserts a block through the editor's inserter: opens it, searches for `search`, clicks the item titled `title`. */
export async function insertBlock(page, { search, title }) {
  const toggle = await page.waitForSelector('.edit-post-header-toolbar__inserter-toggle');
  const opened = () => page.evaluate(() => document.querySelector('.block-editor-inserter__search input') !== null);
  if (!(await opened())) await toggle.click();
  const input = await page.waitForSelector('.block-editor-inserter__search input');
  await input.click({ clickCount: 3 });
  await input.type(search);
  const item = await elementWithText(page, '.block-editor-block-types-list__item', title);
  await item.click();
  // close the inserter, as a user would, so that the block's own controls show
  if (await opened()) await toggle.click();
}

/**
 * In a ComboboxControl within `scope` (a selector), types `word` and picks the first suggestion whose text holds
 * every string of `includes`. Resolves with { listed: the suggestions shown for the word, picked: the one clicked }.
 */
export async function pickInCombobox(page, { scope, word, includes }) {
  const input = await page.waitForSelector(`${scope} .components-combobox-control__input`);
  await input.click();
  await input.type(word);
  const suggestions = `${scope} .components-form-token-field__suggestion`;
  const handle = await page
    .waitForFunction(
      (sel, wanted) => [...document.querySelectorAll(sel)].find((li) => wanted.every((part) => li.textContent.replace(/\s+/g, ' ').includes(part))),
      { timeout: 10000 },
      suggestions,
      includes,
    )
    .catch(() => null);
  const listed = await page.$$eval(suggestions, (items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  if (!handle) return { listed, picked: null };
  const option = handle.asElement();
  const picked = await option.evaluate((li) => li.textContent.replace(/\s+/g, ' ').trim());
  await option.click();
  return { listed, picked };
}

// `node tests/wordpress/site.mjs`: a check of the harness on its own (no plugin): starts a site, posts <p>hi</p> as the
// Author through the REST API, opens the front page and the post in headless Chromium, stops everything and checks
// that nothing of it is left (no process of its groups, no folder). Prints how long each step took.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingForSite();
  if (missing.length) {
    console.error(`missing: ${missing.join('; ')}`);
    process.exit(1);
  }
  const t0 = Date.now();
  const site = await startSite();
  const started = Date.now() - t0;
  let failed = false;
  try {
    console.log(`site ${site.url} in ${started} ms (${JSON.stringify(site.timings)}), WordPress ${site.installed.version}, theme ${site.installed.theme}`);
    console.log(`users: ${Object.entries(site.users).map(([key, u]) => `${key}=${u.login}#${u.id} unfiltered_html=${u.unfiltered_html}`).join(', ')}`);
    const post = await site.rest(site.users.author, 'POST', '/wp/v2/posts', { title: 'Hello', content: '<p>hi</p>', status: 'publish' });
    const raw = await site.rest(site.users.author, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    console.log(`post ${post.id} by ${post.author} at ${post.link}, raw content ${JSON.stringify(raw.content.raw)}`);
    const t1 = Date.now();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const seen = watch(page, site.url);
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
      console.log(`front page: ${JSON.stringify(await page.title())}, has the post: ${(await page.evaluate(() => document.body.innerText)).includes('Hello')}`);
      await page.goto(post.link, { waitUntil: 'networkidle0' });
      console.log(`post page: <p>hi</p> shown: ${await page.evaluate(() => [...document.querySelectorAll('.entry-content p, .wp-block-post-content p')].some((p) => p.textContent === 'hi'))}`);
      await site.logIn(page, site.users.author);
      console.log(`logged in as the Author: ${page.url()}`);
      console.log(`requests: ${seen.requests.length}, to other origins: ${seen.foreign.length ? seen.foreign.join(' ') : 'none'}; console errors: ${seen.consoleErrors.length}; page errors: ${seen.pageErrors.length}`);
      if (seen.foreign.length || seen.pageErrors.length || seen.consoleErrors.length) failed = true;
    } finally {
      await browser.close();
    }
    console.log(`Chromium: ${Date.now() - t1} ms`);
    const logged = site.log();
    console.log(`debug.log: ${logged.length} lines${logged.length ? ` (first: ${logged[0]})` : ''}`);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    const t2 = Date.now();
    const pids = [site.processes.mariadb, site.processes.php];
    await site.stop();
    const left = pids.flatMap((pid) => groupMembers(pid));
    console.log(`stopped in ${Date.now() - t2} ms; processes left: ${left.length ? left.join(' ') : 'none'}; folder left: ${existsSync(site.dir)}`);
    if (left.length || existsSync(site.dir)) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}
