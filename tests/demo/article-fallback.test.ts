import { expect } from '@open-wc/testing';
import { normalize } from '../helpers/shadow.js';

/**
 * The demo articles put each widget's own content inside its element, laid out with the widget's measures
 * (demo/article.css, README "Reserving space before the script runs"). A reader sees that fallback until the
 * script runs, or for good without JavaScript, and nothing on the page may move when the widgets replace it.
 *
 * Each page is loaded in an iframe without its script tag, measured, given the bundle, and measured again.
 */

const ARTICLES = ['/demo/article-en.html', '/demo/article-vi.html'];
/** A phone and a desktop: one column, and the text beside the sidebar. */
const WIDTHS = [360, 1200];
const WIDGETS = 'upr-quote, upr-fact-card, upr-timeline, upr-sources';
const BUNDLE_TAG = /<script type="module" src="[^"]*\/dist\/upr-widgets\.js"><\/script>/;

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

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

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

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

/** The fallback's words as a reader sees them (CSS-generated quotation marks are not words). */
function fallbackText(el: Element): string {
  const fallback = el.querySelector<HTMLElement>(':scope > .embed-fallback');
  return normalize(fallback?.innerText);
}

/** The widget's words, without its buttons and their status lines, and without the marks around a quote. */
function widgetText(el: Element): string {
  const root = el.shadowRoot!;
  const text = (selector: string) =>
    Array.from(root.querySelectorAll<HTMLElement>(selector), (part) => normalize(part.innerText)).join(' ');
  switch (el.localName) {
    case 'upr-quote':
      return normalize(
        `${text('[part~="quote"]').replace(/^\u201c|\u201d$/g, '')} ${text('[part~="translation-note"]')} ${text('[part~="caption"]')}`,
      );
    case 'upr-timeline':
      return text('[part~="list"]');
    default:
      return text('[part~="base"]');
  }
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
  expect(BUNDLE_TAG.test(html), `${path} loads the bundle with a script tag`).to.be.true;
  const iframe = document.createElement('iframe');
  iframe.title = `${path} at ${width} px`;
  iframe.style.cssText = `display:block;width:${width}px;height:800px;border:0`;
  const base = new URL(path, location.href).href;
  // Relative URLs made absolute as well as the <base>: Firefox's preloader resolves them before it sees the <base>.
  const page = html.replace(BUNDLE_TAG, '').replace(/(href|src)="\.\//g, `$1="${new URL('./', base).href}`);
  iframe.srcdoc = page.replace('<head>', `<head><base href="${base}">`);
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  const doc = iframe.contentDocument!;
  await doc.fonts.ready;
  await nextFrame(win);

  const widgets = Array.from(doc.querySelectorAll<Widget>(WIDGETS));
  expect(widgets.length, `${path}: widgets`).to.be.at.least(7);
  expect(widgets.filter((el) => el.matches(':defined')).length, 'defined before the script').to.equal(0);
  const before: Snapshot = { boxes: boxesOf(doc), texts: widgets.map(fallbackText) };

  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL('../dist/upr-widgets.js', base).href;
  doc.head.append(script);
  const tags = [...new Set(widgets.map((el) => el.localName))];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all(widgets.map((el) => el.updateComplete));
  await nextFrame(win);
  await nextFrame(win);
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
