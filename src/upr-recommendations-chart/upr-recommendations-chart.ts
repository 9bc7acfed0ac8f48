import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ArrowKeysController } from '../internal/arrow-keys.js';
import { parseCyclesAttribute, ROMAN } from '../internal/cycles.js';
import { dataset, type Cycle, type RecommendationCount } from '../internal/data.js';
import { formatIsoDate, formatNumber } from '../internal/format.js';
import { conflictText, renderSourceLine } from '../internal/sources.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-recommendations-chart.styles.js';
import { chartStrings } from './upr-recommendations-chart.strings.js';

export const CHART_VIEWS = ['chart', 'table'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];
export const CHART_METRICS = ['count', 'share'] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];

const SERIES = ['received', 'accepted', 'noted'] as const;
type Series = (typeof SERIES)[number];

/** One bar: a count of one cycle, or (metric `share`) the share of a cycle's recommendations accepted. */
interface Bar {
  series: Series | 'share';
  /** The figure as written in the language: "271", "84.7%". */
  text: string;
  derived: boolean;
  /** Length of the bar, as a percentage of the longest possible one. */
  length: number;
  /** What the bar says in words, for its accessible name and its tooltip. */
  label: string;
}

/** The bars of one cycle, under its label. */
interface CycleBars {
  cycle: Cycle;
  label: string;
  bars: Bar[];
}

/** What the attributes select, read in willUpdate: what render() draws. */
interface Selection {
  view: ChartView;
  metric: ChartMetric;
  cycles: readonly Cycle[];
  groups: readonly CycleBars[];
  /** The sources of the figures shown. */
  sources: readonly string[];
}

/**
 * The recommendations Viet Nam received, accepted and noted in each of its UPR cycles, from the dataset's cycle
 * records, as a horizontal bar chart: one group of three bars per cycle, each bar labelled with its name and its
 * value, so that nothing depends on colour (the three are also drawn differently: outlined, solid, dashed). With
 * `metric="share"` it shows instead the percentage of the recommendations received that were accepted, a figure
 * worked out from the counts. Under the chart: the dataset's counting method, a note on every derived figure
 * (marked `*`: the number noted is received minus accepted), the count of another source where the dataset records
 * one (UPR Info counts each state's recommendation separately) and the sources.
 *
 * The bars are one stop in the tab order: Tab reaches the chart, the arrow keys (and Home, End) move between the
 * bars; a bar shows its cycle, name and value in a tooltip on focus and on hover, which Escape hides. The same
 * figures are always in a real table, visually hidden in the chart view so that screen readers have it, shown
 * with `view="table"`. Labels sit in their own column and rows, so they never overlap, down to 280px.
 *
 * The height depends only on the width, the font and the attributes (nothing animates, nothing loads later). With
 * every cycle it is about 58em at phone width (360px) and 44em in a 700px column; about 41em and 27em with
 * `metric="share"`; the notes and the source line are most of it. A site can reserve it before the script loads
 * with, for example, `upr-recommendations-chart:not(:defined) { display: block; min-height: 58em; }`.
 *
 * @tag upr-recommendations-chart
 * @summary Recommendations received, accepted and noted in each of Viet Nam's UPR cycles, as a bar chart.
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest
 *   ancestor's `lang`, then `<html lang>`.
 *
 * @slot - Content shown by the browser before the script loads (a static image or table, say); the chart
 *   replaces it.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The chart's title (in the table view, the table's caption).
 * @csspart chart - The bar chart (not in the table view).
 * @csspart cycle - The label above a cycle's bars ("Cycle IV · 2024 review"); with `metric="share"`, each bar is
 *   named after its cycle instead.
 * @csspart bar - One bar with its name and value: the element that takes focus.
 * @csspart tooltip - What a bar says on focus and hover.
 * @csspart table - The table of the figures (visually hidden in the chart view).
 * @csspart note - A note under the chart: the counting method, the derived figures, another count, whose figures they
 *   are when one party's, and where sources disagree (each side with its sources).
 * @csspart source - The source line.
 *
 * @cssprop [--upr-chart-bar-color=var(--upr-color-accent)] - Bars of the numbers received and accepted, and of the
 *   share accepted.
 * @cssprop [--upr-chart-derived-color=var(--upr-color-muted)] - The dashed outline of the bars of derived numbers.
 * @cssprop [--upr-color-accent=#0b5394] - Default bar colour (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-text=#1b1c1e] - Text colour (`#ecebe8` in the dark theme).
 * @cssprop [--upr-color-muted=#53575d] - Notes and source line (`#b5b3ad` in the dark theme).
 * @cssprop [--upr-color-rule=#c9c7c1] - Hairline rules and the track of a share (`#45474c` in the dark theme).
 * @cssprop [--upr-color-surface=#f4f3ef] - Tooltip background (`#222428` in the dark theme).
 * @cssprop [--upr-color-focus=#0b5394] - Focus ring (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-background=transparent] - Background (`#17181a` in the dark theme).
 * @cssprop [--upr-font-family=inherit] - Font; inherited from the article by default.
 * @cssprop [--upr-font-size=1em] - Base size; everything else is set in em.
 * @cssprop [--upr-line-height=1.55] - Line height of body text.
 */
