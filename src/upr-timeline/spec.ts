// What the tools around the library need to know about <upr-timeline>: see src/internal/widget-spec.ts.
import type { Attributes, BadInputPlan, Expectation, HardeningTools, PageChecks, WidgetSpec } from '../internal/widget-spec.js';
import type { TimelineStrings } from './upr-timeline.strings.js';

export const spec: WidgetSpec = {
  intro: 'Viet Nam’s UPR history. Open an item to read its summary, figures and sources.',
  examples: [
    {
      title: 'Vertical, one cycle',
      description: 'cycles="4": the events of the fourth cycle, under its label.',
      attributes: { cycles: '4' },
    },
    {
      title: 'Horizontal',
      description: 'layout="horizontal" with only the reviews and adoptions; the row scrolls sideways with its buttons or the arrow keys.',
      attributes: { layout: 'horizontal', kinds: 'review,adoption' },
      width: 'wide',
    },
    {
      title: 'Automatic layout, wide placement',
      description: 'layout="auto" follows the widget’s own width: horizontal from 720 px, so here on a wide screen, vertical on a phone.',
      attributes: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
      width: 'wide',
      hardening: true,
    },
    {
      title: 'Automatic layout, narrow placement',
      description: 'The same attributes in a column at most 20rem wide: always vertical.',
      attributes: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
      width: 'narrow',
    },
    {
      title: 'A highlighted event, with a few around it',
      description: 'highlight marks the event and opens it; max-items="5" keeps the five events around it.',
      attributes: { highlight: 'cycle-2-review', 'max-items': '5' },
      hardening: true,
      picture: ['en'],
    },
    {
      title: 'Heading level',
      description: 'heading-level="4" sets the level of the item headings. Without it they are one level below the heading before the timeline: h4 here as well, under this example’s h3.',
      attributes: { kinds: 'review', 'heading-level': '4' },
      picture: ['vi'],
    },
    {
      title: 'Horizontal, scrolled to a highlighted event',
      description: 'layout="horizontal" with highlight: the row starts scrolled to the event, which is open.',
      attributes: { layout: 'horizontal', highlight: 'cycle-4-review' },
      width: 'wide',
      hardening: true,
    },
    {
      title: 'Filters that select nothing',
      description: 'No election belongs to a UPR cycle, so this combination shows a short notice instead of a list.',
      attributes: { kinds: 'election', cycles: '3' },
    },
  ],
  strings: true,
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)

const LAYOUTS = ['vertical', 'horizontal', 'auto'];
const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
const KINDS = [
  'mechanism', 'review', 'adoption', 'report', 'plan', 'election', 'membership', 'session', 'workshop', 'candidacy',
  'resolution',
];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `from`/`to` are ISO dates of year, month or day precision. */
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

/** The filters after validation, as the widget applies them. */
interface Filters {
  cycles?: string[];
  kinds?: string[];
  from?: string;
  to?: string;
}

/** The ids of the events the filters leave, in order. */
function shownEvents(filters: Filters, { eventsInOrder, startOf, endOf }: HardeningTools): string[] {
  const cycles = filters.cycles?.map((c) => ['I', 'II', 'III', 'IV'].indexOf(c.toUpperCase()) + 1 || Number(c));
  return eventsInOrder()
    .filter((e) => {
      if (cycles && !(e.cycle && cycles.includes(e.cycle))) return false;
      if (filters.kinds && !filters.kinds.includes(e.kind)) return false;
      if (filters.from && endOf(e.endDate ?? e.date) < startOf(filters.from)) return false;
      if (filters.to && startOf(e.date) > endOf(filters.to)) return false;
      return true;
    })
    .map((e) => e.id);
}

/** The filters of valid attributes (a timeline on a page, or a reference). */
function filtersOf(attributes: Attributes): Filters {
  const list = (value: string | undefined) => value?.trim().toLowerCase().split(/[\s,;]+/).filter(Boolean);
  return { cycles: list(attributes.cycles), kinds: list(attributes.kinds), from: attributes.from?.trim() || undefined, to: attributes.to?.trim() || undefined };
}

