import { forgetServerWidgets } from './citations.js';
import { setServerHeadingBefore } from './headings.js';
import { setServerPageLanguage, setServerPageTheme } from './language.js';

/** What a server render needs to know about the page, which its widgets cannot see. */
export interface ServerPageOptions {
  /** The page's language (`<html lang>`, or the article's): what widgets without a `lang` of their own speak. */
  lang?: string;
}

/**
 * Begins a page rendered on the server with @lit-labs/ssr: widgets without `lang` speak `lang`, and a
 * `<upr-sources>` lists what the widgets rendered before it on this page cite (not those of a page rendered
 * earlier in the same process). Call it before rendering each page.
 */
export function beginServerPage({ lang }: ServerPageOptions = {}): void {
  setServerPageLanguage(lang);
  setServerPageTheme(undefined);
  setServerHeadingBefore(0);
  forgetServerWidgets();
}

/** Where in the page the next element rendered on the server is, as a prerenderer that sees the page knows it. */
export interface ServerElementContext {
  /** The language of its closest ancestor with one (or the page's). */
  lang?: string;
  /** The level of the heading that comes before it in the page's outline, 1 to 6 (0: none). */
  headingBefore?: number;
  /** The `data-upr-theme` of its closest ancestor with one (a site's dark mode), if any. */
  theme?: string;
}

/** Sets where the next element rendered on the server is (prerender.ts, for each element of the page). */
export function setServerElement({ lang, headingBefore = 0, theme }: ServerElementContext): void {
  setServerPageLanguage(lang);
  setServerPageTheme(theme);
  setServerHeadingBefore(headingBefore);
}
