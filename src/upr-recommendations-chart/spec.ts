// What the tools around the library need to know about <upr-recommendations-chart>: see src/internal/widget-spec.ts.
import type { Attributes, BadInputPlan, Expectation, HardeningTools, PageChecks, WidgetSpec } from '../internal/widget-spec.js';
import type { ChartStrings } from './upr-recommendations-chart.strings.js';

export const spec: WidgetSpec = {
  intro: 'Recommendations received, accepted and noted in each cycle, with the counting method, the derived figures marked and the sources. Tab to a chart and use the arrow keys, or hover over a bar.',
  examples: [
    {
      title: 'Every cycle',
      description: 'Without attributes: the three counts of each of the four cycles; the number noted is derived (received minus accepted) and marked so.',
      attributes: {},
      hardening: true,
    },
    {
      title: 'Two cycles',
      description: 'cycles="3,4": the counts of the last two reviews only.',
      attributes: { cycles: '3,4' },
      picture: ['en'],
    },
    {
      title: 'The share accepted, two cycles',
      description: 'metric="share" cycles="3,4": accepted as a percentage of received, worked out from the counts and marked as derived.',
      attributes: { metric: 'share', cycles: '3,4' },
      hardening: true,
      picture: ['vi'],
    },
    {
      title: 'As a table',
      description: 'view="table" shows the table that screen readers always have; here the first two cycles, with the other count that UPR Info gives for them.',
      attributes: { view: 'table', cycles: '1,2' },
      hardening: true,
    },
    {
      title: 'In a narrow column',
      description: 'The same chart in a column at most 20rem wide: labels keep their own column and rows, so nothing overlaps.',
      attributes: { metric: 'share' },
      width: 'narrow',
    },
  ],
  strings: true,
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)

const VIEWS = ['chart', 'table'];
const METRICS = ['count', 'share'];

interface ChartExpectation extends Expectation {
  show: 'chart';
  view: string;
  metric: string;
  sameAs: Attributes;
}

/** What a chart shows, to compare with a reference chart given only the valid attributes. */
function view(el: Element, { text, classes, shadowOf }: HardeningTools): string {
  const root = shadowOf(el);
  const texts = (selector: string) => Array.from(root.querySelectorAll(selector), (n) => text(n));
  return JSON.stringify({
    view: classes(root.querySelector('.chart'), 'view-'),
    title: texts('[part~="title"]'),
    rows: texts('tbody th'),
    columns: texts('thead th'),
    bars: root.querySelectorAll('[part~="bar"]').length,
    theme: classes(root.querySelector('[part="base"]'), 'theme-'),
  });
}

/**
 * Like the timeline, it always renders, as if the bad attributes were not there: `cycles` read like the timeline's
 * (a list with a bad item ignored whole, one warning naming the item), view, metric and theme the HTML way.
 */
function badInput(): BadInputPlan<ChartExpectation, ChartStrings> {
  /** Valid attributes a case starts from (never the attribute under test). */
  const contexts: readonly Record<string, string>[] = [
    {},
    { cycles: '4' },
    { metric: 'share' },
    { view: 'table' },
    { cycles: '1,2', theme: 'dark' },
    { view: 'table', metric: 'share' },
  ];
  return {
    attributes: () => [
      { attribute: 'cycles', bases: ['1', '2', '3', '4', 'III', 'iv', '3,4', '1 2', 'I;II'], quota: 200, list: true },
      { attribute: 'view', bases: VIEWS, quota: 130 },
      { attribute: 'metric', bases: METRICS, quota: 130 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 60 },
    ],
    context(attribute, k) {
      const fitting = contexts.filter((c) => !(attribute in c));
      return { ...fitting[k % fitting.length] };
    },
    authorContent: (_attribute, k) => (k % 4 === 1 ? 'Fallback written by the author #' : undefined),
    classify(read) {
      const view = read.option('view', VIEWS, 'chart');
      const metric = read.option('metric', METRICS, 'count');
      const theme = read.theme();
      const cycles = read.attributes.cycles?.trim();
      if (cycles) read.bad('cycles', read.items(cycles).find((item) => !read.cycle(item)));
      return { show: 'chart', theme, view, metric, sameAs: read.valid() };
    },
    combinations({ add, pick, value }) {
      for (let k = 0; k < 60; k++) {
        if (k % 3 === 0) add('bad view and bad metric', { cycles: pick(['1', '3,4', 'IV']), view: value('view'), metric: value('metric') });
        else if (k % 3 === 1) add('bad cycles and bad theme, as a table', { view: 'table', cycles: value('cycles'), theme: value('theme') });
        else {
          add(
            'bad cycles, view, metric and theme',
            { cycles: value('cycles'), view: value('view'), metric: value('metric'), theme: value('theme') },
            'Static chart the widget replaces #',
          );
        }
      }
    },
    check(el, e, _c, { part, shown, text, classes, strings, find }) {
      const problems: string[] = [];
      const views = classes(find(el, '.chart'), 'view-').join();
      if (views !== `view-${e.view}`) problems.push(`view: expected view-${e.view}, got ${views || 'none'}`);
      const title = strings.en.title[e.metric as 'count' | 'share'];
      if (text(part(el, 'title')) !== title || !shown(part(el, 'title'))) problems.push(`no title "${title}" on screen`);
      if (!shown(part(el, e.view === 'table' ? 'table' : 'chart'))) problems.push(`no ${e.view} on screen`);
      return problems;
    },
    view,
    contract: [],
  };
}

