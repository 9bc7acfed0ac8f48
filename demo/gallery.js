// The gallery: every widget of the registry and every example configuration in its spec (src/<tag>/spec.ts),
// each shown four times (Vietnamese and English, light and dark): one row of four cells per example. The
// gallery test checks that each widget renders (no "unavailable" notice).
import { attributesFor, specs } from './specs.js';

/** One cell per language and theme, in this order (the grid puts them side by side on wide screens). */
const CELLS = [
  { lang: 'vi', theme: 'light', label: 'Tiếng Việt · giao diện sáng' },
  { lang: 'vi', theme: 'dark', label: 'Tiếng Việt · giao diện tối' },
  { lang: 'en', theme: 'light', label: 'English · light' },
  { lang: 'en', theme: 'dark', label: 'English · dark' },
];

/** `<tag a="b" c></tag>`: the code an editor would type for these attributes (and words inside, if any). */
function snippet(tag, attrs, words = '') {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const list = Object.entries(attrs).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${list.join('')}>${words.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${tag}>`;
}

/** The sentence of an inline example in one language, with the element's code in it. */
function sentenceCode(tag, attrs, [before, words, after]) {
  return `${before}${snippet(tag, attrs, words)}${after}`;
}

function element(name, className, text) {
  const el = document.createElement(name);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function renderCell(tag, attrs, cell, width, sentence) {
  const box = element('div', `cell cell--${cell.theme}`);
  box.lang = cell.lang;
  box.dataset.theme = cell.theme;
  box.append(element('p', 'cell-label', cell.label));
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
  if (cell.theme === 'dark') widget.setAttribute('theme', 'dark');
  if (sentence) {
    const [before, words, after] = sentence[cell.lang];
    widget.textContent = words;
    const text = element('p', 'cell-text');
    text.append(before, widget, after);
    box.append(text);
  } else if (width === 'narrow') {
    const column = element('div', 'narrow-column');
    column.append(widget);
    box.append(column);
  } else {
    box.append(widget);
  }
  return box;
}

function renderExample(tag, example) {
  const row = element('div', `row${example.width === 'wide' ? ' row--wide' : ''}`);
  const id = `${tag}-${slug(example.title)}`;
  row.id = id;
  row.append(element('h3', '', example.title), element('p', 'row-text', example.description));
  const code = example.sentence
    ? `<!-- Tiếng Việt -->\n${sentenceCode(tag, attributesFor(example, 'vi'), example.sentence.vi)}\n<!-- English -->\n${sentenceCode(tag, attributesFor(example, 'en'), example.sentence.en)}`
    : example.byLanguage
      ? `<!-- Tiếng Việt -->\n${snippet(tag, attributesFor(example, 'vi'))}\n<!-- English -->\n${snippet(tag, attributesFor(example, 'en'))}`
      : snippet(tag, example.attributes);
  const pre = element('pre');
  pre.append(element('code', '', code));
  const cells = element('div', 'cells');
  for (const cell of CELLS) cells.append(renderCell(tag, attributesFor(example, cell.lang), cell, example.width, example.sentence));
  row.append(pre, cells);
  return { row, id };
}

function render() {
  const root = document.getElementById('gallery');
  const contents = document.getElementById('contents');
  for (const widget of specs) {
    const section = element('section', 'widget');
    section.id = widget.tag;
    section.setAttribute('aria-labelledby', `${widget.tag}-heading`);
    const heading = element('h2', '', `<${widget.tag}>`);
    heading.id = `${widget.tag}-heading`;
    section.append(heading, element('p', 'widget-intro', widget.intro));

    const item = element('li');
    const link = element('a', '', `<${widget.tag}>`);
    link.href = `#${widget.tag}`;
    const sublist = element('ul');
    item.append(link, sublist);
    contents.append(item);

    for (const example of widget.examples) {
      const { row, id } = renderExample(widget.tag, example);
      section.append(row);
      const subitem = element('li');
      const sublink = element('a', '', example.title);
      sublink.href = `#${id}`;
      subitem.append(sublink);
      sublist.append(subitem);
    }
    root.append(section);
  }
  // the rows are built once the specs have loaded, after the bundle ran: say when they are all there
  document.documentElement.dataset.rendered = 'true';
}

render();
