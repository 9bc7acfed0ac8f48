// The reference page, generated in the browser from custom-elements.json (the manifest the build writes from
// the widgets' JSDoc), so it never drifts from the code: one section per widget of the registry, in its order.
// Manifest text is always set with textContent; a `backtick` span in a description becomes a <code> element.
import { dataset, VERSION } from '../dist/upr-widgets.js';
import { attributesFor, specs, valuesUsed } from './specs.js';

/**
 * Attributes added to every live example of an element so that it stays small (the timeline shows every
 * event by default) or fits the page's outline (the list of sources has its own heading, h5 under the
 * example's h4). An example of the attribute itself uses its own value instead.
 */
const SMALL = { 'upr-timeline': { 'max-items': '4' }, 'upr-sources': { 'heading-level': '5' } };

/** Example values for attributes whose description names no value to use, or not one that fits the page. */
const EXAMPLE_VALUES = { lang: 'vi', to: '2009', 'max-items': '3', 'heading-level': '5' };

// --- small DOM helpers -------------------------------------------------------------------------------------

function el(name, props = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function code(text) {
  return el('code', { text });
}

/** Manifest prose as nodes: `backtick` spans become <code>, everything else is text. */
function rich(text = '') {
  const fragment = document.createDocumentFragment();
  text
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .forEach((piece, i) => fragment.append(i % 2 ? code(piece) : document.createTextNode(piece)));
  return fragment;
}

/** A description of several paragraphs (blank lines between them) as <p> elements. */
function paragraphs(text = '') {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => el('p', {}, rich(p)));
}

/** A table in a focusable, labelled wrapper that scrolls sideways on a narrow screen. */
function table(labelledBy, headers, rows) {
  const head = el('tr', {}, ...headers.map((h) => el('th', { scope: 'col', text: h })));
  const body = rows.map((cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell))));
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': labelledBy },
    el('table', { 'aria-labelledby': labelledBy }, el('thead', {}, head), el('tbody', {}, ...body)),
  );
}

const dash = () => document.createTextNode('—');

// --- reading the manifest ----------------------------------------------------------------------------------

/**
 * Backticked values the description lists, such as `vertical`, `horizontal`, `auto` (two or more), or a range
 * "`2` to `6` (default `3`)". None when the widget's examples (`used`) give the attribute a value that is not
 * among them: cycles="3,4" where the description names `1` to `4` is a list, not one of the values.
 */
function allowedValues(attr, used = []) {
  const [, from, to] = /`(\d+)` to `(\d+)` \(default `\d+`\)/.exec(attr.description ?? '') ?? [];
  if (from !== undefined) return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(Number(from) + i));
  const values = [...(attr.description ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
  const unique = [...new Set(values)].filter((v) => v !== attr.name);
  return unique.length >= 2 && used.every((v) => unique.includes(v)) ? unique : [];
}

function defaultOf(attr) {
  if (attr.default !== undefined) return attr.default;
  const description = attr.description ?? '';
  const named = description.match(/`([^`]+)` \(default\)/) ?? description.match(/\(default `?([^)`]+)`?\)/);
  if (named) return named[1];
  return allowedValues(attr).includes('default') ? 'default' : undefined;
}

const isBoolean = (attr) => attr.type?.text === 'boolean';

