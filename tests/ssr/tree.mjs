// Reading prerendered HTML parsed by parse5, for the tests of tests/ssr/.

/** Every element of a parse5 tree (template contents included), in document order. */
export function elements(node, out = []) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    out.push(child);
    elements(child.tagName === 'template' ? child.content : child, out);
  }
  return out;
}

/** A node's text, template contents included, white space collapsed. */
export const text = (node) =>
  (node.nodeName === '#text' ? node.value : ((node.tagName === 'template' ? node.content : node).childNodes?.map(text).join('') ?? '')).replace(/\s+/g, ' ');

/** An element's declarative shadow root (its <template shadowrootmode="open">), if it has one. */
export const shadowOf = (element) => element.childNodes.find((c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode' && a.value === 'open'));
