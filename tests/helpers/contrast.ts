/**
 * Text contrast as a reader sees it (WCAG 2 relative luminance): each visible piece of text in a widget's shadow
 * root against the opaque colour behind it, composited from its own background up through the page's.
 */

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The opaque colour behind an element: its own background and its ancestors' (across shadow roots), composited
 * over white, the canvas of a page that sets no background.
 */
function backdrop(element: Element): Rgba {
  const view = element.ownerDocument.defaultView!;
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; ) {
    const layer = parse(view.getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Each visible piece of text in the widget's shadow root, with its contrast against what is behind it. */
export function textContrasts(el: Element): { text: string; ratio: number }[] {
  const found: { text: string; ratio: number }[] = [];
  const view = el.ownerDocument.defaultView!;
  const walker = el.ownerDocument.createTreeWalker(el.shadowRoot!, view.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 1 && r.height > 1);
    const style = view.getComputedStyle(parent);
    if (!rects.length || style.visibility === 'hidden') continue;
    const back = backdrop(parent);
    found.push({ text: text.slice(0, 40), ratio: contrast(over(parse(style.color), back), back) });
  }
  return found;
}

/** The pieces of text below 4.5:1, as `"text" 3.21:1`, for an assertion that lists them. */
export function lowContrastText(el: Element, minimum = 4.5): string[] {
  return textContrasts(el)
    .filter((f) => f.ratio < minimum)
    .map((f) => `${JSON.stringify(f.text)} ${f.ratio.toFixed(2)}:1`);
}
