import { expect } from '@open-wc/testing';
import { dataset } from '../../src/internal/data.js';
import type { PageContext } from '../../src/internal/widget-spec.js';
import { type Frame, openFrame, widgetsIn } from '../helpers/frame.js';
import { html } from './pages.js';
import { hardened, hardenedOf } from './tools.js';

/**
 * Privacy: every widget of every item of the dataset on one page (an iframe with the built bundle): for each widget
 * of the registry, the configurations of its spec's `everyItem`, once per item of its collection for a widget that
 * shows one (every quote, every fact, every term), with the list of the sources they cite and the list of every
 * source. A reader uses each of them as its spec's `use` says: opens every timeline item and every term's
 * definition, goes through every bar of the charts and copies every quote's citation. The page records, from before
 * the script runs, every use of storage, cookies, IndexedDB and the network APIs; afterwards the page must have
 * fetched nothing but the script, stored nothing, and every link to a source must be an https address from the
 * dataset that opens without handing the article to the linked page (rel="noopener noreferrer").
 *
 * The page is an `srcdoc` document: same origin as the test page, no request of its own, so the only resource
 * it may list is the bundle.
 */

type FrameWindow = Window &
  typeof globalThis & {
    __privacy: string[];
    __copied: string[];
    __cookie(): string;
  };

/**
 * Runs first in the page: wraps what a script could use to store, track or send, and stubs the clipboard.
 * Plain ES2015 in a string, as a classic inline script.
 */
const RECORDER = String.raw`
(() => {
  const log = (kind, what) => window.__privacy.push(kind + ': ' + what);
  window.__privacy = [];
  window.addEventListener('error', (e) => log('error', e.message || String(e.target && (e.target.src || e.target.href))), true);
  window.addEventListener('unhandledrejection', (e) => log('unhandled rejection', String(e.reason)));
  const wrapMethod = (owner, name, kind, describe) => {
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      log(kind, name + ' ' + describe(args));
      return original.apply(this, args);
    };
  };
  const wrapGetter = (name, kind) => {
    let owner = window;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    const d = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!d) return; // not in this engine: nothing to use
    if (!d.get || !d.configurable) { log('not recorded', name); return; }
    Object.defineProperty(owner, name, { ...d, get() { log(kind, name); return d.get.call(this); } });
  };
  // storage
  for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) wrapMethod(Storage.prototype, name, 'storage', (a) => String(a[0]));
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore']) wrapGetter(name, 'storage');
  if (window.IDBFactory) for (const name of ['open', 'deleteDatabase', 'databases']) wrapMethod(IDBFactory.prototype, name, 'indexedDB', (a) => String(a[0]));
  // cookies
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { log('cookie', 'read'); return cookie.get.call(this); },
    set(value) { log('cookie', 'write ' + value); cookie.set.call(this, value); },
  });
  window.__cookie = () => cookie.get.call(document);
  // the network, beyond what resource timing lists (beacons, sockets, workers)
  wrapMethod(window, 'fetch', 'network', (a) => String(a[0] && (a[0].url || a[0])));
  wrapMethod(XMLHttpRequest.prototype, 'open', 'network', (a) => String(a[1]));
  wrapMethod(Navigator.prototype, 'sendBeacon', 'network', (a) => String(a[0]));
  if (window.ServiceWorkerContainer) wrapMethod(ServiceWorkerContainer.prototype, 'register', 'network', (a) => String(a[0]));
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'WebTransport', 'RTCPeerConnection']) {
    if (typeof window[name] !== 'function') continue;
    window[name] = new Proxy(window[name], { construct(target, args) { log('network', name + ' ' + String(args[0])); return Reflect.construct(target, args); } });
  }
  wrapMethod(window, 'open', 'network', (a) => String(a[0]));
  // a clipboard that records what the copy button writes
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text) => { window.__copied.push(text); return Promise.resolve(); } },
  });
})();
`;

