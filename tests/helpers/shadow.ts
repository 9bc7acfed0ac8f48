/** Reading what a widget shows: its shadow DOM text and parts, with white space folded. */

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A node's text with white space folded: what a reader sees, give or take line breaks. */
export function textOf(node: Node | null | undefined): string {
  return normalize(node?.textContent);
}

export function shadowText(el: Element): string {
  return normalize(el.shadowRoot?.textContent);
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function partText(el: Element, name: string): string {
  return normalize(part(el, name)?.textContent);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
}

/**
 * A rendered widget's words as a reader sees them, but for its controls, which need the script (buttons that
 * disclose nothing, such as the copy button, and live status lines): what its light-DOM fallback shows, which
 * keeps their place without showing them (src/prerender-light.ts).
 */
export function wordsWithoutControls(el: Element): string {
  const root = el.shadowRoot!;
  const hide = el.ownerDocument.createElement('style');
  hide.textContent = 'button:not([aria-expanded]), [role="status"] { visibility: hidden !important; }';
  root.append(hide);
  try {
    return normalize(root.querySelector<HTMLElement>('[part~="base"]')?.innerText);
  } finally {
    hide.remove();
  }
}
