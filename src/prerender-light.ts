/**
 * The light-DOM form of a prerendered widget (prerender.ts with `form: 'light'`, in Node; and in the browser, from
 * a rendered widget, for the builder and the WordPress editor): the widget's own rendering, turned into plain
 * content inside the element, for CMS bodies and sanitizers that drop
 * declarative shadow roots. `dist/upr-fallback.css` (scripts/fallback-css.mjs, generated from the widgets' styles)
 * lays it out with the widget's measures until the element is defined; then the widget renders its shadow root
 * and the light content, no longer slotted, is not shown. Nothing moves, and the fallback says what the widget
 * says, because both are the same rendering.
 *
 * What the shadow root keeps for itself goes: styles, ids and the references to them, parts, tab stops, state
 * for scripts. What needs a script to work (the copy button, the scroll buttons) keeps its place but is not
 * shown (CONTROL_CLASS), so that the layout is the widget's and no reader meets a button that does nothing.
 * Buttons that hold content (a timeline event's title) become spans with their words.
 *
 * `inline`: every element is one that a paragraph may hold (blocks become `<span class="upr-is-p …">`), for
 * editors that run wpautop or Markdown over the HTML, which split a block out of an element.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The class of the element that holds a light-DOM fallback, directly inside the widget. */
export const FALLBACK_CLASS = 'upr-fallback';
/** A control that works only with the script: `hidden`, and in the style sheet in its place, unseen. */
export const CONTROL_CLASS = 'upr-control';
/** The class of a span that stands for an element of another tag: `upr-is-p`. */
export const TAG_CLASS_PREFIX = 'upr-is-';

/**
 * What the browser's own style sheet gives the elements that become spans (HTML's "Rendering" section), so that a
 * span of class `upr-is-p` is laid out as the `<p>` it stands for, before the widget's own rules. Buttons become
 * spans in both forms; the others only in the inline one.
 */
export const USER_AGENT_STYLES: Record<string, string> = {
  button:
    'display: inline-block; text-align: center; padding: 1px 6px; border: 2px outset ButtonBorder; ' +
    'background: ButtonFace; color: ButtonText; font: 400 13.3333px system-ui, sans-serif; cursor: default;',
  p: 'display: block; margin-block: 1em;',
  div: 'display: block;',
  figure: 'display: block; margin: 1em 40px;',
  figcaption: 'display: block;',
  blockquote: 'display: block; margin: 1em 40px;',
  h1: 'display: block; font-size: 2em; font-weight: bold; margin-block: 0.67em;',
  h2: 'display: block; font-size: 1.5em; font-weight: bold; margin-block: 0.83em;',
  h3: 'display: block; font-size: 1.17em; font-weight: bold; margin-block: 1em;',
  h4: 'display: block; font-weight: bold; margin-block: 1.33em;',
  h5: 'display: block; font-size: 0.83em; font-weight: bold; margin-block: 1.67em;',
  h6: 'display: block; font-size: 0.67em; font-weight: bold; margin-block: 2.33em;',
  ol: 'display: block; list-style-type: decimal; margin-block: 1em; padding-inline-start: 40px;',
  ul: 'display: block; list-style-type: disc; margin-block: 1em; padding-inline-start: 40px;',
  li: 'display: list-item;',
  dl: 'display: block; margin-block: 1em;',
  dt: 'display: block;',
  dd: 'display: block; margin-inline-start: 40px;',
  section: 'display: block;',
  header: 'display: block;',
  footer: 'display: block;',
  nav: 'display: block;',
  table: 'display: table; border-collapse: separate; border-spacing: 2px; box-sizing: border-box; text-indent: initial;',
  caption: 'display: table-caption; text-align: center;',
  thead: 'display: table-header-group; vertical-align: middle;',
  tbody: 'display: table-row-group; vertical-align: middle;',
  tfoot: 'display: table-footer-group; vertical-align: middle;',
  tr: 'display: table-row; vertical-align: inherit;',
  th: 'display: table-cell; vertical-align: inherit; padding: 1px; font-weight: bold; text-align: center;',
  td: 'display: table-cell; vertical-align: inherit; padding: 1px;',
};

/** The roles that keep a converted element's meaning for assistive technology (a span is nothing). */
const ROLE_OF: Record<string, string> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  ol: 'list',
  ul: 'list',
  li: 'listitem',
  blockquote: 'blockquote',
  figure: 'figure',
  table: 'table',
  caption: 'caption',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  th: 'columnheader',
  td: 'cell',
};

