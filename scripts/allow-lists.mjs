// Writes dist/allow-lists/: what a sanitizer or a CMS must allow for the embed code to survive it, generated
// from custom-elements.json (run by the build right after the manifest), so that an attribute documented in a
// widget's JSDoc is in every list the moment it exists. tests/sanitizers/ runs these files through the real
// DOMPurify, sanitize-html, WordPress kses and wpautop, and checks that every documented tag and attribute is in
// each of them.
//
// Two parts:
// - the widgets: every element of the manifest with every attribute it documents (`lang` included), nothing else;
// - the fallback: the elements and attributes of the widgets' light-DOM fallback (src/prerender-light.ts, README
//   "The light-DOM form"), for the sanitizers and CMSs whose defaults strip them. DOMPurify's defaults keep all of it, so its config has none of it; sanitize-html's defaults keep
//   the elements but no class, lang or datetime; kses lacks <time>, <svg>, <rect>, hreflang and aria-current.
//   These are inert: no URL but `a href` (which every site allows and checks already), no style, no event, no
//   element that loads anything. tests/sanitizers/allow-lists.test.mjs fails if a demo fallback uses more.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'dist/allow-lists';

/**
 * Attributes any element of a fallback may carry: its layout (class), language, and what screen readers get. Any
 * element: in the form wpautop cannot break (README, "In your CMS") every block of a fallback is a <span>.
 */
export const FALLBACK_GLOBAL = ['class', 'lang', 'hidden', 'aria-hidden', 'aria-label', 'aria-current', 'aria-level', 'role'];

/** The fallback's elements, each with the attributes it needs besides FALLBACK_GLOBAL. */
export const FALLBACK = {
  div: [],
  p: [],
  span: [],
  b: [],
  cite: [],
  time: ['datetime'],
  // a timeline event's figures: the number for machines beside the words for readers
  data: ['value'],
  a: ['href', 'hreflang'],
  figure: [],
  figcaption: [],
  blockquote: [],
  // a timeline's events and the list of sources carry headings, at the level the widget would give them
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ol: [],
  ul: [],
  li: [],
  // the chart's table (for screen readers) and its bars, drawn by the same SVG as the widget's
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['scope'],
  td: [],
  svg: ['width', 'height'],
  rect: ['width', 'height'],
};

