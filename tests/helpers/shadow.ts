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