/** Elements a paragraph may hold as they are (phrasing content, as the inline form needs). */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'svg']);

/** Attributes the fallback keeps (the allow-lists pass them); every other one is the shadow root's or a script's. */
const KEPT: Record<string, readonly string[]> = {
  '*': ['class', 'lang', 'role', 'aria-label', 'aria-hidden', 'aria-current', 'aria-level'],
  time: ['datetime'],
  data: ['value'],
  th: ['scope'],
  a: ['href', 'hreflang'],
  svg: ['width', 'height'],
  rect: ['width', 'height'],
};

/** Roles that a script gives meaning to, or that point at what the light DOM does not have. */
const DROPPED_ROLES = new Set(['status', 'button', 'tab', 'tablist', 'tabpanel']);

/** A parse5 node that is an element, and an element's attribute: for the prerenderer's tree walks too. */
export const isElement = (node: Node): node is Element => 'tagName' in node;
export const attributeOf = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** A button that shows the widget's words (a disclosure's title) rather than an action's label. */
const holdsContent = (button: Element) => attributeOf(button, 'aria-expanded') !== undefined;

/** Whether the subtree has an action button and no words outside its buttons: a row of controls. */
function isControlRow(element: Element): boolean {
  let controls = 0;
  let words = false;
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (isElement(child)) {
        if (child.tagName === 'button') {
          if (holdsContent(child)) words = true;
          else controls++;
        } else walk(child);
      } else if (child.nodeName === '#text' && 'value' in child && child.value.trim()) {
        words = true;
      }
    }
  };
  walk(element);
  return controls > 0 && !words;
}

function addClass(element: Element, name: string) {
  const attribute = element.attrs.find((a) => a.name === 'class');
  if (attribute) attribute.value = `${name} ${attribute.value}`.trim();
  else element.attrs.push({ name: 'class', value: name });
}

function setAttribute(element: Element, name: string, value: string) {
  const attribute = element.attrs.find((a) => a.name === name);
  if (attribute) attribute.value = value;
  else element.attrs.push({ name, value });
}

/** Runs of white space with a line break become one space: wpautop turns a line break inside a widget into `<br>`. */
const oneLine = (text: string) => text.replace(/[ \t\r\f]*\n\s*/g, ' ');

/** One element of the shadow root made light, in place; false when it is to go. */
function lighten(element: Element, inline: boolean, inControl = false): boolean {
  const tag = element.tagName;
  if (tag === 'style' || tag === 'template' || tag === 'slot' || tag === 'script') return false;
  if (attributeOf(element, 'hidden') !== undefined) return false; // the widget's own hidden parts

  const rowHeader = tag === 'th' && attributeOf(element, 'scope') === 'row';
  const control = !inControl && ((tag === 'button' && !holdsContent(element)) || (tag !== 'button' && isControlRow(element)));
  const kept = new Set([...KEPT['*'], ...(KEPT[tag] ?? [])]);
  element.attrs = element.attrs.filter(
    (a) => kept.has(a.name) && !(a.name === 'role' && DROPPED_ROLES.has(a.value)) && !(a.name === 'aria-hidden' && a.value === 'false'),
  );

  const becomesSpan = tag === 'button' || (inline && !PHRASING.has(tag) && element.namespaceURI === 'http://www.w3.org/1999/xhtml');
  if (becomesSpan) {
    if (!(tag in USER_AGENT_STYLES)) throw new Error(`prerender: no inline form for <${tag}> (add it to USER_AGENT_STYLES)`);
    addClass(element, `${TAG_CLASS_PREFIX}${tag}`);
    const role = rowHeader ? 'rowheader' : ROLE_OF[tag];
    if (role && attributeOf(element, 'role') === undefined) {
      setAttribute(element, 'role', role);
      if (role === 'heading') setAttribute(element, 'aria-level', tag.slice(1));
    }
    element.attrs = element.attrs.filter((a) => a.name !== 'scope');
    element.tagName = 'span';
    element.nodeName = 'span';
  }
  if (control) {
    // hidden, for a reader without the style sheet; the style sheet gives it back its box, unseen
    addClass(element, CONTROL_CLASS);
    setAttribute(element, 'hidden', 'hidden'); // not empty: sanitize-html drops an empty hidden ("until-found" is a value)
  }

  element.childNodes = element.childNodes.filter((child) => {
    if (isElement(child)) return lighten(child, inline, inControl || control);
    if (child.nodeName === '#text' && 'value' in child) {
      child.value = oneLine(child.value);
      return true;
    }
    return false; // comments: Lit's markers
  });
  return true;
}

