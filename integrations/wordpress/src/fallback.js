// The readable fallback content of each widget, written inside its element when the WordPress plugin saves a post
// (and, for shortcodes, read from a JSON file that the plugin's build makes with allFallbacks()): what a reader
// gets with the plugin switched off, without JavaScript, or before the script runs. It says what the widget says,
// in the same words, dates and number formats, but as plain, readable HTML rather than a copy of the widget's layout.
//
// The words, dates and numbers come from the widgets' own code, as `npm run build` compiles it into dist/esm (before
// the plugin's build, scripts/wordpress-plugin.mjs, runs). This module runs in Node (that script imports it) and in
// the editor's bundle (webpack), so it imports only compiled modules that have no side effects and need neither Lit
// nor the DOM: internal/i18n.js, format.js, cycles.js and data.js (its pure helpers only: webpack leaves the bundled
// dataset out, as package.json marks the module free of side effects) and each widget's .strings.js. What the
// widgets do in a module that needs Lit (internal/sources.ts, each widget's own .ts) or only on the bundled dataset
// (data.ts's lookups) is written again below, naming the code it follows; tests/wordpress/fallback.test.mjs checks
// it against the built widgets.
//
// The markup uses only the fallback vocabulary of dist/allow-lists/upr-widgets.json (scripts/allow-lists.mjs), so
// that kses and the other sanitizers keep it; it is one line with no white space between tags, so that nothing
// (wpautop included) can split it; every text is escaped, and a link is made only from an https:// address.
// A term (<upr-term>) has no generated fallback: its fallback is the editor's own words in the sentence.
import { ROMAN } from '../../../dist/esm/src/internal/cycles.js';
import { roleAt, startOf } from '../../../dist/esm/src/internal/data.js';
import { flag } from '../../../dist/esm/src/internal/flag.js';
import { decimalsOf, formatDateRange, formatIsoDate, formatNumber, parseIsoDate } from '../../../dist/esm/src/internal/format.js';
import { strings } from '../../../dist/esm/src/internal/i18n.js';
import { factCardStrings } from '../../../dist/esm/src/upr-fact-card/upr-fact-card.strings.js';
import { quoteStrings } from '../../../dist/esm/src/upr-quote/upr-quote.strings.js';
import { chartStrings } from '../../../dist/esm/src/upr-recommendations-chart/upr-recommendations-chart.strings.js';
import { sourceListStrings } from '../../../dist/esm/src/upr-sources/upr-sources.strings.js';
import { timelineStrings } from '../../../dist/esm/src/upr-timeline/upr-timeline.strings.js';

/**
 * The widgets' strings that the fallbacks use, in both languages: those the widgets share (src/internal/i18n.ts)
 * at the top level, and each widget's own table (src/<tag>/<tag>.strings.ts) under its name. They are the built
 * widgets' own objects, so that the fallback reads exactly like the widget that replaces it.
 */
export const STRINGS = Object.fromEntries(
  ['en', 'vi'].map((locale) => [
    locale,
    {
      ...strings[locale],
      quote: quoteStrings[locale],
      factCard: factCardStrings[locale],
      timeline: timelineStrings[locale],
      sourceList: sourceListStrings[locale],
      chart: chartStrings[locale],
    },
  ]),
);

/** The widgets with a generated fallback: the attribute that names their item and its collection, if any. */
export const WIDGETS = {
  'upr-quote': { attribute: 'quote', collection: 'quotes' },
  'upr-fact-card': { attribute: 'fact', collection: 'facts' },
  'upr-timeline': {},
  'upr-sources': {},
  'upr-recommendations-chart': {},
};

// ---------------------------------------------------------------------------------------------------------------
// HTML

const escapeText = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