const SOURCE_URLS = new Map(dataset.sources.flatMap((s) => (s.url ? [[s.id, s.url] as const] : [])));
/** Every address in the dataset: what a list of every source links to. */
const ALL_URLS = new Set(SOURCE_URLS.values());
const urlsOf = (ids: Iterable<string>) => new Set([...ids].flatMap((id) => (SOURCE_URLS.has(id) ? [SOURCE_URLS.get(id)!] : [])));

/** The builds; the loader's `folder` is where everything it loads must come from (its code and data chunks). */
const BUILDS: { name: string; file: string; folder?: string; tag(src: string): string }[] = [
  { name: 'ES module', file: '/dist/upr-widgets.js', tag: (src: string) => `<script type="module" src="${src}"></script>` },
  { name: 'classic', file: '/dist/upr-widgets.iife.js', tag: (src: string) => `<script src="${src}" defer></script>` },
  { name: 'on-demand loader', file: '/dist/loader/upr-widgets.js', folder: '/dist/loader/', tag: (src: string) => `<script type="module" src="${src}"></script>` },
];

/** Every configuration of `everyItem`, for a widget with an item once per id of its collection. */
function everyWidget(): string {
  return hardened
    .flatMap((spec) => {
      const { item, pageChecks } = spec;
      const ids = item ? spec.tools.idsOf(item.collection).map((id) => ({ [item.attribute]: id })) : [{}];
      const widgets = pageChecks.everyItem.flatMap((attributes) => ids.map((id) => ({ tag: spec.tag, attributes: { ...id, ...attributes } })));
      // widgets set in a sentence, in one paragraph, empty (they show the item's name)
      if (!pageChecks.inline) return widgets.map((w) => html(w));
      return [`<p>${widgets.map((w) => html(w)).join(', ')}.</p>`];
    })
    .join('\n');
}

