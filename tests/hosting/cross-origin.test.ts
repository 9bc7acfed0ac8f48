/**
 * Hosting on another origin, as the README says (sections "Embed in 60 seconds" and "Embed in a page"): the page on
 * the runner's origin (http://localhost:PORT), the script on a second one (http://127.0.0.1:OTHER), served by
 * `npm start`'s own server (scripts/serve.mjs, started by the plugin in tests/hosting/second-origin.mjs and
 * stopped after). The page is the README's script tag, its address pointed at the second origin and with the real
 * `integrity` from dist/integrity.json added as the README says, and the README's elements.
 *
 * With Access-Control-Allow-Origin and the right hash, the widgets render; the same server without the header,
 * or a wrong hash, blocks the script, and nothing renders.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const START = 'upr-second-origin-start';
const STOP = 'upr-second-origin-stop';
const BUNDLES = { loader: 'loader/upr-widgets.js', module: 'upr-widgets.js', classic: 'upr-widgets.iife.js' } as const;
type Build = keyof typeof BUNDLES;

interface SecondOrigin {
  origin: string;
  address: string;
}
interface Recorded {
  problems: string[];
  loaded: string[];
}
interface Page {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  record: Recorded;
}

// ---------------------------------------------------------------------------------------------
// the README

/** A level-2 section of the README, from its heading to the next one. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `the README has a section "${heading}"`).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The ```html blocks of a piece of the README, unindented. */
function htmlBlocks(text: string): string[] {
  return [...text.matchAll(/^([ \t]*)```html\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
    body.replace(new RegExp(`^${indent}`, 'gm'), ''),
  );
}

/** The README's script tag for a build ("Embed in a page"), and the elements of "Embed in 60 seconds". */
function readmeSnippet(readme: string, build: Build): { tag: string; elements: string } {
  const tags = htmlBlocks(section(readme, 'Embed in a page')).flatMap((block) => block.match(/<script\b[^>]*><\/script>/g) ?? []);
  // the file's path in the version's folder: `…/0.1.0/upr-widgets.js`, not `…/0.1.0/loader/upr-widgets.js`
  const tag = tags.find((t) => /\ssrc="[^"]*\/\d+\.\d+\.\d+\/([^"]+)"/.exec(t)?.[1] === BUNDLES[build]);
  expect(tag, `the README's tag for ${BUNDLES[build]}`).to.be.a('string');
  const elements = htmlBlocks(section(readme, 'Embed in 60 seconds')).find((block) => /<upr-[\w-]+[\s>]/.test(block));
  expect(elements, 'the README\'s elements in "Embed in 60 seconds"').to.be.a('string');
  return { tag: tag!, elements: elements! };
}

/**
 * The tag as a producer writes it for a copy at `folder`: the README's tag, its address the copy's, and
 * `integrity` added before `crossorigin`, as the README says.
 */
function tagFor(readmeTag: string, folder: string, build: Build, integrity: string): string {
  const src = /\ssrc="([^"]+)"/.exec(readmeTag)![1];
  const address = new URL(BUNDLES[build], folder).href;
  const withAddress = readmeTag.replace(` src="${src}"`, ` src="${address}"`);
  expect(withAddress, 'the README\'s tag has crossorigin="anonymous"').to.contain(' crossorigin="anonymous"');
  return withAddress.replace(' crossorigin="anonymous"', ` integrity="${integrity}" crossorigin="anonymous"`);
}

// ---------------------------------------------------------------------------------------------
// the page

/** The first script of the page: records failed loads, errors and console warnings (nothing reaches the console). */
const RECORDER = `<script>
  window.__hosting = { problems: [], loaded: [] };
  for (const level of ['error', 'warn']) console[level] = (...args) => __hosting.problems.push('console.' + level + ': ' + args.join(' '));
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) __hosting.problems.push('uncaught error: ' + event.message);
  }, true);
  // load and error events of elements reach the document, not the window
  document.addEventListener('error', (event) => {
    if (event.target instanceof HTMLScriptElement) __hosting.problems.push('failed to load: ' + event.target.src);
  }, true);
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLScriptElement) __hosting.loaded.push(event.target.src);
  }, true);
  addEventListener('unhandledrejection', (event) => __hosting.problems.push('unhandled rejection: ' + event.reason));
</script>`;

/** A page on this (the runner's) origin: the script tag in its head, the elements in its body. */
async function openPage(tag: string, elements: string): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.title = 'a page on another origin than its script';
  // fixed at the top left: WebKit throttles rendering in iframes out of view
  iframe.style.cssText = 'position:fixed;top:0;left:0;width:800px;height:600px;border:0';
  iframe.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    ${RECORDER}
    ${tag}
  </head>
  <body>
${elements}
  </body>
</html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const record = (win as unknown as { __hosting?: Recorded }).__hosting;
  if (!record) throw new Error('the recorder did not run in the page');
  return { iframe, win, doc: iframe.contentDocument!, record };
}

