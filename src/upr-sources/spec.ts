// What the tools around the library need to know about <upr-sources>: see src/internal/widget-spec.ts.
import type { BadInputPlan, Expectation, PageChecks, WidgetSpec } from '../internal/widget-spec.js';
import type { SourceListStrings } from './upr-sources.strings.js';

export const spec: WidgetSpec = {
  intro: 'The list of sources for the end of an article: every source cited by the widgets on the page, each once.',
  examples: [
    {
      title: 'The sources of this page',
      description: 'Without attributes it lists what every widget in this gallery cites, oldest first, under a heading of level 2 (heading-level sets another, to fit the page’s outline).',
      attributes: {},
      width: 'wide',
      hardening: true,
      picture: ['en', 'vi'],
    },
    {
      title: 'Every source in the dataset, without a heading',
      description: 'all lists every source the dataset holds; no-heading leaves the heading to the page.',
      attributes: { all: '', 'no-heading': '' },
      width: 'wide',
    },
  ],
  strings: true,
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)

const HEADING_LEVELS = ['2', '3', '4', '5', '6'];

interface SourcesExpectation extends Expectation {
  /**
   * The list, never the author's content: a heading of the documented level (none with `no-heading`), and every
   * source of the dataset with `all`, else the notice that the page cites none (the cases are alone on their page).
   */
  show: 'sources';
  headingLevel: number | 'none';
  all: boolean;
}

/** Booleans are on whatever their value but "false" (flag.ts); the heading level is read even when there is no heading. */
function badInput(): BadInputPlan<SourcesExpectation, SourceListStrings> {
  /** Valid attributes a case starts from: both booleans, on with any value, and neither. */
  const contexts: readonly Record<string, string>[] = [
    {},
    { all: '' },
    { 'no-heading': '' },
    { all: 'false', 'no-heading': 'no' },
    { all: '<script>alert(1)</script>' },
  ];
  return {
    attributes: () => [
      { attribute: 'heading-level', bases: HEADING_LEVELS, quota: 320 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 150 },
    ],
    context: (_attribute, k) => ({ ...contexts[k % contexts.length] }),
    authorContent: (_attribute, k) => (k % 4 === 1 ? 'Fallback written by the author #' : undefined),
    classify(read) {
      const level = read.option('heading-level', HEADING_LEVELS, '2');
      const theme = read.theme();
      return { show: 'sources', theme, headingLevel: read.flag('no-heading') ? 'none' : Number(level), all: read.flag('all') };
    },
    combinations({ add, value }) {
      for (let k = 0; k < 60; k++) {
        if (k % 3 === 0) add('bad heading-level and bad theme', { 'heading-level': value('heading-level'), theme: value('theme') });
        else if (k % 3 === 1) {
          add('bad heading-level with no-heading, and all', { 'heading-level': value('heading-level'), 'no-heading': '', all: value('theme') }, 'Static list #');
        } else add('bad theme, booleans given any value', { theme: value('theme'), all: value('heading-level'), 'no-heading': value('theme') });
      }
    },
    check(el, e, _c, { part, shown, text, dataset, strings, shadowOf }) {
      const problems: string[] = [];
      const root = shadowOf(el);
      const headings = Array.from(root.querySelectorAll('[part~="heading"]'), (h) => h.localName);
      const heading = e.headingLevel === 'none' ? [] : [`h${e.headingLevel}`];
      if (headings.join() !== heading.join()) problems.push(`heading: expected ${heading.join() || 'none'}, got ${headings.join() || 'none'}`);
      const entries = root.querySelectorAll('[part~="entry"]').length;
      if (e.all) {
        if (entries !== dataset.sources.length) problems.push(`${entries} sources listed with all, expected ${dataset.sources.length}`);
        if (!shown(part(el, 'list'))) problems.push('the list is not on screen');
        const label = part(el, 'list')?.getAttribute('aria-label') ?? part(el, 'list')?.getAttribute('aria-labelledby');
        if (!label) problems.push('the list has no name');
      } else if (entries || text(part(el, 'empty')) !== strings.en.empty || !shown(part(el, 'empty'))) {
        problems.push(`no "${strings.en.empty}" notice on a page that cites nothing (${entries} entries)`);
      }
      return problems;
    },
    contract: [],
  };
}

