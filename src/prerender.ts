/**
 * Prerendering, for build steps and servers (Node only; `upr-widgets/prerender`, and `npx upr-widgets prerender`):
 * fills every widget of an HTML document or fragment with what it renders, as a declarative shadow root, so that
 * its words are in the HTML for search engines and for readers before (or without) the script, and nothing moves
 * when the script arrives. The widgets render themselves, with @lit-labs/ssr: no second template can drift from
 * them. Over this HTML, the one-file bundle replaces each rendering with its own; the npm modules with Lit's
 * hydrate support hydrate it.
 *
 * Each element is rendered where it is: in the language of its closest ancestor with a `lang` (else the page's),
 * in the theme of its closest ancestor with `data-upr-theme` (a site's dark mode written in the HTML), with the
 * heading level its place in the page's outline gives it, and a `<upr-sources>` lists what the page's other
 * widgets cite. What the author wrote inside an element stays there, as its light DOM.
 *
 * Needs the optional peer dependencies `@lit-labs/ssr` and `parse5`.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parse, parseFragment, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import './index.js';
import { beginServerPage, setServerElement } from './internal/server.js';
import { attributeOf, isElement, lightFallback, slotFallbackText } from './prerender-light.js';
import { widgets } from './widgets.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface PrerenderOptions {
  /** The page's language where no ancestor of a widget has a `lang` (a CMS body, a fragment). Default: `en`. */
  lang?: string;
  /**
   * `shadow` (the default): a declarative shadow root in each element, for pages a site serves itself.
   * `light`: the same rendering as plain content inside each element (prerender-light.ts), laid out by
   * `dist/upr-fallback.css` until the script runs: for CMS bodies, sanitizers and search engines.
   */
  form?: 'shadow' | 'light';
  /** With `form: 'light'`: only elements a paragraph may hold, for editors that run wpautop or Markdown. */
  inline?: boolean;
}

const TAGS = new Set<string>(widgets.map((widget) => widget.tag));
const HEADING = /^h([1-6])$/;


/** The level of a heading element (h1–h6, or role="heading" with aria-level), else 0. */
function headingLevel(element: Element): number {
  const tag = HEADING.exec(element.tagName);
  if (tag) return Number(tag[1]);
  if (attributeOf(element, 'role') === 'heading') return Number(attributeOf(element, 'aria-level')) || 0;
  return 0;
}

interface Found {
  element: Element;
  lang: string;
  headingBefore: number;
  theme: string | undefined;
}

/**
 * The widgets of a tree in document order, each with its language and the heading before it, as the widget
 * reads them in the browser (a heading that contains the widget does not count; nor does anything inside a
 * <template> or another widget, which the page's own outline does not see either).
 */
function widgetsOf(root: ParentNode, pageLang: string): Found[] {
  const found: Found[] = [];
  let headingBefore = 0;
  const walk = (node: ParentNode, lang: string, theme: string | undefined) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const own = attributeOf(child, 'lang')?.trim();
      const here = own ? own : lang;
      if (TAGS.has(child.tagName)) {
        found.push({ element: child, lang: here, headingBefore, theme });
        continue;
      }
      if (child.tagName === 'template') continue;
      walk(child, here, attributeOf(child, 'data-upr-theme') ?? theme);
      // after its content: a heading counts for what follows it, not for what it contains
      const level = headingLevel(child);
      if (level) headingBefore = level;
    }
  };
  walk(root, pageLang, undefined);
  return found;
}

/** One widget rendered on the server: the element with its declarative shadow root, its light DOM kept. */
function renderWidget(element: Element): Node[] {
  const rendered = collectResultSync(render(html`${unsafeHTML(serializeOuter(element))}`));
  // the outer template's markers are not the widget's; the widget's own are inside its shadow root
  return parseFragment(rendered.replace(/^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g, '')).childNodes;
}

/** Fills `element` with the light-DOM form of its rendering `rendered`, or leaves its own content where it shows. */
function fillLight(element: Element, rendered: Element, inline: boolean) {
  const template = rendered.childNodes.find((n): n is DefaultTreeAdapterMap['template'] => isElement(n) && n.tagName === 'template');
  const content = template?.content.childNodes ?? [];
  const fallback = lightFallback(content, { inline });
  if (fallback) {
    fallback.parentNode = element;
    element.childNodes = [fallback];
    return;
  }
  // the widget shows the element's own content: keep it, or write the words it shows without any (a term's name)
  const hasContent = element.childNodes.some((n) => isElement(n) || ('value' in n && n.nodeName === '#text' && n.value.trim()));
  const words = slotFallbackText(content);
  if (!hasContent && words) {
    element.childNodes = [{ nodeName: '#text', value: words, parentNode: element }];
  }
}

/** `html` (a whole document, or a fragment such as a CMS body) with every widget prerendered. */
export function prerender(source: string, { lang = 'en', form = 'shadow', inline = false }: PrerenderOptions = {}): string {
  const whole = /^\s*(<!doctype|<html[\s>])/i.test(source);
  const root: ParentNode = whole ? parse(source) : parseFragment(source);
  const htmlElement = whole ? root.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html') : undefined;
  const pageLang = (htmlElement && attributeOf(htmlElement, 'lang')?.trim()) || lang;
  beginServerPage({ lang: pageLang });
  // A <upr-sources> lists what the whole page cites, as in the browser: it renders after every other widget.
  const found = widgetsOf(root, pageLang);
  const ordered = [...found.filter((f) => f.element.tagName !== 'upr-sources'), ...found.filter((f) => f.element.tagName === 'upr-sources')];
  for (const { element, lang: elementLang, headingBefore, theme } of ordered) {
    setServerElement({ lang: elementLang, headingBefore, theme });
    const [replacement] = renderWidget(element).filter(isElement);
    const parent = element.parentNode;
    if (!replacement || !parent) continue;
    if (form === 'light') {
      fillLight(element, replacement, inline);
      continue;
    }
    replacement.parentNode = parent;
    parent.childNodes.splice(parent.childNodes.indexOf(element), 1, replacement);
  }
  beginServerPage();
  return serialize(root);
}
