import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { nextFrame, type PageRecord, TAGS, type Widget, widgetsIn } from '../helpers/frame.js';
import { part } from '../helpers/shadow.js';

/**
 * Hostile host pages: global CSS written for other things, and the reader's own settings (reduced motion,
 * forced colours, print). Each page is an iframe that loads the built bundle (dist/upr-widgets.js) from its own
 * script tag, as a news site does, with the same widgets in a 280 px and a 1400 px column.
 *
 * A control page without any stylesheet says what each widget should look like. On a hostile page, no style
 * inside a widget may differ from the control, except what a widget inherits from the article on purpose: its
 * font family and size (so sizes are compared as multiples of the widget's own font size), and for a term, whose
 * words are the article's own, all of the paragraph's style (so only its definition card is compared). A phone-sized
 * page puts a term's definition against a sticky masthead, a fixed bar and clipping, transformed ancestors.
 */

const BUNDLE = '/dist/upr-widgets.js';
/** Records console output, errors and CSP violations of the page from before the bundle runs. */
const RECORDER = '/tests/hardening/pages/recorder.ts';

interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  record: PageRecord;
}

/** Loads a page (as srcdoc) in an iframe and waits until every widget on it has rendered. */
async function openFrame(html: string, width: number, height = 900): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'host page';
  // fixed at the top left: WebKit throttles animation frames (and so rendering updates) in iframes out of view
  iframe.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0`;
  iframe.srcdoc = html;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const record = (win as unknown as { __uprRecord?: PageRecord }).__uprRecord;
  if (!record) throw new Error('the recorder script did not run in the page');
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`widgets still undefined after 10 s: ${record.problems.join('; ')}`)), 10000);
  });
  await Promise.race([Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))), timeout]).finally(() =>
    window.clearTimeout(timer),
  );
  await Promise.all(widgetsIn(doc).map((el) => el.updateComplete));
  await nextFrame(win);
  await nextFrame(win);
  return { iframe, win, doc, record };
}

/** `<upr-fact-card fact="x"> in #narrow`: the element as written, for assertion messages. */
function describeWidget(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`).join('');
  const column = el.closest('[id]')?.id;
  return `<${el.localName}${attrs}>${column ? ` in #${column}` : ''}`;
}

function describeNode(node: Element): string {
  const part = node.getAttribute('part');
  if (part) return `[part="${part}"]`;
  const cls = node.getAttribute('class');
  return `${node.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
}

const px = (value: string) => parseFloat(value) || 0;

// ---------------------------------------------------------------------------------------------------------------
// the pages

/**
 * The article's own paragraph with a term in it, clipped (overflow: hidden) as some sites clip their text, and its
 * twin with the same words in an element nobody defines: the term must sit in the line exactly as those words do.
 */
const STORY = `
  <p class="story"><upr-term term="upr">UPR</upr-term> reviews every member state.</p>
  <p class="story twin"><x-words>UPR</x-words> reviews every member state.</p>
`;

/** The same widgets in each column: every kind, and the variants whose layout differs most. */
const WIDGETS = `${STORY}
  <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
  <upr-quote quote="dang-hoang-giang-multilateralism-upr" size="compact" show-original></upr-quote>
  <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
  <upr-fact-card fact="midterm-workshop-delegates-2021" theme="dark"></upr-fact-card>
  <upr-fact-card fact="epidemic-day-date" variant="text"></upr-fact-card>
  <upr-timeline cycles="3,4" highlight="cycle-4-review"></upr-timeline>
  <upr-timeline layout="horizontal" highlight="cycle-4-review"></upr-timeline>
  <upr-recommendations-chart></upr-recommendations-chart>
  <upr-recommendations-chart lang="vi" metric="share" cycles="3,4" theme="dark"></upr-recommendations-chart>
  <upr-recommendations-chart lang="vi" view="table"></upr-recommendations-chart>
  <upr-sources></upr-sources>
`;

const COLUMNS = [
  { id: 'narrow', width: 280 },
  { id: 'wide', width: 1400 },
] as const;

/** A host page: its own layout (`base`), the stylesheet under test (`css`), the bundle, and `body`. */
function pageWith(base: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <script src="${RECORDER}"></script>
  <style>${base}</style>
  <style>${css}</style>
  <script type="module" src="${BUNDLE}"></script>
</head>
<body>
${body}
</body>
</html>`;
}

/** A page with both columns; `css` is the host page's stylesheet. */
function hostPage(css: string): string {
  const columns = COLUMNS.map((c) => `<div class="column" id="${c.id}">${WIDGETS}</div>`).join('\n');
  const base = `
    body { margin: 8px; }
    #narrow { width: 280px; }
    #wide { width: 1400px; margin-top: 40px; }
    .story { overflow: hidden; }`;
  return pageWith(base, css, columns);
}

/**
 * A phone-sized page that fights a term's definition for the screen: a sticky masthead and a fixed subscription
 * bar above everything (the highest z-index there is), the paragraph clipped to its first line, inside a box that
 * makes itself the containing block of fixed-position descendants (transform, contain: paint) and clips them.
 * The words sit just under the masthead, so the card opens downwards over the bar; scrolled on, the words slide
 * under the masthead and the card, following them, reaches over it.
 */
function phonePage(css: string): string {
  const base = `
    body { margin: 0; }
    .masthead { position: sticky; top: 0; z-index: 2147483647; height: 48px; background: #000; color: #fff; }
    .bar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; height: 60%; background: #c00; }
    .frame { transform: translateY(0); contain: paint; margin: 8px; }
    .story { overflow: hidden; height: 1.5em; }`;
  return pageWith(
    base,
    css,
    `<header class="masthead">News</header>
<div class="frame"><div class="column" id="phone">
  <p class="story"><upr-term term="united-nations">UN</upr-term> agencies work in Viet Nam.</p>
</div></div>
<div style="height: 2000px"></div>
<div class="bar">Subscribe</div>`,
  );
}

/** The elements the widgets are built of. */
const WIDGET_ELEMENTS =
  'blockquote, figure, figcaption, ol, ul, li, button, time, svg, rect, text, table, caption, th, td, p, h2, h3, h4, a, cite, dfn, span, strong, data';

/**
 * Resets, and `!important` rules on every element a widget is built of (none of which may reach inside it). The
 * article's paragraphs are spared the rules that would hide them (a page that hides its text leaves no term to
 * tap) but get their type, which a term's words take on purpose and its definition must not.
 */
const RESETS_AND_IMPORTANT = `
  *, *::before, *::after { margin: 0; padding: 0; box-sizing: content-box !important; }
  html, body, * { line-height: 1 !important; }
  body { font: 17px Georgia, serif; color: #333; }
  .story {
    color: red !important;
    font-size: 40px !important;
    font-weight: 100 !important;
    font-style: italic !important;
    text-transform: uppercase !important;
    text-align: right !important;
    letter-spacing: 1em !important;
    white-space: nowrap !important;
    cursor: crosshair !important;
  }
  :is(${WIDGET_ELEMENTS}):not(.story) {
    color: red !important;
    background: yellow !important;
    display: inline !important;
    font-size: 40px !important;
    font-weight: 100 !important;
    font-style: italic !important;
    position: absolute !important;
    top: 0 !important;
    left: 0 !important;
    float: right !important;
    text-transform: uppercase !important;
    text-align: right !important;
    list-style: square inside !important;
    border: 5px dotted red !important;
    visibility: hidden !important;
    width: 10px !important;
    height: 10px !important;
    overflow: hidden !important;
    white-space: nowrap !important;
    letter-spacing: 1em !important;
    opacity: 0.2 !important;
    transform: rotate(10deg) !important;
    transition: all 5s !important;
  }
  button::before, button::after, p::before, li::before { content: '!!' !important; }
  a[href^="http"]::after { content: " (" attr(href) ")" !important; }
`;

/**
 * What an article column passes down by inheritance, and rules that match the widget's own element
 * (`.column > *`, as site CSS for "everything in the story body" does): none of it may change the widget's
 * layout; the font family and size are the only things a widget takes from the article.
 */
const INHERITED_TYPOGRAPHY = `
  .column {
    font-family: Georgia, serif;
    font-size: 19px;
    line-height: 1;
    text-transform: uppercase;
    letter-spacing: 0.3em;
    word-spacing: 1em;
    text-indent: 3em;
    text-align: justify;
    white-space: nowrap;
    direction: rtl;
    /* inherited by SVG and tables */
    fill: red;
    stroke: lime;
    stroke-width: 8px;
    stroke-dasharray: 1 9;
    fill-opacity: 0.1;
    border-collapse: separate;
    border-spacing: 2em;
    caption-side: bottom;
    empty-cells: hide;
  }
  .column > * {
    text-align: center !important;
    direction: rtl !important;
    line-height: 1 !important;
    box-sizing: content-box !important;
    text-transform: uppercase !important;
    white-space: nowrap !important;
  }
`;

/** A "62.5%" site: rem-based sizes with a 10 px root; the article's text is 16 px. */
const ROOT_10PX = `
  html { font-size: 10px; }
  body { font-size: 1.6rem; }
  p, li, blockquote { font-size: 1.6rem; }
  h2, h3 { font-size: 2.4rem; }
  button { font-size: 1.2rem; }
`;

/** A large root: the article's text is 24 px. */
const ROOT_24PX = `
  html { font-size: 24px; }
  body { font-size: 1rem; }
  p, li, blockquote { font-size: 1rem; }
  button { font-size: 0.5rem; }
`;

/** Right-to-left forced on every element of the page. */
const DIRECTION_RTL = `
  * { direction: rtl !important; text-align: right !important; }
`;

const SCENARIOS: { name: string; css: string }[] = [
  { name: 'resets and !important rules on every element a widget is built of', css: RESETS_AND_IMPORTANT },
  { name: 'typography inherited from the article column', css: INHERITED_TYPOGRAPHY },
  { name: 'a root font size of 10px', css: ROOT_10PX },
  { name: 'a root font size of 24px', css: ROOT_24PX },
  { name: 'direction: rtl on every element', css: DIRECTION_RTL },
];

// ---------------------------------------------------------------------------------------------------------------
// what is compared and checked

/** Computed properties a page must not be able to change inside a widget. */
const GUARDED = [
  'display',
  'position',
  'float',
  'visibility',
  'opacity',
  'text-transform',
  'text-align',
  'text-indent',
  'letter-spacing',
  'word-spacing',
  'white-space',
  'direction',
  'list-style-type',
  'color',
  'background-color',
  'border-top-style',
  'border-left-style',
  'box-sizing',
  'font-style',
  'font-weight',
  'overflow-x',
  'transition-duration',
] as const;

/**
 * Inherited properties that only draw something on SVG shapes, and on tables: compared there only. Stroke widths
 * are compared in px, as they are set: a hairline does not grow with the text.
 */
const GUARDED_SVG = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity'] as const;
const SVG_SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'text', 'tspan']);
const GUARDED_TABLE = ['border-collapse', 'caption-side', 'empty-cells'] as const;

/** A length relative to the element's font size, so that pages with other font sizes compare equal. */
function relative(value: string, fontSize: number): string {
  return value.replace(/-?\d+(\.\d+)?px/g, (m) => `${(parseFloat(m) / fontSize).toFixed(2)}em`);
}

/** `matrix(a, b, c, d, e, f)` with the translation in em. */
function relativeTransform(value: string, fontSize: number): string {
  const m = /^matrix\((.*)\)$/.exec(value);
  if (!m) return value;
  const n = m[1].split(',').map(Number);
  return `matrix(${n.slice(0, 4).map((x) => x.toFixed(3)).join(', ')}, ${n
    .slice(4)
    .map((x) => (x / fontSize).toFixed(3))
    .join(', ')})`;
}

/**
 * What a widget draws itself: everything in its shadow root, except for a term, whose words are the article's
 * and take the paragraph's style on purpose: its definition card.
 */
function ownElements(el: Element): Element[] {
  const card = el.localName === 'upr-term' ? part(el, 'popover') : null;
  return card ? [card, ...card.querySelectorAll('*')] : Array.from(el.shadowRoot!.querySelectorAll('*'));
}

/** The guarded styles of every element a widget draws itself, sizes as multiples of the widget's font size. */
function styleSignature(el: Element): Map<string, string> {
  const hostSize = px(getComputedStyle(el).fontSize);
  const signature = new Map<string, string>();
  ownElements(el).forEach((node, i) => {
    const s = getComputedStyle(node);
    const fontSize = px(s.fontSize);
    const name = `#${i} ${describeNode(node)}`;
    const guarded = [...GUARDED, ...(node.localName === 'table' || node.localName === 'caption' ? GUARDED_TABLE : [])];
    for (const p of guarded) signature.set(`${name} ${p}`, relative(s.getPropertyValue(p), fontSize));
    // (the nodes come from the frame's window, with its classes, not this one's: no instanceof)
    if (node.namespaceURI === 'http://www.w3.org/2000/svg' && SVG_SHAPES.has(node.localName)) {
      for (const p of GUARDED_SVG) signature.set(`${name} ${p}`, s.getPropertyValue(p));
    }
    signature.set(`${name} font-size`, `${(fontSize / hostSize).toFixed(3)}em of the widget's`);
    signature.set(`${name} line-height`, relative(s.lineHeight, fontSize));
    signature.set(`${name} transform`, relativeTransform(s.transform, fontSize));
  });
  return signature;
}

/** Differences between two signatures, one line per property and widget (with how many elements differ). */
function compareSignatures(label: string, want: Map<string, string>, got: Map<string, string>): string[] {
  if (want.size !== got.size) return [`${label}: ${got.size} styles, expected ${want.size} (different markup)`];
  const byProperty = new Map<string, { count: number; example: string }>();
  for (const [key, value] of got) {
    const expected = want.get(key);
    if (expected === value) continue;
    const property = key.slice(key.lastIndexOf(' ') + 1);
    const entry = byProperty.get(property) ?? { count: 0, example: `${key.slice(0, key.lastIndexOf(' '))}: ${value}, expected ${expected}` };
    entry.count += 1;
    byProperty.set(property, entry);
  }
  return Array.from(byProperty, ([property, { count, example }]) => `${label}: ${property} differs in ${count} element(s), e.g. ${example}`);
}

/** Whether a node sits in a scroller inside the widget (the horizontal timeline's row), where overflow is the point. */
function inScroller(node: Element, root: ShadowRoot): boolean {
  for (let p = node.parentElement; p && root.contains(p); p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
}

/** What must be on screen, per widget: parts, and for the timeline the opened (highlighted) item's summary. */
const KEY_PARTS: Record<string, string[]> = {
  'upr-quote': ['figure', 'quote', 'caption', 'speaker', 'occasion', 'date', 'source', 'copy-button'].map((p) => `[part~="${p}"]`),
  'upr-fact-card': ['value', 'label', 'context', 'as-of', 'source'].map((p) => `[part~="${p}"]`),
  'upr-timeline': [
    ...['list', 'item', 'date', 'title', 'cycle-divider'].map((p) => `[part~="${p}"]`),
    '[part~="item-highlighted"] [part~="summary"]',
    '[part~="item-highlighted"] [part~="source"]',
  ],
  'upr-sources': ['heading', 'list', 'entry'].map((p) => `[part~="${p}"]`),
  'upr-term': ['[part~="trigger"]'],
  // and, in the chart view, the chart, its cycles and bars; in the table view, the table (chartProblems)
  'upr-recommendations-chart': ['title', 'note', 'source'].map((p) => `[part~="${p}"]`),
};

function isShown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  const s = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && s.visibility === 'visible' && Number(s.opacity) > 0.5;
}

/** The box an element's text must stay in: its own, or that of its closest block ancestor. */
function blockOf(node: Element): Element {
  for (let n: Element | null = node; n; n = n.parentElement) {
    if (!getComputedStyle(n).display.startsWith('inline')) return n;
  }
  return node;
}

/** Problems with a widget's layout: hidden parts, boxes outside the widget, text outside its box. */
function layoutProblems(el: Widget): string[] {
  const problems: string[] = [];
  const name = describeWidget(el);
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const column = el.parentElement!.getBoundingClientRect();
  // a term is a few words in a paragraph; every other widget is a block as wide as its column
  if (el.localName === 'upr-term') problems.push(...twinProblems(el));
  else if (Math.abs(host.width - column.width) > 1) problems.push(`${name} is ${host.width}px wide in a ${column.width}px column`);
  for (const selector of KEY_PARTS[el.localName]) {
    const node = root.querySelector(selector);
    if (!node) problems.push(`${name}: nothing matches ${selector}`);
    else if (!isShown(node)) problems.push(`${name}: ${selector} is not visible`);
  }
  problems.push(...contentProblems(name, root.querySelectorAll('*'), host));
  if (el.localName === 'upr-recommendations-chart') problems.push(...chartProblems(el));
  return problems;
}

/** Boxes of the text of a node, line by line. */
function textBoxes(node: Element): DOMRect[] {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
}

/**
 * A chart a reader can read: its parts on screen for its view; no two labels (cycles, bar names, figures) over
 * each other; every bar drawn, as long as its figure says, in a track of some width.
 */
function chartProblems(el: Widget): string[] {
  const name = describeWidget(el);
  const root = el.shadowRoot!;
  const problems: string[] = [];
  const view = el.getAttribute('view') === 'table' ? 'table' : 'chart';
  for (const p of view === 'table' ? ['table'] : ['chart', 'cycle', 'bar']) {
    if (!isShown(part(el, p) ?? el)) problems.push(`${name}: no ${p} on screen`);
  }
  if (view === 'table') return problems;
  const labels = Array.from(root.querySelectorAll('[part~="cycle"], .bar-name, .bar-value')).flatMap((node) =>
    textBoxes(node).map((box) => ({ box, node, text: node.textContent!.trim() })),
  );
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (labels[i].node === labels[j].node) continue;
      const [a, b] = [labels[i].box, labels[j].box];
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      if (overlap) problems.push(`${name}: "${labels[i].text}" and "${labels[j].text}" overlap`);
    }
  }
  const fontSize = px(getComputedStyle(part(el, 'chart')!).fontSize);
  const bars = Array.from(root.querySelectorAll('[part~="bar"]'), (bar) => {
    const track = bar.querySelector('.bar-track')!.getBoundingClientRect();
    // the box that clips the bar (a rectangle's box includes its outline in some engines)
    const drawn = bar.querySelector('.bar-track .length')!.getBoundingClientRect().width;
    // "271*", "84,7%": the figure as written
    const figure = Number(bar.querySelector('.bar-value')!.textContent!.replace(/[^\d,.]/g, '').replace(',', '.'));
    return { label: bar.getAttribute('aria-label'), track: track.width, drawn, figure };
  });
  const share = el.getAttribute('metric') === 'share';
  const longest = share ? 100 : Math.max(...bars.map((b) => b.figure));
  for (const { label, track, drawn, figure } of bars) {
    // enough to see a proportion: 1.5em of its figures (a share in the dark theme at 280px under a 24px root, in
    // Firefox, has 2em: narrow, but drawn to scale, with the figure beside it)
    if (track < 1.5 * fontSize) problems.push(`${name}: the track of "${label}" is ${Math.round(track)}px wide`);
    else if (Math.abs(drawn / track - figure / longest) > 0.02) {
      problems.push(`${name}: "${label}" is drawn ${((100 * drawn) / track).toFixed(1)}% of its track, its figure is ${((100 * figure) / longest).toFixed(1)}% of the longest`);
    }
  }
  return problems;
}