/** The first value the widget's examples (its spec) give an attribute, in English. */
function specValue(spec, name) {
  for (const example of spec.examples) {
    const value = attributesFor(example, 'en')[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * A value that shows what the attribute does: one of ours for the page (EXAMPLE_VALUES), the one the widget's
 * examples use, a listed non-default value, or a quoted example.
 */
function exampleValue(spec, attr) {
  if (isBoolean(attr)) return '';
  if (attr.name in EXAMPLE_VALUES) return EXAMPLE_VALUES[attr.name];
  const used = specValue(spec, attr.name);
  if (used !== undefined) return used;
  const values = allowedValues(attr);
  const fallback = defaultOf(attr);
  if (values.length) return values.find((v) => v !== fallback) ?? values[0];
  return (attr.description ?? '').match(/"([^"]+)"/)?.[1];
}

/**
 * The attributes an element needs to show anything: the item it shows (its spec's `item`), as in its examples
 * (in English, the page's language), or else the collection's first item.
 */
function requiredAttributes(spec) {
  if (!spec.item) return {};
  const { attribute, collection } = spec.item;
  return { [attribute]: specValue(spec, attribute) ?? dataset[collection][0].id };
}

/**
 * The words inside an element set in a sentence (its examples have one, as <upr-term>'s do): the name of the
 * item it shows, in the example's language.
 */
function wordsOf(spec, attrs) {
  if (!spec.item || !spec.examples.some((example) => example.sentence)) return '';
  const item = dataset[spec.item.collection].find((entry) => entry.id === attrs[spec.item.attribute]);
  const name = item && (item.term ?? item.title ?? item.label);
  return name?.[attrs.lang === 'vi' ? 'vi' : 'en'] ?? '';
}

function snippet(tag, attrs, words = '') {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const list = Object.entries(attrs).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${list.join('')}>${escape(words)}</${tag}>`;
}

/** Public fields that are not attributes (such as the static `version`). */
function extraProperties(element) {
  const fields = new Set((element.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  return (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.attribute && !fields.has(m.name),
  );
}

// --- rendering ---------------------------------------------------------------------------------------------

function subsection(tag, key, title) {
  const id = `${tag}-${key}`;
  return { id, heading: el('h3', { id, text: title }) };
}

function renderExample(spec, element, attr) {
  const tag = element.tagName;
  const required = requiredAttributes(spec);
  const value = attr.name in required ? required[attr.name] : exampleValue(spec, attr);
  // The required id first, then the attribute shown, then SMALL (unless it is the attribute shown).
  const attrs = Object.fromEntries(
    Object.entries({ ...required, [attr.name]: value, ...SMALL[tag] })
      .map(([name, v]) => [name, name === attr.name ? value : v])
      .filter(([, v]) => v !== undefined),
  );
  const id = `${tag}-example-${attr.name}`;
  const widget = document.createElement(tag);
  for (const [name, v] of Object.entries(attrs)) widget.setAttribute(name, v);
  const words = wordsOf(spec, attrs);
  widget.textContent = words;
  const dark = attrs.theme === 'dark';
  return el(
    'div',
    { class: 'example', 'data-attribute': attr.name },
    el('h4', { id }, code(attr.name)),
    el('pre', {}, code(snippet(tag, attrs, words))),
    el('div', { class: `live${dark ? ' live--dark' : ''}` }, widget),
  );
}

function renderElement(spec, element) {
  const tag = element.tagName;
  const section = el('section', { class: 'element', id: tag, 'aria-labelledby': `${tag}-heading` });
  section.append(el('h2', { id: `${tag}-heading` }, code(`<${tag}>`)));
  if (element.summary) section.append(el('p', { class: 'summary' }, rich(element.summary)));
  section.append(...paragraphs(element.description));
  const toc = [];
  const add = (key, title, build) => {
    const { id, heading } = subsection(tag, key, title);
    toc.push({ id, title });
    const nodes = build(`${tag}-heading ${id}`);
    for (const node of nodes) if (node.classList.contains('table-scroll')) node.dataset.table = key;
    section.append(heading, ...nodes);
  };

  const attributes = element.attributes ?? [];
  add('attributes', 'Attributes', (label) => [
    table(
      label,
      ['Attribute', 'Type', 'Default', 'Values', 'Description'],
      attributes.map((attr) => {
        const values = allowedValues(attr, valuesUsed(spec, attr.name));
        const fallback = defaultOf(attr);
        const link = el('a', { href: `#${tag}-example-${attr.name}` }, code(attr.name));
        return [
          link,
          attr.type?.text ? code(attr.type.text) : dash(),
          fallback !== undefined ? code(fallback) : dash(),
          isBoolean(attr)
            ? document.createTextNode('present or absent')
            : values.length
              ? el('span', {}, ...values.flatMap((v, i) => (i ? [', ', code(v)] : [code(v)])))
              : dash(),
          rich(attr.description),
        ];
      }),
    ),
  ]);

  add('examples', 'Live examples', () => [
    el(
      'p',
      {},
      'One rendered element per attribute, with the code that produces it.',
      ...Object.entries(SMALL[tag] ?? {}).flatMap(([name, value]) => [
        ' Except where it shows that attribute, each example also sets ',
        code(`${name}="${value}"`),
        ' to stay short.',
      ]),
    ),
    ...attributes.map((attr) => renderExample(spec, element, attr)),
  ]);

  const properties = extraProperties(element);
  if (properties.length) {
    add('properties', 'Properties', (label) => [
      el('p', { text: 'Besides the properties that mirror the attributes above:' }),
      table(
        label,
        ['Property', 'Type', 'Default', 'Description'],
        properties.map((p) => [
          p.static ? el('span', {}, code(`${element.name}.${p.name}`), ' (static)') : code(p.name),
          p.type?.text ? code(p.type.text) : dash(),
          p.default !== undefined ? code(p.default) : dash(),
          p.description ? rich(p.description) : dash(),
        ]),
      ),
    ]);
  }

  const events = element.events ?? [];
  if (events.length) {
    add('events', 'Events', (label) => [
      table(
        label,
        ['Event', 'Detail', 'Description'],
        events.map((e) => {
          const detail = e.type?.text?.match(/^CustomEvent<(.+)>$/)?.[1] ?? e.type?.text;
          return [code(e.name), detail ? code(detail) : dash(), rich(e.description)];
        }),
      ),
      ...events.map((e) => {
        const status = el('p', { class: 'event-log', 'aria-live': 'polite', 'data-event': e.name });
        status.append('No ', code(e.name), ` event yet: open an item in one of the examples above.`);
        document.addEventListener(e.name, (event) => {
          status.replaceChildren('Last ', code(e.name), ': detail = ', code(JSON.stringify(event.detail)));
        });
        return status;
      }),
    ]);
  }

  if (element.cssParts?.length) {
    add('parts', 'CSS parts', (label) => [
      table(label, ['Part', 'Description'], element.cssParts.map((p) => [code(p.name), rich(p.description)])),
    ]);
  }

  if (element.cssProperties?.length) {
    add('custom-properties', 'CSS custom properties', (label) => [
      table(
        label,
        ['Custom property', 'Default', 'Description'],
        element.cssProperties.map((p) => [code(p.name), p.default ? code(p.default) : dash(), rich(p.description)]),
      ),
    ]);
  }

  if (element.slots?.length) {
    add('slots', 'Slots', (label) => [
      table(
        label,
        ['Slot', 'Description'],
        element.slots.map((s) => [s.name ? code(s.name) : document.createTextNode('(default)'), rich(s.description)]),
      ),
    ]);
  }
  return { section, toc };
}

function renderContents(entries) {
  return entries.map(({ tag, toc }) =>
    el(
      'li',
      {},
      el('a', { href: `#${tag}` }, code(`<${tag}>`)),
      el('ul', {}, ...toc.map(({ id, title }) => el('li', {}, el('a', { href: `#${id}`, text: title })))),
    ),
  );
}

async function main() {
  const root = document.getElementById('reference');
  document.getElementById('version').textContent = VERSION;
  try {
    const response = await fetch('../custom-elements.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const manifest = await response.json();
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const entries = specs.map((spec) => {
      const element = declarations.find((d) => d.tagName === spec.tag);
      if (!element) throw new Error(`no <${spec.tag}> in it: run npm run build`);
      return { tag: spec.tag, ...renderElement(spec, element) };
    });
    document.getElementById('contents').append(...renderContents(entries));
    root.append(...entries.map((e) => e.section));
    root.setAttribute('aria-busy', 'false');
    document.documentElement.dataset.rendered = 'true';
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    root.append(el('p', { role: 'alert', text: `Could not read custom-elements.json: ${error.message}` }));
    root.setAttribute('aria-busy', 'false');
    console.error(error);
  }
}

main();