/** An element: attributes in the order given (none when undefined or false), then its content, already HTML. */
function h(tag, attributes, ...content) {
  const attrs = Object.entries(attributes ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${tag}${attrs}>${content.join('')}</${tag}>`;
}

/** Text in `language`, marked with it when the fallback is in another one. */
const inLanguage = (text, language, locale) => (language && language !== locale ? h('span', { lang: language }, escapeText(text)) : escapeText(text));

// ---------------------------------------------------------------------------------------------------------------
// Figures

/**
 * A fact's figure at the precision the data writes it: "84,7%" / "84.7%", "1.234" / "1,234". Written again from
 * UprFactCard's formatFigure (src/upr-fact-card/upr-fact-card.ts), a method of the element, which needs Lit.
 */
function formatFigure(value, locale) {
  const digits = decimalsOf(value.number);
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return value.percent ? formatNumber(value.number / 100, locale, { ...options, style: 'percent' }) : formatNumber(value.number, locale, options);
}

// ---------------------------------------------------------------------------------------------------------------
// The dataset (src/internal/data.ts)
//
// data.ts's byId, sourcesOf and eventsInOrder read the dataset bundled with the widgets; the fallbacks read the one
// they are given (the editor's, the plugin build's), so these follow them on that one. compareCodeUnits is not
// exported.

/** Lookups in one dataset: by id in a collection, and a source's record (byId, sourcesOf). */
function indexOf(dataset) {
  const maps = new Map();
  const byId = (collection, id) => {
    if (typeof id !== 'string' || !id) return undefined;
    if (!maps.has(collection)) maps.set(collection, new Map((dataset?.[collection] ?? []).map((item) => [item.id, item])));
    return maps.get(collection).get(id);
  };
  return { byId, sourcesOf: (ids) => (ids ?? []).flatMap((id) => byId('sources', id) ?? []) };
}

/** ASCII order of dates and ids, by their characters (compareCodeUnits). */
const compareCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Events in date order (eventsInOrder): one known to the month or year sorts at its start, or right after the event
 * it followed.
 */
function eventsInOrder(dataset, index) {
  const key = (event) => {
    const earlier = event.after ? index.byId('events', event.after) : undefined;
    return earlier ? [startOf(earlier.date), 1] : [startOf(event.date), 0];
  };
  return [...(dataset.events ?? [])].sort((a, b) => {
    const [[dateA, afterA], [dateB, afterB]] = [key(a), key(b)];
    return compareCodeUnits(dateA, dateB) || afterA - afterB || a.date.length - b.date.length || compareCodeUnits(a.id, b.id);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Sources (src/internal/sources.ts)
//
// sources.js renders Lit templates (it imports lit) and looks sources up in the bundled dataset, so its plain-text
// helpers are followed here: outletName, outletLanguage, namesList (with its "and" / "và") and conflictText.

/** On English pages, an outlet that names itself in Vietnamese: its English name, its own in brackets (outletName). */
const outletName = (source, locale) => (locale === 'en' && source.outletEnglish ? `${source.outletEnglish} (${source.outlet})` : source.outlet);
/** The language of an outlet's own name (outletLanguage). */
const outletLanguage = (source) => (source.outletEnglish ? 'vi' : source.language);

/** The outlet as markup: its own name in its own language. */
function outletHtml(source, locale) {
  const own = inLanguage(source.outlet, outletLanguage(source), locale);
  return locale === 'en' && source.outletEnglish ? `${escapeText(source.outletEnglish)} (${own})` : own;
}

/** A source's label in a `<cite>`, as a link where the dataset has an https address. */
function citeHtml(source, label) {
  const url = typeof source.url === 'string' && source.url.startsWith('https://') ? source.url : undefined;
  return h('cite', {}, url ? h('a', { href: url, hreflang: source.language }, label) : label);
}

/** The source line every widget ends with: "Sources: VietnamPlus, 28/9/2022; …" (renderSourceLine). */
function sourceLine(ids, locale, index) {
  const list = index.sourcesOf(ids);
  if (!list.length) return '';
  const t = STRINGS[locale];
  const entries = list.map((source) => {
    const title = source.title ?? source.reference;
    const label = [
      outletHtml(source, locale),
      title ? `, ${inLanguage(title, source.language, locale)}` : '',
      source.published ? `, ${escapeText(formatIsoDate(source.published, locale))}` : '',
    ].join('');
    return citeHtml(source, label);
  });
  return h('p', { class: 'source' }, `${escapeText(list.length > 1 ? t.sources : t.source)}: `, entries.join(escapeText(t.listSeparator)));
}

/** "A, B and C" / "A, B và C" (namesList). */
function namesList(names, locale) {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${locale === 'vi' ? 'và' : 'and'} ${names.at(-1)}`;
}

/** Where sources disagree: every side with its outlets, then the note (conflictText); plain text. */
function conflictText(conflict, locale, index) {
  const all = conflict.sides.flatMap((side) => index.sourcesOf(side.sources));
  const twice = new Set(all.map((s) => s.outlet).filter((outlet, i, list) => list.indexOf(outlet) !== i));
  const name = (source) =>
    twice.has(source.outlet) && source.published ? `${outletName(source, locale)} (${formatIsoDate(source.published, locale)})` : outletName(source, locale);
  const sides = conflict.sides.map(({ says, sources }) => `${namesList([...new Set(index.sourcesOf(sources).map(name))], locale)}: ${says[locale]}`);
  const note = conflict.note?.[locale];
  return `${sides.join(STRINGS[locale].listSeparator)}.${note ? ` ${note}` : ''}`;
}

/** A note under a fact or the chart: its label in bold, then the text (already HTML). */
const note = (className, label, content) => h('p', { class: className }, h('b', {}, `${escapeText(label)}:`), ' ', content);

// ---------------------------------------------------------------------------------------------------------------
// The widgets

/** A flag as the widgets read it (src/internal/flag.ts): present unless "false"; `false`, null or undefined unset it. */
const isSet = (value) => value !== false && flag.fromAttribute(value === undefined || value === null ? null : String(value));

/** The paragraphs of a quote's text, as the widget splits them. */
const paragraphs = (text) =>
  String(text)
    .split(/\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A paragraph's words, each passage kept as the speaker said it (`sic`) followed by the editor's mark. */
function sicHtml(paragraph, passages, locale, language) {
  const ends = passages
    .flatMap((passage) => {
      const at = [];
      if (!passage) return at;
      for (let i = paragraph.indexOf(passage); i !== -1; i = paragraph.indexOf(passage, i + passage.length)) at.push(i + passage.length);
      return at;
    })
    .sort((a, b) => a - b);
  let from = 0;
  let out = '';
  for (const end of ends) {
    out += escapeText(paragraph.slice(from, end)) + h('span', { class: 'sic', lang: language !== locale ? locale : undefined }, escapeText(`\u00a0${STRINGS[locale].sic}`));
    from = end;
  }
  return out + escapeText(paragraph.slice(from));
}

/** The words of a quote: a direct quote in a `<blockquote>`, reported speech in plain paragraphs, never quoted. */
function quoteWords(item, text, language, locale, className) {
  const lang = language !== locale ? language : undefined;
  if (item.kind !== 'direct') {
    return h('div', { class: `${className} reported`, lang }, ...paragraphs(text).map((p) => h('p', {}, escapeText(p))));
  }
  const passages = text === item.text ? (item.sic ?? []) : [];
  return h('blockquote', { class: className, lang }, ...paragraphs(text).map((p) => h('p', {}, sicHtml(p, passages, locale, language))));
}

/** <upr-quote>: the words (labelled when reported or translated), speaker and role, occasion and date, source. */
function quoteFallback(item, attributes, locale, index) {
  const person = index.byId('people', item.speaker);
  if (!person) return '';
  const t = STRINGS[locale];
  const q = t.quote;
  const direct = item.kind === 'direct';
  const translated = item.language !== locale;
  const originalName = t.languageNames[item.language] ?? item.language;
  const role = roleAt(person, item.date);
  const parts = [];
  if (!direct) parts.push(h('p', { class: 'label' }, escapeText(q.reportedSpeech)));
  parts.push(quoteWords(item, translated ? item.translation : item.text, locale, locale, 'quote'));
  if (translated) {
    parts.push(h('p', { class: 'note' }, escapeText(direct ? q.translatedFrom(originalName) : q.summarisedFrom(originalName))));
    if (isSet(attributes['show-original'])) {
      parts.push(h('p', { class: 'original-label' }, escapeText(direct ? q.originalQuote(originalName) : q.originalSummary(originalName))));
      parts.push(quoteWords(item, item.text, item.language, locale, 'original'));
    }
  }
  const caption = [
    h('p', { class: 'attribution' }, h('b', {}, escapeText(person.name[locale])), role ? `, ${h('span', { class: 'role' }, escapeText(role.title[locale]))}` : ''),
    h('p', { class: 'occasion' }, `${escapeText(item.occasion[locale])}, `, h('time', { datetime: item.date }, escapeText(formatIsoDate(item.date, locale)))),
    isSet(attributes['no-source']) ? '' : sourceLine([item.source, ...(item.dateSources ?? [])], locale, index),
  ];
  return h('figure', {}, ...parts, h('figcaption', {}, ...caption));
}

/** <upr-fact-card>: the value, label, context, whose figure it is, the date it holds for, notes, source. */
function factFallback(fact, attributes, locale, index) {
  const t = STRINGS[locale];
  const f = t.factCard;
  const { value } = fact;
  let valueHtml;
  if (value.text) {
    valueHtml = h('span', { class: 'words' }, escapeText(value.text[locale]));
  } else {
    const qualifier = value.qualifier ? f.qualifiers[value.qualifier] : undefined;
    const unit = value.unit?.[locale];
    valueHtml = [
      qualifier ? `${h('span', { class: 'qualifier' }, escapeText(qualifier))}&nbsp;` : '',
      h('span', { class: 'figure' }, escapeText(formatFigure(value, locale))),
      unit ? `&nbsp;${h('span', { class: 'unit' }, escapeText(unit))}` : '',
    ].join('');
  }
  const variant = String(attributes.variant ?? '').trim().toLowerCase() === 'text' ? 'text' : 'number';
  const parts =
    variant === 'text'
      ? [h('p', { class: 'headline' }, h('b', { class: 'label' }, `${escapeText(fact.label[locale])}:`), ' ', h('b', { class: 'value' }, valueHtml))]
      : [h('p', { class: 'value' }, valueHtml), h('p', { class: 'label' }, escapeText(fact.label[locale]))];
  parts.push(h('p', { class: 'context' }, escapeText(fact.context[locale])));
  if (fact.claimant) parts.push(h('p', { class: 'claimant' }, escapeText(t.accordingTo(fact.claimant[locale]))));
  const precision = parseIsoDate(fact.asOf)?.precision ?? 'day';
  parts.push(h('p', { class: 'as-of' }, h('time', { datetime: fact.asOf }, escapeText(f.asOf[precision](formatIsoDate(fact.asOf, locale))))));
  if (fact.derived) parts.push(note('note', f.derivedLabel, escapeText(f.derivedNote)));
  if (value.sourceFigure && value.counts && typeof value.number === 'number') {
    const { part, whole } = value.counts;
    const exact = formatFigure({ ...value, number: Number(((100 * part) / whole).toFixed(decimalsOf(value.number))) }, locale);
    parts.push(note('note', f.sourceFigureLabel, escapeText(f.sourceFigureNote(formatNumber(part, locale), formatNumber(whole, locale), exact))));
  }
  if (fact.conflict) parts.push(note('note', t.conflictLabel, escapeText(conflictText(fact.conflict, locale, index))));
  if (!isSet(attributes['no-source'])) parts.push(sourceLine(fact.sources, locale, index));
  return parts.join('');
}

/** <upr-timeline>, every event: "date — title", in date order. */
function timelineFallback(dataset, locale, index) {
  const time = (iso, text) => h('time', { datetime: iso }, escapeText(text));
  const items = eventsInOrder(dataset, index).map((event) => {
    let date;
    if (event.endDate) {
      const { start, separator, end } = formatDateRange(event.date, event.endDate, locale);
      date = `${time(event.date, start)}${escapeText(separator)}${time(event.endDate, end)}`;
    } else {
      date = time(event.date, formatIsoDate(event.date, locale));
    }
    return h('li', {}, date, ' \u2014 ', escapeText(event.title[locale]));
  });
  return items.length ? h('ol', { 'aria-label': STRINGS[locale].timeline.listLabel }, ...items) : '';
}

/** <upr-sources all>: every source of the dataset, in the widget's order and words. */
function sourcesFallback(dataset, attributes, locale) {
  const t = STRINGS[locale];
  const { sourceList } = t;
  const key = (source) => `${source.published ? startOf(source.published) : '9999'} ${source.outlet} ${source.id}`;
  const listed = (dataset.sources ?? [])
    .map((source) => [key(source), source])
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, source]) => source);
  if (!listed.length) return '';
  const entries = listed.map((source) => {
    const { open, close } = STRINGS[source.language]?.quotationMarks ?? STRINGS.en.quotationMarks;
    const named = source.title ? inLanguage(`${open}${source.title}${close}`, source.language, locale) : escapeText(source.reference ?? sourceList.kinds[source.kind] ?? source.kind);
    const date = source.published ? h('time', { datetime: source.published }, escapeText(formatIsoDate(source.published, locale))) : escapeText(sourceList.undated);
    const language = source.language !== locale && !source.title;
    const languageNote = language ? ` ${h('span', { class: 'language' }, escapeText(`(${sourceList.inLanguage(t.languageNames[source.language] ?? source.language)})`))}` : '';
    return h('li', {}, citeHtml(source, `${outletHtml(source, locale)}, ${named}, ${date}`), languageNote);
  });
  const level = String(attributes['heading-level'] ?? '').trim();
  const heading = isSet(attributes['no-heading']) ? '' : h(`h${/^[2-6]$/.test(level) ? level : '2'}`, {}, escapeText(t.sources));
  return heading + h('ul', { 'aria-label': heading ? undefined : t.sources }, ...entries);
}

