/**
 * A generated, deterministic set of bad attribute values and combinations for every widget of the registry, with
 * what each must do: the warnings it logs (one per bad value, naming element, attribute and value) and the fallback
 * it shows. Each widget's plan (`badInput` in src/<tag>/spec.ts) says which attributes get bad values, from which
 * valid contexts, what its documented contract makes of them (`classify`), and its combinations; this module has
 * the machinery: the seeded random numbers, the payloads, the marking and the loop.
 *
 * What counts as bad follows the widgets' documented contract (README, JSDoc), not their code:
 * - enumerated options (`theme`, `size`, `variant`, `layout`, `heading-level`…) are read the way HTML reads them,
 *   trimmed and in any case, so `theme=" DARK "` is valid; anything else warns with the raw value and falls back;
 * - ids (`quote`, `fact`, `term`) are exact and case-sensitive: `Cycle-4-Review` or `" id"` name nothing; empty
 *   warns too (the attribute is required);
 * - lists (`cycles`, `kinds`) are split at commas, semicolons and white space; one with a bad item is ignored as a
 *   whole, with one warning naming its first bad item;
 * - boolean attributes are on whatever their value, as in HTML: `all="false"` is on, and silent;
 * - and what each plan adds for its own attributes.
 *
 * A value the widgets accept is not bad: such values land in `accepted`, checked separately for silence.
 *
 * Every warning a case expects has a key (element, attribute, value) that no other case of the run shares, because
 * the widgets warn once per key for the page's lifetime: where a payload is reused, a marker ("~17", the case's
 * number) is added at its end, or at its start for long values and lists, so that it stays visible in a warning
 * (which shortens values to 80 characters) and is the first item of a list.
 */
import type {
  AttributeReader,
  Attributes,
  BadInputCase,
  CaseMaker,
  ExpectedWarning,
} from '../../src/internal/widget-spec.js';
import type { HardenedSpec } from './tools.js';
import { flag } from '../../src/internal/flag.js';

export type Case = BadInputCase;
export type { ExpectedWarning };

/** The seed of the run; change it to explore other combinations (the generator is otherwise fixed). */
export const SEED = 20240611;

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
// the contract every widget shares, and the reader a plan's classification is given

const THEMES = ['light', 'dark', 'auto'];
const normalizeOption = (value: string) => value.trim().toLowerCase();

/** Warnings and the fallback for one set of attributes, by the widget's contract (its plan's `classify`). */
export function classify(spec: HardenedSpec, attributes: Attributes, authorContent: boolean): Pick<Case, 'warnings' | 'expected'> {
  const warnings: ExpectedWarning[] = [];
  /** The bad attributes: the element must behave as if it did not have them. */
  const ignored = new Set<string>();
  const read: AttributeReader = {
    attributes,
    authorContent,
    has: (attribute) => attributes[attribute] !== undefined,
    flag: (attribute) => flag.fromAttribute!(attributes[attribute] ?? null, Boolean) === true,
    bad(attribute, value) {
      if (value === undefined) return false;
      warnings.push({ attribute, value });
      ignored.add(attribute);
      return true;
    },
    ignore: (attribute) => ignored.add(attribute),
    option(attribute, allowed, fallback) {
      const value = attributes[attribute];
      if (value === undefined) return fallback;
      return read.bad(attribute, allowed.includes(normalizeOption(value)) ? undefined : value) ? fallback : normalizeOption(value);
    },
    theme: () => read.option('theme', THEMES, 'light'),
    unknownItem() {
      const { attribute, collection } = spec.item!;
      const id = attributes[attribute] ?? '';
      // Exact but for white space around it; the warning names the value as written.
      return !spec.tools.idsOf(collection).includes(id.trim()) && read.bad(attribute, id);
    },
    fallback: () => ({ show: authorContent ? 'author' : 'unavailable', theme: read.theme() }),
    items: (value) => value.split(/[\s,;]+/).filter(Boolean),
    cycle: (item) => ['1', '2', '3', '4'].includes(item) || ['I', 'II', 'III', 'IV'].includes(item.toUpperCase()),
    valid: () => Object.fromEntries(Object.entries(attributes).filter(([name]) => !ignored.has(name))),
  };
  const expected = spec.badInput.classify(read, spec.tools);
  return { warnings, expected };
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

export interface Run {
  cases: Case[];
  /** Values the classification found acceptable: the widget must take them silently (at most 150 kept). */
  accepted: Case[];
  /** The labels of the plan's combinations, each of which must have given a case. */
  combinations: string[];
}

/** The whole run for one widget: the same for the same seed. */
export function generate(spec: HardenedSpec, seed = SEED): Run {
  const widget = spec.tag;
  const { badInput: plan, tools } = spec;
  const r = rng(seed ^ hash(widget));
  const plans = plan.attributes(tools);
  const cases: Case[] = [];
  const accepted: Case[] = [];
  const used = new Set<string>();
  const keyOf = (w: ExpectedWarning) => `${w.attribute}\u0000${w.value}`;

  /**
   * Adds a case when it is bad. A warning that another case already has is made unique by marking that
   * attribute's value (unless `mark` is false: then the case is dropped). Acceptable values are filed as such.
   */
  const add = (label: string, attributes: Record<string, string>, authorContent?: string, mark = true): boolean => {
    const n = cases.length + 1;
    let attrs = attributes;
    let result = classify(spec, attrs, authorContent !== undefined);
    for (let tries = 0; tries < 3; tries++) {
      const reused = result.warnings.filter((w) => used.has(keyOf(w)));
      if (!reused.length || !mark) break;
      attrs = { ...attrs };
      for (const w of reused) {
        const attributePlan = plans.find((x) => x.attribute === w.attribute);
        attrs[w.attribute] = marked(attrs[w.attribute], n, attributePlan?.list ?? false);
      }
      result = classify(spec, attrs, authorContent !== undefined);
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

  const pools = new Map<string, Payload[]>();
  const pool = (attribute: string): Payload[] => {
    if (!pools.has(attribute)) pools.set(attribute, payloadsFor(plans.find((x) => x.attribute === attribute)!.bases, r));
    return pools.get(attribute)!;
  };

  // one bad attribute at a time: the payloads the issue names first, then a seeded sample of the rest
  for (const attributePlan of plans) {
    const payloads = pool(attributePlan.attribute);
    const first = payloads.filter((x) => x.core || x.label === 'empty');
    const ordered = [...first, ...r.shuffle(payloads.filter((x) => !first.includes(x)))];
    let taken = 0;
    for (let k = 0; taken < attributePlan.quota && k < 20 * attributePlan.quota; k++) {
      // past the end of the list, reuse payloads (they get marked)
      const payload = k < ordered.length ? ordered[k] : r.pick(payloads);
      const attributes = { ...plan.context(attributePlan.attribute, k, tools), [attributePlan.attribute]: payload.value };
      if (add(payload.label, attributes, plan.authorContent(attributePlan.attribute, k))) taken += 1;
    }
  }

  // combinations, and options that conflict
  const combinations = new Set<string>();
  const maker: CaseMaker = {
    add: (label, attributes, authorContent, mark) => {
      combinations.add(label);
      return add(label, attributes, authorContent, mark);
    },
    pick: (list) => r.pick(list),
    value: (attribute) => r.pick(pool(attribute)).value,
  };
  plan.combinations(maker, tools);
  return { cases, accepted, combinations: [...combinations] };
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