/** `[{ tag, attributes }]`, in the manifest's order of tags sorted by name; attributes in the order documented. */
export function widgetsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      attributes: [...new Set((declaration.attributes ?? []).map((attribute) => attribute.name))],
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The fallback's elements with all their attributes. */
export function fallbackOf() {
  return Object.fromEntries(Object.entries(FALLBACK).map(([tag, own]) => [tag, [...FALLBACK_GLOBAL, ...own]]));
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const php = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function phpArray(lists) {
  const width = Math.max(...Object.values(lists).flat().map((name) => name.length)) + 2;
  const entries = Object.entries(lists).map(([tag, attributes]) => {
    const lines = attributes.map((name) => `\t\t${php(name).padEnd(width)} => true,`);
    return `\t${php(tag)} => array(\n${lines.join('\n')}\n\t),`;
  });
  return `array(\n${entries.join('\n')}\n)`;
}

/** Drupal's allowed-HTML syntax: `<tag attribute attribute> <tag …>`. */
const drupalElement = (tag, attributes) => `<${[tag, ...attributes].join(' ')}>`;

/** Every file of dist/allow-lists/, by name. */
export function allowLists(manifest, { version = '' } = {}) {
  const widgets = widgetsOf(manifest);
  const fallback = fallbackOf();
  const tags = widgets.map((w) => w.tag);
  const byTag = Object.fromEntries(widgets.map((w) => [w.tag, w.attributes]));
  const all = { ...byTag, ...fallback };
  const attributeNames = [...new Set(widgets.flatMap((w) => w.attributes))].sort();
  const generated = `Generated from custom-elements.json by scripts/allow-lists.mjs${version ? ` (upr-widgets ${version})` : ''}; do not edit.`;

  const files = {};

  files['upr-widgets.json'] = json({
    $comment: `${generated} "elements": the widgets and the attributes each documents. "fallback": the elements and attributes of the fallback content the README documents inside them; most sites allow them already, add what yours lacks.`,
    elements: byTag,
    fallback,
  });

  // DOMPurify: ADD_TAGS and ADD_ATTR, as arrays. Tags through ADD_TAGS go the ordinary way, hooks included
  // (CUSTOM_ELEMENT_HANDLING skipped afterSanitizeElements before 3.4.12, GHSA-c2j3-45gr-mqc4), and only the
  // six documented names get in, not every `upr-*`. DOMPurify still checks every value of these attributes as it
  // checks any other (a `javascript:` value is removed). The array form allows the names on every element,
  // which is why dompurify.js exists too.
  files['dompurify.json'] = json({ ADD_TAGS: tags, ADD_ATTR: attributeNames });

  files['dompurify.js'] = `// ${generated}
// DOMPurify 3.3 or later: each widget's attributes on that widget only (ADD_ATTR as a function of the attribute
// and the element). For any DOMPurify version, dompurify.json allows the same names on every element instead.
const attributes = ${JSON.stringify(byTag, null, 2)};

export default {
  ADD_TAGS: Object.keys(attributes),
  ADD_ATTR: (attribute, tag) => Object.hasOwn(attributes, tag) && attributes[tag].includes(attribute),
};
`;

  // Added to the site's own options (README, "In your CMS"): allowedTags to its list, allowedAttributes tag by tag.
  files['sanitize-html.json'] = json({
    allowedTags: Object.keys(all),
    allowedAttributes: all,
  });

  files['wordpress-kses.json'] = json(Object.fromEntries(Object.entries(all).map(([tag, names]) => [tag, Object.fromEntries(names.map((n) => [n, true]))])));

  files['wordpress-kses.php'] = `<?php
/**
 * The tags and attributes of upr-widgets for wp_kses_allowed_html, as kses reads them: tag => attribute => true.
 * The widgets with the attributes each documents, then the fallback content the README documents inside them.
 * ${generated}
 *
 * @package upr-widgets
 */

return ${phpArray(all)};
`;

  files['wordpress-plugin.php'] = `<?php
/**
 * Plugin Name: upr-widgets embed code
 * Description: Keeps the upr-widgets elements, their attributes and their fallback content in posts written by users without the unfiltered_html capability (authors, contributors, everyone on multisite).
 *
 * Put this file and wordpress-kses.php (both from upr-widgets/allow-lists/) in wp-content/plugins/upr-widgets-embed/
 * and activate it, or put both in wp-content/mu-plugins/. Or paste the add_filter() call into your theme's
 * functions.php, with the path to wordpress-kses.php.
 *
 * @package upr-widgets
 */

add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		foreach ( require __DIR__ . '/wordpress-kses.php' as $tag => $attributes ) {
			$tags[ $tag ] = array_merge( isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] : array(), $attributes );
		}
		return $tags;
	},
	10,
	2
);
`;

  const line = Object.entries(all).map(([tag, names]) => drupalElement(tag, names)).join(' ');
  files['drupal-allowed-html.txt'] = `${line}\n`;

  const yamlList = (items, indent) => items.map((item) => `${' '.repeat(indent)}- ${item}`).join('\n');
  const ghsAllow = widgets
    .map((w) => `          - name: ${w.tag}\n            attributes:\n${w.attributes.map((a) => `              - { key: ${a}, value: true }`).join('\n')}`)
    .join('\n');
  files['upr_widgets.ckeditor5.yml'] = `# ${generated}
# A CKEditor 5 plugin definition for a Drupal module named upr_widgets (rename the file and the key for yours):
# CKEditor 5's General HTML Support keeps the widgets, with their attributes, when an author switches between the
# source and the visual view; the elements list tells Drupal's "Limit allowed HTML tags and correct faulty HTML"
# filter about them, and about the fallback content's elements and attributes (which the editor keeps inside a
# widget, as the widget's own HTML).
upr_widgets_elements:
  ckeditor5:
    plugins: [htmlSupport.GeneralHtmlSupport]
    config:
      htmlSupport:
        allow:
${ghsAllow}
  drupal:
    label: upr-widgets elements
    library: core/ckeditor5.htmlSupport
    elements:
${yamlList(Object.entries(all).map(([tag, names]) => drupalElement(tag, names)), 6)}
    conditions: []
`;
  return files;
}

function main() {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  mkdirSync(`${root}${OUT}`, { recursive: true });
  for (const [name, text] of Object.entries(allowLists(manifest, { version }))) writeFileSync(`${root}${OUT}/${name}`, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
