/**
 * A generated, deterministic set of bad attribute values and combinations for every widget, with what each must
 * do: the warnings it logs (one per bad value, naming element, attribute and value) and the fallback it shows.
 *
 * What counts as bad follows the widgets' documented contract (README, JSDoc), not their code:
 * - enumerated options (`theme`, `size`, `variant`, `layout`, `heading-level`) are read the way HTML reads them,
 *   trimmed and in any case, so `theme=" DARK "` is valid; anything else warns with the raw value and falls back;
 * - ids (`quote`, `fact`, `term`) are exact and case-sensitive: `Cycle-4-Review` or `" id"` name nothing; empty
 *   warns too (the attribute is required); a term whose id names nothing leaves the author's words as plain text;
 * - `highlight` is an id too, but trimmed; unknown, or left out by the other filters, warns;
 * - `cycles` (timeline and chart) and `kinds` are lists split at commas, semicolons and white space; a list with a
 *   bad item is ignored as a whole, with one warning naming its first bad item (in lower case for `kinds`);
 * - `from`/`to` are ISO dates of year, month or day precision (trimmed); `from` later than `to` warns on `from` and
 *   ignores both; `max-items` is a positive whole number (trimmed);
 * - timeline filters that are empty or white space are "not set" and silent, by design (tests/widgets);
 * - boolean attributes (`all`, `no-heading` of `<upr-sources>`) are on whatever their value, as in HTML:
 *   `all="false"` is on, and silent.
 *
 * A value the widgets accept is not bad: such values land in `accepted`, checked separately for silence.
 *
 * Every warning a case expects has a key (element, attribute, value) that no other case of the run shares, because
 * the widgets warn once per key for the page's lifetime: where a payload is reused, a marker ("~17", the case's
 * number) is added at its end, or at its start for long values and lists, so that it stays visible in a warning
 * (which shortens values to 80 characters) and is the first item of a list.
 */
import { dataset, endOf, eventsInOrder, idsOf, startOf } from '../../src/internal/data.js';

export type Widget = 'upr-quote' | 'upr-fact-card' | 'upr-timeline' | 'upr-recommendations-chart' | 'upr-term' | 'upr-sources';
export const WIDGETS: readonly Widget[] = ['upr-quote', 'upr-fact-card', 'upr-timeline', 'upr-recommendations-chart', 'upr-term', 'upr-sources'];

/** The seed of the run; change it to explore other combinations (the generator is otherwise fixed). */
export const SEED = 20240611;

/** A warning a case must log exactly once: `<tag>: attribute="value" is not valid…`. */
export interface ExpectedWarning {
  attribute: string;
  /** The value as the warning names it: raw, trimmed or a list item, per the attribute's contract (see above). */
  value: string;
}

/** What the element shows instead of what the bad input asked for. */
export type Expected =
  /** The id names nothing: the localized "content unavailable" notice. */
  | { show: 'unavailable'; theme: string }
  /** The id names nothing and the author wrote fallback content: that content, through a slot. */
  | { show: 'author'; theme: string }
  | { show: 'quote'; theme: string; size: string; original: boolean; source: boolean }
  | { show: 'fact-card'; theme: string; variant: string; source: boolean }
  /** A term: the author's words, to tap, with the definition closed. */
  | { show: 'term'; theme: string }
  /** The term's id names nothing: the author's words as plain text, nothing to tap or focus, no underline. */
  | { show: 'words'; theme: string }
  /**
   * The timeline with the bad attributes left out: it must look exactly like a timeline with the attributes of
   * `sameAs` (rendered alongside as the reference), in the documented layout and heading level.
   */
  | { show: 'timeline'; theme: string; layout: string; headingLevel: number; sameAs: Readonly<Record<string, string>> }
  /** The chart with the bad attributes left out, like the timeline: the same as one with the attributes of `sameAs`. */
  | { show: 'chart'; theme: string; view: string; metric: string; sameAs: Readonly<Record<string, string>> }
  /**
   * The list of sources, never the author's content: a heading of the documented level (none with `no-heading`),
   * and every source of the dataset with `all`, else the notice that the page cites none (the cases are alone on
   * their page).
   */
  | { show: 'sources'; theme: string; headingLevel: number | 'none'; all: boolean };

export interface Case {
  /** Its number in the run (1-based), shown in every failure message. */
  n: number;
  widget: Widget;
  /** What kind of bad input it is, for failure messages. */
  label: string;
  attributes: Readonly<Record<string, string>>;
  /**
   * Text the author wrote inside the element, made with DOM APIs: a fallback paragraph (a static list for
   * `<upr-sources>`), or for `<upr-term>` the words of the article, as a text node.
   */
  authorContent?: string;
  warnings: readonly ExpectedWarning[];
  expected: Expected;
}

