import { expect } from '@open-wc/testing';
import { strings, type Locale } from '../../src/internal/i18n.js';
import { quoteStrings } from '../../src/upr-quote/upr-quote.strings.js';
import { chartStrings } from '../../src/upr-recommendations-chart/upr-recommendations-chart.strings.js';
import { timelineStrings } from '../../src/upr-timeline/upr-timeline.strings.js';
import { nextFrame, TAGS, widgetsIn, widgetsRendered } from '../helpers/frame.js';
import { normalize, part } from '../helpers/shadow.js';
import { specOf } from '../helpers/specs.js';
import { hardenedOf } from '../hardening/tools.js';
import { outletAs } from '../helpers/data-text.js';
import { lowContrastText } from '../helpers/contrast.js';

/**
 * The demo's article pages (demo/article-vi.html, demo/article-en.html), loaded as a reader gets them: each in
 * an iframe, with the built bundle from its own script tag and the news site's stylesheet.
 */

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}
/** The iframe's window: its own globals (console, ErrorEvent) and, once injected, axe. */
type FrameWindow = Window &
  typeof globalThis & {
    axe?: { run(context: Node, options?: object): Promise<{ violations: AxeViolation[] }> };
  };
interface Quote {
  id: string;
  speaker: string;
  text: string;
  source: string;
}
interface Person {
  id: string;
  name: Record<Locale, string>;
}
interface Source {
  id: string;
  outlet: string;
  outletEnglish?: string;
  published?: string;
  url?: string;
}

const ARTICLES: readonly { path: string; lang: Locale; sourceLabel: string }[] = [
  { path: '/demo/article-vi.html', lang: 'vi', sourceLabel: 'Nguồn' },
  { path: '/demo/article-en.html', lang: 'en', sourceLabel: 'Source' },
];

const UNAVAILABLE = Object.values(strings).map((t) => t.unavailable);

interface LoadedPage {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Console errors and warnings, uncaught errors, rejections and failed resources, in order. */
  problems: string[];
  /** Whether the recorders installed before the page loaded were still in place afterwards. */
  recorderIntact(): boolean;
}

/** A widget set inside a sentence (its examples are sentences: <upr-term>) rather than a block of its own. */
const inline = (el: Element) => specOf(el.localName).examples.some((example) => example.sentence);

/**
 * Loads a page in an iframe and records what it reports while loading.
 *
 * How the console is captured: when an iframe navigates from its initial about:blank document to a same-origin
 * URL, the browser keeps the same Window object (HTML: "reuse the initial about:blank Window"). So the console
 * wrappers and the error listeners installed right after the iframe is inserted — before the navigation has
 * even committed, let alone before the page's module script runs — see everything the page does while it
 * loads. `recorderIntact()` checks afterwards that the wrappers are still the page's console methods and that an
 * error event still reaches the listener, so an engine that replaced the Window would fail the test instead of
 * letting it pass unheard. Uncaught errors and rejections reach the window listeners in every engine; failed
 * resources are also checked directly once the page has loaded (see below).
 */
async function loadPage(path: string, width: number): Promise<LoadedPage> {
  const iframe = document.createElement('iframe');
  iframe.title = `Demo page ${path}`;
  iframe.style.cssText = `display:block;width:${width}px;height:800px;border:0`;
  iframe.src = path;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);

  const win = iframe.contentWindow as FrameWindow;
  const problems: string[] = [];
  const wrappers = new Map<'error' | 'warn', (...args: unknown[]) => void>();
  for (const method of ['error', 'warn'] as const) {
    const original = win.console[method];
    const wrapper = (...args: unknown[]) => {
      problems.push(`console.${method}: ${args.map(String).join(' ')}`);
      original.apply(win.console, args);
    };
    win.console[method] = wrapper;
    wrappers.set(method, wrapper);
  }
  // capture phase: also the error events of scripts, styles and other resources that fail to load
  win.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof win.ErrorEvent) problems.push(`uncaught error: ${event.message}`);
      else {
        const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
        problems.push(`failed to load: ${target?.src || target?.href || String(target)}`);
      }
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  });

  await loaded;
  const doc = iframe.contentDocument!;
  // Chromium does not hand every resource's error event to listeners added this early (not those of <head>
  // elements), so check the page's resources directly as well: stylesheets parsed, images decoded and, where
  // the engine reports it, no HTTP error status. A bundle that fails to load leaves the elements undefined.
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (!link.sheet) problems.push(`stylesheet not loaded: ${link.href}`);
  }
  for (const img of Array.from(doc.images)) {
    if (img.complete && img.naturalWidth === 0) problems.push(`image not loaded: ${img.src}`);
  }
  for (const entry of win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if ((entry.responseStatus ?? 0) >= 400) problems.push(`HTTP ${entry.responseStatus}: ${entry.name}`);
  }
  // a bundle that fails to load never defines the elements: the wait says so, with what the page reported
  await widgetsRendered({ iframe, win, doc, record: { problems, violations: [] } });

  return {
    iframe,
    win,
    doc,
    problems,
    recorderIntact() {
      if (win.console.error !== wrappers.get('error') || win.console.warn !== wrappers.get('warn')) return false;
      const probe = `probe-${Math.random()}`;
      win.dispatchEvent(new win.ErrorEvent('error', { message: probe }));
      const index = problems.indexOf(`uncaught error: ${probe}`);
      if (index === -1) return false;
      problems.splice(index, 1);
      return true;
    },
  };
}

