// What the tools around the library need to know about <upr-quote>: see src/internal/widget-spec.ts.
import type { BadInputPlan, Expectation, PageChecks, WidgetSpec } from '../internal/widget-spec.js';
import type { QuoteStrings } from './upr-quote.strings.js';

export const spec: WidgetSpec = {
  intro: 'Quotes and reported speech. The same id reads in either language: words said in the other one are shown in translation and labelled.',
  item: { attribute: 'quote', collection: 'quotes' },
  examples: [
    {
      title: 'A direct quote in its own language',
      description: 'Each side shows a quote said in its own language: the words exactly as reported.',
      attributes: {},
      byLanguage: {
        vi: { quote: 'doan-cong-huynh-balanced-approach' },
        en: { quote: 'do-hung-viet-hundreds-of-recommendations' },
      },
      picture: ['en', 'vi'],
    },
    {
      title: 'A translated quote, with the original',
      description: 'Each side shows a quote said in the other language; show-original adds the original words beneath the translation.',
      attributes: {},
      byLanguage: {
        vi: { quote: 'do-hung-viet-midterm-launch-groundwork', 'show-original': '' },
        en: { quote: 'doan-cong-huynh-balanced-approach', 'show-original': '' },
      },
      hardening: true,
    },
    {
      title: 'Reported speech',
      description: 'A paraphrase is labelled as such and never set in quotation marks.',
      attributes: { quote: 'dang-hoang-giang-multilateralism-upr' },
      hardening: true,
    },
    {
      title: 'Compact size',
      description: 'size="compact" for a sidebar or a narrow column.',
      attributes: { quote: 'bui-thanh-son-hrc49-motto', size: 'compact' },
      hardening: true,
    },
    {
      title: 'Without the source line',
      description: 'no-source, for a page that credits its sources elsewhere.',
      attributes: { quote: 'rana-flowers-un-support', 'no-source': '' },
    },
  ],
  strings: true,
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)
const SIZES = ['default', 'compact'];
/** The size of the quoted words, in em of the widget's: a direct quote larger than reported speech. */
const WORDS_SIZE = { direct: { default: 1.25, compact: 1.0625 }, paraphrase: { default: 1.0625, compact: 0.9375 } };

interface QuoteExpectation extends Expectation {
  show: 'quote';
  size: string;
  /** The original words beneath a translation. */
  original: boolean;
  source: boolean;
}

/**
 * Ids are exact but for white space around them (an unknown one shows the fallback); `size` is an option, read (and
 * warned about) even when the id is unknown; the page is English.
 */
function badInput(): BadInputPlan<QuoteExpectation, QuoteStrings> {
  return {
    attributes: ({ idsOf }) => [
      { attribute: 'quote', bases: idsOf('quotes'), quota: 230 },
      { attribute: 'size', bases: SIZES, quota: 150 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 100 },
    ],
    context(attribute, k, { idsOf }) {
      // options that must not matter when the quote is missing
      if (attribute === 'quote') return { ...[{}, { 'no-source': '' }, { size: 'compact', 'show-original': '' }][k % 3] };
      const ids = idsOf('quotes');
      return { quote: ids[k % ids.length], ...[{}, { 'show-original': '' }, { 'no-source': '' }][k % 3] };
    },
    authorContent: (attribute, k) => (attribute === 'quote' && k % 3 === 1 ? 'Fallback written by the author #' : undefined),
    classify(read, { byId }) {
      const size = read.option('size', SIZES, 'default');
      if (read.unknownItem()) return read.fallback();
      // The page is English: a Vietnamese quote is shown in translation, and only then its original beneath it.
      const original = read.flag('show-original') && byId('quotes', read.attributes.quote?.trim())?.language !== 'en';
      const theme = read.theme();
      return { show: 'quote', theme, size, original, source: !read.flag('no-source') };
    },
    combinations({ add, pick, value }, { idsOf, byId }) {
      const ids = idsOf('quotes');
      const english = ids.filter((id) => byId('quotes', id)?.language === 'en');
      for (let k = 0; k < 45; k++) {
        if (k % 3 === 0) add('bad size and bad theme', { quote: pick(ids), size: value('size'), theme: value('theme') });
        else if (k % 3 === 1) {
          add('bad id and bad theme, valid options', { quote: value('quote'), theme: value('theme'), 'show-original': '', 'no-source': '', size: 'compact' });
        } else {
          // show-original on a quote already in the page's language: nothing to show beneath it, and no warning for that
          add('show-original on a quote in the page language, with a bad size', { quote: pick(english), 'show-original': '', size: value('size') });
        }
      }
    },
    check(el, e, _c, { part, shown, classes }) {
      const problems: string[] = [];
      const sizes = classes(part(el, 'figure'), 'size-').join();
      if (sizes !== `size-${e.size}`) problems.push(`size: expected size-${e.size}, got ${sizes || 'none'}`);
      if (!!part(el, 'original') !== e.original) problems.push(`original words ${e.original ? 'missing' : 'shown'}`);
      if (!!part(el, 'source') !== e.source) problems.push(`source line ${e.source ? 'missing' : 'shown'}`);
      if (!shown(part(el, 'quote'))) problems.push('the quoted words are not on screen');
      return problems;
    },
    contract: [{ attributes: { quote: 'do-hung-viet-midterm-launch-groundwork', theme: ' DARK ' }, warnings: [] }],
  };
}