interface TimelineExpectation extends Expectation {
  show: 'timeline';
  layout: string;
  headingLevel: number;
  sameAs: Attributes;
}

/** What a timeline shows, to compare with a reference timeline given only the valid attributes. */
function view(el: Element, { text, classes, shadowOf }: HardeningTools): string {
  const root = shadowOf(el);
  const items = Array.from(root.querySelectorAll<HTMLElement>('[part~="item"]'));
  return JSON.stringify({
    ids: items.map((li) => li.dataset.id),
    highlighted: items.filter((li) => li.getAttribute('aria-current') === 'true').map((li) => li.dataset.id),
    open: items.filter((li) => li.querySelector('[aria-expanded="true"]')).map((li) => li.dataset.id),
    empty: text(root.querySelector('[part="empty"]')),
    layout: classes(root.querySelector('.timeline'), 'layout-'),
    headings: [...new Set(items.map((li) => li.querySelector('[part="title"]')?.localName))],
    theme: classes(root.querySelector('[part="base"]'), 'theme-'),
  });
}

/**
 * It always renders, as if a bad attribute were not there: options the HTML way; `cycles` and `kinds` lists, ignored
 * whole for one bad item (the warning names it, `kinds` in lower case); `from`/`to` ISO dates (trimmed), `from`
 * after `to` warns on `from` and ignores both; `max-items` a positive whole number; `highlight` an exact id, trimmed,
 * that the other filters leave. Filters empty or white space are not set, and silent.
 */