/** `<upr-fact-card fact="x">`: the element as written, for assertion messages. */
function describeWidget(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => `${a.name}="${a.value}"`).join(' ');
  return `<${el.localName} ${attrs}>`;
}

/** axe over the whole page, injected once: each violation with the elements it names. */
async function axeViolations({ doc, win }: LoadedPage): Promise<string[]> {
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load axe-core into the page'));
      doc.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(doc, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

for (const article of ARTICLES) {
  describe(`article page ${article.path}`, function () {
    // axe over a whole article takes a few seconds in some engines
    this.timeout(30000);

    let page: LoadedPage;
    const t = strings[article.lang];

    before(async () => {
      page = await loadPage(article.path, 1200);
    });

    after(() => {
      page?.iframe.remove();
    });

    it('is a complete page in its language', () => {
      const { doc } = page;
      expect(doc.documentElement.lang).to.equal(article.lang);
      expect(normalize(doc.title)).not.to.equal('');
      expect(!!doc.querySelector('meta[name="viewport"]'), 'viewport meta').to.be.true;
      expect(!!doc.querySelector('link[rel="icon"]'), 'icon link').to.be.true;
      for (const landmark of ['header', 'nav', 'main', 'aside', 'footer']) {
        expect(!!doc.querySelector(landmark), landmark).to.be.true;
      }
      expect(doc.querySelectorAll('h1').length, 'one h1').to.equal(1);
      expect(!!doc.querySelector('.byline time[datetime]'), 'dated byline').to.be.true;
    });

    it('has every widget of the registry on it', () => {
      expect([...new Set(widgetsIn(page.doc).map((el) => el.localName))]).to.have.members([...TAGS]);
    });

    it('places the widgets in the text and the sidebar as a CMS would', () => {
      const { doc } = page;
      const body = doc.querySelector('.story-body')!;
      const aside = doc.querySelector('aside')!;
      expect(body.querySelectorAll('p > upr-term').length, 'a term in a paragraph of the text').to.be.at.least(1);
      expect(body.querySelectorAll('upr-recommendations-chart').length, 'chart in the text').to.equal(1);
      expect(body.querySelectorAll('upr-quote').length, 'quotes in the text').to.be.at.least(1);
      expect(body.querySelectorAll('upr-fact-card:not([theme])').length, 'fact cards in the text').to.be.at.least(2);
      expect(body.querySelectorAll('upr-timeline').length, 'timeline in the text').to.equal(1);
      expect(!!aside.querySelector('upr-quote[size="compact"]'), 'compact quote in the sidebar').to.be.true;
      expect(!!aside.querySelector('upr-fact-card[variant="text"]'), 'text fact card in the sidebar').to.be.true;
      // the site's dark mode themes them all (data-upr-theme on <html>): not one needs a theme of its own
      expect(widgetsIn(doc).filter((el) => el.hasAttribute('theme')).map(describeWidget)).to.deep.equal([]);
    });

    it('defines and renders every widget on it, none of them a fallback', () => {
      const widgets = widgetsIn(page.doc);
      expect(widgets.length).to.be.at.least(6);
      for (const el of widgets) {
        const name = describeWidget(el);
        expect(!!page.win.customElements.get(el.localName), `${el.localName} is defined`).to.be.true;
        expect(el.matches(':defined'), `${name} is upgraded`).to.be.true;
        const root = el.shadowRoot;
        expect(!!root, `${name} has a shadow root`).to.be.true;
        const base = root!.querySelector('[part~="base"]');
        expect(normalize(base?.textContent), `${name} shows content`).not.to.equal('');
        // booleans, not elements: a failing assertion must not hand the runner a node from another window to serialize
        expect(!!root!.querySelector('[part~="unavailable"]'), `${name} shows an "unavailable" notice`).to.be.false;
        if (inline(el)) {
          // a term shows the article's words through its slot: its fallback is those words with nothing to tap
          expect(!!part(el, 'trigger'), `${name} has words to tap`).to.be.true;
          expect(el.getBoundingClientRect().height, `${name} takes up its line`).to.be.greaterThan(10);
        } else {
          expect(!!root!.querySelector('slot'), `${name} shows its fallback content instead of the widget`).to.be.false;
          expect(el.getBoundingClientRect().height, `${name} takes up space`).to.be.greaterThan(40);
        }
        for (const notice of UNAVAILABLE) expect(normalize(root!.textContent), name).not.to.include(notice);
      }
    });

    it(`renders the widgets in the page's language (${article.lang})`, () => {
      const widgets = widgetsIn(page.doc);
      const labels = widgets.flatMap((el) =>
        Array.from(el.shadowRoot!.querySelectorAll('[part~="source"] .source-label'), (label) => ({
          name: describeWidget(el),
          text: normalize(label.textContent),
        })),
      );
      // every widget has a source line (a term's in its definition, a timeline's in its open items), but the list
      // of sources, which is one
      for (const el of widgets.filter((w) => w.localName !== 'upr-sources')) {
        if (el.localName === 'upr-timeline' && !el.hasAttribute('highlight')) continue;
        expect(labels.filter((label) => label.name === describeWidget(el)).length, `${describeWidget(el)}: source line`).to.be.at.least(1);
      }
      for (const { name, text } of labels) {
        expect(text, name).to.match(new RegExp(`^${article.sourceLabel}`));
        expect([`${t.source}:`, `${t.sources}:`], name).to.include(text);
      }
      for (const quote of page.doc.querySelectorAll('upr-quote')) {
        const button = quote.shadowRoot!.querySelector('[part~="copy-button"]');
        expect(normalize(button?.textContent), describeWidget(quote)).to.equal(quoteStrings[article.lang].copyCitation);
      }
      for (const timeline of page.doc.querySelectorAll('upr-timeline')) {
        const list = timeline.shadowRoot!.querySelector('[part~="list"]');
        expect(list?.getAttribute('aria-label'), describeWidget(timeline)).to.equal(timelineStrings[article.lang].listLabel);
      }
      for (const chart of page.doc.querySelectorAll('upr-recommendations-chart')) {
        const metric = chart.getAttribute('metric') === 'share' ? 'share' : 'count';
        expect(normalize(part(chart, 'title')?.textContent), describeWidget(chart)).to.equal(chartStrings[article.lang].title[metric]);
      }
      for (const term of page.doc.querySelectorAll('upr-term')) {
        expect(part(term, 'popover')?.lang, describeWidget(term)).to.equal(article.lang);
      }
    });

    it("carries a no-JavaScript fallback with the dataset's words and attribution", async () => {
      const quotes = await fetchJson<Quote[]>('/data/quotes.json');
      const people = await fetchJson<Person[]>('/data/people.json');
      const withFallback = Array.from(page.doc.querySelectorAll('upr-quote')).filter((el) => el.querySelector('blockquote'));
      expect(withFallback.length, 'quotes with a <blockquote> inside').to.be.at.least(1);
      for (const el of withFallback) {
        const quote = quotes.find((q) => q.id === el.getAttribute('quote'));
        expect(quote, describeWidget(el)).to.exist;
        // the words as the dataset has them, without the quotation marks the widget sets around them
        const words = el.querySelector('blockquote')!.cloneNode(true) as Element;
        for (const mark of words.querySelectorAll('.mark')) mark.remove();
        expect(normalize(words.textContent)).to.equal(normalize(quote!.text));
        const speaker = people.find((p) => p.id === quote!.speaker)!;
        expect(normalize(el.querySelector('figcaption')?.textContent)).to.include(speaker.name[article.lang]);
      }
    });

    it('ends with a list of the sources its widgets cite, each once', async () => {
      const sources = await fetchJson<Source[]>('/data/sources.json');
      // What each widget on the page cites, as its spec says (the same as the hardening suites use).
      const cited = new Set<string>();
      for (const el of widgetsIn(page.doc)) {
        const spec = hardenedOf(el.localName);
        spec.pageChecks.cites(el, spec.tools).forEach((id) => cited.add(id));
      }
      const lists = page.doc.querySelectorAll('upr-sources');
      expect(lists.length, 'one list of sources').to.equal(1);
      const entries = Array.from(lists[0].shadowRoot!.querySelectorAll('[part~="entry"]'));
      expect(entries.length, 'one entry per source cited').to.equal(cited.size);
      for (const id of cited) {
        const source = sources.find((s) => s.id === id)!;
        const matching = entries.filter(
          (li) =>
            normalize(li.textContent).startsWith(`${outletAs(source, article.lang)}, `) &&
            (li.querySelector('time')?.getAttribute('datetime') ?? undefined) === source.published &&
            (li.querySelector('a')?.getAttribute('href') ?? undefined) === (source.url?.startsWith('https://') ? source.url : undefined),
        );
        expect(matching.length, `${id} listed once`).to.equal(1);
      }
      const heading = lists[0].shadowRoot!.querySelector('[part~="heading"]');
      expect(normalize(heading?.textContent)).to.equal(t.sources);
    });

    it('has no axe violations', async () => {
      const report = await axeViolations(page);
      expect(report, report.join('\n')).to.deep.equal([]);
    });

    it("turns dark with the site's dark-mode switch, every widget with it, all text legible, and back", async () => {
      const { doc, win } = page;
      const root = doc.documentElement;
      const toggle = doc.querySelector<HTMLButtonElement>('.theme-toggle')!;
      const bases = () => widgetsIn(doc).filter((el) => !inline(el)).map((el) => win.getComputedStyle(part(el, 'base')!).backgroundColor);
      const light = bases();
      expect(toggle.hidden, 'the switch shows once its script runs').to.be.false;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      try {
        toggle.click();
        expect(root.dataset.uprTheme, "the widgets' switch is set beside the site's").to.equal('dark');
        await nextFrame(win); // the widgets' page observer, then their render
        await Promise.all(widgetsIn(doc).map((el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete));
        await nextFrame(win);
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
        expect(win.getComputedStyle(root).backgroundColor, 'the page is dark').to.equal('rgb(18, 19, 20)');
        expect(new Set(bases()), 'every widget box is dark').to.deep.equal(new Set(['rgb(23, 24, 26)']));
        for (const el of widgetsIn(doc)) expect(lowContrastText(el), describeWidget(el)).to.deep.equal([]);
        const report = await axeViolations(page);
        expect(report, report.join('\n')).to.deep.equal([]);
        toggle.click();
        await nextFrame(win);
        await Promise.all(widgetsIn(doc).map((el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete));
        expect(bases(), 'back to light').to.deep.equal(light);
      } finally {
        // the switch remembers the reader's choice; the other tests load the page in its light theme
        win.localStorage.removeItem('sample-daily-theme');
        root.dataset.siteTheme = root.dataset.uprTheme = 'light';
      }
    });

    it('sets the sidebar beside the text on a wide screen and below it on a phone, never wider than the screen', async () => {
      const { iframe, doc, win } = page;
      const body = doc.querySelector('.story-body')!;
      const aside = doc.querySelector('aside')!;
      const overflow = () => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      expect(aside.getBoundingClientRect().left, 'sidebar to the right of the text').to.be.at.least(body.getBoundingClientRect().right);
      expect(overflow(), 'horizontal overflow at 1200 px').to.be.at.most(0);
      try {
        iframe.style.width = '360px';
        await nextFrame(win);
        await nextFrame(win);
        expect(aside.getBoundingClientRect().top, 'sidebar below the text').to.be.at.least(body.getBoundingClientRect().bottom);
        expect(overflow(), 'horizontal overflow at 360 px').to.be.at.most(0);
        for (const el of widgetsIn(doc)) {
          expect(el.getBoundingClientRect().right, `${describeWidget(el)} fits the screen`).to.be.at.most(360);
        }
      } finally {
        iframe.style.width = '1200px';
      }
    });

    // last, so that it also covers whatever the other tests made the page do
    it('logs no console errors or warnings and throws nothing', () => {
      expect(page.recorderIntact(), 'the console recorder saw the page load').to.be.true;
      expect(page.problems, page.problems.join('\n')).to.deep.equal([]);
    });
  });
}