function pageChecks(): PageChecks<QuoteStrings> {
  return {
    keyParts: () => ['figure', 'quote', 'caption', 'speaker', 'occasion', 'date', 'source', 'copy-button'],
    content: () => 'quote',
    hierarchy(el, { px, describe, partOf, byId }) {
      const problems: string[] = [];
      const name = describe(el);
      const hostSize = px(getComputedStyle(el).fontSize);
      const ratio = px(getComputedStyle(partOf(el, 'quote')).fontSize) / hostSize;
      const kind = byId('quotes', el.getAttribute('quote'))?.kind ?? 'direct';
      const expected = WORDS_SIZE[kind][el.getAttribute('size') === 'compact' ? 'compact' : 'default'];
      if (Math.abs(ratio - expected) > 0.002) problems.push(`${name}: the quoted words are ${ratio.toFixed(3)}em, expected ${expected}em of the widget's size`);
      const button = partOf(el, 'copy-button');
      const b = getComputedStyle(button);
      if (b.textTransform !== 'none') problems.push(`${name}: the button is text-transform: ${b.textTransform}`);
      if (b.color === 'rgb(255, 0, 0)') problems.push(`${name}: the button is red`);
      if (button.getBoundingClientRect().height < hostSize * 1.5) problems.push(`${name}: the button is ${button.getBoundingClientRect().height}px high`);
      return problems;
    },
    styled(el, { describe, partOf }) {
      const style = getComputedStyle(partOf(el, 'copy-button')).borderTopStyle;
      return style === 'solid' ? [] : [`${describe(el)}: the copy button's border is ${style}`];
    },
    leftToRight(el, { describe, partOf }) {
      // from the figure's content edge: a dark quote has padding inside its background
      const figure = partOf(el, 'figure');
      const style = getComputedStyle(figure);
      const contentLeft = figure.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const offset = partOf(el, 'copy-button').getBoundingClientRect().left - contentLeft;
      return Math.abs(offset) > 1 ? [`${describe(el)}: the copy button is ${Math.round(offset)}px from the left`] : [];
    },
    async use(el, page, { text, until, strings, ui, localeOf, describe, partOf }) {
      // the citation is copied, or (without clipboard permission in a test browser) a polite failure: an answer
      const name = describe(el);
      const locale = localeOf(el);
      const status = partOf(el, 'copy-status');
      const before = page.copied?.().length ?? 0;
      partOf(el, 'copy-button').click();
      await until(() => !!text(status), 600);
      const answers = page.copied ? [strings[locale].copied] : [strings[locale].copied, strings[locale].copyFailed];
      if (!answers.includes(text(status))) return [`${name}: the copy button answered "${text(status)}"`];
      const copied = page.copied?.() ?? [];
      if (page.copied && copied.length !== before + 1) return [`${name}: ${copied.length - before} citations copied`];
      const sourceLine = new RegExp(`\\n.*(${ui[locale].source}|${ui[locale].sources}): `);
      if (page.copied && !sourceLine.test(copied.at(-1) ?? '')) return [`${name}: the citation has no source line: ${copied.at(-1)}`];
      return [];
    },
    cites(el, { byId }) {
      const quote = byId('quotes', el.getAttribute('quote')?.trim());
      return quote ? [quote.source, ...(quote.dateSources ?? [])] : [];
    },
    language(el, locale, { part, text, strings, describe, partOf }) {
      const problems: string[] = [];
      const button = text(part(el, 'copy-button'));
      if (button !== strings[locale].copyCitation) problems.push(`${describe(el)}: the copy button says "${button}"`);
      // the words as shown: the quote itself, or its translation
      const words = partOf(el, 'quote').getAttribute('lang');
      if (words !== locale) problems.push(`${describe(el)}: the words shown are in lang="${words}"`);
      return problems;
    },
    readerSettings: {
      forcedColors: async (el, _page, { part, describe, borderProblems }) => borderProblems(part(el, 'copy-button'), 'top', `${describe(el)}: the button`),
      focusable: (el, { part }) => part(el, 'copy-button'),
    },
    everyItem: [{ 'show-original': '' }],
  };
}
