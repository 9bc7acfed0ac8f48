// The readable fallback content of each widget, written inside its element when the WordPress plugin saves a post
// (and, for shortcodes, read from a JSON file that the plugin's build makes with allFallbacks()): what a reader
// gets with the plugin switched off, without JavaScript, or before the script runs. It says what the widget says,
// in the same words, dates and number formats (src/internal/format.ts, i18n.ts, sources.ts and each widget's
// .ts file, reimplemented here in plain JavaScript: this module runs in Node and in the editor's bundle and may
// import nothing), but as plain, readable HTML rather than a copy of the widget's layout.
//
// The markup uses only the fallback vocabulary of dist/allow-lists/upr-widgets.json (scripts/allow-lists.mjs), so
// that kses and the other sanitizers keep it; it is one line with no white space between tags, so that nothing
// (wpautop included) can split it; every text is escaped, and a link is made only from an https:// address.
// A term (<upr-term>) has no generated fallback: its fallback is the editor's own words in the sentence.

/**
 * Every string of the fallbacks, in both languages. They are the widgets' own (the file each comes from is named
 * above it; tests/wordpress/fallback.test.mjs checks that they still agree with the built widgets), so that the
 * fallback reads exactly like the widget that replaces it. `\u00a0` is a no-break space, as in the widgets.
 */