/** Whether a node is text for screen readers only: inside a box clipped away (clip-path, or 1px with overflow hidden). */
function forScreenReaders(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const s = getComputedStyle(n);
    const box = n.getBoundingClientRect();
    if (s.clipPath !== 'none' || (box.width <= 1 && box.height <= 1 && s.overflowX === 'hidden')) return true;
  }
  return false;
}

/** Boxes outside `bounds` (the widget, or a term's card), and text that runs out of the box it is set in. */
function contentProblems(name: string, nodes: Iterable<Element>, bounds: DOMRect): string[] {
  const problems: string[] = [];
  for (const node of nodes) {
    const box = node.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || inScroller(node, node.getRootNode() as ShadowRoot) || forScreenReaders(node)) continue;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
      problems.push(`${name}: ${describeNode(node)} spans ${Math.round(box.left)}–${Math.round(box.right)}px, outside the widget (${Math.round(bounds.left)}–${Math.round(bounds.right)}px)`);
    }
    // the text directly in this element, line by line, must stay within the box it is set in
    const block = blockOf(node).getBoundingClientRect();
    for (const text of node.childNodes) {
      if (text.nodeType !== Node.TEXT_NODE || !text.textContent!.trim()) continue;
      const range = node.ownerDocument.createRange();
      range.selectNodeContents(text);
      for (const line of range.getClientRects()) {
        if (line.width === 0) continue;
        if (line.left < block.left - 1 || line.right > block.right + 1) {
          problems.push(`${name}: "${text.textContent!.trim().slice(0, 30)}" in ${describeNode(node)} runs out of its box (${Math.round(line.left)}–${Math.round(line.right)}px in ${Math.round(block.left)}–${Math.round(block.right)}px)`);
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * A term's words sit in the paragraph exactly where the same words in an element nobody defines sit in its twin
 * paragraph (the next one): same line boxes, same paragraph height. Defining the element moves nothing.
 */
function twinProblems(el: Widget): string[] {
  const name = describeWidget(el);
  const paragraph = el.closest('p')!;
  const twin = paragraph.nextElementSibling!;
  const words = twin.querySelector('x-words');
  if (!words) return [`${name}: no twin paragraph to compare with`];
  const lines = (node: Element, origin: DOMRect) =>
    Array.from(node.getClientRects(), (r) => [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n) => n.toFixed(1)).join(' '));
  const [here, there] = [paragraph.getBoundingClientRect(), twin.getBoundingClientRect()];
  const problems: string[] = [];
  if (Math.abs(here.height - there.height) > 0.5) problems.push(`${name}: the paragraph is ${here.height}px high, ${there.height}px with plain words`);
  if (lines(el, here).join() !== lines(words, there).join()) {
    problems.push(`${name}: the words sit at ${lines(el, here).join(', ')}; plain words at ${lines(words, there).join(', ')}`);
  }
  return problems;
}

/** The typographic hierarchy a reader needs: each check names what failed. */
function hierarchyProblems(el: Widget): string[] {
  const problems: string[] = [];
  const name = describeWidget(el);
  const size = (node: Element | null) => (node ? px(getComputedStyle(node).fontSize) : NaN);
  const hostSize = size(el);
  const ratio = (node: Element | null) => size(node) / hostSize;
  if (el.localName === 'upr-quote') {
    const words = part(el, 'quote');
    const expected = el.getAttribute('size') === 'compact' ? 0.9375 : 1.25; // compact reported speech: 0.9375em
    if (Math.abs(ratio(words) - expected) > 0.002) problems.push(`${name}: the quoted words are ${ratio(words).toFixed(3)}em, expected ${expected}em of the widget's size`);
    const button = part(el, 'copy-button')!;
    const b = getComputedStyle(button);
    if (b.textTransform !== 'none') problems.push(`${name}: the button is text-transform: ${b.textTransform}`);
    if (b.color === 'rgb(255, 0, 0)') problems.push(`${name}: the button is red`);
    if (button.getBoundingClientRect().height < hostSize * 1.5) problems.push(`${name}: the button is ${button.getBoundingClientRect().height}px high`);
  }
  if (el.localName === 'upr-fact-card') {
    const value = part(el, 'value')!;
    const label = part(el, 'label')!;
    const labelLine = px(getComputedStyle(label).lineHeight);
    if (el.getAttribute('variant') !== 'text') {
      const figure = value.querySelector('.figure') ?? value;
      if (size(figure) < 2 * size(label)) problems.push(`${name}: the figure (${size(figure)}px) is not at least twice the label (${size(label)}px)`);
      const high = figure.getBoundingClientRect().height;
      if (high < 1.5 * labelLine) problems.push(`${name}: the figure is ${high}px high, a line of the label ${labelLine}px`);
    }
    if (Math.abs(ratio(label) - 1) > 0.001) problems.push(`${name}: the label is ${ratio(label).toFixed(3)}em`);
  }
  if (el.localName === 'upr-timeline') {
    const items = Array.from(el.shadowRoot!.querySelectorAll('[part~="item"]'), (li) => li.getBoundingClientRect());
    const horizontal = el.getAttribute('layout') === 'horizontal';
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      if (horizontal ? b.left < a.right - 1 || Math.abs(b.top - a.top) > 1 : b.top < a.bottom - 1) {
        problems.push(`${name}: item ${i} is not ${horizontal ? 'beside' : 'below'} item ${i - 1}`);
        break;
      }
    }
    const controls = part(el, 'controls')!;
    if (horizontal !== isShown(controls)) problems.push(`${name}: the Earlier/Later buttons are ${horizontal ? 'hidden' : 'shown'}`);
  }
  if (el.localName === 'upr-sources') {
    const heading = part(el, 'heading')!;
    if (Math.abs(ratio(heading) - 1) > 0.001) problems.push(`${name}: the heading is ${ratio(heading).toFixed(3)}em`);
    if (Number(getComputedStyle(heading).fontWeight) < 600) problems.push(`${name}: the heading is not bold`);
    const entries = Array.from(el.shadowRoot!.querySelectorAll('[part~="entry"]'));
    if (entries.some((entry) => Math.abs(ratio(entry) - 0.875) > 0.002)) problems.push(`${name}: an entry is not 0.875em of the widget's size`);
    const below = entries.findIndex((entry, i) => i > 0 && entry.getBoundingClientRect().top < entries[i - 1].getBoundingClientRect().bottom - 1);
    if (below > 0) problems.push(`${name}: entry ${below} is not below entry ${below - 1}`);
  }
  if (el.localName === 'upr-recommendations-chart') {
    const title = part(el, 'title')!;
    if (Number(getComputedStyle(title).fontWeight) < 600) problems.push(`${name}: the title is not bold`);
    // small type, not too small to read on a phone (the comparison with the control page keeps the exact size)
    const figures = el.shadowRoot!.querySelector('.bar-value') ?? part(el, 'table')!.querySelector('td');
    if (ratio(figures) < 0.75) problems.push(`${name}: the figures are ${ratio(figures).toFixed(3)}em of the widget's size`);
    const bars = Array.from(el.shadowRoot!.querySelectorAll('[part~="bar"]'), (bar) => bar.getBoundingClientRect());
    const beside = bars.findIndex((bar, i) => i > 0 && bar.top < bars[i - 1].bottom - 1);
    if (beside > 0) problems.push(`${name}: bar ${beside} is not below bar ${beside - 1}`);
  }
  if (el.localName === 'upr-term') {
    // the words are the article's: they look like the rest of the paragraph, plus a dotted underline
    const words = getComputedStyle(part(el, 'trigger')!);
    const paragraph = getComputedStyle(el.closest('p')!);
    for (const property of ['color', 'font-family', 'font-size', 'font-style', 'font-weight', 'letter-spacing', 'text-transform', 'line-height']) {
      const [got, want] = [words.getPropertyValue(property), paragraph.getPropertyValue(property)];
      if (got !== want) problems.push(`${name}: the words have ${property} ${got}, the paragraph ${want}`);
    }
    if (words.textDecorationLine !== 'underline' || words.textDecorationStyle !== 'dotted') {
      problems.push(`${name}: the words are not underlined with dots (${words.textDecorationLine} ${words.textDecorationStyle})`);
    }
    if (words.cursor !== 'pointer') problems.push(`${name}: the cursor over the words is ${words.cursor}`);
  }
  return problems;
}

/**
 * The sources list is a list of links: each must still be one a reader can use, whatever the page does to its
 * own links (underlined, focusable, and what a tap at its middle lands on). Scrolls each link into view.
 */
function linkProblems(el: Widget): string[] {
  const name = describeWidget(el);
  const root = el.shadowRoot!;
  const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('[part~="entry"] a'));
  const problems = links.length ? [] : [`${name}: no links`];
  for (const link of links) {
    const what = `${name}: the link to ${link.getAttribute('href')}`;
    if (!link.matches(':any-link') || !link.href.startsWith('https://')) problems.push(`${what} is not a link`);
    if (link.tabIndex !== 0) problems.push(`${what} is not in the tab order`);
    const s = getComputedStyle(link);
    if (!s.textDecorationLine.includes('underline')) problems.push(`${what} is not underlined`);
    if (s.pointerEvents === 'none') problems.push(`${what} ignores the pointer`);
    link.scrollIntoView({ block: 'center' });
    const line = link.getClientRects()[0];
    const hit = line && root.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    if (!hit || !link.contains(hit)) problems.push(`${what}: a tap on it lands on ${hit ? describeNode(hit) : 'nothing'}`);
  }
  return problems;
}

