import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import {
  dataset,
  endOf,
  eventsInOrder,
  startOf,
  type CycleNumber,
  type EventKind,
  type Figure,
  type IsoDate,
  type TimelineEvent,
} from '../internal/data.js';
import { ArrowKeysController } from '../internal/arrow-keys.js';
import { parseCyclesAttribute, ROMAN, tokens } from '../internal/cycles.js';
import { decimalsOf, formatDateRange, formatIsoDate, formatNumber, parseIsoDate } from '../internal/format.js';
import { HEADING_LEVELS, HEADINGS, levelBelowOutline, type HeadingLevel } from '../internal/headings.js';
import { conflictText, renderSourceLine } from '../internal/sources.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { quoteValue, warnInvalidAttribute } from '../internal/warn.js';
import { styles } from './upr-timeline.styles.js';
import { timelineStrings } from './upr-timeline.strings.js';

export const TIMELINE_LAYOUTS = ['vertical', 'horizontal', 'auto'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

/** Every kind of event the dataset knows, in the order the schema lists them. */
export const EVENT_KINDS = [
  'mechanism',
  'review',
  'adoption',
  'report',
  'plan',
  'election',
  'membership',
  'session',
  'workshop',
  'candidacy',
  'resolution',
] as const satisfies readonly EventKind[];
// Fails to compile if the dataset gains a kind that the list above lacks.
const allKindsListed: Exclude<EventKind, (typeof EVENT_KINDS)[number]> extends never ? true : never = true;
void allKindsListed;


/** Detail of the `upr-timeline-select` event. */
export interface UprTimelineSelectDetail {
  /** Id of the event the reader opened. */
  id: string;
}

/** The filters an editor set, after validation; `undefined` means "not set, or ignored because invalid". */
interface Filters {
  cycles?: ReadonlySet<CycleNumber>;
  kinds?: ReadonlySet<EventKind>;
  from?: IsoDate;
  to?: IsoDate;
}

/** One row of the rendered list. */
interface Entry {
  event: TimelineEvent;
  /** The cycle that begins with this event (in the list shown): the divider above it. */
  startsCycle?: CycleNumber;
}

/** What the attributes select, read in willUpdate: what render() draws. */
interface Selection {
  layout: TimelineLayout;
  headingLevel: HeadingLevel;
  entries: readonly Entry[];
  /** The highlighted event's id, when it is among those shown. */
  highlight?: string;
}

/** The years events happen in, as suggestions for a mistyped `from` or `to`. */
function eventYears(): string[] {
  return [...new Set(eventsInOrder().map((e) => e.date.slice(0, 4)))];
}

/**
 * The cycles an event may fall in, for the dividers: its own cycle when the data assigns one; otherwise every
 * cycle whose years (data/cycles.json) contain the year it starts in (two where cycles meet, none before 2008).
 */
function cyclesOf(event: TimelineEvent): CycleNumber[] {
  if (event.cycle) return [event.cycle];
  const year = Number(event.date.slice(0, 4));
  return dataset.cycles.filter((c) => c.years.from <= year && year <= c.years.to).map((c) => c.number);
}

/** The previous cycle's review, for "5 years after the cycle II review". */
function previousReview(event: TimelineEvent): TimelineEvent | undefined {
  if (event.kind !== 'review' || !event.cycle) return undefined;
  const cycle = event.cycle - 1;
  return dataset.events.find((e) => e.kind === 'review' && e.cycle === cycle);
}

/** Timelines on the page, to render every item's details when the page is printed. */
const connectedTimelines = new Set<UprTimeline>();
/** Set once the page starts printing: from then on closed items keep their (hidden) details rendered. */
let printRequested = false;
/** Kept referenced: an unreferenced MediaQueryList may be garbage-collected with its listener. */
let printMedia: MediaQueryList | undefined;

/**
 * Printing shows every item open (a printed page has no buttons), but closed items render no details until
 * then. `beforeprint` comes before the print dialog's layout in every engine; the print media query also
 * covers renderers that print without that event (print emulation, headless PDF export), which see the
 * change a frame or more later.
 */
function watchPrint(): void {
  if (printMedia) return;
  const print = (): void => {
    if (printRequested) return;
    printRequested = true;
    for (const timeline of connectedTimelines) timeline.requestUpdate();
  };
  addEventListener('beforeprint', print);
  printMedia = matchMedia('print');
  printMedia.addEventListener('change', (event) => event.matches && print());
}

/**
 * Viet Nam's history in the UN Universal Periodic Review as a newspaper timeline: every event from the
 * dataset in date order, each with its date (at the precision the data has), its title, and on opening a
 * summary, its figures and its sources. A labelled divider ("Cycle IV") marks where each UPR cycle begins:
 * before the first event shown that the data assigns to that cycle or, for an event that belongs to no cycle
 * (a Council election, say), that falls within the cycle's years. Each review after the first says how long
 * after the previous cycle's review it came, in calendar years ("5 years after the cycle II review").
 *
 * With no attributes it shows every event, vertically. Filters combine (an event must pass all of them). A
 * filter with an invalid value is ignored as a whole, with one console warning naming the closest valid values;
 * a combination of valid filters that selects nothing shows a short localized notice ("No events match this
 * selection.") in place of the list, without a warning.
 *
 * Items start collapsed (date and title) and open in place: each title is a button (a disclosure) inside a
 * heading. The highlighted item starts open. Every title is in the tab order; in the horizontal layout
 * ArrowLeft, ArrowRight, Home and End also move between them, scrolling the row (never the page).
 *
 * The element's height changes only when a reader opens or closes an item. A site can reserve space before
 * the script loads with, for example, `upr-timeline:not(:defined) { display: block; min-height: 30em; }` (a
 * horizontal timeline needs about 14em), or with content of about the same height inside the element, which
 * the browser shows until the script runs and which the timeline then replaces (it always renders: invalid
 * attributes are ignored, never fatal).
 *
 * @summary Viet Nam's UPR history as a timeline, filterable by cycle, kind and date.
 * @tag upr-timeline
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest
 *   ancestor's `lang`, then `<html lang>`.
 *
 * @fires {CustomEvent<UprTimelineSelectDetail>} upr-timeline-select - A reader opened an item (not when
 *   closing it, and not for the highlighted item opening by itself). `detail.id` is the event's id. Bubbles and
 *   crosses shadow roots.
 *
 * @csspart base - The widget's outer box.
 * @csspart controls - The Earlier/Later buttons of the horizontal layout.
 * @csspart list - The ordered list of events (the horizontal scroller).
 * @csspart item - One event. The highlighted one also has the part `item-highlighted`.
 * @csspart item-highlighted - The event named by `highlight`.
 * @csspart cycle-divider - The label "Cycle IV" above the first event of each cycle.
 * @csspart date - The event's date or date range.
 * @csspart title - The heading with the event's title (a button that opens the item).
 * @csspart interval - The time since the previous cycle's review, under a review's title.
 * @csspart summary - The summary of an opened event.
 * @csspart claimant - Whose account the item is, when it comes from one party ("According to the Government of Viet Nam").
 * @csspart figures - The list of figures of an opened event.
 * @csspart conflict - The note on an event whose sources disagree.
 * @csspart source - The source line of an opened event.
 * @csspart empty - The notice shown when the filters select no event.
 *
 * @cssprop [--upr-timeline-line-color=var(--upr-color-rule)] - The timeline rule.
 * @cssprop [--upr-timeline-marker-color=var(--upr-color-muted)] - The small marker of each event.
 * @cssprop [--upr-timeline-milestone-color=var(--upr-color-text)] - The larger marker of each review.
 * @cssprop [--upr-timeline-highlight-color=var(--upr-color-accent)] - Marker and edge of the highlighted event.
 * @cssprop [--upr-timeline-card-width=15em] - Width of each event in the horizontal layout.
 * @cssprop [--upr-color-text=#1b1c1e] - Text colour (`#ecebe8` in the dark theme).
 * @cssprop [--upr-color-muted=#53575d] - Dates, notes and source lines (`#b5b3ad` in the dark theme).
 * @cssprop [--upr-color-rule=#c9c7c1] - Hairline rules (`#45474c` in the dark theme).
 * @cssprop [--upr-color-accent=#0b5394] - The highlight (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-focus=#0b5394] - Focus ring (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-background=transparent] - Background (`#17181a` in the dark theme).
 * @cssprop [--upr-font-family=inherit] - Font; inherited from the article by default.
 * @cssprop [--upr-font-size=1em] - Base size; everything else is set in em.
 * @cssprop [--upr-line-height=1.55] - Line height of body text.
 */
export class UprTimeline extends UprElement {
  static override readonly tag = 'upr-timeline';

  static override styles = [UprElement.styles, styles];

  /** Every event, with the cycles and the sources. */
  protected override dataNeeded(): DataNeed {
    return { collection: 'events' };
  }

  private resizeObserver?: ResizeObserver;
  private observedList?: HTMLElement;
  /** Set when the highlighted item should be brought into view after the next render. */
  private revealPending = true;
  /** What the attributes select, read in willUpdate. */
  private selection: Selection = { layout: 'vertical', headingLevel: '2', entries: [] };
  /** The default heading level, from the page's outline where the element is; found again when it moves. */
  private outlineLevel?: HeadingLevel;

  @query('.list') private list?: HTMLOListElement;

  /** Items the reader opened (true) or closed (false); others follow the highlight. */
  @state() private toggled: ReadonlyMap<string, boolean> = new Map();
  /** Whether the horizontal scroller can go further back or forward. */
  @state() private canScrollBack = false;
  @state() private canScrollForward = false;

  /**
   * `vertical` (default): a rule down the side with the events stacked. `horizontal`: cards in a row under a rule,
   * scrolled sideways with Earlier/Later buttons or the arrow keys. `auto`: horizontal when the element itself (not
   * the window) is at least 720px wide, vertical below; decided by a CSS container query. Printing always uses the
   * vertical layout.
   */
  @property() layout?: string;

  /**
   * UPR cycles to show, separated by commas or spaces: `1` to `4` (or `I` to `IV`), for example `cycles="3,4"`.
   * Events that belong to no cycle (Council elections and terms, for instance) are left out.
   */
  @property() cycles?: string;

  /**
   * Kinds of event to show, separated by commas or spaces: `mechanism`, `review`, `adoption`, `report`, `plan`,
   * `election`, `membership`, `session`, `workshop`, `candidacy`, `resolution`.
   */
  @property() kinds?: string;

  /**
   * First date to show: a year (`2014`) or an ISO date (`2014-02`, `2014-02-05`). An event is shown when any part of
   * its date or date range falls on or after it.
   */
  @property() from?: string;

  /**
   * Last date to show, written like `from`; an event is shown when it begins on or before it. A `from` later than
   * `to` ignores both, with one warning.
   */
  @property() to?: string;

  /**
   * Id of one event (`npm run data:list` lists them) to mark and open. In the horizontal layout the timeline scrolls
   * sideways to bring it into view; the page itself is never scrolled. An unknown id, or one that the other filters
   * leave out, warns once and shows no highlight.
   */
  @property() highlight?: string;

  /**
   * A positive whole number: show at most this many events. Without `highlight`, the first ones (earliest) after
   * filtering; with `highlight`, a window of that many events around the highlighted one (as many before as after,
   * where the list allows). Invalid values warn once and show every event.
   */
  @property({ attribute: 'max-items' }) maxItems?: string;

  /**
   * Level of the item headings, `2` to `6`. By default one level below the heading that comes before the timeline
   * on the page, so that its headings continue the article's outline: `2` under the article's `<h1>`, `3` under
   * an `<h2>`, and `2` when no heading comes before it. Anything else warns once and uses that default.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  constructor() {
    super();
    // Left and right arrows, Home and End move between the items of the horizontal row.
    new ArrowKeysController(this, {
      items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.toggle')),
      next: ['ArrowRight'],
      previous: ['ArrowLeft'],
      enabled: () => this.isHorizontal(),
      preventScroll: true,
      moved: (button) => {
        const item = button.closest<HTMLElement>('.item');
        if (item) this.scrollToItem(item, true);
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedTimelines.add(this);
    watchPrint();
    this.outlineLevel = undefined;
    // Moved to another container: watch the row's size again (updated() does it), which the move stopped.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedTimelines.delete(this);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedList = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('highlight') && this.highlight && this.toggled.has(this.highlight)) {
      // A newly highlighted item starts open, whatever the reader did with it before.
      const next = new Map(this.toggled);
      next.delete(this.highlight);
      this.toggled = next;
    }
    if (['highlight', 'layout', 'cycles', 'kinds', 'from', 'to', 'maxItems'].some((key) => changed.has(key))) {
      this.revealPending = true;
    }
    this.selection = {
      layout: this.option('layout', this.layout, TIMELINE_LAYOUTS, 'vertical'),
      headingLevel: this.option('heading-level', this.headingLevel, HEADING_LEVELS, (this.outlineLevel ??= levelBelowOutline(this))),
      ...this.selectEvents(),
    };
  }

  protected override updated(): void {
    const list = this.list;
    // No layout is read here: with many widgets on a page, each read would force a layout of the whole page
    // between two renders. The ResizeObserver's callback runs after the browser's own layout instead, and
    // observing an element again delivers one callback with its current size.
    if (list !== this.observedList || this.revealPending) {
      this.resizeObserver ??= new ResizeObserver(() => this.afterLayout());
      this.resizeObserver.disconnect();
      if (list) this.resizeObserver.observe(list);
      this.observedList = list;
    }
  }

  /** After a layout that changed the row's size (or after observing it again): scroll state and the reveal. */
  private afterLayout(): void {
    const list = this.list;
    this.updateScrollState();
    // A row without a box (inside a hidden parent) cannot scroll yet: the reveal waits for it to be laid out.
    if (!this.revealPending || !list || list.clientWidth === 0) return;
    this.revealPending = false;
    const item = list.querySelector<HTMLElement>('.item.highlighted');
    // Where three cards fit, the one before the highlight stays in view too, for context.
    const before = item?.previousElementSibling;
    const wide = !!item && list.clientWidth >= 3 * item.offsetWidth;
    if (item) this.scrollToItem(item, false, wide && before instanceof HTMLElement ? before : item);
  }

  private onToggle(event: TimelineEvent): void {
    const open = !this.isOpen(event, this.highlight?.trim());
    this.toggled = new Map(this.toggled).set(event.id, open);
    if (open) {
      this.dispatchEvent(
        new CustomEvent<UprTimelineSelectDetail>('upr-timeline-select', {
          detail: { id: event.id },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private onScrollBack(): void {
    this.scrollPage(-1);
  }

  private onScrollForward(): void {
    this.scrollPage(1);
  }

  private onListScroll(): void {
    this.updateScrollState();
  }

  private isOpen(event: TimelineEvent, highlight: string | undefined): boolean {
    return this.toggled.get(event.id) ?? event.id === highlight;
  }

  /** The horizontal layout is a flex row; `auto` switches to it by a container query, so ask CSS. */
  private isHorizontal(): boolean {
    return !!this.list && getComputedStyle(this.list).display === 'flex';
  }

  private smoothScroll(): ScrollBehavior {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  /**
   * Brings an item into view inside the horizontal scroller only, never scrolling the page: when the item is
   * not wholly visible, the scroller moves so that `anchor` (the item, or one before it) starts the row.
   */
  private scrollToItem(item: HTMLElement, animate: boolean, anchor: HTMLElement = item): void {
    const list = this.list;
    if (!list || list.scrollWidth <= list.clientWidth) return;
    const listBox = list.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    if (itemBox.left >= listBox.left && itemBox.right <= listBox.right) return;
    const padding = parseFloat(getComputedStyle(list).scrollPaddingInlineStart) || 0;
    list.scrollTo({
      left: list.scrollLeft + anchor.getBoundingClientRect().left - listBox.left - padding,
      behavior: animate ? this.smoothScroll() : 'auto',
    });
  }

  private scrollPage(direction: 1 | -1): void {
    const list = this.list;
    if (!list) return;
    list.scrollBy({ left: direction * list.clientWidth * 0.8, behavior: this.smoothScroll() });
  }

  private updateScrollState(): void {
    const list = this.list;
    const back = !!list && list.scrollLeft > 1;
    const forward = !!list && list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
    if (back !== this.canScrollBack) this.canScrollBack = back;
    if (forward !== this.canScrollForward) this.canScrollForward = forward;
  }

  private parseKinds(): ReadonlySet<EventKind> | undefined {
    const value = this.kinds?.trim();
    if (!value) return undefined;
    const list = tokens(value.toLowerCase());
    const bad = list.find((token) => !(EVENT_KINDS as readonly string[]).includes(token));
    if (bad === undefined) return new Set(list as EventKind[]);
    warnInvalidAttribute(this.localName, 'kinds', bad, EVENT_KINDS, `Ignoring kinds=${quoteValue(value)}.`);
    return undefined;
  }

  private parseDate(attribute: 'from' | 'to', raw: string | undefined): IsoDate | undefined {
    const value = raw?.trim();
    if (!value) return undefined;
    if (parseIsoDate(value)) return value;
    warnInvalidAttribute(this.localName, attribute, raw ?? '', eventYears(), `Use a year or an ISO date such as "2014-02-05"; ignoring ${attribute}.`);
    return undefined;
  }

  private parseFilters(): Filters {
    let from = this.parseDate('from', this.from);
    let to = this.parseDate('to', this.to);
    if (from && to && startOf(from) > endOf(to)) {
      warnInvalidAttribute(
        this.localName,
        'from',
        from,
        [],
        `It is later than to="${to}"; ignoring both. Did you mean from="${to}" to="${from}"?`,
      );
      from = to = undefined;
    }
    return { cycles: parseCyclesAttribute(this.localName, this.cycles), kinds: this.parseKinds(), from, to };
  }

  private parseMaxItems(): number | undefined {
    const value = this.maxItems == null ? '' : String(this.maxItems).trim();
    if (!value) return undefined;
    if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
    const n = Number(value);
    const nearest = Number.isFinite(n) ? [...new Set([Math.floor(n), Math.ceil(n)].map((x) => String(Math.max(1, x))))] : [];
    warnInvalidAttribute(this.localName, 'max-items', value, nearest, 'Use a positive whole number; showing every event.');
    return undefined;
  }

  private passes(event: TimelineEvent, filters: Filters): boolean {
    const { cycles, kinds, from, to } = filters;
    if (cycles && !(event.cycle && cycles.has(event.cycle))) return false;
    if (kinds && !kinds.has(event.kind)) return false;
    // Any overlap counts: an event "2014–2016" is shown from="2015", and "2019" is shown to="2019-06".
    if (from && endOf(event.endDate ?? event.date) < startOf(from)) return false;
    if (to && startOf(event.date) > endOf(to)) return false;
    return true;
  }

  /** The highlighted id, if it names an event among those shown; warns once otherwise. */
  private resolveHighlight(shown: readonly TimelineEvent[]): string | undefined {
    const id = this.highlight?.trim();
    if (!id) return undefined;
    if (shown.some((event) => event.id === id)) return id;
    const known = eventsInOrder().some((event) => event.id === id);
    warnInvalidAttribute(
      this.localName,
      'highlight',
      this.highlight ?? '',
      known ? shown.map((event) => event.id) : eventsInOrder().map((event) => event.id),
      known
        ? 'That event is left out by the other attributes; showing no highlight.'
        : 'No event has that id; showing no highlight.',
    );
    return undefined;
  }

  private selectEvents(): { entries: Entry[]; highlight?: string } {
    const filters = this.parseFilters();
    const max = this.parseMaxItems();
    let shown = eventsInOrder().filter((event) => this.passes(event, filters));
    const highlight = this.resolveHighlight(shown);
    if (max && shown.length > max) {
      const at = highlight ? shown.findIndex((event) => event.id === highlight) : 0;
      const start = Math.min(Math.max(0, at - Math.floor((max - 1) / 2)), shown.length - max);
      shown = shown.slice(highlight ? start : 0, (highlight ? start : 0) + max);
    }
    // A divider goes before the first event shown of each later cycle; an event that could be in the cycle
    // already under way (where two cycles share a year) stays in it.
    let current = 0;
    const entries = shown.map((event): Entry => {
      const cycles = cyclesOf(event);
      const next = cycles.find((cycle) => cycle > current);
      if (!next || cycles.includes(current as CycleNumber)) return { event };
      current = next;
      return { event, startsCycle: next };
    });
    return { entries, highlight };
  }

  private renderTime(iso: IsoDate): TemplateResult {
    return html`<time datetime=${iso}>${formatIsoDate(iso, this.locale)}</time>`;
  }

  private renderDate(event: TimelineEvent): TemplateResult {
    if (!event.endDate) return this.renderTime(event.date);
    // What the two dates share is said once: "7–18 April 2008", "18/6–12/7/2024".
    const { start, separator, end } = formatDateRange(event.date, event.endDate, this.locale);
    return html`<time datetime=${event.date}>${start}</time>${separator}<time datetime=${event.endDate}>${end}</time>`;
  }

  private renderFigure(figure: Figure): TemplateResult {
    const digits = decimalsOf(figure.value);
    const value = formatNumber(figure.value, this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const label = figure.label[this.locale];
    // "80.17% of recommendations accepted": a label that starts with "%" belongs to the number; otherwise a no-break
    // space keeps the number on the line of the label's first word ("227 recommendations").
    return html`<li><data class="figure-value" value=${figure.value}>${value}</data>${label.startsWith('%') ? '' : '\u00a0'}${label}</li>`;
  }

  private renderInterval(event: TimelineEvent): TemplateResult | typeof nothing {
    const previous = previousReview(event);
    const [now, then] = [parseIsoDate(event.date), previous && parseIsoDate(previous.date)];
    if (!previous?.cycle || !now || !then) return nothing;
    // Whole years and months, so that 2009-05 to 2014-02 reads "4 years 8 months", not a rounded "5 years".
    const months = differenceInMonths(now.date, then.date);
    if (months < 1) return nothing;
    return html`<p class="interval" part="interval">
      ${timelineStrings[this.locale].afterReview(Math.floor(months / 12), months % 12, ROMAN[previous.cycle])}
    </p>`;
  }

  /**
   * What an opened item shows. Closed items render none of it (their details element stays, empty, as the
   * target of the button's aria-controls): most items on a page stay closed, and their summaries, figures and
   * source lines would be most of the page's nodes.
   */
  private renderDetails(event: TimelineEvent): TemplateResult {
    const t = timelineStrings[this.locale];
    return html`<p class="summary" part="summary">${event.summary[this.locale]}</p>
      ${event.claimant
        ? html`<p class="claimant" part="claimant">${this.strings.accordingTo(event.claimant[this.locale])}</p>`
        : nothing}
      ${event.figures?.length
        ? html`<ul class="figures" part="figures" aria-label=${t.figuresLabel}>
            ${event.figures.map((figure) => this.renderFigure(figure))}
          </ul>`
        : nothing}
      ${event.conflict
        ? html`<p class="conflict" part="conflict">
            <strong>${this.strings.conflictLabel}:</strong> ${conflictText(event.conflict, this.locale)}
          </p>`
        : nothing}
      ${renderSourceLine(event.sources, this.locale)}`;
  }

  private renderItem(entry: Entry, highlight: string | undefined, heading: StaticValue): TemplateResult {
    const { event, startsCycle } = entry;
    const t = timelineStrings[this.locale];
    const open = this.isOpen(event, highlight);
    const highlighted = event.id === highlight;
    const classes = ['item', `kind-${event.kind}`, highlighted ? 'highlighted' : '', startsCycle ? 'starts-cycle' : '']
      .filter(Boolean)
      .join(' ');
    return staticHtml`<li
      class=${classes}
      part=${highlighted ? 'item item-highlighted' : 'item'}
      aria-current=${highlighted ? 'true' : nothing}
      data-id=${event.id}
    >
      ${startsCycle ? html`<p class="cycle-divider" part="cycle-divider">${t.cycle(ROMAN[startsCycle])}</p>` : nothing}
      <p class="date" part="date" id="date-${event.id}">${this.renderDate(event)}</p>
      <${heading} class="title" part="title">
        <button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="details-${event.id}"
          aria-describedby="date-${event.id}"
          @click=${() => this.onToggle(event)}
        >
          <span class="title-text">${event.title[this.locale]}</span><span class="chevron" aria-hidden="true"></span>
        </button>
      </${heading}>
      ${this.renderInterval(event)}
      <div class="details" id="details-${event.id}" ?hidden=${!open}>${open || printRequested ? this.renderDetails(event) : nothing}</div>
    </li>`;
  }

  /** The sources of every event listed (after the filters), open or closed. */
  protected override citedSources(): readonly string[] {
    return this.selection.entries.flatMap((entry) => entry.event.sources);
  }

  protected renderContent(): TemplateResult {
    const t = timelineStrings[this.locale];
    const { layout, entries, highlight } = this.selection;
    const heading = HEADINGS[this.selection.headingLevel];
    if (!entries.length) {
      // Every filter is valid, only their combination is empty: the notice says so in the page, without a warning.
      return html`<p class="empty" part="empty">${t.noMatch}</p>`;
    }
    return html`<div class="timeline layout-${layout}">
      <div class="controls" part="controls" role="group" aria-label=${t.controlsLabel}>
        <button
          type="button"
          class="scroll-button"
          aria-disabled=${this.canScrollBack ? 'false' : 'true'}
          @click=${this.onScrollBack}
        >
          <span aria-hidden="true">←</span> ${t.earlier}
        </button>
        <button
          type="button"
          class="scroll-button"
          aria-disabled=${this.canScrollForward ? 'false' : 'true'}
          @click=${this.onScrollForward}
        >
          ${t.later} <span aria-hidden="true">→</span>
        </button>
      </div>
      <ol class="list" part="list" aria-label=${t.listLabel} @scroll=${this.onListScroll}>
        ${repeat(
          entries,
          (entry) => entry.event.id,
          (entry) => this.renderItem(entry, highlight, heading),
        )}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-timeline': UprTimeline;
  }
}
