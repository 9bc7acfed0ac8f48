import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { PageContext } from '../../src/internal/widget-spec.js';
import { type Frame, nextFrame, openFrame, type Widget, widgetsIn } from '../helpers/frame.js';
import { part } from '../helpers/shadow.js';
import { byTurns, hardeningExamples, html, inBothThemes, MODULE, RECORDER, written } from './pages.js';
import { alpha, describeNode, describeWidget, hardened, hardenedOf, px, visible as isShown } from './tools.js';

/**
 * Hostile host pages: global CSS written for other things, and the reader's own settings (reduced motion,
 * forced colours, print). Each page is an iframe that loads the built bundle (dist/upr-widgets.js) from its own
 * script tag, as a news site does, with the same widgets in a 280 px and a 1400 px column: every widget's hardening
 * examples (src/<tag>/spec.ts), in both languages and themes by turns. What is checked on every widget is here;
 * what a widget needs besides comes from its spec's `pageChecks`.
 *
 * A control page without any stylesheet says what each widget should look like. On a hostile page, no style
 * inside a widget may differ from the control, except what a widget inherits from the article on purpose: its
 * font family and size (so sizes are compared as multiples of the widget's own font size), and for a widget set in
 * a sentence, whose words are the article's own, all of the paragraph's style (so only what it draws itself, a
 * term's definition card, is compared). A phone-sized page puts a popup (a term's definition) against a sticky
 * masthead, a fixed bar and clipping, transformed ancestors.
 */

const checksOf = (el: Element) => hardenedOf(el.localName);
const toolsOf = (el: Element) => hardenedOf(el.localName).tools;
/** The widgets whose spec has a popup, and the popup. */
const POPUPS = hardened.flatMap((spec) => (spec.pageChecks.popup ? [{ spec, popup: spec.pageChecks.popup }] : []));
const pageOf = (frame: Frame): PageContext => ({ win: frame.win });

// ---------------------------------------------------------------------------------------------------------------
// the pages

/**
 * The same widgets in each column: every widget's hardening examples, by turns in English light, Vietnamese dark,
 * Vietnamese light and English dark. A widget set in a sentence comes in the article's own paragraph, clipped
 * (overflow: hidden) as some sites clip their text, and its twin with the same words in an element nobody defines:
 * the widget must sit in the line exactly as those words do.
 */
const PLACED = byTurns();
const WIDGETS = PLACED.map((p) => html(written(p), { paragraphClass: 'story', twin: true })).join('\n');

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
  <script type="module" src="${MODULE}"></script>
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
 * A phone-sized page that fights a popup for the screen: a sticky masthead and a fixed subscription bar above
 * everything (the highest z-index there is), the paragraph clipped to its first line, inside a box that makes
 * itself the containing block of fixed-position descendants (transform, contain: paint) and clips them. The widget
 * (its first hardening example, at the start of its sentence) sits just under the masthead, so the popup opens
 * downwards over the bar; scrolled on, the widget slides under the masthead and the popup, following it, reaches
 * over it.
 */
