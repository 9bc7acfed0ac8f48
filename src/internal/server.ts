import { forgetServerWidgets } from './citations.js';
import { setServerPageLanguage } from './language.js';

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
  forgetServerWidgets();
}