export const STRINGS = {
  en: {
    // src/internal/i18n.ts
    numbers: { group: ',', decimal: '.' },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    source: 'Source',
    sources: 'Sources',
    listSeparator: '; ',
    and: 'and',
    languageNames: { vi: 'Vietnamese', en: 'English' },
    quotationMarks: { open: '\u201c', close: '\u201d' },
    accordingTo: (claimant) => `According to ${claimant}`,
    conflictLabel: 'Sources differ',
    sic: '[sic]',
    // src/upr-quote/upr-quote.strings.ts
    reportedSpeech: 'Reported speech',
    translatedFrom: (language) => `Translated from ${language}`,
    summarisedFrom: (language) => `Summarised from a source in ${language}`,
    originalQuote: (language) => `Original in ${language}`,
    originalSummary: (language) => `Original summary in ${language}`,
    // src/upr-fact-card/upr-fact-card.strings.ts
    qualifiers: { 'at-least': 'at least', 'more-than': 'more than', about: 'about' },
    asOf: { day: (date) => `As of ${date}`, month: (date) => `As of ${date}`, year: (date) => `As of ${date}` },
    derivedLabel: 'Derived',
    derivedNote: 'worked out from the figures in the sources.',
    sourceFigureLabel: 'The source\u2019s figure',
    sourceFigureNote: (part, whole, exact) => `worked out from the counts, ${part} of ${whole} is ${exact}.`,
    // src/upr-timeline/upr-timeline.strings.ts
    timelineLabel: 'Timeline: Viet Nam and the UPR',
    // src/upr-sources/upr-sources.strings.ts
    kinds: { news: 'article', 'un-document': 'UN document', 'un-release': 'news release', government: 'article', database: 'database' },
    undated: 'continuously updated',
    inLanguage: (language) => `in ${language}`,
    // src/upr-recommendations-chart/upr-recommendations-chart.strings.ts
    chartTitle: 'UPR recommendations to Viet Nam: received, accepted and noted in each cycle',
    cycle: (numeral) => `Cycle\u00a0${numeral}`,
    review: (year) => `${year}\u00a0review`,
    cycleColumn: 'Cycle',
    series: { received: 'Received', accepted: 'Accepted', noted: 'Noted' },
    claimantLabel: 'Who gives the figures',
    claimantGives: (what, numerals) => {
      const cycles = numerals.length > 1 ? `cycles ${numerals.slice(0, -1).join(', ')} and ${numerals.at(-1)}` : `cycle\u00a0${numerals[0]}`;
      return what ? `${what}, ${cycles}` : `all figures, ${cycles}`;
    },
    methodLabel: 'How they are counted',
    chartDerivedLabel: 'Derived',
    chartDerivedNote: {
      noted: 'the number noted is received minus accepted; no source states it.',
      other: 'worked out from other figures; no source states it.',
    },
    alternativeLabel: 'Another count',
    alternativeCycle: (cycle, received, accepted) => `${cycle}: ${received} received, ${accepted} accepted`,
  },
  vi: {
    // src/internal/i18n.ts
    numbers: { group: '.', decimal: ',' },
    months: null, // Vietnamese dates are numeric: "8/5/2009", "tháng 5/2009"
    source: 'Nguồn',
    sources: 'Nguồn',
    listSeparator: '; ',
    and: 'và',
    languageNames: { vi: 'tiếng Việt', en: 'tiếng Anh' },
    quotationMarks: { open: '\u201c', close: '\u201d' },
    accordingTo: (claimant) => `Theo ${claimant}`,
    conflictLabel: 'Các nguồn không thống nhất',
    sic: '[nguyên văn]',
    // src/upr-quote/upr-quote.strings.ts
    reportedSpeech: 'Lời thuật lại',
    translatedFrom: (language) => `Bản dịch từ ${language}`,
    summarisedFrom: (language) => `Tóm lược từ nguồn ${language}`,
    originalQuote: (language) => `Nguyên văn ${language}`,
    originalSummary: (language) => `Bản gốc bằng ${language}`,
    // src/upr-fact-card/upr-fact-card.strings.ts
    qualifiers: { 'at-least': 'ít nhất', 'more-than': 'hơn', about: 'khoảng' },
    asOf: {
      day: (date) => `Tính đến ngày\u00a0${date}`,
      month: (date) => `Tính đến ${date}`,
      year: (date) => `Tính đến năm\u00a0${date}`,
    },
    derivedLabel: 'Số liệu tính toán',
    derivedNote: 'suy ra từ các con số trong nguồn.',
    sourceFigureLabel: 'Số liệu theo nguồn',
    sourceFigureNote: (part, whole, exact) => `tính từ các con số, ${part} trên ${whole} là ${exact}.`,
    // src/upr-timeline/upr-timeline.strings.ts
    timelineLabel: 'Dòng thời gian: Việt Nam và cơ chế UPR',
    // src/upr-sources/upr-sources.strings.ts
    kinds: {
      news: 'bài báo',
      'un-document': 'văn kiện Liên hợp quốc',
      'un-release': 'thông cáo',
      government: 'bài viết',
      database: 'cơ sở dữ liệu',
    },
    undated: 'cập nhật liên tục',
    inLanguage: (language) => language,
    // src/upr-recommendations-chart/upr-recommendations-chart.strings.ts
    chartTitle: 'Khuyến nghị UPR dành cho Việt Nam: số nhận được, chấp thuận và ghi nhận qua từng chu kỳ',
    cycle: (numeral) => `Chu kỳ\u00a0${numeral}`,
    review: (year) => `rà soát năm\u00a0${year}`,
    cycleColumn: 'Chu kỳ',
    series: { received: 'Nhận được', accepted: 'Chấp thuận', noted: 'Ghi nhận' },
    claimantLabel: 'Nơi công bố số liệu',
    claimantGives: (what, numerals) => {
      const cycles = `chu kỳ\u00a0${numerals.length > 1 ? `${numerals.slice(0, -1).join(', ')} và ${numerals.at(-1)}` : numerals[0]}`;
      const words = { received: 'số nhận được', accepted: 'số chấp thuận', noted: 'số ghi nhận' };
      return what ? `${words[what]}, ${cycles}` : `mọi số liệu, ${cycles}`;
    },
    methodLabel: 'Cách đếm',
    chartDerivedLabel: 'Số liệu tính toán',
    chartDerivedNote: {
      noted: 'số khuyến nghị ghi nhận bằng số nhận được trừ số chấp thuận, không nguồn nào nêu trực tiếp.',
      other: 'suy ra từ các con số khác, không nguồn nào nêu trực tiếp.',
    },
    alternativeLabel: 'Cách đếm khác',
    alternativeCycle: (cycle, received, accepted) => `${cycle}: ${received} nhận được, ${accepted} chấp thuận`,
  },
};

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
// Dates and numbers (src/internal/format.ts)

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2009", "2009-05" or "2009-05-08": year, month (1–12) and day, and the precision; undefined if not a date. */
function parseIsoDate(iso) {
  const match = ISO_DATE.exec(String(iso));
  if (!match) return undefined;
  const [, y, m, d] = match;
  const [year, month, day] = [Number(y), m ? Number(m) : 1, d ? Number(d) : 1];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day, precision: d ? 'day' : m ? 'month' : 'year' };
}