export class UprRecommendationsChart extends UprElement {
  static override readonly tag = 'upr-recommendations-chart';

  static override styles = [UprElement.styles, styles];

  /** Every cycle, with the sources of its figures. */
  protected override dataNeeded(): DataNeed {
    return { collection: 'cycles' };
  }

  /** What the attributes select, read in willUpdate. */
  private selection?: Selection;

  /** The arrow keys, Home and End move between the bars, which are one tab stop: the bar focused last. */
  private readonly keys = new ArrowKeysController(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.bar')),
    next: ['ArrowDown', 'ArrowRight'],
    previous: ['ArrowUp', 'ArrowLeft'],
  });

  /** Escape hides the tooltips until the reader moves to a bar again. */
  @state() private tooltipsHidden = false;

  /**
   * UPR cycles to show, separated by commas or spaces: `1` to `4` (or `I` to `IV`), for example `cycles="3,4"`. Every
   * cycle by default. A list with anything else is ignored, with one console warning.
   */
  @property() cycles?: string;

  /**
   * `chart` (default): the bar chart, with the table for screen readers. `table`: the table only, shown. Anything
   * else warns once and shows the chart.
   */
  @property() view?: string;

  /**
   * `count` (default): the numbers received, accepted and noted. `share`: the percentage of the recommendations
   * received that were accepted, worked out from the counts. Anything else warns once and shows the counts.
   */
  @property() metric?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.option('view', this.view, CHART_VIEWS, 'chart');
    const metric = this.option('metric', this.metric, CHART_METRICS, 'count');
    const cycles = this.selectCycles();
    const groups = metric === 'share' ? this.shareBars(cycles) : this.countBars(cycles);
    this.selection = { view, metric, cycles, groups, sources: this.sourcesOf(cycles) };
  }

  private onBarFocus(): void {
    this.tooltipsHidden = false;
  }

  private onBarPointerEnter(): void {
    this.tooltipsHidden = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.tooltipsHidden = true;
  }

  /** The cycles to show; every cycle when `cycles` is unset, empty or invalid (with a warning). */
  private selectCycles(): readonly Cycle[] {
    const numbers = parseCyclesAttribute(this.localName, this.cycles, 'showing every cycle, ');
    if (numbers) return dataset.cycles.filter((cycle) => numbers.has(cycle.number));
    return dataset.cycles;
  }

  private cycleLabel(cycle: Cycle): string {
    const t = chartStrings[this.locale];
    return `${t.cycle(ROMAN[cycle.number])} · ${t.review(formatIsoDate(cycle.review.slice(0, 4), this.locale))}`;
  }

  /** The label as markup: in a narrow column it breaks after the cycle's name, never inside it ("Cycle / III"). */
  private renderCycleLabel(label: string): TemplateResult {
    const [name, review] = label.split(' · ');
    return html`<span class="cycle-name">${name}</span> · ${review}`;
  }

  /** "84.7%" / "84,7%": one decimal, enough to tell the cycles apart without claiming more than the counts give. */
  private formatShare(share: number): string {
    return formatNumber(share, this.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  private countBars(cycles: readonly Cycle[]): CycleBars[] {
    const t = chartStrings[this.locale];
    const longest = Math.max(...cycles.flatMap((c) => SERIES.map((s) => c.recommendations[s].count)));
    return cycles.map((cycle) => {
      const label = this.cycleLabel(cycle);
      const bars = SERIES.map((series): Bar => {
        const { count, derived } = cycle.recommendations[series] as RecommendationCount;
        const text = formatNumber(count, this.locale);
        return {
          series,
          text,
          derived: !!derived,
          length: (100 * count) / longest,
          label: `${label} – ${t.series[series]}: ${text}${derived ? ` (${t.derivedWord})` : ''}`,
        };
      });
      return { cycle, label, bars };
    });
  }

  private shareBars(cycles: readonly Cycle[]): CycleBars[] {
    const t = chartStrings[this.locale];
    return cycles.map((cycle) => {
      const label = this.cycleLabel(cycle);
      const { received, accepted } = cycle.recommendations;
      const share = accepted.count / received.count;
      const text = this.formatShare(share);
      const counts = t.shareOf(formatNumber(accepted.count, this.locale), formatNumber(received.count, this.locale));
      return {
        cycle,
        label,
        bars: [{ series: 'share', text, derived: true, length: 100 * share, label: `${label} – ${t.share}: ${text} (${counts}; ${t.derivedWord})` }],
      };
    });
  }

  /** The figure, with a `*` when it is derived (explained in a note); the mark is not read out, the label says it. */
  private renderFigure(bar: Bar): TemplateResult {
    return html`${bar.text}${bar.derived ? html`<span class="mark" aria-hidden="true">*</span>` : nothing}`;
  }

  /**
   * One bar. Its track also carries the size its styles give it as attributes: in the light-DOM fallback read
   * without its style sheet (a feed reader, a reading mode, a CMS that drops it), an SVG without them is 300 × 150 px.
   */
  private renderBar(bar: Bar, name: string, index: number, tabStop: number): TemplateResult {
    return html`<div
      class="bar series-${bar.series}"
      part="bar"
      role="img"
      tabindex=${index === tabStop ? 0 : -1}
      aria-label=${bar.label}
      @focus=${this.onBarFocus}
      @pointerenter=${this.onBarPointerEnter}
    >
      <span class="bar-name">${name}</span>
      <span class="bar-value">${this.renderFigure(bar)}</span>
      <svg class="bar-track" width="100%" height="1em" aria-hidden="true">
        ${svg`${bar.series === 'share' ? svg`<rect class="whole" width="100%" height="100%"></rect>` : nothing}<svg
          class="length"
          width="${bar.length.toFixed(2)}%"
        >
          <rect width="100%" height="100%"></rect>
        </svg>`}
      </svg>
      <span class="tooltip" part="tooltip">${bar.label}</span>
    </div>`;
  }

  private renderChart(groups: readonly CycleBars[], metric: ChartMetric): TemplateResult {
    const t = chartStrings[this.locale];
    // A filter may have removed the bar that was in the tab order: the first one takes its place.
    const tabStop = this.keys.current < groups.reduce((sum, group) => sum + group.bars.length, 0) ? this.keys.current : 0;
    let index = 0;
    return html`<p class="title" part="title">${t.title[metric]}</p>
      <div
        class="plot metric-${metric}${this.tooltipsHidden ? ' tooltips-hidden' : ''}"
        part="chart"
        role="group"
        aria-label=${t.chartLabel}
        @keydown=${this.onKeyDown}
      >
        ${groups.map(({ cycle, label, bars }) =>
          metric === 'share'
            ? // One bar a cycle, named after it: the title says what the bars measure.
              this.renderBar(bars[0], t.cycle(ROMAN[cycle.number]), index++, tabStop)
            : html`<p class="cycle" part="cycle" aria-hidden="true">${this.renderCycleLabel(label)}</p>
                ${bars.map((bar) => this.renderBar(bar, t.series[bar.series as Series], index++, tabStop))}`,
        )}
      </div>`;
  }

  private renderTable(groups: readonly CycleBars[], metric: ChartMetric, view: ChartView): TemplateResult {
    const t = chartStrings[this.locale];
    const columns = metric === 'share' ? [t.series.received, t.series.accepted, t.share] : SERIES.map((s) => t.series[s]);
    // A table does not shrink to the 1px of .visually-hidden: the box around it does, and clips it.
    return html`<div class=${view === 'chart' ? 'visually-hidden' : 'table-box'}><table class="table" part="table">
      <caption class="title" part="title">${t.title[metric]}</caption>
      <thead>
        <tr>
          <th scope="col">${t.cycleColumn}</th>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          ({ cycle, label, bars }) => html`<tr>
            <th scope="row">${this.renderCycleLabel(label)}</th>
            ${metric === 'share'
              ? html`<td>${formatNumber(cycle.recommendations.received.count, this.locale)}</td>
                  <td>${formatNumber(cycle.recommendations.accepted.count, this.locale)}</td>`
              : nothing}
            ${bars.map(
              (bar) => html`<td>
                ${this.renderFigure(bar)}${bar.derived ? html`<span class="visually-hidden"> (${t.derivedWord})</span>` : nothing}
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderNotes(cycles: readonly Cycle[], groups: readonly CycleBars[]): TemplateResult {
    const t = chartStrings[this.locale];
    // Each text once: the cycles share their counting method, and the method of the other count.
    const once = (texts: string[]) => [...new Set(texts)].join(' ');
    const derived = new Set(groups.flatMap(({ bars }) => bars.filter((bar) => bar.derived).map((bar) => bar.series)));
    const others = cycles.flatMap(({ number, alternativeCount: other }) => (other ? [{ number, ...other }] : []));
    return html`<p class="note" part="note">
        <span class="note-label">${t.methodLabel}:</span> ${once(cycles.map((cycle) => cycle.countingMethod[this.locale]))}
      </p>
      ${[...derived].map(
        (series) => html`<p class="note note-derived" part="note">
          <span class="note-label"><span aria-hidden="true">* </span>${t.derivedLabel}:</span>
          ${series === 'noted' || series === 'share' ? t.derivedNote[series] : `${t.series[series]}: ${t.derivedNote.other}`}
        </p>`,
      )}
      ${others.length
        ? html`<p class="note note-alternative" part="note">
            <span class="note-label">${t.alternativeLabel}:</span>
            ${once(others.map((other) => other.method[this.locale]))}
            ${others
              .map(({ number, received, accepted }) =>
                t.alternativeCycle(t.cycle(ROMAN[number]), formatNumber(received, this.locale), formatNumber(accepted, this.locale)),
              )
              .join(this.strings.listSeparator)}.
          </p>`
        : nothing}
      ${this.renderClaimants(cycles)}
      ${cycles.map((cycle) =>
        cycle.conflict
          ? html`<p class="note note-conflict" part="note">
              <span class="note-label">${this.strings.conflictLabel}:</span> ${t.cycle(ROMAN[cycle.number])}:
              ${conflictText(cycle.conflict, this.locale)}
            </p>`
          : nothing,
      )}`;
  }

  /**
   * Whose figures they are, where one party gives them (a whole cycle's record, or one count of it), in one note:
   * "Who gives the figures: the Ministry of Foreign Affairs of Viet Nam (received, cycle III); the Government of
   * Viet Nam (accepted, cycles III and IV)."
   */
  private renderClaimants(cycles: readonly Cycle[]): TemplateResult | typeof nothing {
    const t = chartStrings[this.locale];
    type What = Series | undefined;
    const byClaimant = new Map<string, Map<What, string[]>>();
    const add = (claimant: string | undefined, what: What, cycle: Cycle) => {
      if (!claimant) return;
      const whats = byClaimant.get(claimant) ?? new Map<What, string[]>();
      whats.set(what, [...(whats.get(what) ?? []), ROMAN[cycle.number]]);
      byClaimant.set(claimant, whats);
    };
    for (const cycle of cycles) {
      add(cycle.claimant?.[this.locale], undefined, cycle);
      for (const series of SERIES) add(cycle.recommendations[series].claimant?.[this.locale], series, cycle);
    }
    if (!byClaimant.size) return nothing;
    const parties = [...byClaimant].map(
      ([claimant, whats]) => `${claimant} (${[...whats].map(([what, numerals]) => t.claimantGives(what, numerals)).join(this.strings.listSeparator)})`,
    );
    return html`<p class="note note-claimant" part="note">
      <span class="note-label">${t.claimantLabel}:</span> ${parties.join(this.strings.listSeparator)}.
    </p>`;
  }

  /**
   * The sources of the counts shown (a derived count has none of its own), then those of the other counts and of
   * the sides where sources disagree.
   */
  private sourcesOf(cycles: readonly Cycle[]): string[] {
    const ids = cycles.flatMap((cycle) => SERIES.flatMap((series) => cycle.recommendations[series].sources ?? []));
    ids.push(...cycles.flatMap((cycle) => cycle.alternativeCount?.sources ?? []));
    ids.push(...cycles.flatMap((cycle) => cycle.conflict?.sides.flatMap((side) => side.sources) ?? []));
    // Oldest first, as a source line reads; a source without a date (a database) last.
    const date = (id: string) => dataset.sources.find((s) => s.id === id)?.published ?? '9999';
    return [...new Set(ids)].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
  }

  protected override citedSources(): readonly string[] {
    return this.selection?.sources ?? [];
  }

  protected renderContent(): TemplateResult | undefined {
    if (!this.selection) return undefined;
    const { view, metric, cycles, groups, sources } = this.selection;
    return html`<div class="chart panel view-${view}" lang=${this.locale}>
      ${view === 'chart' ? this.renderChart(groups, metric) : nothing} ${this.renderTable(groups, metric, view)}
      ${this.renderNotes(cycles, groups)} ${renderSourceLine(sources, this.locale)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-recommendations-chart': UprRecommendationsChart;
  }
}
