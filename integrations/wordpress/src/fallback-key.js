// Which of the plugin's prerendered fallbacks (build/fallbacks.json) an element takes: its item's id (a quote, a fact),
// `all` for <upr-sources all>, or `default`. The editor (editor.js, for a block made without its preview) and the
// plugin's build (fallbacks.mjs) read it here; the shortcodes' PHP (includes/shortcodes.php) reads it the same way.
import { flag } from '../../../dist/esm/src/internal/flag.js';

/** The item attribute of each widget that shows one item. */
export const ITEM_ATTRIBUTES = { 'upr-quote': 'quote', 'upr-fact-card': 'fact' };

/** `{ tag, key }` for an element's attributes, or undefined for a widget without prerendered fallbacks (a term). */
export function fallbackKey(tag, attributes = {}) {
  const item = ITEM_ATTRIBUTES[tag];
  if (item) return typeof attributes[item] === 'string' ? attributes[item].trim() : '';
  if (tag === 'upr-sources') return flag.fromAttribute(attributes.all ?? null) ? 'all' : 'default';
  return tag === 'upr-timeline' || tag === 'upr-recommendations-chart' ? 'default' : undefined;
}

/** 'vi' for any Vietnamese language tag, else 'en': the two languages of the dataset. */
export const fallbackLanguage = (lang) => (/^vi(?:-|_|$)/i.test(String(lang ?? '').trim()) ? 'vi' : 'en');