/** Where the text of a block starts, against where its content box starts (0 when aligned to the left). */
function indentOf(block: Element): number {
  const s = getComputedStyle(block);
  const contentLeft = block.getBoundingClientRect().left + px(s.borderLeftWidth) + px(s.paddingLeft);
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  const lefts = Array.from(range.getClientRects(), (r) => r.left);
  return Math.min(...lefts) - contentLeft;
}

/** Opens a term's definition as a click on its words does, with the words in view, and waits until it is placed. */
async function openTerm(frame: Frame, el: Widget): Promise<void> {
  el.scrollIntoView({ block: 'nearest' });
  part(el, 'trigger')!.click();
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame(frame.win);
}

async function closeTerm(frame: Frame, el: Widget | undefined): Promise<void> {
  const words = el && part(el, 'trigger');
  if (words?.getAttribute('aria-expanded') !== 'true') return;
  words.click();
  await el!.updateComplete;
  await nextFrame(frame.win);
}

/**
 * Problems with an open definition: not shown; outside the viewport; covering its words (unless it cannot fit
 * above or below them: then it must scroll) or away from them; not what is drawn at its corners and middle (so
 * under something of the page, or clipped); its own text outside it.
 */
function cardProblems(frame: Frame, el: Widget): string[] {
  const name = describeWidget(el);
  const card = part(el, 'popover')!;
  if (!isShown(card)) return [`${name}: the definition is not shown`];
  const problems: string[] = [];
  const box = card.getBoundingClientRect();
  const words = part(el, 'trigger')!.getBoundingClientRect();
  const { clientWidth: width, clientHeight: height } = frame.doc.documentElement;
  const at = `${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`;
  if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) {
    problems.push(`${name}: the definition (${at}) is not inside the ${width} × ${height} viewport`);
  }
  // the room above or below the words, less the gap to them and the margin to the screen's edge
  const fitsBeside = box.height <= Math.max(words.top, height - words.bottom) - 14;
  const scrolls = ['auto', 'scroll'].includes(getComputedStyle(card).overflowY);
  if (card.scrollHeight > card.clientHeight + 1 && !scrolls) problems.push(`${name}: the definition is cut off, and does not scroll`);
  if (!(box.top >= words.bottom - 0.5 || box.bottom <= words.top + 0.5)) {
    if (fitsBeside) problems.push(`${name}: the definition (${at}) covers its words`);
  } else if (Math.min(Math.abs(box.top - words.bottom), Math.abs(words.top - box.bottom)) > 12) problems.push(`${name}: the definition (${at}) is away from its words`);
  if (!(box.left < words.right && box.right > words.left)) problems.push(`${name}: the definition (${at}) is not beside its words`);
  const points = [
    [box.left + 3, box.top + 3],
    [box.right - 3, box.top + 3],
    [box.left + 3, box.bottom - 3],
    [box.right - 3, box.bottom - 3],
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const hit = frame.doc.elementFromPoint(x, y);
    if (hit !== el) problems.push(`${name}: at ${Math.round(x)},${Math.round(y)} the page shows ${hit ? describeNode(hit) : 'nothing'}, not the definition`);
  }
  const ratio = px(getComputedStyle(card).fontSize) / px(getComputedStyle(el).fontSize);
  if (Math.abs(ratio - 0.875) > 0.002) problems.push(`${name}: the definition is ${ratio.toFixed(3)}em of the words' size`);
  problems.push(...contentProblems(name, [card, ...card.querySelectorAll('*')], box));
  return problems;
}

