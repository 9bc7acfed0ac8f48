import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { citationsSettled, citedOnPage, watchCitations } from '../internal/citations.js';
import { dataset, startOf, type Source } from '../internal/data.js';
import { formatIsoDate } from '../internal/format.js';
import { HEADING_LEVELS, HEADINGS, type HeadingLevel } from '../internal/headings.js';
import { strings, type Locale } from '../internal/i18n.js';
import { outletLanguage, renderSourceLink } from '../internal/sources.js';
import { flag } from '../internal/flag.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-sources.styles.js';
import { sourceListStrings } from './upr-sources.strings.js';

/** Sorts by date (a month or year counts from its start, as in the timeline), outlet, id; no date last. */
function bibliographyKey(source: Source): string {
  return `${source.published ? startOf(source.published) : '9999'} ${source.outlet} ${source.id}`;
}

/**
 * The "Sources" list at the end of an article: every source cited by the `upr-*` widgets on the page, each once,
 * formatted as a news bibliography in the widget's language — outlet, title, date, each linked where the dataset
 * has an https address.
 *
 * It counts every widget on the page, inside other elements' shadow roots too, and follows them: the list
 * changes when a widget is added, removed or shows something else (a timeline's filter, say). A widget with an
 * unknown id cites nothing. A widget with `no-source` still counts: this list is where its sources are credited.
 *
 * Each entry names the outlet (on English pages, an outlet that names itself in Vietnamese in English, with its own
 * name in brackets), then the title as published, in quotation marks; a source whose title the dataset does not
 * know is named by its UN document symbol or, failing that, by what it is ("article", "news release",
 * "database"), never by an invented title. Then the date at the precision the dataset has, and, for an entry with
 * no title to show it, the source's language when it differs from the widget's. Printed, each link is followed by
 * its address.
 *
 * Order: oldest first, as the story unfolds, then by outlet; the database, which has no date, last. The order
 * does not depend on where the widgets are on the page.
 *
 * When no widget on the page cites a source, the heading stays and a short notice says there is nothing to list,
 * so that an editor sees the element is working; no warning is logged.
 *
 * The element's height follows the list: about 3em for the heading and 2.5em per source on a phone (1.8em in a
 * wide column). A site can reserve that space before the script loads, for example
 * `upr-sources:not(:defined) { display: block; min-height: 40em; }` for an article citing fifteen sources, or put
 * a static list of the same sources inside the element: the browser shows it until the script runs (and to
 * readers without JavaScript), and the widget then replaces it.
 *
 * @tag upr-sources
 * @summary The list of sources cited by the widgets on the page, for the end of an article.
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest
 *   ancestor's `lang`, then `<html lang>`.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The "Sources" heading.
 * @csspart list - The list of sources.
 * @csspart entry - One source.
 * @csspart empty - The notice shown when no widget on the page cites a source.
 *
 * @cssprop [--upr-color-text=#1b1c1e] - Text colour (`#ecebe8` in the dark theme).
 * @cssprop [--upr-color-muted=#53575d] - Dates and language notes (`#b5b3ad` in the dark theme).
 * @cssprop [--upr-color-accent=#0b5394] - Links on hover (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-rule=#c9c7c1] - The hairline above the list (`#45474c` in the dark theme).
 * @cssprop [--upr-color-focus=#0b5394] - Focus ring of the links (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-background=transparent] - Background (`#17181a` in the dark theme).
 * @cssprop [--upr-font-family=inherit] - Font; inherited from the article by default.
 * @cssprop [--upr-font-size=1em] - Base size; everything else is set in em.
 * @cssprop [--upr-line-height=1.55] - Line height of the heading's surroundings; the entries use 1.5.
 */
export class UprSources extends UprElement {
  static override readonly tag = 'upr-sources';

  static override styles = [UprElement.styles, styles];

  private stopWatching?: () => void;

  /** The heading level and the sources to list, read in willUpdate. */
  private selection: { headingLevel: HeadingLevel; listed: readonly Source[] } = { headingLevel: '2', listed: [] };

