// The embed code the builder writes, in the form that survives where producers paste it (README: "In your CMS"):
// kept apart from builder.js so that tests/sanitizers run exactly this through WordPress's wpautop and markdown-it.

/** An attribute value as HTML writes it between double quotes. */
export const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `<tag name="value" flag>words</tag>`, on one line; `attributes` are [name, value] pairs, `true` for a boolean.
 * `fallback`: HTML to write inside instead of words (the widget's prerendered light-DOM form, on one line).
 */
export function elementCode(tag, attributes, words = '', fallback = '') {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  const inside = fallback || words.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<${tag}${written.join('')}>${inside}</${tag}>`;
}

/**
 * The stylesheet that lays out the fallbacks, in dist/ beside the single file and above the loader's folder:
 * `…/upr-widgets.js` and `…/loader/upr-widgets.js` → `…/upr-fallback.css`.
 */
export const fallbackCssUrl = (scriptUrl) => scriptUrl.replace(/(?:loader\/)?[^/]*$/, 'upr-fallback.css');

/**
 * The widget as it is pasted. A widget of its own (not one set in a sentence, as a term is) goes on one line
 * between a `<div>` and a `</div>` on lines of their own: WordPress's classic editor (wpautop) then adds no
 * paragraph around it, and Markdown passes it through as HTML instead of reading it as a paragraph of text.
 */
export function embedCode(tag, attributes, { words = '', inSentence = false, fallback = '' } = {}) {
  const element = elementCode(tag, attributes, words, fallback);
  return inSentence ? element : `<div>\n${element}\n</div>`;
}

/**
 * An import map that pins every file of the loader's folder but the loader itself (whose tag has its own
 * `integrity`): `hashes` is dist/loader/integrity.json, `loaderUrl` the loader's address. One line; `<` is escaped,
 * so that no address can end the script element.
 */
export function pinningImportMap(hashes, loaderUrl) {
  const folder = new URL('.', loaderUrl);
  const integrity = Object.fromEntries(
    Object.entries(hashes)
      .filter(([file]) => file !== 'upr-widgets.js')
      .map(([file, hash]) => [new URL(file, folder).href, hash]),
  );
  return `<script type="importmap">${JSON.stringify({ integrity }).replace(/</g, '\\u003c')}</script>`;
}
