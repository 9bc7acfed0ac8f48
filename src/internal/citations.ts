/**
 * Which sources the widgets on the page cite, for `<upr-sources>`.
 *
 * The protocol, for the author of a widget:
 * - Override `citedSources()` of UprElement: return the ids (data/sources.json) of the sources behind what the
 *   widget shows now — after its filters, whether or not its source line is hidden (`no-source` moves the credit
 *   elsewhere, it does not remove it) — and none when it shows its fallback (an unknown id cites nothing).
 *   UprElement calls it after every render (in `update()`, so also for a widget that replaces `render()`), so it
 *   may read what `renderContent()` worked out.
 * - That is all: UprElement reports the list here after each render, and withdraws it when the widget leaves the
 *   page (and reports it again if the widget comes back). A widget counts wherever it is, shadow roots included.
 *
 * Listeners hear once per microtask, and only when the set of cited ids may have changed.
 */

/** What each connected widget cites; widgets that cite nothing have no entry. */
const citedBy = new Map<Element, readonly string[]>();
const listeners = new Set<() => void>();
let notifying = false;

function changed(): void {
  if (notifying) return;
  notifying = true;
  queueMicrotask(() => {
    notifying = false;
    for (const listener of listeners) listener();
  });
}

/** Records what a connected widget cites now. */
export function reportCitations(widget: Element, ids: readonly string[]): void {
  const before = citedBy.get(widget) ?? [];
  if (ids.length) citedBy.set(widget, ids);
  else citedBy.delete(widget);
  if (before.length !== ids.length || before.some((id, i) => id !== ids[i])) changed();
}

/** Forgets a widget that left the page. */
export function withdrawCitations(widget: Element): void {
  if (citedBy.delete(widget)) changed();
}

/**
 * On the server, the widgets rendered since the page began (beginServerPage), each with a way to ask what it
 * cites: a server render never calls update(), and asking when <upr-sources> renders, after them, gets what
 * their render worked out.
 */
const renderedOnServer = new Map<Element, () => readonly string[]>();

/** Records a widget rendered on the server. */
export function reportServerWidget(widget: Element, cited: () => readonly string[]): void {
  renderedOnServer.set(widget, cited);
}

/** Forgets the widgets of the page rendered before on the server. */
export function forgetServerWidgets(): void {
  renderedOnServer.clear();
}

/** Widgets waiting for their data (the loader's build), each until its first render with it. */
const awaited = new Set<Promise<unknown>>();

/** Records a widget that will cite once its data is here: `<upr-sources>` waits for it (citationsSettled). */
export function awaitCitations(rendered: Promise<unknown>): void {
  const settled = rendered.finally(() => awaited.delete(settled));
  awaited.add(settled);
  // a list already on the page updates once this widget has rendered (its update waits: see UprSources)
  changed();
}

/** While widgets on the page wait for their data, a promise of their first renders with it; else undefined. */
export function citationsSettled(): Promise<unknown> | undefined {
  return awaited.size ? Promise.allSettled([...awaited]) : undefined;
}

/** Every source id cited by a widget on the page, each once. */
export function citedOnPage(): ReadonlySet<string> {
  return new Set([...citedBy.values(), ...[...renderedOnServer.values()].map((cited) => cited())].flat());
}

/** Calls `listener` after what the page cites changes; returns the function that stops it. */
export function watchCitations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