/** "8 May 2009", "May 2009", "2009"; "8/5/2009", "tháng 5/2009", "2009"; the input when it is not a date. */
function formatIsoDate(iso, locale) {
  const date = parseIsoDate(iso);
  if (!date) return String(iso);
  const { year, month, day, precision } = date;
  if (precision === 'year') return String(year);
  if (locale === 'vi') return precision === 'day' ? `${day}/${month}/${year}` : `tháng\u00a0${month}/${year}`;
  const name = STRINGS.en.months[month - 1];
  return precision === 'day' ? `${day}\u00a0${name}\u00a0${year}` : `${name}\u00a0${year}`;
}

/** A date range with what its dates share said once: "7–18 April 2008", "18/6–12/7/2024" (formatDateRange). */
function formatDateRange(from, to, locale) {
  const [a, b] = [parseIsoDate(from), parseIsoDate(to)];
  const full = () => {
    const numeric = locale === 'vi' && a?.precision === 'day' && b?.precision === 'day';
    const years = a?.precision === 'year' && b?.precision === 'year';
    return { start: formatIsoDate(from, locale), separator: numeric || years ? '\u2013' : '\u00a0\u2013 ', end: formatIsoDate(to, locale) };
  };
  if (!a || !b || a.precision !== b.precision || a.precision === 'year' || a.year !== b.year) return full();
  const end = formatIsoDate(to, locale);
  if (a.precision === 'month') {
    return locale === 'vi'
      ? { start: `tháng\u00a0${a.month}`, separator: '\u2013', end: end.replace(/^tháng\u00a0/, '') }
      : { start: formatIsoDate(from, locale).replace(/\u00a0\d+$/, ''), separator: '\u2013', end };
  }
  const sameMonth = a.month === b.month;
  if (locale === 'vi') return { start: sameMonth ? String(a.day) : `${a.day}/${a.month}`, separator: '\u2013', end };
  const start = formatIsoDate(from, locale).replace(/\u00a0\d+$/, '');
  return sameMonth ? { start: String(a.day), separator: '\u2013', end } : { start, separator: '\u00a0\u2013 ', end };
}

/** Digits after the decimal point as the data writes the number (84.7 → 1). */
function decimalsOf(value) {
  const written = String(value);
  return /e/i.test(written) ? 0 : (written.split('.')[1] ?? '').length;
}

/** `|value| × 10^shift` rounded half away from zero to `decimals` places, as whole and fraction digits. */
function roundedDigits(value, shift, decimals) {
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [int, frac = ''] = mantissa.split('.');
  let digits = int + frac;
  let point = int.length + Number(exponent) + shift;
  if (point < 0) [digits, point] = ['0'.repeat(-point) + digits, 0];
  digits = digits.padEnd(point + decimals + 1, '0');
  let kept = digits.slice(0, point + decimals);
  if (digits[point + decimals] >= '5') kept = String(BigInt(kept || '0') + 1n).padStart(kept.length, '0');
  const whole = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  return [whole, kept.slice(kept.length - decimals)];
}

/** "1.234,5" / "1,234.5"; `percent`: the value is a fraction (0.847 is "84.7%"); at most 3 decimals (0 for %). */
function formatNumber(value, locale, { minimumFractionDigits, maximumFractionDigits, percent = false } = {}) {
  const max = maximumFractionDigits ?? Math.max(minimumFractionDigits ?? 0, percent ? 0 : 3);
  const min = Math.min(minimumFractionDigits ?? 0, max);
  const [whole, fraction] = roundedDigits(value, percent ? 2 : 0, max);
  const { group, decimal } = STRINGS[locale].numbers;
  let digits = fraction;
  while (digits.length > min && digits.endsWith('0')) digits = digits.slice(0, -1);
  const text = whole.replace(/\B(?=(\d{3})+$)/g, group) + (digits ? decimal + digits : '');
  const zero = /^0*$/.test(whole + digits);
  return `${value < 0 && !zero ? '-' : ''}${text}${percent ? '%' : ''}`;
}

