/**
 * Host pages in iframes: the hardening and demo tests load a page as a news site would (the page's own script tag
 * loads the built bundle) and inspect the widgets on it.
 */
import { TAGS } from './specs.js';

export { TAGS };

export type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** What tests/hardening/pages/recorder.ts collects on a page from before the bundle runs. */
export interface PageRecord {
  problems: string[];
  violations: string[];
}

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** The recorder's findings; empty on a page opened with `recorder: false`. */
  record: PageRecord;
}

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The iframe's accessible name. */
  title?: string;
  /** Whether the page runs tests/hardening/pages/recorder.ts (a page of our own does; the demo pages do not). */
  recorder?: boolean;
  /** Wait until every widget is defined and rendered (the default), or return once the page has loaded. */
  widgets?: boolean;
  timeoutMs?: number;
}

export const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/** Every widget of the registry in `root`, in document order. */
export function widgetsIn(root: ParentNode): Widget[] {
  return Array.from(root.querySelectorAll<Widget>(TAGS.join(',')));
}

/**
 * Loads a page in an iframe, from markup (`{ html }`, as srcdoc) or a URL (`{ src }`), and by default waits until
 * every widget on it has rendered and the page has painted twice.
 */
export async function openFrame(page: { html: string } | { src: string }, options: FrameOptions = {}): Promise<Frame> {
  const { width = 800, height = 600, title = 'host page', recorder = true, widgets = true, timeoutMs = 10000 } = options;
  const iframe = document.createElement('iframe');
  iframe.title = title;
  // fixed at the top left: WebKit throttles animation frames (and so rendering updates) in iframes out of view
  iframe.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0`;
  if ('html' in page) iframe.srcdoc = page.html;
  else iframe.src = page.src;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  let record: PageRecord = { problems: [], violations: [] };
  if (recorder) {
    const recorded = (win as unknown as { __uprRecord?: PageRecord }).__uprRecord;
    if (!recorded) throw new Error('the recorder script did not run in the page (blocked by a policy?)');
    record = recorded;
  }
  const frame = { iframe, win, doc, record };
  if (widgets) await widgetsRendered(frame, timeoutMs);
  return frame;
}

/**
 * Waits until the tag of every widget on the page is defined (the on-demand loader defines only those) and each
 * has rendered, and the page has painted.
 */
export async function widgetsRendered({ win, doc, record }: Frame, timeoutMs = 10000): Promise<void> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(
      () => reject(new Error(`widgets not defined after ${timeoutMs} ms: ${[...record.problems, ...record.violations].join('; ')}`)),
      timeoutMs,
    );
  });
  const tags = [...new Set(widgetsIn(doc).map((el) => el.localName))];
  await Promise.race([Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))), timeout]).finally(() =>
    window.clearTimeout(timer),
  );
  await Promise.all(widgetsIn(doc).map((el) => el.updateComplete));
  await nextFrame(win);
  await nextFrame(win);
}
