import { isServer } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';

/** The heading levels a widget inside an article may take: `h1` is the article's title. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * One level below the heading that comes before `element` on the page (in document order, looking out of shadow
 * roots to their hosts), so that a widget's headings continue the article's outline: `2` under the article's
 * `<h1>`, `3` under an `<h2>`; `2` when no heading comes before it, and `6` at most.
 */
export function levelBelowOutline(element: Element): HeadingLevel {
  // A server render sees no page around the element: the level the prerenderer found in the page's outline, else
  // that of a heading under the article's title.
  if (isServer) return belowLevel(serverHeadingBefore);
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode() as Document | ShadowRoot;
    let level = 0;
    for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"][aria-level]')) {
      // Document order: stop at the first heading that does not come before the element.
      if (!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if (heading.contains(node)) continue;
      level = /^h\d$/.test(heading.localName) ? Number(heading.localName[1]) : Number(heading.getAttribute('aria-level')) || 0;
    }
    if (level) return belowLevel(level);
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '2';
}

/** The level one below a heading of `level` (0: none), from 2 to 6. */
function belowLevel(level: number): HeadingLevel {
  return String(Math.min(6, Math.max(2, level + 1))) as HeadingLevel;
}

/** On the server: the level of the heading before the element being rendered (0: none); see setServerElement. */
let serverHeadingBefore = 0;

/** Sets, on the server, the level of the heading that comes before the element about to render (0: none). */
export function setServerHeadingBefore(level: number): void {
  serverHeadingBefore = level;
}

/** The heading tags, for `lit/static-html.js` templates. */
export const HEADINGS: Record<HeadingLevel, StaticValue> = {
  '2': literal`h2`,
  '3': literal`h3`,
  '4': literal`h4`,
  '5': literal`h5`,
  '6': literal`h6`,
};