/** A fact's figure at the precision the data writes it: "84,7%" / "84.7%", "1.234" / "1,234" (upr-fact-card). */
function formatFigure(value, locale) {
  const digits = decimalsOf(value.number);
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return value.percent ? formatNumber(value.number / 100, locale, { ...options, percent: true }) : formatNumber(value.number, locale, options);
}

/** I, II, III, IV, V… */
function roman(number) {
  const numerals = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = Number(number);
  let text = '';
  for (const [value, numeral] of numerals) for (; rest >= value; rest -= value) text += numeral;
  return text || String(number);
}

// ---------------------------------------------------------------------------------------------------------------
// The dataset (src/internal/data.ts)

/** Lookups in one dataset: by id in a collection, and a source's record. */
function indexOf(dataset) {
  const maps = new Map();
  const byId = (collection, id) => {
    if (typeof id !== 'string' || !id) return undefined;
    if (!maps.has(collection)) maps.set(collection, new Map((dataset?.[collection] ?? []).map((item) => [item.id, item])));
    return maps.get(collection).get(id);
  };
  return { byId, sourcesOf: (ids) => (ids ?? []).flatMap((id) => byId('sources', id) ?? []) };
}

/** The earliest and the last day a date of any precision may mean. */
const startOf = (date) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
function endOf(date) {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

const compareCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The role a person held on a date: the first that overlaps it. */
function roleAt(person, date) {
  const [first, last] = [startOf(date), endOf(date)];
  return (person.roles ?? []).find((role) => (!role.from || startOf(role.from) <= last) && (!role.to || endOf(role.to) >= first));
}

/** Events in date order; one known to the month or year sorts at its start, or right after the event it followed. */
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

/** On English pages, an outlet that names itself in Vietnamese: its English name, its own in brackets. */
const outletName = (source, locale) => (locale === 'en' && source.outletEnglish ? `${source.outletEnglish} (${source.outlet})` : source.outlet);
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

/** "A, B and C" / "A, B và C". */
function namesList(names, locale) {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${STRINGS[locale].and} ${names.at(-1)}`;
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

/** A boolean attribute is set by its presence, whatever its value (HTML's rule); false, null or undefined unset it. */
const isSet = (value) => value !== undefined && value !== null && value !== false;

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
  const direct = item.kind === 'direct';
  const translated = item.language !== locale;
  const originalName = t.languageNames[item.language] ?? item.language;
  const role = roleAt(person, item.date);
  const parts = [];
  if (!direct) parts.push(h('p', { class: 'label' }, escapeText(t.reportedSpeech)));
  parts.push(quoteWords(item, translated ? item.translation : item.text, locale, locale, 'quote'));
  if (translated) {
    parts.push(h('p', { class: 'note' }, escapeText(direct ? t.translatedFrom(originalName) : t.summarisedFrom(originalName))));
    if (isSet(attributes['show-original'])) {
      parts.push(h('p', { class: 'original-label' }, escapeText(direct ? t.originalQuote(originalName) : t.originalSummary(originalName))));
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
  const { value } = fact;
  let valueHtml;
  if (value.text) {
    valueHtml = h('span', { class: 'words' }, escapeText(value.text[locale]));
  } else {
    const qualifier = value.qualifier ? t.qualifiers[value.qualifier] : undefined;
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
  parts.push(h('p', { class: 'as-of' }, h('time', { datetime: fact.asOf }, escapeText(t.asOf[precision](formatIsoDate(fact.asOf, locale))))));
  if (fact.derived) parts.push(note('note', t.derivedLabel, escapeText(t.derivedNote)));
  if (value.sourceFigure && value.counts && typeof value.number === 'number') {
    const { part, whole } = value.counts;
    const exact = formatFigure({ ...value, number: Number(((100 * part) / whole).toFixed(decimalsOf(value.number))) }, locale);
    parts.push(note('note', t.sourceFigureLabel, escapeText(t.sourceFigureNote(formatNumber(part, locale), formatNumber(whole, locale), exact))));
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
  return items.length ? h('ol', { 'aria-label': STRINGS[locale].timelineLabel }, ...items) : '';
}

/** <upr-sources all>: every source of the dataset, in the widget's order and words. */
function sourcesFallback(dataset, attributes, locale) {
  const t = STRINGS[locale];
  const key = (source) => `${source.published ? startOf(source.published) : '9999'} ${source.outlet} ${source.id}`;
  const listed = (dataset.sources ?? [])
    .map((source) => [key(source), source])
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, source]) => source);
  if (!listed.length) return '';
  const entries = listed.map((source) => {
    const { open, close } = STRINGS[source.language]?.quotationMarks ?? STRINGS.en.quotationMarks;
    const named = source.title ? inLanguage(`${open}${source.title}${close}`, source.language, locale) : escapeText(source.reference ?? t.kinds[source.kind] ?? source.kind);
    const date = source.published ? h('time', { datetime: source.published }, escapeText(formatIsoDate(source.published, locale))) : escapeText(t.undated);
    const language = source.language !== locale && !source.title;
    const languageNote = language ? ` ${h('span', { class: 'language' }, escapeText(`(${t.inLanguage(t.languageNames[source.language] ?? source.language)})`))}` : '';
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
  const cycles = dataset.cycles ?? [];
  if (!cycles.length) return '';
  const once = (texts) => [...new Set(texts)].join(' ');
  const rows = cycles.map((cycle) => {
    const label = `${h('span', { class: 'cycle-name' }, escapeText(t.cycle(roman(cycle.number))))} · ${escapeText(t.review(formatIsoDate(cycle.review.slice(0, 4), locale)))}`;
    const cells = SERIES.map((series) => {
      const { count, derived } = cycle.recommendations[series];
      return h('td', {}, escapeText(formatNumber(count, locale)), derived ? h('span', { class: 'mark', 'aria-hidden': 'true' }, '*') : '');
    });
    return h('tr', {}, h('th', { scope: 'row' }, label), ...cells);
  });
  const table = h(
    'table',
    {},
    h('caption', {}, escapeText(t.chartTitle)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, escapeText(t.cycleColumn)), ...SERIES.map((s) => h('th', { scope: 'col' }, escapeText(t.series[s]))))),
    h('tbody', {}, ...rows),
  );
  const notes = [note('note', t.methodLabel, escapeText(once(cycles.map((cycle) => cycle.countingMethod[locale]))))];
  const derived = SERIES.filter((series) => cycles.some((cycle) => cycle.recommendations[series].derived));
  for (const series of derived) {
    const text = series === 'noted' ? t.chartDerivedNote.noted : `${t.series[series]}: ${t.chartDerivedNote.other}`;
    notes.push(h('p', { class: 'note' }, h('b', {}, h('span', { 'aria-hidden': 'true' }, '* '), `${escapeText(t.chartDerivedLabel)}:`), ' ', escapeText(text)));
  }
  const others = cycles.filter((cycle) => cycle.alternativeCount);
  if (others.length) {
    const counts = others.map(({ number, alternativeCount: o }) => t.alternativeCycle(t.cycle(roman(number)), formatNumber(o.received, locale), formatNumber(o.accepted, locale)));
    notes.push(note('note', t.alternativeLabel, escapeText(`${once(others.map((c) => c.alternativeCount.method[locale]))} ${counts.join(t.listSeparator)}.`)));
  }
  const byClaimant = new Map();
  const add = (claimant, what, cycle) => {
    if (!claimant) return;
    const whats = byClaimant.get(claimant) ?? new Map();
    whats.set(what, [...(whats.get(what) ?? []), roman(cycle.number)]);
    byClaimant.set(claimant, whats);
  };
  for (const cycle of cycles) {
    add(cycle.claimant?.[locale], undefined, cycle);
    for (const series of SERIES) add(cycle.recommendations[series].claimant?.[locale], series, cycle);
  }
  if (byClaimant.size) {
    const parties = [...byClaimant].map(([claimant, whats]) => `${claimant} (${[...whats].map(([what, numerals]) => t.claimantGives(what, numerals)).join(t.listSeparator)})`);
    notes.push(note('note', t.claimantLabel, escapeText(`${parties.join(t.listSeparator)}.`)));
  }
  for (const cycle of cycles) {
    if (cycle.conflict) notes.push(note('note', t.conflictLabel, escapeText(`${t.cycle(roman(cycle.number))}: ${conflictText(cycle.conflict, locale, index)}`)));
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
    content = attrs.all === undefined ? '' : sourcesFallback(dataset, attrs, locale);
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
