// What the tools around the library need to know about <upr-fact-card>: see src/internal/widget-spec.ts.
import type { BadInputPlan, Expectation, PageChecks, WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'One figure or short fact, with its date and sources. The number variant is the default.',
  item: { attribute: 'fact', collection: 'facts' },
  examples: [
    {
      title: 'A percentage',
      description: 'Decimals are kept as the data has them and written the way each language writes them.',
      attributes: { fact: 'cycle-4-acceptance-share' },
      hardening: true,
      picture: ['en'],
    },
    {
      title: 'A count with a qualifier',
      description: 'The qualifier (“more than”) is written out before the figure.',
      attributes: { fact: 'midterm-workshop-delegates-2021' },
      hardening: true,
      picture: ['vi'],
    },
    {
      title: 'A value in words',
      description: 'Some facts are a date or a name rather than a number.',
      attributes: { fact: 'epidemic-day-date' },
    },
    {
      title: 'A derived figure',
      description: 'No source states this number; the card says how it was worked out.',
      attributes: { fact: 'cycle-3-recommendations-noted' },
    },
    {
      title: 'Sources that disagree',
      description: 'The card shows the disagreement next to the figure.',
      attributes: { fact: 'hrc-election-2022-votes' },
    },
    {
      title: 'The text variant',
      description: 'variant="text" puts the value inside a sentence, for sidebars and lists.',
      attributes: { fact: 'interval-between-reviews', variant: 'text' },
      hardening: true,
    },
    {
      title: 'The text variant without the source line',
      description: 'variant="text" with no-source.',
      attributes: { fact: 'upr-cycle-length', variant: 'text', 'no-source': '' },
    },
  ],
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)

const VARIANTS = ['number', 'text'];

interface FactCardExpectation extends Expectation {
  show: 'fact-card';
  variant: string;
  source: boolean;
}

/**
 * Ids are exact but for white space around them (an unknown one shows the fallback); `variant` is an option, read
 * (and warned about) even when the id is unknown.
 */
function badInput(): BadInputPlan<FactCardExpectation> {
  return {
    attributes: ({ idsOf }) => [
      { attribute: 'fact', bases: idsOf('facts'), quota: 230 },
      { attribute: 'variant', bases: VARIANTS, quota: 150 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 100 },
    ],
    context(attribute, k, { idsOf }) {
      // options that must not matter when the fact is missing
      if (attribute === 'fact') return { ...[{}, { 'no-source': '', variant: 'text' }, { variant: 'number' }][k % 3] };
      const ids = idsOf('facts');
      return { fact: ids[k % ids.length], ...[{}, { 'no-source': '' }][k % 2] };
    },
    authorContent: (attribute, k) => (attribute === 'fact' && k % 3 === 1 ? 'Fallback written by the author #' : undefined),
    classify(read) {
      const variant = read.option('variant', VARIANTS, 'number');
      if (read.unknownItem()) return read.fallback();
      const theme = read.theme();
      return { show: 'fact-card', theme, variant, source: !read.flag('no-source') };
    },
    combinations({ add, pick, value }, { idsOf }) {
      for (let k = 0; k < 45; k++) {
        if (k % 3 === 0) add('bad variant and bad theme', { fact: pick(idsOf('facts')), variant: value('variant'), theme: value('theme'), 'no-source': '' });
        else if (k % 3 === 1) {
          add('no-source + variant=text with a bad fact', { fact: value('fact'), 'no-source': '', variant: 'text' }, k % 2 ? undefined : 'Author fallback #');
        } else add('bad fact and bad theme', { fact: value('fact'), theme: value('theme'), variant: 'text' });
      }
    },
    check(el, e, _c, { part, shown, classes, find }) {
      const problems: string[] = [];
      const variants = classes(find(el, '.card'), 'variant-').join();
      if (variants !== `variant-${e.variant}`) problems.push(`variant: expected variant-${e.variant}, got ${variants || 'none'}`);
      if (!!part(el, 'source') !== e.source) problems.push(`source line ${e.source ? 'missing' : 'shown'}`);
      if (!shown(part(el, 'value'))) problems.push('the value is not on screen');
      return problems;
    },
    contract: [
      { attributes: { fact: 'cycle-4-acceptance-share', variant: '\tText\n' }, warnings: [] },
      // ids are exact and case-sensitive, but white space around one does not matter
      { attributes: { fact: ' cycle-4-acceptance-share\n' }, warnings: [] },
      { attributes: { fact: 'Cycle-4-Acceptance-Share' }, warnings: [{ attribute: 'fact', value: 'Cycle-4-Acceptance-Share' }] },
      // a bad variant is reported beside a bad id
      { attributes: { fact: 'no-such-fact', variant: 'huge' }, warnings: [{ attribute: 'variant', value: 'huge' }, { attribute: 'fact', value: 'no-such-fact' }] },
    ],
  };
}

function pageChecks(): PageChecks {
  return {
    keyParts: () => ['value', 'label', 'context', 'as-of', 'source'],
    content: () => 'value',
    hierarchy(el, { px, describe, partOf }) {
      const problems: string[] = [];
      const name = describe(el);
      const size = (node: Element) => px(getComputedStyle(node).fontSize);
      const value = partOf(el, 'value');
      const label = partOf(el, 'label');
      const labelLine = px(getComputedStyle(label).lineHeight);
      if (el.getAttribute('variant') !== 'text') {
        const figure = value.querySelector('.figure') ?? value;
        if (size(figure) < 2 * size(label)) problems.push(`${name}: the figure (${size(figure)}px) is not at least twice the label (${size(label)}px)`);
        const high = figure.getBoundingClientRect().height;
        if (high < 1.5 * labelLine) problems.push(`${name}: the figure is ${high}px high, a line of the label ${labelLine}px`);
      }
      const ratio = size(label) / size(el);
      if (Math.abs(ratio - 1) > 0.001) problems.push(`${name}: the label is ${ratio.toFixed(3)}em`);
      return problems;
    },
    shortLine: 'as-of',
    cites: (el, { byId }) => byId('facts', el.getAttribute('fact')?.trim())?.sources ?? [],
    language(el, locale, { part, text, ui, byId, describe }) {
      const problems: string[] = [];
      const source = text(part(el, 'source'));
      if (!source.startsWith(ui[locale].source)) problems.push(`${describe(el)}: the source line reads "${source}"`);
      // a figure with decimals, written with this language's decimal mark
      const value = byId('facts', el.getAttribute('fact'))?.value;
      const decimals = value && 'number' in value ? String(value.number).split('.')[1] : undefined;
      const figure = text(part(el, 'value'));
      if (decimals && !figure.includes(`${ui[locale].numbers.decimal}${decimals}`)) problems.push(`${describe(el)}: the figure reads "${figure}"`);
      return problems;
    },
    readerSettings: {
      forcedColors: async (el, _page, { describe, borderProblems, find }) => borderProblems(find(el, '.card'), 'top', `${describe(el)}: the rule`),
    },
    everyItem: [{}],
  };
}
