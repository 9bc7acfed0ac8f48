import { expect } from '@open-wc/testing';
import { nextFrame, openFrame, TAGS, widgetsIn, widgetsRendered } from '../helpers/frame.js';
import { normalize, part, wordsWithoutControls } from '../helpers/shadow.js';

/**
 * The demo articles are built with every widget prerendered in its light-DOM form (scripts/demo-articles.mjs,
 * `prerender(…, { form: 'light' })`), laid out by dist/upr-fallback.css, which is generated from the widgets'
 * styles. A reader sees that fallback until the script runs, or for good without JavaScript, and nothing on the
 * page may move when the widgets replace it. Every widget of the registry is on both articles.
 *
 * Each page is loaded in an iframe without its script tag, measured, given the bundle, and measured again.
 */

const ARTICLES = ['/demo/article-en.html', '/demo/article-vi.html'];
/** A phone and a desktop: one column, and the text beside the sidebar. */
const WIDTHS = [360, 1200];
const WIDGETS = TAGS.join(', ');
const BUNDLE_TAG = /<script type="module" src="[^"]*\/dist\/loader\/upr-widgets\.js"><\/script>/;

interface Box {
  name: string;
  top: number;
  left: number;
  height: number;
}

interface Snapshot {
  /** Every element of the page outside the widgets, and the widgets themselves. */
  boxes: Box[];
  /** What each widget says, in page order. */
  texts: string[];
}

/** `<upr-fact-card fact="x">`, or an element and the start of its text, for assertion messages. */
function nameOf(el: Element): string {
  if (el.matches(WIDGETS)) return `<${el.localName} ${Array.from(el.attributes, (a) => `${a.name}="${a.value}"`).join(' ')}>`;
  const text = normalize(el.textContent).slice(0, 40);
  return `<${el.localName}${el.className ? ` class="${el.className}"` : ''}> "${text}"`;
}

function boxesOf(doc: Document): Box[] {
  return Array.from(doc.body.querySelectorAll('*'))
    .filter((el) => el.matches(WIDGETS) || !el.closest(WIDGETS))
    .map((el) => {
      const rect = el.getBoundingClientRect();
      return { name: nameOf(el), top: rect.top, left: rect.left, height: rect.height };
    });
}

/**
 * The fallback's words as a reader sees them: the element holds only its .upr-fallback (or, for a `<upr-term>`,
 * its words). The element's innerText, not the wrapper's: WebKit gives a `display: contents` element's text
 * content, hidden words included.
 */
function fallbackText(el: HTMLElement): string {
  if (el.localName !== 'upr-term') {
    expect(Array.from(el.children, (child) => child.className), `${nameOf(el)} holds its fallback`).to.deep.equal(['upr-fallback']);
  }
  return normalize(el.innerText);
}

/**
 * The widget's words as a reader sees them, but for its controls, which need the script (the copy button and its
 * status line, the scroll buttons): the fallback keeps their place without showing them.
 */
function widgetText(el: Element): string {
  if (el.localName === 'upr-term') {
    // the words the reader taps: what the trigger's slot shows (the author's words, or the term's name)
    const slot = part(el, 'trigger')?.querySelector('slot');
    const shown = slot?.assignedNodes().length ? slot.assignedNodes() : Array.from(slot?.childNodes ?? []);
    return normalize(shown.map((node) => node.textContent).join(''));
  }
  return wordsWithoutControls(el);
}

interface LoadedPage {
  iframe: HTMLIFrameElement;
  /** The widgets as written, in page order. */
  widgets: string[];
  before: Snapshot;
  after: Snapshot;
}

/** The page as a reader gets it before its script runs, then with the widgets rendered. */
async function loadAndUpgrade(path: string, width: number): Promise<LoadedPage> {
  const html = await (await fetch(path)).text();
  expect(BUNDLE_TAG.test(html), `${path} loads the loader with a script tag`).to.be.true;
  const base = new URL(path, location.href).href;
  // Relative URLs made absolute as well as the <base>: Firefox's preloader resolves them before it sees the <base>.
  const page = html.replace(BUNDLE_TAG, '').replace(/(href|src)="(\.\.?\/[^"]*)"/g, (_, name, url) => `${name}="${new URL(url, base).href}"`);
  const frame = await openFrame(
    { html: page.replace('<head>', `<head><base href="${base}">`) },
    { width, height: 800, title: `${path} at ${width} px`, recorder: false, widgets: false },
  );
  const { iframe, win, doc } = frame;
  await doc.fonts.ready;
  await nextFrame(win);

  const widgets = widgetsIn(doc);
  expect([...new Set(widgets.map((el) => el.localName))], `${path}: every widget of the registry`).to.have.members([...TAGS]);
  expect(widgets.filter((el) => el.matches(':defined')).length, 'defined before the script').to.equal(0);
  const before: Snapshot = { boxes: boxesOf(doc), texts: widgets.map(fallbackText) };

  const script = doc.createElement('script');
  script.type = 'module';
  // the loader, as the articles have it: each widget waits for its code and data, and still nothing moves
  script.src = new URL('../dist/loader/upr-widgets.js', base).href;
  doc.head.append(script);
  await widgetsRendered(frame);
  const after: Snapshot = { boxes: boxesOf(doc), texts: widgets.map(widgetText) };
  return { iframe, widgets: widgets.map(nameOf), before, after };
}

for (const path of ARTICLES) {
  for (const width of WIDTHS) {
    describe(`${path} at ${width} px, before and after the script`, function () {
      this.timeout(30000);
      let page: LoadedPage;

      before(async () => {
        page = await loadAndUpgrade(path, width);
      });

      after(() => {
        page?.iframe.remove();
      });

      it('shows every widget\'s words before the script runs', () => {
        page.before.texts.forEach((text, i) => expect(text, `fallback of ${page.widgets[i]}`).not.to.equal(''));
      });

      it('says in each fallback what the widget then says', () => {
        page.after.texts.forEach((text, i) => expect(page.before.texts[i], page.widgets[i]).to.equal(text));
      });

      it('moves nothing on the page when the widgets replace their fallback', () => {
        const { before, after } = page;
        expect(after.boxes.map((b) => b.name)).to.deep.equal(before.boxes.map((b) => b.name));
        // A layout unit is a fraction of a pixel, and engines round differently in light and shadow trees.
        const moved = after.boxes
          .map((box, i) => ({ box, was: before.boxes[i] }))
          .filter(({ box, was }) => Math.abs(box.top - was.top) >= 1 || Math.abs(box.left - was.left) >= 1 || Math.abs(box.height - was.height) >= 1)
          .map(({ box, was }) => `${box.name}: top ${was.top.toFixed(1)} → ${box.top.toFixed(1)}, height ${was.height.toFixed(1)} → ${box.height.toFixed(1)}`);
        expect(moved, moved.join('\n')).to.deep.equal([]);
      });
    });
  }
}
