// The fallbacks the plugin ships prerendered (build/fallbacks.json, written by scripts/wordpress-plugin.mjs): for
// every quote and fact, and for the timeline, the chart and <upr-sources all> with their default options, in both
// languages, the widget's own rendering in its light-DOM form (`upr-widgets prerender --light`), which
// build/upr-fallback.css lays out like the widget. The shortcodes write them inside their elements, and a block
// made without the editor's preview (wp.blocks.createBlock) saves them; a block edited in the editor saves the
// light-DOM form of its preview instead, with the options it has (editor.js). Node only.
import { prerender } from '../../../dist/esm/src/prerender.js';
import { elementCode } from '../../../demo/embed-code.js';
import { ITEM_ATTRIBUTES } from './fallback-key.js';

const COLLECTIONS = { 'upr-quote': 'quotes', 'upr-fact-card': 'facts' };
const LISTS = { 'upr-timeline': 'default', 'upr-recommendations-chart': 'default', 'upr-sources': 'all' };

/** The element's inner HTML once prerendered in its light-DOM form, in `lang`; `attributes`: [name, value] pairs. */
export function prerenderedFallback(tag, attributes, lang, { inline = false } = {}) {
  const warn = console.warn;
  console.warn = () => {}; // an element without fallback is left as it is, and says so: the caller skips it
  try {
    const element = prerender(elementCode(tag, attributes), { form: 'light', inline, lang });
    return element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'));
  } finally {
    console.warn = warn;
  }
}

/** `{ [tag]: { [item id, 'default' or 'all']: { vi, en } } }`. */
export function allFallbacks(dataset) {
  const out = {};
  for (const [tag, collection] of Object.entries(COLLECTIONS)) {
    out[tag] = {};
    for (const { id } of dataset[collection]) {
      out[tag][id] = { vi: prerenderedFallback(tag, [[ITEM_ATTRIBUTES[tag], id]], 'vi'), en: prerenderedFallback(tag, [[ITEM_ATTRIBUTES[tag], id]], 'en') };
    }
  }
  for (const [tag, key] of Object.entries(LISTS)) {
    const attributes = key === 'all' ? [['all', true]] : [];
    out[tag] = { [key]: { vi: prerenderedFallback(tag, attributes, 'vi'), en: prerenderedFallback(tag, attributes, 'en') } };
  }
  return out;
}