/**
 * The light-DOM fallback for a widget from its server rendering (the content of its declarative shadow root):
 * one element of class FALLBACK_CLASS, or undefined when the rendering shows the element's own content (a slot:
 * a `<upr-term>`'s words, or the author's fallback where an id is unknown), which is then the fallback.
 */
export function lightFallback(shadowContent: Node[], { inline = false } = {}): Element | undefined {
  const hasSlot = (nodes: Node[]): boolean => nodes.some((node) => isElement(node) && (node.tagName === 'slot' || hasSlot(node.tagName === 'template' ? [] : node.childNodes)));
  if (hasSlot(shadowContent)) return undefined;
  const wrapper: Element = {
    nodeName: inline ? 'span' : 'div',
    tagName: inline ? 'span' : 'div',
    attrs: [{ name: 'class', value: FALLBACK_CLASS }],
    namespaceURI: 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'],
    childNodes: [],
    parentNode: null,
  };
  for (const node of shadowContent) {
    if (isElement(node)) {
      if (!lighten(node, inline)) continue;
    } else if (node.nodeName === '#text' && 'value' in node) {
      if (!node.value.trim()) continue;
      node.value = oneLine(node.value);
    } else continue;
    node.parentNode = wrapper;
    wrapper.childNodes.push(node);
  }
  return wrapper;
}

/**
 * The words a slot shows when nothing is assigned to it, if they are words only: a `<upr-term>` without words of
 * its own shows the term's name (an unknown id's notice, a paragraph, is not a fallback to write).
 */
export function slotFallbackText(shadowContent: Node[]): string | undefined {
  for (const node of shadowContent) {
    if (!isElement(node) || node.tagName === 'template' || node.tagName === 'style') continue;
    if (node.tagName === 'slot') {
      if (node.childNodes.some(isElement)) return undefined;
      const text = (nodes: Node[]): string => nodes.map((n) => (isElement(n) ? text(n.childNodes) : 'value' in n && n.nodeName === '#text' ? n.value : '')).join('');
      return text(node.childNodes).trim() || undefined;
    }
    const inner = slotFallbackText(node.childNodes);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** A parse5-shaped copy of a DOM node: elements and text (comments are Lit's markers and go). */
function shapeOf(node: globalThis.Node, parentNode: ParentNode | null = null): Node | undefined {
  if (node.nodeType === 3) return { nodeName: '#text', value: (node as Text).data, parentNode } as Node;
  if (node.nodeType !== 1) return undefined;
  const element = node as globalThis.Element;
  const shape = {
    nodeName: element.localName,
    tagName: element.localName,
    namespaceURI: element.namespaceURI,
    attrs: Array.from(element.attributes, ({ name, value }) => ({ name, value })),
    childNodes: [] as Node[],
    parentNode,
  } as unknown as Element;
  shape.childNodes = Array.from(element.childNodes, (child) => shapeOf(child, shape)).filter((child): child is Node => child !== undefined) as Element['childNodes'];
  return shape;
}

function domOf(shape: Node, document: Document): globalThis.Node {
  if (!isElement(shape)) return document.createTextNode('value' in shape ? shape.value : '');
  const element = document.createElementNS(shape.namespaceURI, shape.tagName);
  for (const { name, value } of shape.attrs) element.setAttribute(name, value);
  element.append(...shape.childNodes.map((child) => domOf(child, document)));
  return element;
}

/**
 * The light-DOM fallback of a widget rendered in the browser (its open shadow root), as an element to put inside
 * it, or undefined when the widget shows its own content instead. The same transform as the server's.
 */
export function lightFallbackOf(widget: globalThis.Element, { inline = false } = {}): globalThis.Element | undefined {
  const root = widget.shadowRoot;
  if (!root) return undefined;
  const content = Array.from(root.childNodes, (child) => shapeOf(child)).filter((child): child is Node => child !== undefined);
  const fallback = lightFallback(content, { inline });
  return fallback ? (domOf(fallback, widget.ownerDocument) as globalThis.Element) : undefined;
}
