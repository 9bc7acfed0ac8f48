// The embed code the builder writes, in the form that survives where producers paste it (README: "In your CMS"):
// kept apart from builder.js so that tests/sanitizers run exactly this through WordPress's wpautop and markdown-it.

/** An attribute value as HTML writes it between double quotes. */
export const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<tag name="value" flag>words</tag>`, on one line; `attributes` are [name, value] pairs, `true` for a boolean. */
export function elementCode(tag, attributes, words = '') {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${written.join('')}>${words.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${tag}>`;
}

/**
 * The widget as it is pasted. A widget of its own (not one set in a sentence, as a term is) goes on one line
 * between a `<div>` and a `</div>` on lines of their own: WordPress's classic editor (wpautop) then adds no
 * paragraph around it, and Markdown passes it through as HTML instead of reading it as a paragraph of text.
 */
export function embedCode(tag, attributes, { words = '', inSentence = false } = {}) {
  const element = elementCode(tag, attributes, words);
  return inSentence ? element : `<div>\n${element}\n</div>`;
}