// ---------------------------------------------------------------------------------------------------------------
// seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rng {
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    pick: (list) => list[int(list.length)],
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// the contract: what each attribute accepts, and what its warning names

const QUOTE_IDS = idsOf('quotes');
const FACT_IDS = idsOf('facts');
const TERM_IDS = idsOf('glossary');
/** The attribute naming the item a widget shows, and the ids it accepts. */
const ITEM_ATTRIBUTES: Partial<Record<Widget, { attribute: string; ids: readonly string[] }>> = {
  'upr-quote': { attribute: 'quote', ids: QUOTE_IDS },
  'upr-fact-card': { attribute: 'fact', ids: FACT_IDS },
  'upr-term': { attribute: 'term', ids: TERM_IDS },
};
const EVENTS = eventsInOrder();
const EVENT_IDS = EVENTS.map((e) => e.id);
const QUOTE_LANGUAGES: ReadonlyMap<string, string> = new Map(dataset.quotes.map((q) => [q.id, q.language]));
const THEMES = ['light', 'dark', 'auto'];
const SIZES = ['default', 'compact'];
const VARIANTS = ['number', 'text'];
const LAYOUTS = ['vertical', 'horizontal', 'auto'];
const VIEWS = ['chart', 'table'];
const METRICS = ['count', 'share'];
const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
const KINDS = [
  'mechanism', 'review', 'adoption', 'report', 'plan', 'election', 'membership', 'session', 'workshop', 'candidacy',
  'resolution',
];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const listItems = (value: string) => value.split(/[\s,;]+/).filter(Boolean);
const normalizeOption = (value: string) => value.trim().toLowerCase();

function isCycle(item: string): boolean {
  return ['1', '2', '3', '4'].includes(item) || ['I', 'II', 'III', 'IV'].includes(item.toUpperCase());
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const month = m ? Number(m) - 1 : 0;
  const day = d ? Number(d) : 1;
  const date = new Date(0);
  date.setFullYear(Number(y), month, day);
  return date.getMonth() === month && date.getDate() === day;
}

/** The value an option's warning names, or undefined when the option accepts it. */
const optionKey = (allowed: readonly string[]) => (value: string) =>
  allowed.includes(normalizeOption(value)) ? undefined : value;

/** The timeline's filters after validation, as the widget applies them. */
interface Filters {
  cycles?: string[];
  kinds?: string[];
  from?: string;
  to?: string;
}

function shownEvents(filters: Filters): string[] {
  const cycles = filters.cycles?.map((c) => (['I', 'II', 'III', 'IV'].indexOf(c.toUpperCase()) + 1 || Number(c)));
  return EVENTS.filter((e) => {
    if (cycles && !(e.cycle && cycles.includes(e.cycle))) return false;
    if (filters.kinds && !filters.kinds.includes(e.kind)) return false;
    if (filters.from && endOf(e.endDate ?? e.date) < startOf(filters.from)) return false;
    if (filters.to && startOf(e.date) > endOf(filters.to)) return false;
    return true;
  }).map((e) => e.id);
}