const SERIES = ['received', 'accepted', 'noted'];

/** <upr-recommendations-chart>, every cycle: the table of its figures, with the notes and sources of the chart. */
function chartFallback(dataset, locale, index) {
  const t = STRINGS[locale];
  const c = t.chart;
  const cycles = dataset.cycles ?? [];
  if (!cycles.length) return '';
  const once = (texts) => [...new Set(texts)].join(' ');
  const rows = cycles.map((cycle) => {
    const label = `${h('span', { class: 'cycle-name' }, escapeText(c.cycle(ROMAN[cycle.number])))} · ${escapeText(c.review(formatIsoDate(cycle.review.slice(0, 4), locale)))}`;
    const cells = SERIES.map((series) => {
      const { count, derived } = cycle.recommendations[series];
      return h('td', {}, escapeText(formatNumber(count, locale)), derived ? h('span', { class: 'mark', 'aria-hidden': 'true' }, '*') : '');
    });
    return h('tr', {}, h('th', { scope: 'row' }, label), ...cells);
  });
  const table = h(
    'table',
    {},
    h('caption', {}, escapeText(c.title.count)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, escapeText(c.cycleColumn)), ...SERIES.map((s) => h('th', { scope: 'col' }, escapeText(c.series[s]))))),
    h('tbody', {}, ...rows),
  );
  const notes = [note('note', c.methodLabel, escapeText(once(cycles.map((cycle) => cycle.countingMethod[locale]))))];
  const derived = SERIES.filter((series) => cycles.some((cycle) => cycle.recommendations[series].derived));
  for (const series of derived) {
    const text = series === 'noted' ? c.derivedNote.noted : `${c.series[series]}: ${c.derivedNote.other}`;
    notes.push(h('p', { class: 'note' }, h('b', {}, h('span', { 'aria-hidden': 'true' }, '* '), `${escapeText(c.derivedLabel)}:`), ' ', escapeText(text)));
  }
  const others = cycles.filter((cycle) => cycle.alternativeCount);
  if (others.length) {
    const counts = others.map(({ number, alternativeCount: o }) => c.alternativeCycle(c.cycle(ROMAN[number]), formatNumber(o.received, locale), formatNumber(o.accepted, locale)));
    notes.push(note('note', c.alternativeLabel, escapeText(`${once(others.map((cycle) => cycle.alternativeCount.method[locale]))} ${counts.join(t.listSeparator)}.`)));
  }
  const byClaimant = new Map();
  const add = (claimant, what, cycle) => {
    if (!claimant) return;
    const whats = byClaimant.get(claimant) ?? new Map();
    whats.set(what, [...(whats.get(what) ?? []), ROMAN[cycle.number]]);
    byClaimant.set(claimant, whats);
  };
  for (const cycle of cycles) {
    add(cycle.claimant?.[locale], undefined, cycle);
    for (const series of SERIES) add(cycle.recommendations[series].claimant?.[locale], series, cycle);
  }
  if (byClaimant.size) {
    const parties = [...byClaimant].map(([claimant, whats]) => `${claimant} (${[...whats].map(([what, numerals]) => c.claimantGives(what, numerals)).join(t.listSeparator)})`);
    notes.push(note('note', c.claimantLabel, escapeText(`${parties.join(t.listSeparator)}.`)));
  }
  for (const cycle of cycles) {
    if (cycle.conflict) notes.push(note('note', t.conflictLabel, escapeText(`${c.cycle(ROMAN[cycle.number])}: ${conflictText(cycle.conflict, locale, index)}`)));
  }
  // The sources of the counts (a derived one has none), of the other counts and of the sides; oldest first.
  const ids = [
    ...cycles.flatMap((cycle) => SERIES.flatMap((series) => cycle.recommendations[series].sources ?? [])),
    ...cycles.flatMap((cycle) => cycle.alternativeCount?.sources ?? []),
    ...cycles.flatMap((cycle) => cycle.conflict?.sides.flatMap((side) => side.sources) ?? []),
  ];
  const date = (id) => index.byId('sources', id)?.published ?? '9999';
  const sorted = [...new Set(ids)].sort((a, b) => compareCodeUnits(date(a), date(b)));
  return table + notes.join('') + sourceLine(sorted, locale, index);
}

