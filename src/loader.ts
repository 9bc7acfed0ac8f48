/**
 * The on-demand loader (dist/loader/upr-widgets.js): the script tag for a site template. It defines each upr-*
 * element when one appears on the page, the page's HTML or added later, and loads only that widget's code; each
 * element then loads the data it shows, in its language (src/internal/data-loading.ts). Built by the second
 * configuration of rollup.config.mjs; the chunks it loads sit beside it, named by their content hashes.
 *
 * Elements inside other shadow roots are defined with the rest, but the loader cannot see them appear: a page
 * that renders widgets into a shadow root calls `discover(root)` once for it.
 */
import widgets, { type WidgetModule } from 'upr:widgets';

const tags = Object.keys(widgets);
const selector = tags.join(',');
/** The page and the shadow roots given to discover(): where the elements of a tag are. */
const roots: ParentNode[] = [];
/** Each tag asked for: its widget loading, then defined. */
const loading = new Map<string, Promise<WidgetModule | undefined>>();

/**
 * Loads and defines a widget now, before one is on the page (a page that knows it will show one), resolving with
 * its module once the tag is defined. An unknown tag rejects.
 */
export function load(tag: string): Promise<WidgetModule | undefined> {
  if (!Object.hasOwn(widgets, tag)) return Promise.reject(new Error(`upr-widgets: no widget <${tag}>`));
  let loaded = loading.get(tag);
  if (!loaded) {
    // Defined already (the one-file bundle on the same page, or a framework's own import): nothing to load.
    loaded = customElements.get(tag)
      ? Promise.resolve(undefined)
      : widgets[tag]().then(async (module) => {
          // the data of the elements on the page first, so that each renders as soon as it is defined
          const others = [...loading].filter(([other]) => other !== tag).map(([, defined]) => defined);
          if (!customElements.get(tag)) await module.define(roots.flatMap((root) => [...root.querySelectorAll(tag)]), Promise.allSettled(others));
          return module;
        });
    loading.set(tag, loaded);
    // Every widget asked for: nothing left to watch for.
    if (loading.size === tags.length) observer.disconnect();
  }
  return loaded;
}

function request(tag: string): void {
  if (loading.has(tag)) return;
  load(tag).catch((error: unknown) => console.warn(`upr-widgets: could not load <${tag}>: ${String(error)}`));
}

function scan(root: ParentNode): void {
  if (root instanceof Element && Object.hasOwn(widgets, root.localName)) request(root.localName);
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
  if (!roots.includes(root)) roots.push(root);
  if (loading.size < tags.length) observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

discover(document);
