/** Shared by the hardening tests, which load host pages in iframes and inspect the widgets on them. */

export const TAGS = ['upr-quote', 'upr-fact-card', 'upr-timeline', 'upr-recommendations-chart', 'upr-term', 'upr-sources'];

export type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** What tests/hardening/pages/recorder.ts collects on a page from before the bundle runs. */
export interface PageRecord {
  problems: string[];
  violations: string[];
}

export const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

export function widgetsIn(root: ParentNode): Widget[] {
  return Array.from(root.querySelectorAll<Widget>(TAGS.join(',')));
}