/** The cycles a chart shows: those of its `cycles` attribute, or every one. */
function cyclesOf(el: Element): number[] {
  const items = el.getAttribute('cycles')?.trim().split(/[\s,;]+/).filter(Boolean) ?? [];
  const numbers = items.map((item) => ['I', 'II', 'III', 'IV'].indexOf(item.toUpperCase()) + 1 || Number(item));
  return numbers.length ? numbers : [1, 2, 3, 4];
}

function isTable(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('.chart.view-table');
}

function bars(el: Element): HTMLElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="bar"]') ?? []);
}

/** A descendant the template always draws. */
function child(node: ParentNode, selector: string): HTMLElement {
  return node.querySelector(selector) as HTMLElement;
}
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Goes through the bars with the keyboard, as a reader does: the first is the one tab stop, the arrow keys move on;
 * each must take focus in turn and show its tooltip.
 */
async function walkBars(el: HTMLElement, { describe, press, shadowOf }: HardeningTools): Promise<string[]> {
  const all = bars(el);
  if (!all.length) return [];
  const name = describe(el);
  const inTabOrder = all.filter((bar) => bar.tabIndex === 0);
  if (all.length < 2 || inTabOrder.length !== 1 || inTabOrder[0] !== all[0]) return [`${name}: ${inTabOrder.length} of ${all.length} bars in the tab order`];
  all[0].focus();
  for (let i = 0; i < all.length; i++) {
    if (shadowOf(el).activeElement !== all[i]) return [`${name}: the arrow keys did not reach bar ${i}`];
    if (getComputedStyle(child(all[i], '[part~="tooltip"]')).visibility !== 'visible') return [`${name}: bar ${i} shows no tooltip`];
    press(all[i], 'ArrowDown');
    await (el as Updating).updateComplete;
  }
  all.at(-1)?.blur();
  return [];
}