/** Warnings and the fallback for one set of attributes, by the contract above. */
export function classify(
  widget: Widget,
  attributes: Readonly<Record<string, string>>,
  authorContent: boolean,
): Pick<Case, 'warnings' | 'expected'> {
  const warnings: ExpectedWarning[] = [];
  /** The bad attributes: the element must behave as if it did not have them. */
  const ignored = new Set<string>();
  const has = (attribute: string) => attributes[attribute] !== undefined;
  const bad = (attribute: string, value: string | undefined): boolean => {
    if (value === undefined) return false;
    warnings.push({ attribute, value });
    ignored.add(attribute);
    return true;
  };
  const option = (attribute: string, allowed: readonly string[], fallback: string): string => {
    const value = attributes[attribute];
    if (value === undefined) return fallback;
    return bad(attribute, optionKey(allowed)(value)) ? fallback : normalizeOption(value);
  };

  const item = ITEM_ATTRIBUTES[widget];
  if (item) {
    const id = attributes[item.attribute] ?? '';
    let expected: Expected;
    if (!item.ids.includes(id)) {
      // The options of content that is not shown are not read (so not warned about); the theme always is.
      bad(item.attribute, id);
      expected = widget === 'upr-term' ? { show: 'words', theme: '' } : { show: authorContent ? 'author' : 'unavailable', theme: '' };
    } else if (widget === 'upr-term') {
      expected = { show: 'term', theme: '' };
    } else if (widget === 'upr-quote') {
      const size = option('size', SIZES, 'default');
      // The page is English: a Vietnamese quote is shown in translation, and only then its original beneath it.
      const original = has('show-original') && quoteLanguage(id) !== 'en';
      expected = { show: 'quote', theme: '', size, original, source: !has('no-source') };
    } else {
      const variant = option('variant', VARIANTS, 'number');
      expected = { show: 'fact-card', theme: '', variant, source: !has('no-source') };
    }
    expected.theme = option('theme', THEMES, 'light');
    return { warnings, expected };
  }

  if (widget === 'upr-sources') {
    // Booleans are on whatever their value; the heading level is read even when there is no heading.
    const level = option('heading-level', HEADING_LEVELS, '2');
    const theme = option('theme', THEMES, 'light');
    return { warnings, expected: { show: 'sources', theme, headingLevel: has('no-heading') ? 'none' : Number(level), all: has('all') } };
  }

  const sameAsWithout = (ignoring: ReadonlySet<string>) => Object.fromEntries(Object.entries(attributes).filter(([name]) => !ignoring.has(name)));

  if (widget === 'upr-recommendations-chart') {
    // Like the timeline, it always renders, as if the bad attributes were not there.
    const view = option('view', VIEWS, 'chart');
    const metric = option('metric', METRICS, 'count');
    const theme = option('theme', THEMES, 'light');
    const cycles = attributes.cycles?.trim();
    if (cycles) bad('cycles', listItems(cycles).find((item) => !isCycle(item)));
    return { warnings, expected: { show: 'chart', theme, view, metric, sameAs: sameAsWithout(ignored) } };
  }

  // <upr-timeline>: it always renders; a bad attribute is ignored as if it were not there.
  const layout = option('layout', LAYOUTS, 'vertical');
  const level = option('heading-level', HEADING_LEVELS, '3');
  const theme = option('theme', THEMES, 'light');
  const filters: Filters = {};
  for (const attribute of ['from', 'to'] as const) {
    const value = attributes[attribute]?.trim();
    if (!value) continue;
    if (!bad(attribute, isIsoDate(value) ? undefined : attributes[attribute])) filters[attribute] = value;
  }
  if (filters.from && filters.to && startOf(filters.from) > endOf(filters.to)) {
    bad('from', filters.from);
    ignored.add('to');
    filters.from = filters.to = undefined;
  }
  for (const attribute of ['cycles', 'kinds'] as const) {
    const value = attributes[attribute]?.trim();
    if (!value) continue;
    const items = listItems(attribute === 'kinds' ? value.toLowerCase() : value);
    const first = items.find((item) => (attribute === 'kinds' ? !KINDS.includes(item) : !isCycle(item)));
    if (!bad(attribute, first)) filters[attribute] = items;
  }
  const max = attributes['max-items']?.trim();
  if (max && !(/^\d+$/.test(max) && Number(max) > 0)) bad('max-items', max);
  const highlight = attributes.highlight;
  if (highlight?.trim() && !shownEvents(filters).includes(highlight.trim())) bad('highlight', highlight);
  return { warnings, expected: { show: 'timeline', theme, layout, headingLevel: Number(level), sameAs: sameAsWithout(ignored) } };
}

export function quoteLanguage(id: string): string | undefined {
  return QUOTE_LANGUAGES.get(id);
}

// ---------------------------------------------------------------------------------------------------------------
// payloads

interface Payload {
  value: string;
  label: string;
  /** Named in the issue or the brief: always in the run, unmarked where the key allows. */
  core?: boolean;
}

const p = (label: string, values: readonly string[], core = false): Payload[] => values.map((value) => ({ value, label, core }));

const WHITESPACE_CHARS = [' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u2009', '\u3000', '\ufeff', '\u2028', '\u2029', '\u1680'];

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  'JaVaScRiPt:alert(document.cookie)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '</upr-quote></upr-timeline><script>alert(1)</script>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<?lit$123456789$>',
  '<!--?lit$123456789$-->',
  'lit$123456789$',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<style>*{display:none!important}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<x onclick=alert(1)>click</x>',
  'x" onmouseover="alert(1)',
  "x' onfocus='alert(1)' autofocus='",
  '<slot name=x></slot>',
  '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
  '<img src="https://tracker.example/pixel.gif">',
  '\u003cimg src=x onerror=alert(1)\u003e',
];

