// The gallery: every widget and variant, each shown four times (Vietnamese and English, light and dark).
// The examples are a plain list; this script builds one row of four cells per example. Every id below is
// in `npm run data:list`; the gallery test checks that each widget renders (no "unavailable" notice).

/** One cell per language and theme, in this order (the grid puts them side by side on wide screens). */
const CELLS = [
  { lang: 'vi', theme: 'light', label: 'Tiếng Việt · giao diện sáng' },
  { lang: 'vi', theme: 'dark', label: 'Tiếng Việt · giao diện tối' },
  { lang: 'en', theme: 'light', label: 'English · light' },
  { lang: 'en', theme: 'dark', label: 'English · dark' },
];

/**
 * The examples, by widget. `attrs` applies to every cell; `byLang` replaces it for one language (a quote
 * "in its own language" needs a different quote on each side). `width`: 'wide' gives each cell a whole
 * line; 'narrow' puts the widget in a 20rem column. `sentence` (an inline widget such as <upr-term>): per
 * language, the text before the element, the words inside it and the text after it.
 */
const WIDGETS = [
  {
    tag: 'upr-quote',
    intro: 'Quotes and reported speech. The same id reads in either language: words said in the other one are shown in translation and labelled.',
    examples: [
      {
        title: 'A direct quote in its own language',
        text: 'Each side shows a quote said in its own language: the words exactly as reported.',
        byLang: {
          vi: { quote: 'doan-cong-huynh-balanced-approach' },
          en: { quote: 'do-hung-viet-hundreds-of-recommendations' },
        },
      },
      {
        title: 'A translated quote, with the original',
        text: 'Each side shows a quote said in the other language; show-original adds the original words beneath the translation.',
        byLang: {
          vi: { quote: 'do-hung-viet-midterm-launch-groundwork', 'show-original': '' },
          en: { quote: 'doan-cong-huynh-balanced-approach', 'show-original': '' },
        },
      },
      {
        title: 'Reported speech',
        text: 'A paraphrase is labelled as such and never set in quotation marks.',
        attrs: { quote: 'dang-hoang-giang-multilateralism-upr' },
      },
      {
        title: 'Compact size',
        text: 'size="compact" for a sidebar or a narrow column.',
        attrs: { quote: 'bui-thanh-son-hrc49-motto', size: 'compact' },
      },
      {
        title: 'Without the source line',
        text: 'no-source, for a page that credits its sources elsewhere.',
        attrs: { quote: 'rana-flowers-un-support', 'no-source': '' },
      },
    ],
  },
  {
    tag: 'upr-fact-card',
    intro: 'One figure or short fact, with its date and sources. The number variant is the default.',
    examples: [
      {
        title: 'A percentage',
        text: 'Decimals are kept as the data has them and written the way each language writes them.',
        attrs: { fact: 'cycle-4-acceptance-share' },
      },
      {
        title: 'A count with a qualifier',
        text: 'The qualifier (“more than”) is written out before the figure.',
        attrs: { fact: 'midterm-workshop-delegates-2021' },
      },
      {
        title: 'A value in words',
        text: 'Some facts are a date or a name rather than a number.',
        attrs: { fact: 'epidemic-day-date' },
      },
      {
        title: 'A derived figure',
        text: 'No source states this number; the card says how it was worked out.',
        attrs: { fact: 'cycle-3-recommendations-noted' },
      },
      {
        title: 'Sources that disagree',
        text: 'The card shows the disagreement next to the figure.',
        attrs: { fact: 'hrc-election-2022-votes' },
      },
      {
        title: 'The text variant',
        text: 'variant="text" puts the value inside a sentence, for sidebars and lists.',
        attrs: { fact: 'interval-between-reviews', variant: 'text' },
      },
      {
        title: 'The text variant without the source line',
        text: 'variant="text" with no-source.',
        attrs: { fact: 'upr-cycle-length', variant: 'text', 'no-source': '' },
      },
    ],
  },
  {
    tag: 'upr-timeline',
    intro: 'Viet Nam’s UPR history. Open an item to read its summary, figures and sources.',
    examples: [
      {
        title: 'Vertical, one cycle',
        text: 'cycles="4": the events of the fourth cycle, under its label.',
        attrs: { cycles: '4' },
      },
      {
        title: 'Horizontal',
        text: 'layout="horizontal" with only the reviews and adoptions; the row scrolls sideways with its buttons or the arrow keys.',
        attrs: { layout: 'horizontal', kinds: 'review,adoption' },
        width: 'wide',
      },
      {
        title: 'Automatic layout, wide placement',
        text: 'layout="auto" follows the widget’s own width: horizontal from 720 px, so here on a wide screen, vertical on a phone.',
        attrs: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
        width: 'wide',
      },
      {
        title: 'Automatic layout, narrow placement',
        text: 'The same attributes in a column at most 20rem wide: always vertical.',
        attrs: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
        width: 'narrow',
      },
      {
        title: 'A highlighted event, with a few around it',
        text: 'highlight marks the event and opens it; max-items="5" keeps the five events around it.',
        attrs: { highlight: 'cycle-2-review', 'max-items': '5' },
      },
      {
        title: 'Heading level',
        text: 'heading-level="4": the item headings are h4, under this example’s h3.',
        attrs: { kinds: 'review', 'heading-level': '4' },
      },
      {
        title: 'Filters that select nothing',
        text: 'No election belongs to a UPR cycle, so this combination shows a short notice instead of a list.',
        attrs: { kinds: 'election', cycles: '3' },
      },
    ],
  },
  {
    tag: 'upr-recommendations-chart',
    intro: 'Recommendations received, accepted and noted in each cycle, with the counting method, the derived figures marked and the sources. Tab to a chart and use the arrow keys, or hover over a bar.',
    examples: [
      {
        title: 'Every cycle',
        text: 'Without attributes: the three counts of each of the four cycles; the number noted is derived (received minus accepted) and marked so.',
        attrs: {},
      },
      {
        title: 'The share accepted, two cycles',
        text: 'metric="share" cycles="3,4": accepted as a percentage of received, worked out from the counts and marked as derived.',
        attrs: { metric: 'share', cycles: '3,4' },
      },
      {
        title: 'As a table',
        text: 'view="table" shows the table that screen readers always have; here the first two cycles, with the other count that UPR Info gives for them.',
        attrs: { view: 'table', cycles: '1,2' },
      },
      {
        title: 'In a narrow column',
        text: 'The same chart in a column at most 20rem wide: labels keep their own column and rows, so nothing overlaps.',
        attrs: { metric: 'share' },
        width: 'narrow',
      },
    ],
  },
  {
    tag: 'upr-sources',
    intro: 'The list of sources for the end of an article: every source cited by the widgets on the page, each once.',
    examples: [
      {
        title: 'The sources of this page',
        text: 'Without attributes it lists what every widget in this gallery cites, oldest first; heading-level="4" fits it under this example’s h3.',
        attrs: { 'heading-level': '4' },
        width: 'wide',
      },
      {
        title: 'Every source in the dataset, without a heading',
        text: 'all lists every source the dataset holds; no-heading leaves the heading to the page.',
        attrs: { all: '', 'no-heading': '' },
        width: 'wide',
      },
    ],
  },
  {
    tag: 'upr-term',
    intro: 'A term in the article’s own words: tap or click it (or press Enter on it) for its glossary definition and sources.',
    examples: [
      {
        title: 'A term in a sentence',
        text: 'The words stay the author’s; the element adds a dotted underline and the definition.',
        attrs: { term: 'upr' },
        sentence: {
          vi: ['Việt Nam trình bày báo cáo theo ', 'Cơ chế Rà soát định kỳ phổ quát', ' lần thứ tư vào tháng 5/2024.'],
          en: ['Viet Nam presented its report to the ', 'Universal Periodic Review', ' for the fourth time in May 2024.'],
        },
      },
      {
        title: 'An abbreviation',
        text: 'The definition gives the full name, then the abbreviation.',
        attrs: { term: 'human-rights-council' },
        sentence: {
          vi: ['Việt Nam là thành viên ', 'HĐNQ', ' nhiệm kỳ 2023–2025.'],
          en: ['Viet Nam sat on the ', 'HRC', ' for 2023–2025.'],
        },
      },
      {
        title: 'An empty element',
        text: 'Without words of its own the element shows the term’s name in the page’s language.',
        attrs: { term: 'united-nations' },
        sentence: {
          vi: ['Hội đồng Nhân quyền là cơ quan của ', '', '.'],
          en: ['The Human Rights Council is a body of the ', '', '.'],
        },
      },
    ],
  },
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
  row.append(element('h3', '', example.title), element('p', 'row-text', example.text));
  const attrsFor = (lang) => example.byLang?.[lang] ?? example.attrs;
  const code = example.sentence
    ? `<!-- Tiếng Việt -->\n${sentenceCode(tag, example.attrs, example.sentence.vi)}\n<!-- English -->\n${sentenceCode(tag, example.attrs, example.sentence.en)}`
    : example.byLang
      ? `<!-- Tiếng Việt -->\n${snippet(tag, attrsFor('vi'))}\n<!-- English -->\n${snippet(tag, attrsFor('en'))}`
      : snippet(tag, example.attrs);
  const pre = element('pre');
  pre.append(element('code', '', code));
  const cells = element('div', 'cells');
  for (const cell of CELLS) cells.append(renderCell(tag, attrsFor(cell.lang), cell, example.width, example.sentence));
  row.append(pre, cells);
  return { row, id };
}

function render() {
  const root = document.getElementById('gallery');
  const contents = document.getElementById('contents');
  for (const widget of WIDGETS) {
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
}

render();