function phonePage(css: string, spec: (typeof POPUPS)[number]['spec']): string {
  const base = `
    body { margin: 0; }
    .masthead { position: sticky; top: 0; z-index: 2147483647; height: 48px; background: #000; color: #fff; }
    .bar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; height: 60%; background: #c00; }
    .frame { transform: translateY(0); contain: paint; margin: 8px; }
    .story { overflow: hidden; height: 1.5em; }`;
  const widget = html(written({ spec, example: hardeningExamples(spec)[0], lang: 'en', theme: 'light' }), { paragraphClass: 'story' });
  return pageWith(
    base,
    css,
    `<header class="masthead">News</header>
<div class="frame"><div class="column" id="phone">
  ${widget}
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
 * What a widget draws itself: everything in its shadow root, except for a widget set in a sentence, whose words are
 * the article's and take the paragraph's style on purpose: the part it draws itself (a term's definition card).
 */
function ownElements(el: Element): Element[] {
  const own = checksOf(el).pageChecks.inline?.ownPart;
  const card = own ? part(el, own) : null;
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

/** What must be on screen: the parts its spec names for its attributes, a space meaning a part inside another. */
function keyParts(el: Element): string[] {
  return checksOf(el)
    .pageChecks.keyParts(el)
    .map((names) => names.split(' ').map((name) => `[part~="${name}"]`).join(' '));
}

/** The box an element's text must stay in: its own, or that of its closest block ancestor. */
function blockOf(node: Element): Element {
  for (let n: Element | null = node; n; n = n.parentElement) {
    if (!getComputedStyle(n).display.startsWith('inline')) return n;
  }
  return node;
}

/** Problems with a widget's layout: hidden parts, boxes outside the widget, text outside its box, and its own. */
function layoutProblems(el: Widget): string[] {
  const problems: string[] = [];
  const { pageChecks, tools } = checksOf(el);
  const name = describeWidget(el);
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const column = el.parentElement!.getBoundingClientRect();
  // a widget set in a sentence is a few words in a paragraph; every other widget is a block as wide as its column
  if (pageChecks.inline) problems.push(...twinProblems(el));
  else if (Math.abs(host.width - column.width) > 1) problems.push(`${name} is ${host.width}px wide in a ${column.width}px column`);
  for (const selector of keyParts(el)) {
    const node = root.querySelector(selector);
    if (!node) problems.push(`${name}: nothing matches ${selector}`);
    else if (!isShown(node)) problems.push(`${name}: ${selector} is not visible`);
  }
  problems.push(...contentProblems(name, root.querySelectorAll('*'), host));
  problems.push(...(pageChecks.layout?.(el, tools) ?? []));
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
  return checksOf(el).pageChecks.hierarchy(el, toolsOf(el));
}

/**
 * Links in a widget (its spec's `links`) must still be links a reader can use, whatever the page does to its own
 * (underlined, focusable, and what a tap at its middle lands on). Scrolls each link into view.
 */
function linkProblems(el: Widget): string[] {
  const name = describeWidget(el);
  const root = el.shadowRoot!;
  const links = Array.from(root.querySelectorAll<HTMLAnchorElement>(checksOf(el).pageChecks.links!));
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

/** The widgets of a page whose spec has links to check. */
const withLinks = (doc: Document) => widgetsIn(doc).filter((el) => checksOf(el).pageChecks.links);

/** Where the text of a block starts, against where its content box starts (0 when aligned to the left). */
function indentOf(block: Element): number {
  const s = getComputedStyle(block);
  const contentLeft = block.getBoundingClientRect().left + px(s.borderLeftWidth) + px(s.paddingLeft);
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  const lefts = Array.from(range.getClientRects(), (r) => r.left);
  return Math.min(...lefts) - contentLeft;
}

const openPopup = (frame: Frame, el: Widget) => checksOf(el).pageChecks.popup!.open(el, pageOf(frame), toolsOf(el));
const closePopup = (frame: Frame, el: Widget | undefined) => (el ? checksOf(el).pageChecks.popup!.close(el, pageOf(frame), toolsOf(el)) : undefined);

/**
 * Problems with an open popup: not shown; outside the viewport; covering what opened it (unless it cannot fit
 * above or below it: then it must scroll) or away from it; not what is drawn at its corners and middle (so under
 * something of the page, or clipped); its own text outside it.
 */
function popupProblems(frame: Frame, el: Widget): string[] {
  const popup = checksOf(el).pageChecks.popup!;
  const name = describeWidget(el);
  const card = part(el, popup.part)!;
  if (!isShown(card)) return [`${name}: the ${popup.name} is not shown`];
  const problems: string[] = [];
  const box = card.getBoundingClientRect();
  const words = part(el, popup.trigger)!.getBoundingClientRect();
  const { clientWidth: width, clientHeight: height } = frame.doc.documentElement;
  const at = `${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`;
  if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) {
    problems.push(`${name}: the ${popup.name} (${at}) is not inside the ${width} × ${height} viewport`);
  }
  // the room above or below the words, less the gap to them and the margin to the screen's edge
  const fitsBeside = box.height <= Math.max(words.top, height - words.bottom) - 14;
  const scrolls = ['auto', 'scroll'].includes(getComputedStyle(card).overflowY);
  if (card.scrollHeight > card.clientHeight + 1 && !scrolls) problems.push(`${name}: the ${popup.name} is cut off, and does not scroll`);
  if (!(box.top >= words.bottom - 0.5 || box.bottom <= words.top + 0.5)) {
    if (fitsBeside) problems.push(`${name}: the ${popup.name} (${at}) covers its words`);
  } else if (Math.min(Math.abs(box.top - words.bottom), Math.abs(words.top - box.bottom)) > 12) problems.push(`${name}: the ${popup.name} (${at}) is away from its words`);
  if (!(box.left < words.right && box.right > words.left)) problems.push(`${name}: the ${popup.name} (${at}) is not beside its words`);
  const points = [
    [box.left + 3, box.top + 3],
    [box.right - 3, box.top + 3],
    [box.left + 3, box.bottom - 3],
    [box.right - 3, box.bottom - 3],
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const hit = frame.doc.elementFromPoint(x, y);
    if (hit !== el) problems.push(`${name}: at ${Math.round(x)},${Math.round(y)} the page shows ${hit ? describeNode(hit) : 'nothing'}, not the ${popup.name}`);
  }
  const ratio = px(getComputedStyle(card).fontSize) / px(getComputedStyle(el).fontSize);
  if (Math.abs(ratio - popup.fontSize) > 0.002) problems.push(`${name}: the ${popup.name} is ${ratio.toFixed(3)}em of the words' size`);
  problems.push(...contentProblems(name, [card, ...card.querySelectorAll('*')], box));
  return problems;
}

/**
 * A left-to-right widget sets its short line (a date, a heading: its spec's `shortLine`) at the left, whatever the
 * page's direction, and passes its own checks (a button at the left).
 */
function leftToRightProblems(el: Widget): string[] {
  const { pageChecks, tools } = checksOf(el);
  const name = describeWidget(el);
  const problems: string[] = [];
  // a widget set in a sentence follows the paragraph; what it draws itself is its own text
  const direction = getComputedStyle(part(el, pageChecks.inline?.ownPart ?? 'base')!).direction;
  if (direction !== 'ltr') problems.push(`${name} is ${direction}`);
  const line = pageChecks.shortLine && part(el, pageChecks.shortLine);
  if (line && Math.abs(indentOf(line)) > 1) problems.push(`${name}: "${line.textContent!.trim()}" starts ${Math.round(indentOf(line))}px from the left`);
  problems.push(...(pageChecks.leftToRight?.(el, tools) ?? []));
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

describe('hostile host pages', function () {
  this.timeout(30000);
  let control: Frame;

  before(async () => {
    control = await openFrame({ html: hostPage('') }, { width: 1440, height: 900 });
  });
  after(() => control?.iframe.remove());

  describe('a page without any stylesheet (the control)', () => {
    it('lays every widget out inside its column, with every part visible, at 280px and at 1400px', () => {
      const problems = widgetsIn(control.doc).flatMap(layoutProblems);
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(widgetsIn(control.doc)).to.have.length(COLUMNS.length * PLACED.length);
    });

    for (const spec of hardened.filter((s) => s.pageChecks.links)) {
      it(`keeps the links of <${spec.tag}> links: underlined, focusable, and what a tap lands on`, () => {
        const problems = withLinks(control.doc).filter((el) => el.localName === spec.tag).flatMap(linkProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }

    for (const { spec, popup } of POPUPS) {
      it(`opens the ${popup.name} of <${spec.tag}> beside its words, inside the viewport and on top, at 280px and at 1400px`, async () => {
        const problems: string[] = [];
        for (const el of control.doc.querySelectorAll<Widget>(spec.tag)) {
          await openPopup(control, el);
          problems.push(...popupProblems(control, el));
          await closePopup(control, el);
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }

    it('keeps the typographic hierarchy', () => {
      const problems = widgetsIn(control.doc).flatMap(hierarchyProblems);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });

  for (const scenario of SCENARIOS) {
    describe(`a page with ${scenario.name}`, () => {
      let page: Frame;
      before(async () => {
        page = await openFrame({ html: hostPage(scenario.css) }, { width: 1440, height: 900 });
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

      for (const spec of hardened.filter((s) => s.pageChecks.links)) {
        it(`keeps the links of <${spec.tag}> links: underlined, focusable, and what a tap lands on`, () => {
          const problems = withLinks(page.doc).filter((el) => el.localName === spec.tag).flatMap(linkProblems);
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });
      }

      for (const { spec, popup } of POPUPS) {
        it(`opens the ${popup.name} of <${spec.tag}> beside its words, inside the viewport and on top, styled as on the control page`, async () => {
          const problems: string[] = [];
          for (const column of COLUMNS) {
            const pairs = [control, page].map((frame) => Array.from(frame.doc.querySelectorAll<Widget>(`#${column.id} ${spec.tag}`)));
            for (const [i, got] of pairs[1].entries()) {
              const want = pairs[0][i];
              try {
                await openPopup(control, want);
                await openPopup(page, got);
                problems.push(...compareSignatures(describeWidget(got), styleSignature(want), styleSignature(got)), ...popupProblems(page, got));
              } finally {
                await closePopup(control, want);
                await closePopup(page, got);
              }
            }
          }
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });

        it(`shows the whole ${popup.name} of <${spec.tag}> on a phone, over a sticky masthead and a fixed bar, out of a clipping paragraph`, async () => {
          const phone = await openFrame({ html: phonePage(scenario.css, spec) }, { width: 360, height: 480 });
          try {
            const el = phone.doc.querySelector<Widget>(spec.tag)!;
            await openPopup(phone, el);
            const problems = popupProblems(phone, el);
            // what this test is about: the popup reaches over the bar and out of the paragraph
            const box = part(el, popup.part)!.getBoundingClientRect();
            expect(box.bottom, 'over the bar').to.be.greaterThan(phone.doc.querySelector('.bar')!.getBoundingClientRect().top + 10);
            expect(box.bottom, 'out of the paragraph').to.be.greaterThan(el.closest('p')!.getBoundingClientRect().bottom + 10);
            expect(problems, problems.join('\n')).to.deep.equal([]);

            // the reader scrolls on: the words slide under the masthead, and the popup follows them over it
            phone.win.scrollBy(0, part(el, popup.trigger)!.getBoundingClientRect().top + 4);
            for (let i = 0; i < 3; i++) await nextFrame(phone.win);
            const masthead = phone.doc.querySelector('.masthead')!.getBoundingClientRect();
            expect(part(el, popup.part)!.getBoundingClientRect().top, 'over the masthead').to.be.below(masthead.bottom - 10);
            const scrolled = popupProblems(phone, el);
            expect(scrolled, scrolled.join('\n')).to.deep.equal([]);
            expect(phone.record.problems, phone.record.problems.join('\n')).to.deep.equal([]);
          } finally {
            phone.iframe.remove();
          }
        });
      }

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

/** Every widget's hardening examples, in the light and the dark theme, in a 900px column. */
const MEDIA_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <script src="${RECORDER}"></script>
  <style>body { margin: 8px; background: #fff; } #wide { width: 900px; }</style>
  <script type="module" src="${MODULE}"></script>
</head>
<body>
  <div class="column" id="wide">
    ${inBothThemes('en').map((p) => html(written(p))).join('\n    ')}
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

describe("the reader's settings", function () {
  this.timeout(30000);
  let page: Frame;

  before(async () => {
    page = await openFrame({ html: MEDIA_PAGE }, { width: 960, height: 900 });
  });
  after(async () => {
    page?.iframe.remove();
    if (CAN_EMULATE_MEDIA) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  const settingsOf = (el: Element) => checksOf(el).pageChecks.readerSettings;
  const running = (el: Element) => part(el, 'base')!.getAnimations({ subtree: true });
  /** The first widget of each kind whose spec has `pick`. */
  const firstOfEach = <T>(pick: (el: Widget) => T | undefined) =>
    hardened.flatMap((spec) => {
      const el = widgetsIn(page.doc).find((w) => w.localName === spec.tag);
      const found = el && pick(el);
      return el && found ? [{ el, found }] : [];
    });

  it(`runs no animation or transition with prefers-reduced-motion: reduce${CAN_EMULATE_MEDIA ? '' : ` (skipped: ${NO_EMULATION})`}`, async function () {
    if (!CAN_EMULATE_MEDIA) this.skip();
    const animated = widgetsIn(page.doc).filter((el) => settingsOf(el)?.animate);
    const animate = (el: Widget) => settingsOf(el)!.animate!(el, pageOf(page), toolsOf(el));

    // First, with motion allowed: what animates does (a timeline's item opens, its chevron turns), so that the
    // check below can see it.
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving: Widget[] = [];
    for (const el of animated) {
      if (!(await animate(el))) continue;
      moving.push(el);
      expect(running(el).length, `${describeWidget(el)}: a transition while motion is allowed`).to.be.greaterThan(0);
    }
    expect(moving.length, 'widgets that animate while motion is allowed').to.be.greaterThan(0);

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(page.win.matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    for (const el of moving) {
      await animate(el);
      expect(running(el).map((a) => String((a as CSSTransition).transitionProperty ?? a.id)), describeWidget(el)).to.deep.equal([]);
    }

    // A scroller's buttons jump instead of scrolling smoothly: the row has moved as soon as the click returns.
    const scrollers = widgetsIn(page.doc).filter((el) => checksOf(el).pageChecks.scroller?.applies(el));
    expect(scrollers.length, 'scrollers on the page').to.be.greaterThan(0);
    for (const el of scrollers) {
      const scroller = checksOf(el).pageChecks.scroller!;
      const row = part(el, scroller.row)!;
      const later = el.shadowRoot!.querySelectorAll<HTMLButtonElement>(scroller.buttons)[1];
      row.scrollLeft = 0;
      await nextFrame(page.win);
      later.click();
      const at = row.scrollLeft;
      expect(at, `${describeWidget(el)}: scrolled as soon as the click returns`).to.be.greaterThan(row.clientWidth / 2);
      await nextFrame(page.win);
      await nextFrame(page.win);
      expect(row.scrollLeft, `${describeWidget(el)}: and not moving any more`).to.equal(at);
    }
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
      for (const el of widgetsIn(page.doc)) {
        const forcedColors = settingsOf(el)?.forcedColors;
        if (forcedColors) problems.push(...(await forcedColors(el, pageOf(page), toolsOf(el))));
      }
      // the first of each kind that a reader focuses: its focus ring
      for (const { found: node } of firstOfEach((el) => settingsOf(el)?.focusable?.(el, toolsOf(el)) ?? undefined)) {
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
    // a reader prints with things open: the first of each kind whose spec says what (a definition, a tooltip)
    const undo: (() => Promise<unknown>)[] = [];
    for (const { el, found: prepare } of firstOfEach((el) => settingsOf(el)?.print?.prepare)) undo.push(await prepare(el, pageOf(page), toolsOf(el)));
    await emulateMedia({ media: 'print' });
    try {
      expect(page.win.matchMedia('print').matches).to.equal(true);
      // Emulated print media, like a PDF export, comes without a beforeprint event, and the media change reaches
      // the page a frame or more later: wait for the print layout of each widget that has one to wait for.
      const ready = () => widgetsIn(page.doc).every((el) => settingsOf(el)?.print?.ready?.(el, toolsOf(el)) ?? true);
      await waitUntil(ready, 'the widgets did not draw their print layout', { timeout: 5000 });
      await Promise.all(widgetsIn(page.doc).map((el) => el.updateComplete));
      await nextFrame(page.win);
      const problems: string[] = [];
      for (const el of widgetsIn(page.doc)) {
        const name = describeWidget(el);
        const root = el.shadowRoot!;
        const print = settingsOf(el)?.print;
        for (const button of root.querySelectorAll('button')) {
          // buttons that print as text are the widget's to check
          if (print?.buttons && button.matches(print.buttons)) continue;
          if (isShown(button)) problems.push(`${name}: the button "${button.textContent?.trim()}" is printed`);
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
        problems.push(...(print?.check(el, toolsOf(el)) ?? []));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
      for (const step of undo) await step();
    }
  });
});