/** A line of each widget short enough to show where its text starts. */
const SHORT_LINES: Record<string, string> = {
  'upr-timeline': 'date',
  'upr-fact-card': 'as-of',
  'upr-sources': 'heading',
  'upr-recommendations-chart': 'source',
};

/** A left-to-right widget sets its short lines (dates) and its button at the left, whatever the page's direction. */
function leftToRightProblems(el: Widget): string[] {
  const name = describeWidget(el);
  const problems: string[] = [];
  // a term's words follow the paragraph; its definition is the widget's own text
  const direction = getComputedStyle(part(el, el.localName === 'upr-term' ? 'popover' : 'base')!).direction;
  if (direction !== 'ltr') problems.push(`${name} is ${direction}`);
  const short = SHORT_LINES[el.localName];
  const line = short && part(el, short);
  if (line && Math.abs(indentOf(line)) > 1) problems.push(`${name}: "${line.textContent!.trim()}" starts ${Math.round(indentOf(line))}px from the left`);
  if (el.localName === 'upr-quote') {
    const offset = part(el, 'copy-button')!.getBoundingClientRect().left - part(el, 'figure')!.getBoundingClientRect().left;
    if (Math.abs(offset) > 1) problems.push(`${name}: the copy button is ${Math.round(offset)}px from the left`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

describe('hostile host pages', function () {
  this.timeout(30000);
  let control: Frame;

  before(async () => {
    control = await openFrame(hostPage(''), 1440);
  });
  after(() => control?.iframe.remove());

  describe('a page without any stylesheet (the control)', () => {
    it('lays every widget out inside its column, with every part visible, at 280px and at 1400px', () => {
      const problems = widgetsIn(control.doc).flatMap(layoutProblems);
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(widgetsIn(control.doc)).to.have.length(24);
    });

    it("keeps the sources list's links links: underlined, focusable, and what a tap lands on", () => {
      const problems = widgetsIn(control.doc).filter((el) => el.localName === 'upr-sources').flatMap(linkProblems);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it("opens a term's definition beside its words, inside the viewport and on top, at 280px and at 1400px", async () => {
      const problems: string[] = [];
      for (const el of control.doc.querySelectorAll<Widget>('upr-term')) {
        await openTerm(control, el);
        problems.push(...cardProblems(control, el));
        await closeTerm(control, el);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('keeps the typographic hierarchy', () => {
      const problems = widgetsIn(control.doc).flatMap(hierarchyProblems);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });

  for (const scenario of SCENARIOS) {
    describe(`a page with ${scenario.name}`, () => {
      let page: Frame;
      before(async () => {
        page = await openFrame(hostPage(scenario.css), 1440);
      });
      after(() => page?.iframe.remove());

      it('changes no style inside any widget, apart from the inherited font', () => {
        const expected = widgetsIn(control.doc);
        const actual = widgetsIn(page.doc);
        expect(actual.length).to.equal(expected.length);
        const problems = actual.flatMap((el, i) => compareSignatures(describeWidget(el), styleSignature(expected[i]), styleSignature(el)));
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('lays every widget out inside its column, with every part visible, at 280px and at 1400px', () => {
        const problems = widgetsIn(page.doc).flatMap(layoutProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('keeps the typographic hierarchy: sizes follow the widget, not the page', () => {
        const problems = widgetsIn(page.doc).flatMap(hierarchyProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('keeps the widgets left-to-right: short lines and the copy button start at the left edge', () => {
        const problems = widgetsIn(page.doc).flatMap(leftToRightProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it("keeps the sources list's links links: underlined, focusable, and what a tap lands on", () => {
        const problems = widgetsIn(page.doc).filter((el) => el.localName === 'upr-sources').flatMap(linkProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it("opens a term's definition beside its words, inside the viewport and on top, styled as on the control page", async () => {
        const problems: string[] = [];
        for (const column of COLUMNS) {
          const [want, got] = [control, page].map((frame) => frame.doc.querySelector<Widget>(`#${column.id} upr-term`)!);
          try {
            await openTerm(control, want);
            await openTerm(page, got);
            problems.push(...compareSignatures(describeWidget(got), styleSignature(want), styleSignature(got)), ...cardProblems(page, got));
          } finally {
            await closeTerm(control, want);
            await closeTerm(page, got);
          }
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it("shows a term's whole definition on a phone, over a sticky masthead and a fixed bar, out of a clipping paragraph", async () => {
        const phone = await openFrame(phonePage(scenario.css), 360, 480);
        try {
          const el = phone.doc.querySelector<Widget>('upr-term')!;
          await openTerm(phone, el);
          const problems = cardProblems(phone, el);
          // what this test is about: the card reaches over the bar and out of the paragraph
          const box = part(el, 'popover')!.getBoundingClientRect();
          expect(box.bottom, 'over the bar').to.be.greaterThan(phone.doc.querySelector('.bar')!.getBoundingClientRect().top + 10);
          expect(box.bottom, 'out of the paragraph').to.be.greaterThan(el.closest('p')!.getBoundingClientRect().bottom + 10);
          expect(problems, problems.join('\n')).to.deep.equal([]);

          // the reader scrolls on: the words slide under the masthead, and the card follows them over it
          phone.win.scrollBy(0, part(el, 'trigger')!.getBoundingClientRect().top + 4);
          for (let i = 0; i < 3; i++) await nextFrame(phone.win);
          const masthead = phone.doc.querySelector('.masthead')!.getBoundingClientRect();
          expect(part(el, 'popover')!.getBoundingClientRect().top, 'over the masthead').to.be.below(masthead.bottom - 10);
          const scrolled = cardProblems(phone, el);
          expect(scrolled, scrolled.join('\n')).to.deep.equal([]);
          expect(phone.record.problems, phone.record.problems.join('\n')).to.deep.equal([]);
        } finally {
          phone.iframe.remove();
        }
      });

      it('has no horizontal scrollbar at 280px or at 1400px', () => {
        for (const c of COLUMNS) {
          const column = page.doc.getElementById(c.id)!;
          // scrollWidth is rounded up: a fraction of a pixel is not a scrollbar
          expect(column.scrollWidth, `#${c.id}`).to.be.at.most(column.clientWidth + 1);
        }
      });

      it('logs nothing and throws nothing', () => {
        expect(page.record.problems, page.record.problems.join('\n')).to.deep.equal([]);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// the reader's settings: reduced motion, forced colours, print

/**
 * Media emulation comes from `emulateMedia` of @web/test-runner-commands, which the launchers here support for
 * Chromium only (puppeteer over CDP). Firefox runs under puppeteer over WebDriver BiDi, which has no media
 * emulation, and WebKit over classic WebDriver, which has none either; calling it there fails on the server.
 */
const CAN_EMULATE_MEDIA = /Chrome\//.test(navigator.userAgent);
/** A server command (web-test-runner.config.mjs) that switches forced colours on or off, where the engine allows. */
const FORCED_COLORS_COMMAND = 'upr-emulate-forced-colors';
const NO_EMULATION = 'media emulation is only available in Chromium with these launchers (Firefox: WebDriver BiDi, WebKit: WebDriver)';
const NO_FORCED_COLORS = 'forced colours are emulated in Chromium only (over CDP); Firefox runs over WebDriver BiDi, WebKit over WebDriver';

const MEDIA_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <script src="${RECORDER}"></script>
  <style>body { margin: 8px; background: #fff; } #wide { width: 900px; }</style>
  <script type="module" src="${BUNDLE}"></script>
</head>
<body>
  <div class="column" id="wide">
    <p>The <upr-term term="upr">UPR</upr-term> reviews every member state; a <upr-term term="upr-cycle" theme="dark">cycle</upr-term> lasts about five years.</p>
    <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
    <upr-quote quote="kamal-malhotra-midterm-report-commitment" theme="dark"></upr-quote>
    <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
    <upr-fact-card fact="midterm-workshop-delegates-2021" theme="dark"></upr-fact-card>
    <upr-timeline cycles="3,4" highlight="cycle-4-review"></upr-timeline>
    <upr-timeline layout="horizontal" highlight="cycle-4-review" theme="dark"></upr-timeline>
    <upr-recommendations-chart cycles="3,4"></upr-recommendations-chart>
    <upr-recommendations-chart metric="share" theme="dark"></upr-recommendations-chart>
    <upr-sources></upr-sources>
    <upr-sources theme="dark" no-heading></upr-sources>
  </div>
</body>
</html>`;

/** Relative luminance of an `rgb()`/`rgba()` colour (WCAG). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const alpha = (color: string) => (color.startsWith('rgba') ? Number(color.match(/[\d.]+/g)![3]) : 1);

describe("the reader's settings", function () {
  this.timeout(30000);
  let page: Frame;

  before(async () => {
    page = await openFrame(MEDIA_PAGE, 960);
  });
  after(async () => {
    page?.iframe.remove();
    if (CAN_EMULATE_MEDIA) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  const timelines = () => Array.from(page.doc.querySelectorAll<Widget>('upr-timeline'));
  const horizontal = () => page.doc.querySelector<Widget>('upr-timeline[layout="horizontal"]')!;
  const running = (el: Element) => part(el, 'base')!.getAnimations({ subtree: true });

  it(`runs no animation or transition with prefers-reduced-motion: reduce${CAN_EMULATE_MEDIA ? '' : ` (skipped: ${NO_EMULATION})`}`, async function () {
    if (!CAN_EMULATE_MEDIA) this.skip();
    const [vertical] = timelines();
    const toggles = () => Array.from(vertical.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="title"] button'));

    // First, with motion allowed: opening an item turns its chevron with a transition, so the check below can see one.
    await emulateMedia({ reducedMotion: 'no-preference' });
    toggles()[0].click();
    await vertical.updateComplete;
    await nextFrame(page.win);
    expect(running(vertical).length, 'a transition while motion is allowed').to.be.greaterThan(0);

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(page.win.matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    toggles()[1].click();
    toggles()[0].click();
    await vertical.updateComplete;
    await nextFrame(page.win);
    expect(running(vertical).map((a) => String((a as CSSTransition).transitionProperty ?? a.id))).to.deep.equal([]);

    // The Earlier/Later buttons jump instead of scrolling smoothly: the row has moved as soon as the click returns.
    const row = part(horizontal(), 'list')!;
    const later = horizontal().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')[1];
    row.scrollLeft = 0;
    await nextFrame(page.win);
    later.click();
    const at = row.scrollLeft;
    expect(at, 'scrolled as soon as the click returns').to.be.greaterThan(row.clientWidth / 2);
    await nextFrame(page.win);
    await nextFrame(page.win);
    expect(row.scrollLeft, 'and not moving any more').to.equal(at);
    for (const el of widgetsIn(page.doc)) expect(running(el), describeWidget(el)).to.deep.equal([]);
  });

  it('draws borders, markers, underlines and focus rings in forced colours', async function () {
    // emulateMedia of @web/test-runner-commands hands `forcedColors` to Playwright only (and puppeteer refuses
    // the feature), so the runner config provides this command: Chromium over CDP. Where it is missing, or the
    // engine's launcher cannot do it, the test is skipped (and says why) rather than run in the normal colours.
    let emulated: boolean | 'no command' = false;
    try {
      emulated = (await executeServerCommand<boolean, { active: boolean }>(FORCED_COLORS_COMMAND, { active: true })) === true;
    } catch (error) {
      if (!/Unknown command/.test(String(error))) throw error;
      emulated = 'no command';
    }
    if (emulated !== true) {
      this.test!.title +=
        emulated === 'no command'
          ? ` (skipped: web-test-runner.config.mjs has no "${FORCED_COLORS_COMMAND}" command)`
          : ` (skipped: ${NO_FORCED_COLORS})`;
      this.skip();
    }
    try {
      expect(page.win.matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
      await nextFrame(page.win);
      const problems: string[] = [];
      const border = (node: Element | null, side: 'top' | 'left', what: string, pseudo?: string) => {
        const s = node && getComputedStyle(node, pseudo);
        const color = s?.getPropertyValue(`border-${side}-color`) ?? '';
        if (!s || s.getPropertyValue(`border-${side}-style`) === 'none' || px(s.getPropertyValue(`border-${side}-width`)) < 1) {
          problems.push(`${what} has no ${side} border`);
        } else if (alpha(color) < 0.5) problems.push(`${what}: its border is see-through (${color})`);
      };
      for (const el of page.doc.querySelectorAll('upr-fact-card')) border(el.shadowRoot!.querySelector('.card'), 'top', `${describeWidget(el)}: the rule`);
      for (const el of page.doc.querySelectorAll('upr-quote')) border(part(el, 'copy-button'), 'top', `${describeWidget(el)}: the button`);
      const [vertical] = timelines();
      border(part(vertical, 'item'), 'left', 'the vertical timeline rule');
      // the markers are border-only circles: a background would be painted over in the page colour
      for (const date of vertical.shadowRoot!.querySelectorAll('[part~="item"] [part~="date"]')) {
        border(date, 'top', `the marker of "${date.textContent?.trim()}"`, '::before');
      }
      for (const button of horizontal().shadowRoot!.querySelectorAll('[part~="controls"] button')) border(button, 'top', 'Earlier/Later');
      for (const el of page.doc.querySelectorAll('upr-sources')) border(el.shadowRoot!.querySelector('.sources'), 'top', `${describeWidget(el)}: the rule`);
      for (const el of page.doc.querySelectorAll('upr-recommendations-chart')) {
        border(el.shadowRoot!.querySelector('.chart'), 'top', `${describeWidget(el)}: the rule`);
        // every bar is painted: a fill that shows, or an outline
        for (const bar of el.shadowRoot!.querySelectorAll('[part~="bar"]')) {
          const rect = getComputedStyle(bar.querySelector('.length rect')!);
          const filled = rect.fill !== 'none' && alpha(rect.fill) * Number(rect.fillOpacity) >= 0.3;
          const outlined = rect.stroke !== 'none' && alpha(rect.stroke) >= 0.5 && px(rect.strokeWidth) >= 1;
          if (!filled && !outlined) problems.push(`${describeWidget(el)}: "${bar.getAttribute('aria-label')}" is not painted (fill ${rect.fill}, stroke ${rect.stroke})`);
        }
      }
      for (const term of page.doc.querySelectorAll<Widget>('upr-term')) {
        const name = describeWidget(term);
        const words = getComputedStyle(part(term, 'trigger')!);
        if (words.textDecorationLine !== 'underline' || alpha(words.textDecorationColor) < 0.5) {
          problems.push(`${name}: the words are not underlined (${words.textDecorationLine} ${words.textDecorationColor})`);
        }
        await openTerm(page, term);
        border(part(term, 'popover'), 'top', `${name}: the definition`);
        await closeTerm(page, term);
      }
      const focusable = [
        part(page.doc.querySelector('upr-term')!, 'trigger')!,
        part(page.doc.querySelector('upr-quote')!, 'copy-button')!,
        page.doc.querySelector('upr-sources')!.shadowRoot!.querySelector<HTMLElement>('[part~="entry"] a')!,
        part(page.doc.querySelector('upr-recommendations-chart')!, 'bar')!,
      ];
      for (const node of focusable) {
        node.focus({ focusVisible: true } as FocusOptions);
        const ring = getComputedStyle(node);
        if (ring.outlineStyle === 'none' || px(ring.outlineWidth) < 2) problems.push(`a focused ${node.localName} has outline ${ring.outlineStyle} ${ring.outlineWidth}`);
        node.blur();
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      await executeServerCommand(FORCED_COLORS_COMMAND, { active: false });
    }
  });

  it(`prints without buttons, dark text on a light page, every timeline item open and vertical, links with their addresses, no term definition or chart tooltip${CAN_EMULATE_MEDIA ? '' : ` (skipped: ${NO_EMULATION})`}`, async function () {
    if (!CAN_EMULATE_MEDIA) this.skip();
    // a reader prints with a term's definition open, and a bar's tooltip showing
    const term = page.doc.querySelector<Widget>('upr-term')!;
    await openTerm(page, term);
    const bar = part(page.doc.querySelector('upr-recommendations-chart')!, 'bar')!;
    bar.focus();
    expect(isShown(bar.querySelector('[part~="tooltip"]')!) && getComputedStyle(bar.querySelector('[part~="tooltip"]')!).visibility, 'a tooltip on screen').to.equal('visible');
    await emulateMedia({ media: 'print' });
    try {
      expect(page.win.matchMedia('print').matches).to.equal(true);
      // Closed timeline items render their details when the page prints; emulated print media, like a PDF
      // export, comes without a beforeprint event, and the media change reaches the page a frame or more later.
      const allOpen = () =>
        timelines().every((el) => {
          const root = el.shadowRoot!;
          return root.querySelectorAll('[part~="summary"]').length === root.querySelectorAll('[part~="item"]').length;
        });
      await waitUntil(allOpen, 'the timelines did not render every item for print', { timeout: 5000 });
      await Promise.all(timelines().map((el) => el.updateComplete));
      await nextFrame(page.win);
      const problems: string[] = [];
      for (const el of widgetsIn(page.doc)) {
        const name = describeWidget(el);
        const root = el.shadowRoot!;
        for (const button of root.querySelectorAll('button')) {
          // the timeline's titles are buttons on screen and plain text on paper
          if (button.closest('[part~="title"]')) {
            const s = getComputedStyle(button);
            if (!isShown(button) || s.borderTopStyle !== 'none' || alpha(s.backgroundColor) > 0) problems.push(`${name}: a title does not print as text`);
          } else if (isShown(button)) problems.push(`${name}: the button "${button.textContent?.trim()}" is printed`);
        }
        const base = part(el, 'base')!;
        const bg = getComputedStyle(base).backgroundColor;
        if (alpha(bg) > 0 && luminance(bg) < 0.8) problems.push(`${name}: printed on ${bg}`);
        for (const node of root.querySelectorAll('*')) {
          if (!node.childNodes.length || ![...node.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
          if (!isShown(node)) continue;
          const color = getComputedStyle(node).color;
          if (luminance(color) > 0.2) problems.push(`${name}: ${describeNode(node)} is printed in ${color}`);
        }
        if (el.localName === 'upr-term') {
          // on paper the words are plain words, and the definition is not printed over the article
          if (getComputedStyle(part(el, 'trigger')!).textDecorationLine !== 'none') problems.push(`${name}: the words are printed underlined`);
          if (isShown(part(el, 'popover')!)) problems.push(`${name}: the definition is printed`);
        }
        if (el.localName === 'upr-recommendations-chart') {
          if (Array.from(root.querySelectorAll('[part~="tooltip"]')).some(isShown)) problems.push(`${name}: a tooltip is printed`);
          if (root.querySelectorAll('.length rect').length !== root.querySelectorAll('[part~="bar"]').length) problems.push(`${name}: bars missing`);
        }
        if (el.localName === 'upr-sources') {
          // on paper a link is its address
          for (const link of root.querySelectorAll('a')) {
            const after = getComputedStyle(link, '::after').content;
            if (['none', 'normal', ''].includes(after)) problems.push(`${name}: the link to ${link.getAttribute('href')} prints without its address`);
          }
        }
        if (el.localName === 'upr-timeline') {
          const list = part(el, 'list')!;
          if (getComputedStyle(list).display === 'flex') problems.push(`${name}: printed horizontally`);
          const summaries = root.querySelectorAll('[part~="summary"]');
          const shown = Array.from(summaries).filter(isShown).length;
          if (shown !== root.querySelectorAll('[part~="item"]').length) problems.push(`${name}: ${shown} of the items printed open`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
      await closeTerm(page, term);
      bar.blur();
    }
  });
});