function pageChecks(): PageChecks<SourceListStrings> {
  return {
    keyParts: () => ['heading', 'list', 'entry'],
    content: () => 'list',
    hierarchy(el, { parts, px, describe, partOf }) {
      const problems: string[] = [];
      const name = describe(el);
      const ratio = (node: Element) => px(getComputedStyle(node).fontSize) / px(getComputedStyle(el).fontSize);
      const heading = partOf(el, 'heading');
      if (Math.abs(ratio(heading) - 1) > 0.001) problems.push(`${name}: the heading is ${ratio(heading).toFixed(3)}em`);
      if (Number(getComputedStyle(heading).fontWeight) < 600) problems.push(`${name}: the heading is not bold`);
      const entries = parts(el, 'entry');
      if (entries.some((entry) => Math.abs(ratio(entry) - 0.875) > 0.002)) problems.push(`${name}: an entry is not 0.875em of the widget's size`);
      const below = entries.findIndex((entry, i) => i > 0 && entry.getBoundingClientRect().top < entries[i - 1].getBoundingClientRect().bottom - 1);
      if (below > 0) problems.push(`${name}: entry ${below} is not below entry ${below - 1}`);
      return problems;
    },
    styled(el, { describe, find, partOf }) {
      const problems: string[] = [];
      const markers = getComputedStyle(partOf(el, 'list')).listStyleType;
      if (markers !== 'none') problems.push(`${describe(el)}: a list with ${markers} markers`);
      if (!find(el, '[part~="entry"] a[href^="https://"]')) problems.push(`${describe(el)}: no links`);
      return problems;
    },
    shortLine: 'heading',
    links: '[part~="entry"] a',
    cites: () => [],
    sourceList: {
      // the flag read as the widget reads it (src/internal/flag.ts; a spec has no runtime imports)
      all: (el) => {
        const value = el.getAttribute('all');
        return value !== null && value.trim().toLowerCase() !== 'false';
      },
      /**
       * The dataset ids of the sources listed, read from what the reader sees: each entry names one source by its
       * outlet, its title or symbol, its date (the `datetime` of its `<time>`) and, where it is linked, its address
       * (two untitled articles of one outlet in one year differ only there). An entry that matches no source, or
       * several, is a description, so that it fails a comparison.
       */
      listed: (el, { parts, dataset, text }) =>
        parts(el, 'entry')
          .map((entry) => {
            const words = entry.textContent ?? '';
            const date = entry.querySelector('time')?.getAttribute('datetime') ?? undefined;
            const href = entry.querySelector('a')?.getAttribute('href') ?? undefined;
            const matches = dataset.sources.filter(
              (s) => words.includes(s.outlet) && words.includes(s.title ?? s.reference ?? '') && s.published === date && (s.url?.startsWith('https://') ? s.url : undefined) === href,
            );
            return matches.length === 1 ? matches[0].id : `(${matches.length} sources match "${text(entry)}")`;
          })
          .sort(),
    },
    readerSettings: {
      forcedColors: async (el, _page, { describe, borderProblems, find }) => borderProblems(find(el, '.sources'), 'top', `${describe(el)}: the rule`),
      focusable: (el, { find }) => find(el, '[part~="entry"] a'),
      print: {
        check(el, { describe, findAll }) {
          // on paper a link is its address
          return Array.from(findAll(el, 'a')).flatMap((link) =>
            ['none', 'normal', ''].includes(getComputedStyle(link, '::after').content) ? [`${describe(el)}: the link to ${link.getAttribute('href')} prints without its address`] : [],
          );
        },
      },
    },
    everyItem: [{}, { all: '' }],
  };
}