const CSS_LOOKING = [
  'dark; } :host { display: none } {',
  'light" style="display:none',
  '} * { display: none !important } {',
  'x{}*{background:url(https://evil.example/x.png)}',
  'expression(alert(1))',
  'url(javascript:alert(1))',
  '@import url(https://evil.example/x.css);',
  '</style><style>*{display:none}</style>',
  'dark\\0',
  'dark hidden',
  'theme-dark',
  'base theme-dark',
  '--upr-color-text: red',
  'var(--upr-color-text)',
  'calc(100% / 0)',
  '\\64 ark',
  'dark;color:red',
  ':host{all:unset}',
  '::part(base){display:none}',
  'inherit',
  'initial',
  'unset',
];

const NUMBERS = [
  '0', '-1', '-0', '1.5', '3.14159', '1e3', '-2e-3', '0x10', '0b11', '1_000', '+3', '.5', '5.', '00', '-00',
  '\u0661\u0662', '\uff11\uff12', '\u2163', '99999999999999999999999', '-99999999999999999999', '1/2', '2^3', '\u00bd',
  '1,5', '10%', '7px', '3em', '42', '2009', '-2014', '201', '20145',
];

const SPECIAL_WORDS = [
  'NaN', 'Infinity', '-Infinity', '+Infinity', 'undefined', 'null', 'true', 'false', '[object Object]', '{}', '[]',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', '0n', 'none', 'default',
  'on', 'off', 'yes', 'no',
];

const UNICODE_STANDALONE = [
  '\u200f', '\u200e', '\u202e', '\u2066\u2069', '\u200b', '\u200d', '\u2060', '\u00ad',
  '\ud83c\uddfb\ud83c\uddf3', '\ud83d\udc4d\ud83c\udffd', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', '\ud83d\udd25',
  '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', 'Vi\u1ec7t Nam', 'Vie\u0323\u0302t Nam',
  'chu\u2010k\u1ef3\u20104', 'chu-ky\u0300-4', '\u0111\u00e1nh gi\u00e1', '\ud800', '\udfff', 'a\u0000b',
  '\u0007', '\u001b[31mred\u001b[0m', '\ufffd', 'Z\u0351\u0368\u0346a\u0356l\u0353go', '\u4e2d\u6587', '\u0e44\u0e17\u0e22',
];

