#!/usr/bin/env node
// Runs the browser tests with @web/test-runner in every engine found on this machine.
//
//   node scripts/test.mjs [--browsers chromium,firefox,webkit] [--group src|bundle]
//                         [files...] [any other web-test-runner option, e.g. --watch]
//
// - prints which engines run and which are skipped, and why; fails when none can run
// - CI=true: a missing engine is a failure
// - --browsers (or env UPR_BROWSERS) picks engines; asking for a missing one is a failure
// - --group src|bundle runs one group; the bundle group needs dist/upr-widgets.js (npm run build)
// - test files given (positional or --files) run in the src group, and those under
//   tests/widgets/ in the bundle group too
// - starts a virtual X display (Xvfb) for WebKit's MiniBrowser when there is no DISPLAY
// - the exit code is web-test-runner's

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describeEngine, parseEngineList, planEngines, which } from './browsers.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const BUNDLE = 'dist/upr-widgets.js';
const GROUPS = ['src', 'bundle'];

// web-test-runner options that take a value (so that value is not taken for a test file)
const WTR_VALUE_OPTIONS = new Set([
  '--root-dir', '--concurrent-browsers', '--concurrency', '--config', '--port', '--groups', '--esbuild-target',
]);

function fail(message) {
  console.error(`\nscripts/test.mjs: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const out = { browsers: undefined, group: undefined, files: [], pass: [], config: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length || argv[i + 1].startsWith('-')) fail(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--browsers' || flag === '--browser') {
      out.browsers = value();
    } else if (flag === '--group') {
      out.group = value();
    } else if (flag === '--files') {
      if (inline !== undefined) out.files.push(inline);
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) out.files.push(argv[++i]);
    } else if (flag === '--config') {
      out.config = value();
    } else if (flag === '--help' || flag === '-h') {
      out.help = true;
    } else if (WTR_VALUE_OPTIONS.has(flag)) {
      out.pass.push(flag, value());
    } else if (!arg.startsWith('-')) {
      out.files.push(arg);
    } else {
      out.pass.push(arg);
    }
  }
  return out;
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
    child.stderr.on('data', chunk => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}:\n${stderr}`));
    });
    child.stdio[3].on('data', chunk => {
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

function isWebKitDriverPid(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('WebKitWebDriver');
  } catch {
    return false;
  }
}

/** Processes whose command line mentions `text` (e.g. browsers with a profile in our temp dir). */
function processesMentioning(text) {
  const pids = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return pids; // not Linux
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

function killAll(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function usage() {
  console.log(`usage: node scripts/test.mjs [--browsers chromium,firefox,webkit] [--group ${GROUPS.join('|')}] [files...] [web-test-runner options]

  --browsers LIST   engines to run (also env UPR_BROWSERS); default: all that are installed
  --group NAME      src (tests/**/*.test.ts on the sources) or bundle (tests/widgets on ${BUNDLE})
  files             run only these test files (src group; bundle group for files in tests/widgets/)
  other options     passed to web-test-runner, e.g. --watch, --concurrency 1

environment: CI=true (every engine must run), CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH,
             WEBKIT_BROWSER_PATH, UPR_BROWSERS`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    usage();
    return 0;
  }
  if (args.group !== undefined && !GROUPS.includes(args.group)) {
    fail(`unknown group "${args.group}" (groups: ${GROUPS.join(', ')})`);
  }

  let only;
  try {
    only = parseEngineList(args.browsers ?? process.env.UPR_BROWSERS);
  } catch (error) {
    fail(error.message);
  }
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const xvfb = process.env.DISPLAY ? undefined : which('Xvfb');
  const plan = planEngines({ only, ci, virtualDisplay: Boolean(xvfb) });

  console.log(`Browser engines${only ? ` (asked for: ${only.join(', ')})` : ''}${ci ? ' [CI: all required]' : ''}:`);
  for (const e of plan.run) console.log(`  run   ${describeEngine(e)}`);
  for (const e of plan.skipped) console.log(`  SKIP  ${describeEngine(e)}`);
  if (plan.errors.length) fail(plan.errors.join('\n'));

  // which test files / groups
  const widgetsDir = path.join(rootDir, 'tests', 'widgets') + path.sep;
  const files = args.files.map(f => path.relative(rootDir, path.resolve(f)));
  const bundleFiles = files.filter(f => path.resolve(rootDir, f).startsWith(widgetsDir));
  if (args.group === 'bundle' && files.length > 0 && bundleFiles.length === 0) {
    fail('the bundle group only runs test files under tests/widgets/');
  }
  const runsBundle = args.group !== 'src' && (files.length === 0 || bundleFiles.length > 0);
  if (runsBundle && !fs.existsSync(path.join(rootDir, BUNDLE))) {
    fail(`${BUNDLE} is missing, so the bundle group cannot run: build it first (npm run build; npm test does this), or use --group src`);
  }

  const wtrBin = path.join(path.dirname(require.resolve('@web/test-runner')), 'bin.js');
  const wtrArgs = [wtrBin, '--config', args.config ?? path.join(rootDir, 'web-test-runner.config.mjs')];
  if (args.group) wtrArgs.push('--group', args.group);
  wtrArgs.push(...args.pass);

  // a private temp dir for this run: the runner's bookkeeping files, and TMPDIR for the runner
  // and browsers (profiles), removed at the end even when a browser could not clean up after itself
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-test-'));
  fs.mkdirSync(path.join(runDir, 'tmp'));
  const env = {
    ...process.env,
    TMPDIR: path.join(runDir, 'tmp'),
    UPR_BROWSERS: plan.run.map(e => e.name).join(','),
    UPR_ENGINES_REPORTED: '1',
    UPR_WEBKIT_DRIVER_PIDFILE: path.join(runDir, 'webkitwebdriver.pid'),
    UPR_SUMMARY_FILE: path.join(runDir, 'summary.json'),
  };
  if (files.length) env.UPR_FILES = JSON.stringify(files);
  else delete env.UPR_FILES;

  let display;
  // leave nothing behind, however we end: the runner's WebKitWebDriver if the runner was
  // killed before it could stop it, the temp dir, the virtual display
  let cleanedUp = false;
  const cleanup = () => {
    if (cleanedUp) return;
    cleanedUp = true;
    const pidFile = env.UPR_WEBKIT_DRIVER_PIDFILE;
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8'));
      if (pid && isWebKitDriverPid(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    killAll(processesMentioning(runDir));
    fs.rmSync(runDir, { recursive: true, force: true });
    display?.stop();
  };
  process.on('exit', cleanup);

  if (xvfb && plan.run.some(e => e.name === 'webkit')) {
    try {
      display = await startXvfb(xvfb);
    } catch (error) {
      fail(`could not start a virtual display for WebKit: ${error.message}`);
    }
    env.DISPLAY = display.display;
    console.log(`  (Xvfb on display ${display.display})`);
  }
  console.log('');

  const started = Date.now();
  const child = spawn(process.execPath, wtrArgs, { cwd: rootDir, env, stdio: 'inherit' });
  const forward = signal => {
    if (child.exitCode === null && !child.signalCode) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);

  const { code, signal } = await new Promise(resolve => {
    child.on('error', error => {
      console.error(error);
      resolve({ code: 1, signal: null });
    });
    child.on('exit', (c, s) => resolve({ code: c, signal: s }));
  });

  let totals;
  try {
    totals = JSON.parse(fs.readFileSync(env.UPR_SUMMARY_FILE, 'utf8'));
  } catch {
    // the runner did not get as far as reporting
  }
  // browsers the runner did not get to close (killed, or quit from watch mode) get a moment to
  // finish on their own before cleanup() kills whatever still uses our temp dir
  for (let i = 0; i < 20 && processesMentioning(runDir).length; i++) {
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  cleanup();

  console.log(`\nscripts/test.mjs: web-test-runner ${signal ? `killed by ${signal}` : `exited with ${code}`} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (totals) {
    console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  }
  if (signal) return 128 + (os.constants.signals[signal] ?? 1);
  return code ?? 1;
}

process.exitCode = await main();