async function until(condition: () => boolean, what: () => string, ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const widgetsOf = (page: Page) => Array.from(page.doc.body.children) as (HTMLElement & { updateComplete?: Promise<unknown> })[];

/** Waits until the script has loaded or failed, then (if it loaded) until every widget has rendered. */
async function outcome(page: Page, src: string): Promise<'loaded' | 'blocked'> {
  await until(
    () => page.record.loaded.includes(src) || page.record.problems.length > 0,
    () => `${src} to load or fail`,
  );
  if (!page.record.loaded.includes(src)) return 'blocked';
  const tags = [...new Set(widgetsOf(page).map((element) => element.localName))];
  await Promise.all(tags.map((tag) => page.win.customElements.whenDefined(tag)));
  await Promise.all(widgetsOf(page).map((element) => element.updateComplete));
  return 'loaded';
}

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

// ---------------------------------------------------------------------------------------------

describe('hosting the script on another origin (README, "Embed in a page")', function () {
  // a page loading the 220 kB bundle from another server, in three engines at once
  this.timeout(60000);

  let withHeader: SecondOrigin;
  let withoutHeader: SecondOrigin;
  let readme: string;
  let integrity: Record<string, string>;
  const pages: Page[] = [];

  before(async () => {
    withHeader = (await executeServerCommand<SecondOrigin, { cors: boolean }>(START, { cors: true }))!;
    withoutHeader = (await executeServerCommand<SecondOrigin, { cors: boolean }>(START, { cors: false }))!;
    readme = await (await fetch('/README.md', { cache: 'no-store' })).text();
    integrity = (await (await fetch('/dist/integrity.json', { cache: 'no-store' })).json()) as Record<string, string>;
    // the loader's hash is in its folder's integrity.json
    const loader = (await (await fetch('/dist/loader/integrity.json', { cache: 'no-store' })).json()) as Record<string, string>;
    integrity[BUNDLES.loader] = loader['upr-widgets.js'];
  });

  afterEach(() => {
    for (const page of pages.splice(0)) page.iframe.remove();
  });

  after(async () => {
    for (const server of [withHeader, withoutHeader]) {
      if (server) await executeServerCommand(STOP, { origin: server.origin });
    }
  });

  const open = async (server: SecondOrigin, build: Build, hash = integrity[BUNDLES[build]]) => {
    const { tag: readmeTag, elements } = readmeSnippet(readme, build);
    const tag = tagFor(readmeTag, `${server.origin}/dist/`, build, hash);
    const page = await openPage(tag, elements);
    pages.push(page);
    return { page, src: /\ssrc="([^"]+)"/.exec(tag)![1], elements };
  };

  it('serves the script from a second origin, on the loopback interface', () => {
    for (const server of [withHeader, withoutHeader]) {
      expect(server.address).to.equal('127.0.0.1');
      expect(new URL(server.origin).hostname).to.equal('127.0.0.1');
      expect(server.origin, 'another origin than the page’s').not.to.equal(location.origin);
    }
    expect(location.hostname).to.equal('localhost');
  });

  it('npm start sends dist/ as built, with Access-Control-Allow-Origin: * and Cache-Control: no-cache', async () => {
    for (const file of Object.values(BUNDLES)) {
      // a CORS request from this origin: it can be read only if the server allows it
      const response = await fetch(`${withHeader.origin}/dist/${file}`, { mode: 'cors', cache: 'no-store' });
      expect(response.ok, file).to.be.true;
      expect(response.headers.get('cache-control'), file).to.equal('no-cache');
      expect(await sha384(await response.arrayBuffer()), `${file}: the bytes dist/integrity.json hashed`).to.equal(integrity[file]);
      // the same request to the server without the header is refused
      let refused = false;
      await fetch(`${withoutHeader.origin}/dist/${file}`, { mode: 'cors', cache: 'no-store' }).catch(() => (refused = true));
      expect(refused, `${file} without Access-Control-Allow-Origin`).to.be.true;
    }
  });

  it('the README shows no placeholder hash, says where the script may live, and lists dist/integrity.json', () => {
    for (const [, value] of readme.matchAll(/integrity="([^"]*)"/g)) {
      expect(value, 'an integrity value in the README').to.match(/^sha(256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}$/);
    }
    expect(readme).not.to.contain('sha384-…');
    const embedding = section(readme, 'Embed in a page');
    expect(embedding).to.contain('Access-Control-Allow-Origin');
    expect(section(readme, 'Build outputs')).to.contain('`dist/integrity.json`');
  });

  for (const build of ['loader', 'module', 'classic'] as const) {
    describe(`the README’s ${build} tag (${BUNDLES[build]})`, () => {
      it('renders the README’s widgets, with Access-Control-Allow-Origin, crossorigin and the real integrity', async () => {
        const { page, src } = await open(withHeader, build);
        expect(await outcome(page, src), page.record.problems.join('; ')).to.equal('loaded');
        expect(page.record.problems).to.deep.equal([]);
        const widgets = widgetsOf(page);
        expect(widgets.length, 'the README’s elements').to.be.greaterThan(0);
        for (const element of widgets) {
          expect(page.win.customElements.get(element.localName), `<${element.localName}> defined`).to.exist;
          const text = element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          expect(text.length, `<${element.localName}> rendered`).to.be.greaterThan(20);
          expect(element.shadowRoot!.querySelector('[part~="unavailable"]'), `<${element.localName}>: no "content unavailable"`).to.equal(null);
        }
      });

      it('renders nothing from the same server without Access-Control-Allow-Origin', async () => {
        const { page, src } = await open(withoutHeader, build);
        expect(await outcome(page, src)).to.equal('blocked');
        expect(page.record.problems).to.deep.equal([`failed to load: ${src}`]);
        for (const element of widgetsOf(page)) {
          expect(page.win.customElements.get(element.localName), `<${element.localName}> defined`).to.equal(undefined);
          expect(element.shadowRoot, `<${element.localName}> rendered`).to.equal(null);
        }
      });

      it('renders nothing with a wrong integrity value (the other bundle’s hash)', async () => {
        const other = build === 'classic' ? 'module' : 'classic';
        const { page, src } = await open(withHeader, build, integrity[BUNDLES[other]]);
        expect(await outcome(page, src)).to.equal('blocked');
        expect(page.record.problems).to.deep.equal([`failed to load: ${src}`]);
        for (const element of widgetsOf(page)) {
          expect(page.win.customElements.get(element.localName), `<${element.localName}> defined`).to.equal(undefined);
        }
      });
    });
  }
});