/** Look-alike characters: Unicode hyphens and minus signs, Cyrillic and Greek letters, Vietnamese letters. */
const HYPHENS = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d', '\u00ad', '_', '.'];
const HOMOGLYPHS: Record<string, string[]> = {
  a: ['\u0430', '\u1ea1', '\u0103', '\u00e0'],
  c: ['\u0441', '\u03f2'],
  d: ['\u0111', '\u0501'],
  e: ['\u0435', '\u00ea', '\u1ebf'],
  i: ['\u0456', '\u00ec', '\u0131'],
  o: ['\u043e', '\u01a1', '\u00f4', '\u03bf'],
  p: ['\u0440'],
  u: ['\u01b0', '\u00fa'],
  x: ['\u0445'],
  y: ['\u0443', '\u1ef3'],
  '1': ['l', 'I', '\u0661'],
  '4': ['\u2074', '\uff14'],
};
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u180e', '\u034f'];
const BIDI = ['\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u061c'];
const COMBINING = ['\u0301', '\u0300', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306'];
const EMOJI = ['\ud83d\ude00', '\ud83c\uddfb\ud83c\uddf3', '\u2764\ufe0f', '\ud83d\udc4d\ud83c\udffd', '\ud83e\uddd1\u200d\ud83d\udcbb'];

const FULLWIDTH = (s: string) => Array.from(s, (c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

/** Variations of a valid value that an editor or a CMS might produce, and look-alikes. */
function variationsOf(base: string, r: Rng): Payload[] {
  const out: Payload[] = [];
  const at = (i: number, insert: string, remove = 0) => base.slice(0, i) + insert + base.slice(i + remove);
  const inner = () => 1 + r.int(Math.max(1, base.length - 1));
  // typos
  const i = r.int(base.length);
  out.push({ value: at(i, '', 1), label: 'typo: a letter missing' });
  if (base.length > 2) {
    const j = Math.min(base.length - 2, i);
    out.push({ value: base.slice(0, j) + base[j + 1] + base[j] + base.slice(j + 2), label: 'typo: letters swapped' });
  }
  out.push({ value: at(i, base[i] ?? 'x'), label: 'typo: a letter doubled' });
  out.push({ value: `${base}s`, label: 'typo: plural' });
  out.push({ value: base.replace(/\d/, (d) => String((Number(d) + 1) % 10)), label: 'typo: another number' });
  out.push({ value: base.replace(/-/g, ' '), label: 'spaces for hyphens' });
  out.push({ value: base.replace(/-/g, ''), label: 'hyphens dropped' });
  // case and white space (valid for options and highlight: the classification tells)
  out.push({ value: base.toUpperCase(), label: 'upper case' });
  out.push({ value: base.replace(/(^|-)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase()), label: 'title case' });
  out.push({ value: Array.from(base, (c, k) => (k % 2 ? c.toUpperCase() : c)).join(''), label: 'mixed case' });
  out.push({ value: ` ${base}`, label: 'leading space' });
  out.push({ value: `${base} `, label: 'trailing space' });
  out.push({ value: `\t${base}\n`, label: 'tab and newline around' });
  out.push({ value: `\u00a0${base}\u00a0`, label: 'no-break spaces around' });
  out.push({ value: `${base}\u3000`, label: 'ideographic space after' });
  // Unicode look-alikes and invisible characters
  if (base.includes('-')) {
    for (const h of r.shuffle(HYPHENS).slice(0, 4)) out.push({ value: base.replace('-', h), label: `look-alike hyphen U+${h.charCodeAt(0).toString(16).toUpperCase()}` });
  }
  const letters = Array.from(base).flatMap((c, k) => (HOMOGLYPHS[c] ? [k] : []));
  for (const k of r.shuffle(letters).slice(0, 3)) {
    const glyph = r.pick(HOMOGLYPHS[base[k]]);
    out.push({ value: at(k, glyph, 1), label: `look-alike letter U+${glyph.charCodeAt(0).toString(16).toUpperCase()}` });
  }
  out.push({ value: at(inner(), r.pick(INVISIBLE)), label: 'invisible character inside' });
  out.push({ value: `${r.pick(BIDI)}${base}`, label: 'bidi mark before' });
  out.push({ value: `${base}${r.pick(BIDI)}`, label: 'bidi mark after' });
  out.push({ value: at(inner(), r.pick(COMBINING)), label: 'combining mark' });
  out.push({ value: `${base}${r.pick(EMOJI)}`, label: 'emoji after' });
  out.push({ value: FULLWIDTH(base), label: 'full-width letters' });
  out.push({ value: base.normalize('NFD') === base ? `${base}\u0301` : base.normalize('NFD'), label: 'decomposed' });
  return out;
}

/** Values an attribute with valid values `bases` may be given, bad or (for the classification to sort out) not. */
function payloadsFor(bases: readonly string[], r: Rng): Payload[] {
  const ws = Array.from({ length: 12 }, () =>
    Array.from({ length: 1 + r.int(6) }, () => r.pick(WHITESPACE_CHARS)).join(''),
  );
  const longBase = r.pick(bases);
  return [
    ...p('empty', ['']),
    ...p('white space only', [' ', '\t', '\n'], true),
    ...p('white space only', ws),
    ...p('very long (10k)', ['x'.repeat(10000), `${longBase} `.repeat(10000).slice(0, 10000)], true),
    ...p('very long (10k)', [
      '<script>alert(1)</script>'.repeat(400),
      '\u1ec7'.repeat(10000),
      '\ud83d\ude00'.repeat(5000),
      '\u0000'.repeat(10000),
      `${longBase}${' '.repeat(10000)}`,
    ]),
    ...p('markup', MARKUP.slice(0, 4), true),
    ...p('markup', MARKUP.slice(4)),
    ...p('CSS-looking', CSS_LOOKING.slice(0, 2), true),
    ...p('CSS-looking', CSS_LOOKING.slice(2)),
    ...p('number', NUMBERS.slice(0, 3), true),
    ...p('number', NUMBERS.slice(3)),
    ...p('NaN/Infinity', SPECIAL_WORDS.slice(0, 4), true),
    ...p('word', SPECIAL_WORDS.slice(4)),
    ...p('unicode', UNICODE_STANDALONE),
    ...r.shuffle(bases).slice(0, 6).flatMap((base) => variationsOf(base, r)),
    ...p('unknown', ['no-such-thing', 'cycle-5-review', 'upr', 'id', 'test', '*', '?', '#', '%', '\\', '/', '..', './', '../../etc/passwd']),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// building the run

interface AttributePlan {
  attribute: string;
  /** Valid values the variations start from. */
  bases: readonly string[];
  /** How many single-attribute cases to take. */
  quota: number;
  /** Lists get their marker at the start, so that it is their first item. */
  list?: boolean;
}

const PLANS: Record<Widget, AttributePlan[]> = {
  'upr-quote': [
    { attribute: 'quote', bases: QUOTE_IDS, quota: 230 },
    { attribute: 'size', bases: SIZES, quota: 150 },
    { attribute: 'theme', bases: THEMES, quota: 100 },
  ],
  'upr-fact-card': [
    { attribute: 'fact', bases: FACT_IDS, quota: 230 },
    { attribute: 'variant', bases: VARIANTS, quota: 150 },
    { attribute: 'theme', bases: THEMES, quota: 100 },
  ],
  'upr-timeline': [
    { attribute: 'layout', bases: LAYOUTS, quota: 60 },
    { attribute: 'heading-level', bases: HEADING_LEVELS, quota: 55 },
    { attribute: 'theme', bases: THEMES, quota: 45 },
    { attribute: 'cycles', bases: ['1', '2', '3', '4', 'III', 'iv', '3,4', '1 2'], quota: 65, list: true },
    { attribute: 'kinds', bases: ['review', 'adoption', 'report', 'review,adoption', 'plan election'], quota: 65, list: true },
    { attribute: 'from', bases: ['2014', '2019-05', '2024-06-18'], quota: 50 },
    { attribute: 'to', bases: ['2014', '2019-05', '2024-06-18'], quota: 50 },
    { attribute: 'highlight', bases: ['cycle-4-review', 'cycle-1-review', ...EVENT_IDS.slice(0, 4)], quota: 65 },
    { attribute: 'max-items', bases: ['1', '3', '12'], quota: 50 },
  ],
  'upr-recommendations-chart': [
    { attribute: 'cycles', bases: ['1', '2', '3', '4', 'III', 'iv', '3,4', '1 2', 'I;II'], quota: 200, list: true },
    { attribute: 'view', bases: VIEWS, quota: 130 },
    { attribute: 'metric', bases: METRICS, quota: 130 },
    { attribute: 'theme', bases: THEMES, quota: 60 },
  ],
  'upr-term': [
    { attribute: 'term', bases: TERM_IDS, quota: 330 },
    { attribute: 'theme', bases: THEMES, quota: 130 },
  ],
  'upr-sources': [
    { attribute: 'heading-level', bases: HEADING_LEVELS, quota: 320 },
    { attribute: 'theme', bases: THEMES, quota: 150 },
  ],
};

/** Valid attributes a chart case starts from (never the attribute under test). */
const CHART_CONTEXTS: readonly Record<string, string>[] = [
  {},
  { cycles: '4' },
  { metric: 'share' },
  { view: 'table' },
  { cycles: '1,2', theme: 'dark' },
  { view: 'table', metric: 'share' },
];

/** Valid attributes a `<upr-sources>` case starts from: both booleans, on with any value, and neither. */
const SOURCES_CONTEXTS: readonly Record<string, string>[] = [
  {},
  { all: '' },
  { 'no-heading': '' },
  { all: 'false', 'no-heading': 'no' },
  { all: '<script>alert(1)</script>' },
];

/**
 * Valid attributes a timeline case starts from, so that most cases render a handful of events rather than all of
 * them (a bad filter is ignored, so the context never filters by the attribute under test).
 */
const TIMELINE_CONTEXTS: readonly Record<string, string>[] = [
  { kinds: 'review' },
  { kinds: 'adoption' },
  { cycles: '1' },
  { cycles: '4', kinds: 'review,adoption' },
  { kinds: 'review', layout: 'horizontal' },
  { cycles: '2', 'heading-level': '4' },
  { kinds: 'report', theme: 'dark' },
  {},
];

export interface Run {
  cases: Case[];
  /** Values the classification found acceptable: the widget must take them silently (at most 150 kept). */
  accepted: Case[];
}

/** The whole run for one widget: the same for the same seed. */
export function generate(widget: Widget, seed = SEED): Run {
  const r = rng(seed ^ hash(widget));
  const plans = PLANS[widget];
  const cases: Case[] = [];
  const accepted: Case[] = [];
  const used = new Set<string>();
  const keyOf = (w: ExpectedWarning) => `${w.attribute}\u0000${w.value}`;
  const idAttribute = ITEM_ATTRIBUTES[widget]?.attribute;
  const validIds = ITEM_ATTRIBUTES[widget]?.ids ?? [];

  /**
   * Adds a case when it is bad. A warning that another case already has is made unique by marking that
   * attribute's value (unless `mark` is false: then the case is dropped). Acceptable values are filed as such.
   */
  const add = (label: string, attributes: Record<string, string>, authorContent?: string, mark = true): boolean => {
    const n = cases.length + 1;
    let attrs = attributes;
    let result = classify(widget, attrs, authorContent !== undefined);
    for (let tries = 0; tries < 3; tries++) {
      const reused = result.warnings.filter((w) => used.has(keyOf(w)));
      if (!reused.length || !mark) break;
      attrs = { ...attrs };
      for (const w of reused) {
        const plan = plans.find((x) => x.attribute === w.attribute);
        attrs[w.attribute] = marked(attrs[w.attribute], n, plan?.list ?? false);
      }
      result = classify(widget, attrs, authorContent !== undefined);
    }
    const { warnings, expected } = result;
    const author = authorContent?.replace('#', `#${n}`);
    if (!warnings.length) {
      if (accepted.length < 150 && !accepted.some((a) => JSON.stringify(a.attributes) === JSON.stringify(attrs))) accepted.push({ n: accepted.length + 1, widget, label, attributes: attrs, authorContent: author, warnings, expected });
      return false;
    }
    const keys = warnings.map(keyOf);
    if (keys.some((k) => used.has(k)) || new Set(keys).size !== keys.length) return false;
    keys.forEach((k) => used.add(k));
    cases.push({ n, widget, label, attributes: attrs, authorContent: author, warnings, expected });
    return true;
  };

  /** Valid attributes for a single-attribute case of `attribute`. */
  const context = (attribute: string, k: number): Record<string, string> => {
    if (widget === 'upr-sources') return { ...SOURCES_CONTEXTS[k % SOURCES_CONTEXTS.length] };
    if (widget === 'upr-recommendations-chart') {
      const fitting = CHART_CONTEXTS.filter((c) => !(attribute in c));
      return { ...fitting[k % fitting.length] };
    }
    if (widget === 'upr-timeline') {
      // a highlight is checked against the events shown: give it a filter, so that the event may be left out
      const fitting = TIMELINE_CONTEXTS.filter((c) => !(attribute in c) && (attribute !== 'highlight' || 'kinds' in c || 'cycles' in c));
      return { ...fitting[k % fitting.length] };
    }
    if (widget === 'upr-term') return attribute === 'term' ? {} : { term: validIds[k % validIds.length] };
    if (attribute === idAttribute) {
      // options that must not matter when the content is missing
      const options: Record<string, string>[] =
        widget === 'upr-quote'
          ? [{}, { 'no-source': '' }, { size: 'compact', 'show-original': '' }]
          : [{}, { 'no-source': '', variant: 'text' }, { variant: 'number' }];
      return { ...options[k % options.length] };
    }
    const extra: Record<string, string>[] = widget === 'upr-quote' ? [{}, { 'show-original': '' }, { 'no-source': '' }] : [{}, { 'no-source': '' }];
    return { [idAttribute!]: validIds[k % validIds.length], ...extra[k % extra.length] };
  };

  const pools = new Map<string, Payload[]>();
  const pool = (attribute: string): Payload[] => {
    if (!pools.has(attribute)) pools.set(attribute, payloadsFor(plans.find((x) => x.attribute === attribute)!.bases, r));
    return pools.get(attribute)!;
  };

  // one bad attribute at a time: the payloads the issue names first, then a seeded sample of the rest
  for (const plan of plans) {
    const payloads = pool(plan.attribute);
    const first = payloads.filter((x) => x.core || x.label === 'empty');
    const ordered = [...first, ...r.shuffle(payloads.filter((x) => !first.includes(x)))];
    let taken = 0;
    for (let k = 0; taken < plan.quota && k < 20 * plan.quota; k++) {
      // past the end of the list, reuse payloads (they get marked)
      const payload = k < ordered.length ? ordered[k] : r.pick(payloads);
      const author =
        widget === 'upr-term'
          ? 'the words of the article #'
          : (plan.attribute === idAttribute && k % 3 === 1) || (['upr-sources', 'upr-recommendations-chart'].includes(widget) && k % 4 === 1)
            ? 'Fallback written by the author #'
            : undefined;
      if (add(payload.label, { ...context(plan.attribute, k), [plan.attribute]: payload.value }, author)) taken += 1;
    }
  }

  // combinations, and options that conflict
  const value = (attribute: string) => r.pick(pool(attribute)).value;
  if (widget === 'upr-quote') {
    const english = QUOTE_IDS.filter((id) => quoteLanguage(id) === 'en');
    for (let k = 0; k < 45; k++) {
      if (k % 3 === 0) add('bad size and bad theme', { quote: r.pick(QUOTE_IDS), size: value('size'), theme: value('theme') });
      else if (k % 3 === 1) {
        add('bad id and bad theme, valid options', { quote: value('quote'), theme: value('theme'), 'show-original': '', 'no-source': '', size: 'compact' });
      } else {
        // show-original on a quote already in the page's language: nothing to show beneath it, and no warning for that
        add('show-original on a quote in the page language, with a bad size', { quote: r.pick(english), 'show-original': '', size: value('size') });
      }
    }
  } else if (widget === 'upr-fact-card') {
    for (let k = 0; k < 45; k++) {
      if (k % 3 === 0) add('bad variant and bad theme', { fact: r.pick(FACT_IDS), variant: value('variant'), theme: value('theme'), 'no-source': '' });
      else if (k % 3 === 1) {
        add('no-source + variant=text with a bad fact', { fact: value('fact'), 'no-source': '', variant: 'text' }, k % 2 ? undefined : 'Author fallback #');
      } else add('bad fact and bad theme', { fact: value('fact'), theme: value('theme'), variant: 'text' });
    }
  } else if (widget === 'upr-recommendations-chart') {
    for (let k = 0; k < 60; k++) {
      if (k % 3 === 0) add('bad view and bad metric', { cycles: r.pick(['1', '3,4', 'IV']), view: value('view'), metric: value('metric') });
      else if (k % 3 === 1) add('bad cycles and bad theme, as a table', { view: 'table', cycles: value('cycles'), theme: value('theme') });
      else {
        add(
          'bad cycles, view, metric and theme',
          { cycles: value('cycles'), view: value('view'), metric: value('metric'), theme: value('theme') },
          'Static chart the widget replaces #',
        );
      }
    }
  } else if (widget === 'upr-term') {
    for (let k = 0; k < 60; k++) {
      const words = 'words #';
      if (k % 2) add('bad term and bad theme', { term: value('term'), theme: value('theme') }, words);
      else add('bad theme on a known term', { term: r.pick(TERM_IDS), theme: value('theme') }, words);
    }
  } else if (widget === 'upr-sources') {
    for (let k = 0; k < 60; k++) {
      if (k % 3 === 0) add('bad heading-level and bad theme', { 'heading-level': value('heading-level'), theme: value('theme') });
      else if (k % 3 === 1) {
        add('bad heading-level with no-heading, and all', { 'heading-level': value('heading-level'), 'no-heading': '', all: value('theme') }, 'Static list #');
      } else add('bad theme, booleans given any value', { theme: value('theme'), all: value('heading-level'), 'no-heading': value('theme') });
    }
  } else {
    const nonReviews = EVENTS.filter((e) => e.kind !== 'review').map((e) => e.id);
    let day = 0;
    /** A day in 2015 or later, a new one each time: the `from` of each from-later-than-to case is unique. */
    const nextDay = () => new Date(Date.UTC(2015, 0, 1 + day++)).toISOString().slice(0, 10);
    for (let k = 0; k < 60; k++) {
      switch (k % 6) {
        case 0:
          add('from later than to', { kinds: 'review', from: nextDay(), to: r.pick(['2009', '2013-12', '2014-02-04', '2014']) }, undefined, false);
          break;
        case 1:
          add('layout=horizontal with max-items=0', { kinds: 'adoption', layout: 'horizontal', 'max-items': '0'.repeat(1 + k) });
          break;
        case 2:
          // a known event, left out by the other filters
          add('highlight left out by the filters', { kinds: 'review', highlight: `${' '.repeat(k)}${r.pick(nonReviews)}` });
          break;
        case 3:
          add('bad layout, heading-level and max-items', {
            kinds: 'review',
            layout: value('layout'),
            'heading-level': value('heading-level'),
            'max-items': value('max-items'),
          });
          break;
        case 4:
          add('bad cycles, kinds and theme', { cycles: value('cycles'), kinds: value('kinds'), theme: value('theme') });
          break;
        default:
          add('bad from, to and highlight', { cycles: '3', from: value('from'), to: value('to'), highlight: value('highlight') }, 'Author content the timeline replaces #');
      }
    }
  }
  return { cases, accepted };
}

/** A value made unique for the run: the case number at its end, or at its start for lists and long values. */
function marked(value: string, n: number, list: boolean): string {
  return list || value.length > 60 ? `~${n}${value}` : `${value}~${n}`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
