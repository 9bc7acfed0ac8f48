import { expect, nextFrame } from '@open-wc/testing';
import { dataset } from '../../src/internal/data.js';
import { quoteStrings } from '../../src/upr-quote/upr-quote.strings.js';

/**
 * Privacy: every widget of every item of the dataset on one page (an iframe with the built bundle), with the list
 * of the sources they cite and the list of every source, a reader opening every timeline item and every term's
 * definition, going through every bar of the charts and copying every quote's citation. The page records, from before the script runs, every use of storage, cookies, IndexedDB and
 * the network APIs; afterwards the page must have fetched nothing but the script, stored nothing, and every link to
 * a source must be an https address from the dataset that opens without handing the article to the linked page
 * (rel="noopener noreferrer").
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

const QUOTES = dataset.quotes.map((q) => q.id);
const FACTS = dataset.facts.map((f) => f.id);
const TERMS = dataset.glossary.map((g) => g.id);
const SOURCE_URLS = new Map(dataset.sources.flatMap((s) => (s.url ? [[s.id, s.url] as const] : [])));
/** Every address in the dataset: what `<upr-sources all>` links to. */
const ALL_URLS = new Set(SOURCE_URLS.values());
/**
 * Every address the page may link to: the sources cited by the quotes, facts, events, terms and the charts of every
 * cycle (the counts and the other count), where they have one.
 */
const CITED_URLS = new Set(
  [
    ...dataset.quotes.map((q) => q.source),
    ...dataset.facts.flatMap((f) => f.sources),
    ...dataset.events.flatMap((e) => e.sources),
    ...dataset.glossary.flatMap((g) => g.sources),
    ...dataset.cycles.flatMap((c) => [...Object.values(c.recommendations).flatMap((n) => n.sources ?? []), ...(c.alternativeCount?.sources ?? [])]),
  ].flatMap(
    (id) => (SOURCE_URLS.has(id) ? [SOURCE_URLS.get(id)!] : []),
  ),
);

const BUILDS = [
  { name: 'ES module', file: '/dist/upr-widgets.js', tag: (src: string) => `<script type="module" src="${src}"></script>` },
  { name: 'classic', file: '/dist/upr-widgets.iife.js', tag: (src: string) => `<script src="${src}" defer></script>` },
];

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
<upr-timeline></upr-timeline>
${QUOTES.map((id) => `<upr-quote quote="${id}" show-original></upr-quote>`).join('\n')}
${FACTS.map((id) => `<upr-fact-card fact="${id}"></upr-fact-card>`).join('\n')}
<p>${TERMS.map((id) => `<upr-term term="${id}"></upr-term>`).join(', ')}.</p>
<upr-recommendations-chart></upr-recommendations-chart>
<upr-recommendations-chart metric="share" view="table"></upr-recommendations-chart>
<upr-sources></upr-sources>
<upr-sources all></upr-sources>
</body>
</html>`;
}

function shadowElements(root: Document | ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => (el.shadowRoot ? [el, ...shadowElements(el.shadowRoot)] : [el]));
}

async function waitFor(condition: () => boolean, what: string, ms = 10000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
  }
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['upr-quote', 'upr-fact-card', 'upr-timeline', 'upr-recommendations-chart', 'upr-term', 'upr-sources'];

/** The addresses linked inside these widgets. */
function linkedUrls(widgets: Iterable<Element>): Set<string | null> {
  return new Set([...widgets].flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll('a'), (a) => a.getAttribute('href'))));
}

for (const build of BUILDS) {
  describe(`privacy: every widget on a page, ${build.name} build`, () => {
    let iframe: HTMLIFrameElement;
    let win: FrameWindow;
    let doc: Document;
    const storageBefore: Record<string, string> = {};
    /** Whether each term's definition was open after a click on its words. */
    const opened: boolean[] = [];
    /** Whether each bar of the chart had focus in turn. */
    const visited: boolean[] = [];

    before(async function () {
      this.timeout(60000);
      for (const area of [localStorage, sessionStorage]) {
        storageBefore[area === localStorage ? 'local' : 'session'] = JSON.stringify(Object.entries(area));
      }
      iframe = document.createElement('iframe');
      iframe.style.cssText = 'width:800px;height:600px;border:0';
      const bundle = new URL(build.file, location.href).href;
      iframe.srcdoc = page(build.tag(bundle));
      const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
      document.body.append(iframe);
      await loaded;
      win = iframe.contentWindow as FrameWindow;
      doc = iframe.contentDocument!;
      await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
      const widgets = Array.from(doc.querySelectorAll<Widget>(TAGS.join(',')));
      await Promise.all(widgets.map((w) => w.updateComplete));

      // a reader opens every item of the timeline…
      const timeline = doc.querySelector<Widget>('upr-timeline')!;
      const titles = Array.from(timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="title"] button'));
      expect(titles.length).to.equal(dataset.events.length);
      for (const button of titles) if (button.getAttribute('aria-expanded') !== 'true') button.click();
      await timeline.updateComplete;
      // …goes through every bar of the chart with the keyboard…
      const chart = doc.querySelector<Widget>('upr-recommendations-chart')!;
      const bars = Array.from(chart.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]'));
      bars[0].focus();
      for (const bar of bars) {
        visited.push(chart.shadowRoot!.activeElement === bar);
        bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        await chart.updateComplete;
      }
      // …reads every term's definition (one open at a time)…
      for (const term of doc.querySelectorAll<Widget>('upr-term')) {
        term.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!.click();
        await term.updateComplete;
        await nextFrame();
        opened.push(term.shadowRoot!.querySelector('[part~="popover"]')!.matches(':popover-open'));
      }
      // …and copies every quote's citation
      for (const quote of doc.querySelectorAll<Widget>('upr-quote')) quote.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitFor(() => win.__copied.length === QUOTES.length, 'every citation to be copied');
      await Promise.all(widgets.map((w) => w.updateComplete));
      await nextFrame();
      await new Promise((r) => setTimeout(r, 200));
    });

    after(() => iframe.remove());

    it('the reader really opened every item and definition and copied every citation (what the checks below rely on)', () => {
      const timeline = doc.querySelector('upr-timeline')!.shadowRoot!;
      expect(timeline.querySelectorAll('[aria-expanded="true"]').length).to.equal(dataset.events.length);
      expect(opened).to.deep.equal(TERMS.map(() => true));
      expect(visited).to.deep.equal(dataset.cycles.flatMap(() => [true, true, true]));
      expect(win.__copied).to.have.length(QUOTES.length);
      for (const text of win.__copied) expect(text).to.match(/\n.*(Source|Sources): /);
      const statuses = Array.from(doc.querySelectorAll('upr-quote'), (q) => q.shadowRoot!.querySelector('[part="copy-status"]')!.textContent!.trim());
      expect(statuses).to.deep.equal(QUOTES.map(() => quoteStrings.en.copied));
    });

    it('fetches nothing but the script', () => {
      const resources = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(resources).to.deep.equal([new URL(build.file, location.href).href]);
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
      // and by the list of what the page cites; the list of every source links every address
      const widgets = Array.from(doc.querySelectorAll(TAGS.join(',')));
      expect(linkedUrls(widgets.filter((el) => el.localName !== 'upr-sources'))).to.deep.equal(CITED_URLS);
      expect(linkedUrls(doc.querySelectorAll('upr-sources:not([all])'))).to.deep.equal(CITED_URLS);
      expect(linkedUrls(doc.querySelectorAll('upr-sources[all]'))).to.deep.equal(ALL_URLS);
      expect(CITED_URLS.size).to.be.greaterThan(0);
    });
  });
}