  /** Lists every source in the dataset instead of those cited on the page. */
  @property({ type: Boolean, converter: flag }) all = false;

  /**
   * With `all`, every source. Without it the sources the page cites, which the widgets citing them have loaded.
   */
  protected override dataNeeded(): DataNeed | undefined {
    return this.all ? { collection: 'sources' } : undefined;
  }

  /**
   * Defined after the other widgets the loader is loading have been, so that it lists what they cite at once (until
   * then the page's fallback holds its place).
   */
  static override async loadDataFor(elements: Iterable<Element>, othersDefined?: Promise<unknown>): Promise<void> {
    await Promise.all([super.loadDataFor(elements), othersDefined]);
  }

  /** Without `all`, the list waits for the widgets on the page that wait for their data, so it lists them at once. */
  protected override pending(locale: Locale): Promise<unknown> | undefined {
    return this.all ? super.pending(locale) : citationsSettled();
  }

  /**
   * Level of the "Sources" heading, `2` to `6` (default `2`), to fit the article's outline. Anything else warns once
   * and uses `2`.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Leaves the heading out, for a page that has its own; the list is still named "Sources" for screen readers. */
  @property({ type: Boolean, converter: flag, attribute: 'no-heading' }) noHeading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = watchCitations(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.selection = { headingLevel: this.option('heading-level', this.headingLevel, HEADING_LEVELS, '2'), listed: this.listed() };
  }

  /** The sources to list, in bibliography order. */
  private listed(): Source[] {
    const cited = this.all ? undefined : citedOnPage();
    return dataset.sources
      .filter((source) => !cited || cited.has(source.id))
      .map((source) => [bibliographyKey(source), source] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, source]) => source);
  }

  /** "VietnamPlus, “Title”, 28/9/2022 (tiếng Anh)": outlet and title in the source's language, the rest in the reader's. */
  private renderEntry(source: Source): TemplateResult {
    const t = this.strings;
    const { open, close } = strings[source.language].quotationMarks;
    const named = source.title
      ? html`<span lang=${source.language}>${open}${source.title}${close}</span>`
      : (source.reference ?? sourceListStrings[this.locale].kinds[source.kind]);
    const date = source.published
      ? html`<time datetime=${source.published}>${formatIsoDate(source.published, this.locale)}</time>`
      : sourceListStrings[this.locale].undated;
    // On English pages a Vietnamese-named outlet is given in English, its own name in brackets.
    const own = html`<span lang=${outletLanguage(source)}>${source.outlet}</span>`;
    const outlet = this.locale === 'en' && source.outletEnglish ? html`${source.outletEnglish} (${own})` : own;
    const label = html`${outlet}, ${named}, ${date}`;
    // The language is said only where nothing in the entry shows it: a title is in its own language already.
    const language = source.language !== this.locale && !source.title;
    return html`<li class="entry" part="entry">
      ${renderSourceLink(source, label)}${language
        ? html` <span class="language">(${sourceListStrings[this.locale].inLanguage(t.languageNames[source.language])})</span>`
        : nothing}
    </li>`;
  }

  protected renderContent(): TemplateResult {
    const t = this.strings;
    const heading = HEADINGS[this.selection.headingLevel];
    const { listed } = this.selection;
    return html`<div class="sources panel" lang=${this.locale}>
      ${this.noHeading
        ? nothing
        : staticHtml`<${heading} class="heading" part="heading" id="heading">${t.sources}</${heading}>`}
      ${listed.length
        ? html`<ul
            class="list"
            part="list"
            role="list"
            aria-labelledby=${this.noHeading ? nothing : 'heading'}
            aria-label=${this.noHeading ? t.sources : nothing}
          >
            ${listed.map((source) => this.renderEntry(source))}
          </ul>`
        : html`<p class="empty" part="empty">${sourceListStrings[this.locale].empty}</p>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-sources': UprSources;
  }
}