function page(scriptTag: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Every widget</title>
<script>${RECORDER}</script>
${scriptTag}
</head>
<body>
${everyWidget()}
</body>
</html>`;
}

function shadowElements(root: Document | ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => (el.shadowRoot ? [el, ...shadowElements(el.shadowRoot)] : [el]));
}

/** The addresses linked inside these widgets. */
function linkedUrls(widgets: Iterable<Element>): Set<string | null> {
  return new Set([...widgets].flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll('a'), (a) => a.getAttribute('href'))));
}

const checksOf = (el: Element) => hardenedOf(el.localName);
const sourceList = (el: Element) => checksOf(el).pageChecks.sourceList;

for (const build of BUILDS) {
  describe(`privacy: every widget on a page, ${build.name} build`, () => {
    let frame: Frame;
    let win: FrameWindow;
    let doc: Document;
    const storageBefore: Record<string, string> = {};
    /** What went wrong as the reader used every widget (each spec's `use`). */
    const used: string[] = [];

    before(async function () {
      this.timeout(60000);
      for (const area of [localStorage, sessionStorage]) {
        storageBefore[area === localStorage ? 'local' : 'session'] = JSON.stringify(Object.entries(area));
      }
      const bundle = new URL(build.file, location.href).href;
      frame = await openFrame({ html: page(build.tag(bundle)) }, { recorder: false, title: 'every widget' });
      win = frame.win as FrameWindow;
      doc = frame.doc;
      // a reader opens every item, every definition, goes through every bar with the keyboard, copies every citation
      const context: PageContext = { win, copied: () => win.__copied };
      for (const el of widgetsIn(doc)) {
        const { pageChecks, tools } = checksOf(el);
        if (pageChecks.use) used.push(...(await pageChecks.use(el, context, tools)));
      }
      await Promise.all(widgetsIn(doc).map((w) => w.updateComplete));
      await new Promise((r) => setTimeout(r, 200));
    });

    after(() => frame?.iframe.remove());

    it('the reader really opened every item and definition and copied every citation (what the checks below rely on)', () => {
      expect(used, used.join('\n')).to.deep.equal([]);
      // every widget with something to do did it: every quote's citation reached the clipboard, for one
      const copying = widgetsIn(doc).filter((el) => el.shadowRoot!.querySelector('[part~="copy-button"]'));
      expect(copying.length).to.be.greaterThan(0);
      expect(win.__copied).to.have.length(copying.length);
    });

    it(build.folder ? 'fetches nothing but the script and files of its own folder' : 'fetches nothing but the script', () => {
      const resources = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      const script = new URL(build.file, location.href).href;
      if (build.folder) {
        const folder = new URL(build.folder, location.href).href;
        expect(resources[0]).to.equal(script);
        expect(resources.filter((url) => !url.startsWith(folder) || !url.endsWith('.js'))).to.deep.equal([]);
        // the widgets' code and their data came through the loader (one file is not everything)
        expect(resources.length).to.be.greaterThan(10);
      } else expect(resources).to.deep.equal([script]);
      expect(win.__privacy.filter((line) => line.startsWith('network') || line.startsWith('error'))).to.deep.equal([]);
    });

    it('uses no cookies, no localStorage or sessionStorage, no IndexedDB, no cache storage', () => {
      expect(win.__privacy).to.deep.equal([]);
      expect(win.__cookie()).to.equal('');
      expect(JSON.stringify(Object.entries(localStorage))).to.equal(storageBefore.local);
      expect(JSON.stringify(Object.entries(sessionStorage))).to.equal(storageBefore.session);
    });

    it('would have noticed: the recorders see storage, cookies, IndexedDB and fetch when they are used', () => {
      // Every engine must let the page wrap these before the script runs; if one did not, the checks above prove
      // nothing there, so this proves the recorders work (and then undoes what it did).
      const seen = win.__privacy.length;
      void win.localStorage.getItem('upr-privacy-probe');
      void win.sessionStorage;
      void win.document.cookie;
      if (win.indexedDB) win.indexedDB.deleteDatabase('upr-privacy-probe');
      void win.fetch('data:,probe').catch(() => undefined);
      const probes = win.__privacy.slice(seen);
      win.__privacy.length = seen;
      expect(probes).to.include.members(['storage: localStorage', 'storage: getItem upr-privacy-probe', 'storage: sessionStorage', 'cookie: read', 'network: fetch data:,probe']);
      if (win.indexedDB) expect(probes).to.include.members(['storage: indexedDB', 'indexedDB: deleteDatabase upr-privacy-probe']);
      expect(win.__privacy.filter((p) => p.startsWith('not recorded'))).to.deep.equal([]);
    });

    it('links only to https sources from the dataset, each with rel="noopener noreferrer"; the lists link to what is cited, or to everything', () => {
      const elements = shadowElements(doc).filter((el) => el.getRootNode() !== doc);
      const links = elements.filter((el): el is HTMLAnchorElement => el.localName === 'a');
      const problems: string[] = [];
      for (const link of links) {
        const href = link.getAttribute('href') ?? '';
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        if (new URL(href, 'https://invalid.example/').protocol !== 'https:' || !href.startsWith('https://')) problems.push(`not https: ${href}`);
        if (!ALL_URLS.has(href)) problems.push(`not a source of the dataset: ${href}`);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`rel="${rel.join(' ')}" on ${href}`);
      }
      // nothing else in the widgets points anywhere
      for (const el of elements) {
        for (const name of ['src', 'srcset', 'action', 'formaction', 'poster', 'ping', 'background']) {
          if (el.hasAttribute(name)) problems.push(`${name} on <${el.localName}>`);
        }
      }
      expect(problems).to.deep.equal([]);
      // every cited source with an address is linked by the widgets citing it (all items were rendered and opened),
      // and by the list of what the page cites; a list of every source links every address
      const widgets = widgetsIn(doc);
      const citing = widgets.filter((el) => !sourceList(el));
      const cited = urlsOf(citing.flatMap((el) => [...checksOf(el).pageChecks.cites(el, checksOf(el).tools)]));
      expect(linkedUrls(citing)).to.deep.equal(cited);
      const lists = widgets.filter((el) => sourceList(el));
      expect(linkedUrls(lists.filter((el) => !sourceList(el)!.all(el)))).to.deep.equal(cited);
      expect(linkedUrls(lists.filter((el) => sourceList(el)!.all(el)))).to.deep.equal(ALL_URLS);
      expect(cited.size).to.be.greaterThan(0);
    });
  });
}