function badInput(): BadInputPlan<TimelineExpectation, TimelineStrings> {
  /**
   * Valid attributes a case starts from, so that most cases render a handful of events rather than all of them (a
   * bad filter is ignored, so the context never filters by the attribute under test).
   */
  const contexts: readonly Record<string, string>[] = [
    { kinds: 'review' },
    { kinds: 'adoption' },
    { cycles: '1' },
    { cycles: '4', kinds: 'review,adoption' },
    { kinds: 'review', layout: 'horizontal' },
    { cycles: '2', 'heading-level': '4' },
    { kinds: 'report', theme: 'dark' },
    {},
  ];
  return {
    attributes: ({ eventsInOrder }) => [
      { attribute: 'layout', bases: LAYOUTS, quota: 60 },
      { attribute: 'heading-level', bases: HEADING_LEVELS, quota: 55 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 45 },
      { attribute: 'cycles', bases: ['1', '2', '3', '4', 'III', 'iv', '3,4', '1 2'], quota: 65, list: true },
      { attribute: 'kinds', bases: ['review', 'adoption', 'report', 'review,adoption', 'plan election'], quota: 65, list: true },
      { attribute: 'from', bases: ['2014', '2019-05', '2024-06-18'], quota: 50 },
      { attribute: 'to', bases: ['2014', '2019-05', '2024-06-18'], quota: 50 },
      { attribute: 'highlight', bases: ['cycle-4-review', 'cycle-1-review', ...eventsInOrder().slice(0, 4).map((e) => e.id)], quota: 65 },
      { attribute: 'max-items', bases: ['1', '3', '12'], quota: 50 },
    ],
    context(attribute, k) {
      // a highlight is checked against the events shown: give it a filter, so that the event may be left out
      const fitting = contexts.filter((c) => !(attribute in c) && (attribute !== 'highlight' || 'kinds' in c || 'cycles' in c));
      return { ...fitting[k % fitting.length] };
    },
    authorContent: () => undefined,
    classify(read, tools) {
      const { attributes } = read;
      const layout = read.option('layout', LAYOUTS, 'vertical');
      // the default: one below the heading before it; the bad-input page has none before its cases
      const level = read.option('heading-level', HEADING_LEVELS, '2');
      const theme = read.theme();
      const filters: Filters = {};
      for (const attribute of ['from', 'to'] as const) {
        const value = attributes[attribute]?.trim();
        if (!value) continue;
        if (!read.bad(attribute, isIsoDate(value) ? undefined : attributes[attribute])) filters[attribute] = value;
      }
      if (filters.from && filters.to && tools.startOf(filters.from) > tools.endOf(filters.to)) {
        read.bad('from', filters.from);
        read.ignore('to');
        filters.from = filters.to = undefined;
      }
      for (const attribute of ['cycles', 'kinds'] as const) {
        const value = attributes[attribute]?.trim();
        if (!value) continue;
        const items = read.items(attribute === 'kinds' ? value.toLowerCase() : value);
        const first = items.find((item) => (attribute === 'kinds' ? !KINDS.includes(item) : !read.cycle(item)));
        if (!read.bad(attribute, first)) filters[attribute] = items;
      }
      const max = attributes['max-items']?.trim();
      if (max && !(/^\d+$/.test(max) && Number(max) > 0)) read.bad('max-items', max);
      const highlight = attributes.highlight;
      if (highlight?.trim() && !shownEvents(filters, tools).includes(highlight.trim())) read.bad('highlight', highlight);
      return { show: 'timeline', theme, layout, headingLevel: Number(level), sameAs: read.valid() };
    },
    combinations({ add, pick, value }, { eventsInOrder }) {
      const nonReviews = eventsInOrder()
        .filter((e) => e.kind !== 'review')
        .map((e) => e.id);
      let day = 0;
      /** A day in 2015 or later, a new one each time: the `from` of each from-later-than-to case is unique. */
      const nextDay = () => new Date(Date.UTC(2015, 0, 1 + day++)).toISOString().slice(0, 10);
      for (let k = 0; k < 60; k++) {
        switch (k % 6) {
          case 0:
            add('from later than to', { kinds: 'review', from: nextDay(), to: pick(['2009', '2013-12', '2014-02-04', '2014']) }, undefined, false);
            break;
          case 1:
            add('layout=horizontal with max-items=0', { kinds: 'adoption', layout: 'horizontal', 'max-items': '0'.repeat(1 + k) });
            break;
          case 2:
            // a known event, left out by the other filters
            add('highlight left out by the filters', { kinds: 'review', highlight: `${' '.repeat(k)}${pick(nonReviews)}` });
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
    },
    check(el, e, _c, { part, classes, shadowOf }) {
      const problems: string[] = [];
      const root = shadowOf(el);
      const layout = classes(root.querySelector('.timeline'), 'layout-').join();
      if (!part(el, 'empty') && layout !== `layout-${e.layout}`) problems.push(`layout: expected layout-${e.layout}, got ${layout}`);
      const headings = new Set(Array.from(root.querySelectorAll('[part="title"]'), (h) => h.localName));
      if (headings.size && [...headings].join() !== `h${e.headingLevel}`) problems.push(`headings: expected h${e.headingLevel}, got ${[...headings].join()}`);
      // a valid highlight marks its event
      const highlight = e.sameAs.highlight?.trim();
      const marked = Array.from(root.querySelectorAll<HTMLElement>('[aria-current="true"]'), (item) => item.dataset.id).join();
      if (highlight && marked !== highlight) problems.push(`highlighted: expected ${highlight}, got ${marked || 'none'}`);
      return problems;
    },
    view,
    minimumAccepted: 30,
    contract: [
      { attributes: { highlight: ' cycle-4-review ', kinds: 'Review', 'max-items': ' 007 ' }, warnings: [] },
      // ids are exact and case-sensitive, though a highlight is trimmed
      { attributes: { highlight: 'Cycle-4-Review' }, warnings: [{ attribute: 'highlight', value: 'Cycle-4-Review' }] },
      { attributes: { highlight: ' cycle-4-review ' }, warnings: [] },
    ],
  };
}

/** Whether it is laid out as a row (horizontal, or automatic and wide enough). */
function horizontal(el: Element): boolean {
  const list = el.shadowRoot?.querySelector('[part~="list"]');
  return !!list && getComputedStyle(list).display === 'flex';
}

/** aria-disabled of the Earlier and Later buttons. */
function buttonStates(el: Element): (string | null)[] {
  return Array.from(el.shadowRoot?.querySelectorAll('[part~="controls"] button') ?? [], (b) => b.getAttribute('aria-disabled'));
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens every closed item by clicking its title, as a reader does; returns the problems. */
async function openItems(el: HTMLElement, { describe, visible, findAll, shadowOf, text }: HardeningTools): Promise<string[]> {
  const closed = findAll<HTMLButtonElement>(el, '[part~="title"] button').filter((button) => button.getAttribute('aria-expanded') !== 'true');
  for (const button of closed) button.click();
  await (el as Updating).updateComplete;
  return closed.flatMap((button) => {
    const details = shadowOf(el).getElementById(button.getAttribute('aria-controls') ?? '');
    return button.getAttribute('aria-expanded') === 'true' && visible(details) ? [] : [`${describe(el)}: "${text(button)}" did not open`];
  });
}

function pageChecks(): PageChecks<TimelineStrings> {
  return {
    keyParts: (el) => [
      'list', 'item', 'date', 'title', 'cycle-divider',
      // the highlighted item starts open
      ...(el.hasAttribute('highlight') ? ['item-highlighted summary', 'item-highlighted source'] : []),
    ],
    // (filters that select nothing show a notice instead: a page of every example has one)
    content: (el) => (el.shadowRoot?.querySelector('[part~="empty"]') ? 'empty' : 'title'),
    hierarchy(el, { part, parts, visible, describe }) {
      const problems: string[] = [];
      const items = parts(el, 'item').map((li) => li.getBoundingClientRect());
      const row = horizontal(el);
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1], items[i]];
        if (row ? b.left < a.right - 1 || Math.abs(b.top - a.top) > 1 : b.top < a.bottom - 1) {
          problems.push(`${describe(el)}: item ${i} is not ${row ? 'beside' : 'below'} item ${i - 1}`);
          break;
        }
      }
      if (row !== visible(part(el, 'controls'))) problems.push(`${describe(el)}: the Earlier/Later buttons are ${row ? 'hidden' : 'shown'}`);
      return problems;
    },
    shortLine: 'date',
    scroller: { row: 'list', buttons: '[part~="controls"] button', applies: horizontal },
    async use(el, _page, tools) {
      const problems = await openItems(el, tools);
      if (!horizontal(el)) return problems;
      // the row starts scrolled to the highlighted item; a button moves it on (smoothly: wait for it). On screen, as
      // for a reader who clicks it: Firefox does not animate a scroller out of view.
      el.scrollIntoView();
      const row = tools.partOf(el, 'list');
      const [earlier, later] = tools.findAll<HTMLButtonElement>(el, '[part~="controls"] button');
      const start = row.scrollLeft;
      const on = later.getAttribute('aria-disabled') !== 'true';
      (on ? later : earlier).click();
      const moved = await tools.until(() => (on ? row.scrollLeft > start : row.scrollLeft < start), 3000);
      return moved ? problems : [...problems, `${tools.describe(el)}: ${on ? 'Later' : 'Earlier'} did not scroll the row from ${start}px`];
    },
    cites(el, tools) {
      // what the filters leave, or with max-items the events it keeps of them
      const attributes = Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]));
      let ids = shownEvents(filtersOf(attributes), tools);
      if (attributes['max-items']) {
        const kept = new Set(tools.parts(el, 'item').map((item) => item.dataset.id));
        ids = ids.filter((id) => kept.has(id));
      }
      return ids.flatMap((id) => tools.byId('events', id)?.sources ?? []);
    },
    language(el, locale, { part, strings, describe }) {
      const label = part(el, 'list')?.getAttribute('aria-label');
      return label === strings[locale].listLabel ? [] : [`${describe(el)}: the list is labelled "${label}"`];
    },
    width(el, width, { describe }) {
      // layout="auto" is horizontal from 720px
      const layout = el.getAttribute('layout')?.trim().toLowerCase();
      const expected = layout === 'horizontal' || (layout === 'auto' && width >= 720);
      return horizontal(el) === expected ? [] : [`${describe(el)}: ${expected ? 'vertical' : 'horizontal'} in ${width}px`];
    },
    async moved(el, _page, tools) {
      // the reader opens the first closed item: it stays open, and no item is shown twice
      const title = tools.find<HTMLButtonElement>(el, '[part~="item"]:not([aria-current]) [part~="title"] button');
      const id = title?.closest<HTMLElement>('[part~="item"]')?.dataset.id;
      title?.click();
      await (el as Updating).updateComplete;
      const items = tools.parts(el, 'item').length;
      return async () => {
        const problems: string[] = [];
        const now = tools.parts(el, 'item').length;
        if (now !== items) problems.push(`${tools.describe(el)}: ${now} items, ${items} before the move`);
        const open = tools.find(el, `[data-id="${id}"] [part~="title"] button`)?.getAttribute('aria-expanded');
        if (open !== 'true') problems.push(`${tools.describe(el)}: the item the reader opened (${id}) is closed`);
        return problems;
      };
    },
    sameAs(el, reference, { part, partOf, describe }) {
      const problems: string[] = [];
      const name = describe(el);
      const [list, refList] = [partOf(el, 'list'), partOf(reference, 'list')];
      if (getComputedStyle(list).display !== getComputedStyle(refList).display) problems.push(`${name}: a different layout`);
      if (Math.abs(list.scrollLeft - refList.scrollLeft) > 1) problems.push(`${name}: scrolled to ${list.scrollLeft}px, ${refList.scrollLeft}px when never hidden`);
      const highlighted = part(el, 'item-highlighted');
      if (highlighted) {
        const [box, rowBox] = [highlighted.getBoundingClientRect(), list.getBoundingClientRect()];
        if (box.left < rowBox.left - 1 || box.right > rowBox.right + 1) problems.push(`${name}: the highlighted item is out of view`);
      }
      if (buttonStates(el).join() !== buttonStates(reference).join()) {
        problems.push(`${name}: Earlier/Later disabled ${buttonStates(el)}, ${buttonStates(reference)} when never hidden`);
      }
      return problems;
    },
    readerSettings: {
      async forcedColors(el, _page, { part, describe, borderProblems, findAll }) {
        if (horizontal(el)) {
          return findAll(el, '[part~="controls"] button').flatMap((button) => borderProblems(button, 'top', `${describe(el)}: Earlier/Later`));
        }
        // the rule, and the markers: border-only circles (a background would be painted over in the page colour)
        return [
          ...borderProblems(part(el, 'item'), 'left', `${describe(el)}: the rule`),
          ...findAll(el, '[part~="item"] [part~="date"]').flatMap((date) =>
            borderProblems(date, 'top', `${describe(el)}: the marker of "${date.textContent?.trim()}"`, '::before'),
          ),
        ];
      },
      async animate(el, page, { nextFrame, findAll }) {
        // opening an item turns its chevron with a transition
        if (horizontal(el)) return false;
        for (const button of findAll<HTMLButtonElement>(el, '[part~="title"] button').slice(0, 2)) button.click();
        await (el as Updating).updateComplete;
        await nextFrame(page.win);
        return true;
      },
      print: {
        // closed items render their details when the page prints
        ready: (el, { parts }) => parts(el, 'summary').length === parts(el, 'item').length,
        // the titles are buttons on screen and plain text on paper
        buttons: '[part~="title"] button',
        check(el, { describe, visible, alpha, shadowOf }) {
          const problems: string[] = [];
          const root = shadowOf(el);
          for (const button of root.querySelectorAll('[part~="title"] button')) {
            const s = getComputedStyle(button);
            if (!visible(button) || s.borderTopStyle !== 'none' || alpha(s.backgroundColor) > 0) problems.push(`${describe(el)}: a title does not print as text`);
          }
          if (horizontal(el)) problems.push(`${describe(el)}: printed horizontally`);
          const open = Array.from(root.querySelectorAll('[part~="summary"]')).filter(visible).length;
          if (open !== root.querySelectorAll('[part~="item"]').length) problems.push(`${describe(el)}: ${open} of the items printed open`);
          return problems;
        },
      },
    },
    everyItem: [{}],
  };
}
