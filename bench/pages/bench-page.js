/* global requestAnimationFrame, MessageChannel, customElements, document, addEventListener -- a module of the benchmark pages, in the browser */
// What the benchmark pages (bench/pages/*.html) share: finding the widgets, waiting until they have rendered,
// and waiting for a painted frame.

/** The widgets: every custom element (a name with a hyphen) in `root` (a term is inside its paragraph). */
export const widgetsIn = (root) => [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));

/**
 * Resolves in a task posted from a requestAnimationFrame callback, i.e. once the frame that callback belongs to has
 * been rendered (style, layout, paint) on the main thread.
 */
export const afterNextFrame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve();
      port2.postMessage(null);
    });
  });

/**
 * Waits until every element is defined (the on-demand loader defines them as it loads their code), then until each
 * has rendered with nothing pending (with the loader, a first render waits for the element's data). Returns the
 * rounds of updates it waited for. `defined: false` (the static page) waits for no definition.
 */
export async function allUpdated(elements, { defined = true } = {}) {
  if (defined) await Promise.all([...new Set(elements.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)));
  let rounds = 0;
  do {
    rounds += 1;
    await Promise.all(elements.map((element) => element.updateComplete));
  } while (elements.some((element) => element.isUpdatePending));
  return rounds;
}

/** Resolves once the page's load event has fired. */
export const pageLoaded = () =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
