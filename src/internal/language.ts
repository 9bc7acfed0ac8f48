import { localeFromTag, type Locale } from './i18n.js';

/**
 * The language an element is in: its own `lang`, else the closest ancestor's
 * (crossing shadow roots), else `<html lang>`. An empty `lang=""` means
 * "unknown" in HTML, so it is passed over.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return localeFromTag(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return localeFromTag(document.documentElement.getAttribute('lang'));
}

export interface LanguageAware extends Element {
  syncLocale(): void;
}

const watched = new Set<LanguageAware>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page: a change of any `lang` attribute (an
 * ancestor's, `<html lang>`) asks every connected widget to re-resolve.
 * `lang` changes are rare, so a page-wide subtree observer costs nothing.
 */
export function watchLanguage(element: LanguageAware): void {
  watched.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const el of watched) el.syncLocale();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
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
