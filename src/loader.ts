/**
 * The on-demand loader (dist/loader/upr-widgets.js): the script tag for a site template. It defines each upr-*
 * element when one appears on the page, the page's HTML or added later, and loads only that widget's code; each
 * element then loads the data it shows, in its language (src/internal/data-loading.ts). Built by the second
 * configuration of rollup.config.mjs; the chunks it loads sit beside it, named by their content hashes.
 *
 * Elements inside other shadow roots are defined with the rest, but the loader cannot see them appear: a page
 * that renders widgets into a shadow root calls `discover(root)` once for it.
 */
import widgets from 'upr:widgets';

const tags = Object.keys(widgets);
const selector = tags.join(',');
const requested = new Set<string>();

function request(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  // Every widget asked for: nothing left to watch for.
  if (requested.size === tags.length) observer.disconnect();
  // Defined already (the one-file bundle on the same page, or a framework's own import): nothing to load.
  if (customElements.get(tag)) return;
  widgets[tag]().catch((error: unknown) => console.warn(`upr-widgets: could not load <${tag}>: ${String(error)}`));
}

/**
 * Loads and defines a widget now, before one is on the page (a page that knows it will show one), resolving with
 * its module. An unknown tag rejects.
 */
export function load(tag: string): Promise<unknown> {
  if (!widgets[tag]) return Promise.reject(new Error(`upr-widgets: no widget <${tag}>`));
  request(tag);
  return widgets[tag]();
}

function scan(root: ParentNode): void {
  if (root instanceof Element && widgets[root.localName]) request(root.localName);
  for (const element of root.querySelectorAll(selector)) request(element.localName);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) scan(node);
    }
  }
});

/**
 * Defines the widgets in `root` and in what is added to it later: for a shadow root, which the loader does not see
 * into by itself. The page (`document`) is discovered when the loader runs.
 */
export function discover(root: Document | ShadowRoot | Element = document): void {
  if (requested.size === tags.length) return;
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

discover(document);