/** The readable fallback HTML of a widget (the element's inner HTML), in `lang` ('vi' | 'en'). */
export function fallbackHtml(tag, attributes, lang, dataset) {
  const locale = /^vi(?:-|_|$)/i.test(String(lang ?? '').trim()) ? 'vi' : 'en';
  const attrs = attributes ?? {};
  const index = indexOf(dataset);
  const widget = WIDGETS[tag];
  if (!widget || !dataset) return '';
  let content = '';
  if (widget.collection) {
    const id = typeof attrs[widget.attribute] === 'string' ? attrs[widget.attribute].trim() : '';
    const item = index.byId(widget.collection, id);
    if (!item) return '';
    content = tag === 'upr-quote' ? quoteFallback(item, attrs, locale, index) : factFallback(item, attrs, locale, index);
  } else if (tag === 'upr-timeline') {
    content = timelineFallback(dataset, locale, index);
  } else if (tag === 'upr-sources') {
    // Without `all`, the widget lists only what the page cites, which one widget's fallback cannot know; each
    // quote's and fact's fallback names its own sources, so nothing is lost by having none.
    content = isSet(attrs.all) ? sourcesFallback(dataset, attrs, locale) : '';
  } else {
    content = chartFallback(dataset, locale, index);
  }
  return content ? h('div', { class: 'embed-fallback' }, content) : '';
}

/**
 * Every fallback the shortcodes need: { [tag]: { [itemId, 'default' or 'all']: { vi, en } } }; 'all' is the
 * fallback of a widget given the flag `all` (<upr-sources all>), the only way it has one.
 */
export function allFallbacks(dataset) {
  const out = {};
  for (const [tag, { attribute, collection }] of Object.entries(WIDGETS)) {
    const ids = collection ? (dataset?.[collection] ?? []).map((item) => item.id) : [tag === 'upr-sources' ? 'all' : 'default'];
    out[tag] = {};
    for (const id of ids) {
      const attributes = attribute ? { [attribute]: id } : id === 'all' ? { all: '' } : {};
      const both = { vi: fallbackHtml(tag, attributes, 'vi', dataset), en: fallbackHtml(tag, attributes, 'en', dataset) };
      if (both.vi && both.en) out[tag][id] = both;
    }
  }
  return out;
}
