import { isServer } from 'lit';
import { localeFromTag, type Locale } from './i18n.js';

/** The page's language for widgets rendered on the server, which cannot see their ancestors (beginServerPage). */
let serverPageLanguage: string | undefined;

/** Sets the language of the page being rendered on the server; see beginServerPage (server.ts). */
export function setServerPageLanguage(lang: string | undefined): void {
  serverPageLanguage = lang;
}

/** The page's `data-upr-theme` around the element rendered next on the server (setServerElement, server.ts). */
let serverPageTheme: string | undefined;

/** Sets, on the server, the `data-upr-theme` of the closest ancestor of the element about to render, if any. */
export function setServerPageTheme(theme: string | undefined): void {
  serverPageTheme = theme;
}

/**
 * The language an element is in: its own `lang`, else the closest ancestor's
 * (crossing shadow roots), else `<html lang>`. An empty `lang=""` means
 * "unknown" in HTML, so it is passed over. On the server, where an element has
 * no ancestors, its own `lang`, else the page's language given to beginServerPage.
 */
export function resolveLocale(element: Element): Locale {
  if (isServer) {
    const own = element.getAttribute('lang');
    return localeFromTag(own?.trim() ? own : serverPageLanguage);
  }
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return localeFromTag(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return localeFromTag(document.documentElement.getAttribute('lang'));
}

/**
 * The page's theme for the widgets: `data-upr-theme` on the element's closest ancestor that has it (crossing
 * shadow roots), as a site's dark-mode toggle sets it on `<html>`; `undefined` when no ancestor sets one.
 */
export function pageTheme(element: Element): { value: string; on: Element } | undefined {
  // on the server, what the prerenderer found around the element (a warning about it names the element)
  if (isServer) return serverPageTheme === undefined ? undefined : { value: serverPageTheme, on: element };
  let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
  while (node) {
    const withTheme: Element | null = node.closest('[data-upr-theme]');
    if (withTheme) return { value: withTheme.getAttribute('data-upr-theme') ?? '', on: withTheme };
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The attributes of the page a widget follows: its language, and the theme a site sets for every widget. */
export const PAGE_ATTRIBUTES = ['lang', 'data-upr-theme'];

export interface LanguageAware extends Element {
  /** Re-reads what the widget takes from the page (language, theme). */
  syncFromPage(): void;
}

const watched = new Set<LanguageAware>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page: a change of any `lang` or `data-upr-theme` attribute (an ancestor's,
 * `<html>`'s) asks every connected widget to re-resolve. They change rarely (a site's dark-mode toggle), so a
 * page-wide subtree observer costs nothing.
 */
export function watchLanguage(element: LanguageAware): void {
  watched.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const el of watched) el.syncFromPage();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: PAGE_ATTRIBUTES,
      subtree: true,
    });
  }
}

export function unwatchLanguage(element: LanguageAware): void {
  watched.delete(element);
  if (watched.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