function pageChecks(): PageChecks<ChartStrings> {
  return {
    // and, in the chart view, the chart, its cycles and bars; in the table view, the table (layout)
    keyParts: () => ['title', 'note', 'source'],
    content: (el) => (isTable(el) ? 'table' : 'chart'),
    layout(el, tools) {
      // A chart a reader can read: its parts on screen for its view, every bar of its cycles; no two labels
      // (cycles, bar names, figures) over each other; every bar drawn as long as its figure says, in a track of
      // some width.
      const { part, partOf, visible, describe, textBoxes, px, shadowOf, text } = tools;
      const name = describe(el);
      const root = shadowOf(el);
      const problems: string[] = [];
      const table = isTable(el);
      for (const p of table ? ['table'] : ['chart', 'cycle', 'bar']) {
        if (!visible(part(el, p) ?? el)) problems.push(`${name}: no ${p} on screen`);
      }
      if (table) return problems;
      const share = el.getAttribute('metric') === 'share';
      const expected = cyclesOf(el).length * (share ? 1 : 3);
      if (bars(el).length !== expected) problems.push(`${name}: ${bars(el).length} bars, expected ${expected}`);
      const labels = Array.from(root.querySelectorAll('[part~="cycle"], .bar-name, .bar-value')).flatMap((node) =>
        textBoxes(node).map((box) => ({ box, node, text: text(node) })),
      );
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          if (labels[i].node === labels[j].node) continue;
          const [a, b] = [labels[i].box, labels[j].box];
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          if (overlap) problems.push(`${name}: "${labels[i].text}" and "${labels[j].text}" overlap`);
        }
      }
      const fontSize = px(getComputedStyle(partOf(el, 'chart')).fontSize);
      const drawn = bars(el).map((bar) => {
        const track = child(bar, '.bar-track').getBoundingClientRect();
        // the box that clips the bar (a rectangle's box includes its outline in some engines)
        const length = child(bar, '.bar-track .length').getBoundingClientRect().width;
        // "271*", "84,7%": the figure as written
        const figure = Number(text(child(bar, '.bar-value')).replace(/[^\d,.]/g, '').replace(',', '.'));
        return { label: bar.getAttribute('aria-label'), track: track.width, length, figure };
      });
      const longest = share ? 100 : Math.max(...drawn.map((b) => b.figure));
      for (const { label, track, length, figure } of drawn) {
        // enough to see a proportion: 1.5em of its figures (a share in the dark theme at 280px under a 24px root, in
        // Firefox, has 2em: narrow, but drawn to scale, with the figure beside it)
        if (track < 1.5 * fontSize) problems.push(`${name}: the track of "${label}" is ${Math.round(track)}px wide`);
        else if (Math.abs(length / track - figure / longest) > 0.02) {
          problems.push(`${name}: "${label}" is drawn ${((100 * length) / track).toFixed(1)}% of its track, its figure is ${((100 * figure) / longest).toFixed(1)}% of the longest`);
        }
      }
      return problems;
    },
    hierarchy(el, { partOf, find, px, describe }) {
      const problems: string[] = [];
      const name = describe(el);
      const ratio = (node: Element) => px(getComputedStyle(node).fontSize) / px(getComputedStyle(el).fontSize);
      if (Number(getComputedStyle(partOf(el, 'title')).fontWeight) < 600) problems.push(`${name}: the title is not bold`);
      // small type, not too small to read on a phone (the comparison with the control page keeps the exact size)
      const figures = find(el, '.bar-value') ?? child(partOf(el, 'table'), 'td');
      if (ratio(figures) < 0.75) problems.push(`${name}: the figures are ${ratio(figures).toFixed(3)}em of the widget's size`);
      const boxes = bars(el).map((bar) => bar.getBoundingClientRect());
      const beside = boxes.findIndex((bar, i) => i > 0 && bar.top < boxes[i - 1].bottom - 1);
      if (beside > 0) problems.push(`${name}: bar ${beside} is not below bar ${beside - 1}`);
      return problems;
    },
    styled(el, { part, describe }) {
      // tooltips are hidden until a bar has focus
      const tooltip = part(el, 'tooltip');
      return tooltip && getComputedStyle(tooltip).visibility !== 'hidden' ? [`${describe(el)}: a tooltip shows before a bar has focus`] : [];
    },
    shortLine: 'source',
    use: (el, _page, tools) => walkBars(el, tools),
    cites(el, { dataset }) {
      // the sources of its counts, of the other count where there is one, and of the sides where sources disagree
      const cycles = cyclesOf(el);
      return dataset.cycles
        .filter((c) => cycles.includes(c.number))
        .flatMap((c) => [
          ...Object.values(c.recommendations).flatMap((count) => count.sources ?? []),
          ...(c.alternativeCount?.sources ?? []),
          ...(c.conflict?.sides.flatMap((side) => side.sources) ?? []),
        ]);
    },
    language(el, locale, { part, text, strings, ui, describe, findAll }) {
      const problems: string[] = [];
      const metric = el.getAttribute('metric') === 'share' ? 'share' : 'count';
      const title = text(part(el, 'title'));
      if (title !== strings[locale].title[metric]) problems.push(`${describe(el)}: the title reads "${title}"`);
      // figures in this language's numerals: "82,8%*" in Vietnamese, "82.8%*" in English
      const { decimal, group } = ui[locale].numbers;
      const figure = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d+)?%?\\*?$`);
      for (const value of findAll(el, '.bar-value')) {
        if (!figure.test(text(value))) problems.push(`${describe(el)}: a figure reads "${text(value)}"`);
      }
      return problems;
    },
    async moved(el, _page, { press, describe }) {
      // the reader moves to the second bar: it stays the one in the tab order
      const all = bars(el);
      if (all.length < 2) return async () => [];
      all[0].focus();
      press(all[0], 'ArrowDown');
      await (el as Updating).updateComplete;
      return async () => {
        const order = bars(el).map((bar) => bar.tabIndex);
        return order.join() === all.map((_, i) => (i === 1 ? 0 : -1)).join() ? [] : [`${describe(el)}: bars in the tab order ${order.join()}, not the second one`];
      };
    },
    readerSettings: {
      async forcedColors(el, _page, { describe, borderProblems, alpha, px, find }) {
        const problems = borderProblems(find(el, '.chart'), 'top', `${describe(el)}: the rule`);
        // every bar is painted: a fill that shows, or an outline
        for (const bar of bars(el)) {
          const rect = getComputedStyle(child(bar, '.length rect'));
          const filled = rect.fill !== 'none' && alpha(rect.fill) * Number(rect.fillOpacity) >= 0.3;
          const outlined = rect.stroke !== 'none' && alpha(rect.stroke) >= 0.5 && px(rect.strokeWidth) >= 1;
          if (!filled && !outlined) problems.push(`${describe(el)}: "${bar.getAttribute('aria-label')}" is not painted (fill ${rect.fill}, stroke ${rect.stroke})`);
        }
        return problems;
      },
      focusable: (el) => bars(el)[0] ?? null,
      print: {
        // a reader prints with a bar's tooltip showing
        async prepare(el, _page, { visible, describe }) {
          const bar = bars(el)[0];
          if (!bar) return async () => undefined;
          bar.focus();
          const tooltip = child(bar, '[part~="tooltip"]');
          if (!visible(tooltip) || getComputedStyle(tooltip).visibility !== 'visible') throw new Error(`${describe(el)}: no tooltip on screen before printing`);
          return async () => bar.blur();
        },
        check(el, { visible, describe, shadowOf }) {
          const problems: string[] = [];
          const root = shadowOf(el);
          if (Array.from(root.querySelectorAll('[part~="tooltip"]')).some(visible)) problems.push(`${describe(el)}: a tooltip is printed`);
          if (root.querySelectorAll('.length rect').length !== bars(el).length) problems.push(`${describe(el)}: bars missing`);
          return problems;
        },
      },
    },
    everyItem: [{}, { metric: 'share', view: 'table' }],
  };
}
