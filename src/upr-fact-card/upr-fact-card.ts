import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { byId, idsOf, type Fact, type NumberValue } from '../internal/data.js';
import { decimalsOf, formatIsoDate, formatNumber, parseIsoDate, type NumberOptions } from '../internal/format.js';
import { conflictText, renderSourceLine } from '../internal/sources.js';
import { flag } from '../internal/flag.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-fact-card.styles.js';
import { factCardStrings } from './upr-fact-card.strings.js';

export const FACT_CARD_VARIANTS = ['number', 'text'] as const;
export type FactCardVariant = (typeof FACT_CARD_VARIANTS)[number];

/**
 * One figure or short fact from the dataset, like a newspaper fact box: the value, what it counts, a sentence of
 * context, the date it holds for and its sources. A figure worked out from others says so, and where sources
 * disagree the card shows the disagreement.
 *
 * Nothing moves: the figure is not animated, so the card keeps its height from the first render. The README's
 * "Reserving space before the script runs" gives typical heights per variant, or how to put the card's own
 * content inside it so that nothing moves at all. *
 * @tag upr-fact-card
 * @summary One figure or fact with its label, context, date and sources.
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest
 *   ancestor's `lang`, then `<html lang>`.
 *
 * @slot - Fallback content shown when `fact` names no fact (and, by the browser, before the script loads).
 *
 * @csspart base - The widget's outer box.
 * @csspart value - The headline value: qualifier, number and unit, or the short text of a text fact.
 * @csspart label - What the value counts.
 * @csspart context - The sentence of context.
 * @csspart claimant - Whose figure it is, when it comes from one party ("According to the Government of Viet Nam").
 * @csspart as-of - The date the value holds for ("As of June 2021").
 * @csspart note - A note under the fact: that the figure is derived, that it is the source's own (with the figure its
 *   counts give), or that its sources disagree (each side with its sources).
 * @csspart source - The source line.
 * @csspart unavailable - The notice shown for an unknown `fact` when the element has no content of its own.
 *
 * @cssprop [--upr-fact-value-size=2.75em] - Size of the figure in the `number` variant (text values are set smaller).
 * @cssprop [--upr-color-accent=#0b5394] - Colour of the figure (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-text=#1b1c1e] - Text colour (`#ecebe8` in the dark theme).
 * @cssprop [--upr-color-muted=#53575d] - Date, notes and source line (`#b5b3ad` in the dark theme).
 * @cssprop [--upr-color-rule=#c9c7c1] - Hairline rules (`#45474c` in the dark theme).
 * @cssprop [--upr-color-background=transparent] - Background (`#17181a` in the dark theme).
 * @cssprop [--upr-font-family=inherit] - Font; inherited from the article by default.
 * @cssprop [--upr-font-size=1em] - Base size; everything else is set in em.
 * @cssprop [--upr-line-height=1.55] - Line height of body text.
 */
export class UprFactCard extends UprElement {
  static override readonly tag = 'upr-fact-card';

  static override styles = [UprElement.styles, styles];

  /**
   * Id of the fact to show (`npm run data:list` lists them), exact but for spaces around it. Unknown or missing:
   * the element's own content, or a "content unavailable" notice, and one console warning naming the closest ids.
   */
  @property() fact?: string;

  /** The fact, with its sources. */
  protected override dataNeeded(): DataNeed {
    return { collection: 'facts', id: this.fact?.trim() };
  }

  /**
   * `number` (default): the value large, above its label. `text`: a compact sentence-style card with the value
   * inline, for sidebars and lists. Anything else warns once and shows `number`.
   */
  @property() variant?: string;

  /** Hides the source line (the site must then credit the sources elsewhere). */
  @property({ type: Boolean, converter: flag, attribute: 'no-source' }) noSource = false;

  /** The fact the attributes name and how to show it, read in willUpdate; none when `fact` names no fact. */
  private selection?: { fact: Fact; variant: FactCardVariant };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Read before the id: a bad variant is worth a warning even while the id is wrong too.
    const variant = this.option('variant', this.variant, FACT_CARD_VARIANTS, 'number');
    const fact = byId('facts', this.fact?.trim());
    if (!fact) {
      this.selection = undefined;
      this.reportUnknown('fact', this.fact, idsOf('facts'));
      return;
    }
    this.selection = { fact, variant };
  }

  /** The figure as written in the language: "84,7%" / "84.7%", "1.234" / "1,234". */
  private formatFigure(value: NumberValue): string {
    const digits = decimalsOf(value.number);
    const options: NumberOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    return value.percent
      ? formatNumber(value.number / 100, this.locale, { ...options, style: 'percent' })
      : formatNumber(value.number, this.locale, options);
  }

  private renderValue(fact: Fact): TemplateResult {
    const { value } = fact;
    if ('text' in value) {
      return html`<span class="value value-text" part="value">${value.text[this.locale]}</span>`;
    }
    const qualifier = value.qualifier ? factCardStrings[this.locale].qualifiers[value.qualifier] : undefined;
    const unit = value.unit?.[this.locale];
    // The spaces are real text, so the value reads and copies as "more than 150 delegates". Neither the qualifier
    // nor the first word of the unit is ever on another line than the figure (no-break spaces); a long unit
    // breaks after its first word.
    return html`<span class="value value-number" part="value"
      >${qualifier ? html`<span class="qualifier">${qualifier}</span>&nbsp;` : nothing}<span class="figure"
        >${this.formatFigure(value)}</span
      >${unit ? html`&nbsp;<span class="unit">${unit}</span>` : nothing}</span
    >`;
  }

  private renderAsOf(fact: Fact): TemplateResult {
    const precision = parseIsoDate(fact.asOf)?.precision ?? 'day';
    const date = formatIsoDate(fact.asOf, this.locale);
    return html`<p class="as-of" part="as-of">
      <time datetime=${fact.asOf}>${factCardStrings[this.locale].asOf[precision](date)}</time>
    </p>`;
  }

  /** "182 of 227 is 80.18%": a source's percentage checked against its counts, at the precision it is written to. */
  private renderSourceFigure(fact: Fact): TemplateResult | typeof nothing {
    const { value } = fact;
    if (!('number' in value) || !value.sourceFigure || !value.counts) return nothing;
    const t = factCardStrings[this.locale];
    const { part, whole } = value.counts;
    const exact = this.formatFigure({ ...value, number: Number(((100 * part) / whole).toFixed(decimalsOf(value.number))) });
    return html`<p class="note note-source-figure" part="note">
      <span class="note-label">${t.sourceFigureLabel}:</span>
      ${t.sourceFigureNote(formatNumber(part, this.locale), formatNumber(whole, this.locale), exact)}
    </p>`;
  }

  private renderNotes(fact: Fact): TemplateResult | typeof nothing {
    const t = factCardStrings[this.locale];
    return html`${fact.derived
      ? html`<p class="note note-derived" part="note"><span class="note-label">${t.derivedLabel}:</span> ${t.derivedNote}</p>`
      : nothing}${this.renderSourceFigure(fact)}${fact.conflict
      ? html`<p class="note note-conflict" part="note">
          <span class="note-label">${this.strings.conflictLabel}:</span> ${conflictText(fact.conflict, this.locale)}
        </p>`
      : nothing}`;
  }

  /** Whose figure it is, when it comes from one party: "According to the Government of Viet Nam". */
  private renderClaimant(fact: Fact): TemplateResult | typeof nothing {
    return fact.claimant
      ? html`<p class="claimant" part="claimant">${this.strings.accordingTo(fact.claimant[this.locale])}</p>`
      : nothing;
  }

  private renderNumberCard(fact: Fact): TemplateResult {
    return html`<p class="headline">${this.renderValue(fact)}</p>
      <p class="label" part="label">${fact.label[this.locale]}</p>
      <p class="context" part="context">${fact.context[this.locale]}</p>`;
  }

  private renderTextCard(fact: Fact): TemplateResult {
    // "Label: value", then the context: the whole card reads as two sentences.
    return html`<p class="headline">
        <span class="label" part="label">${fact.label[this.locale]}:</span> ${this.renderValue(fact)}
      </p>
      <p class="context" part="context">${fact.context[this.locale]}</p>`;
  }

  /** The fact's sources, also with `no-source`: the figure still comes from them. */
  protected override citedSources(): readonly string[] {
    return this.selection?.fact.sources ?? [];
  }

  protected renderContent(): TemplateResult | undefined {
    if (!this.selection) return undefined;
    const { fact, variant } = this.selection;
    return html`<div class="card panel variant-${variant}" lang=${this.locale}>
      ${variant === 'text' ? this.renderTextCard(fact) : this.renderNumberCard(fact)}
      ${this.renderClaimant(fact)} ${this.renderAsOf(fact)} ${this.renderNotes(fact)}
      ${this.noSource ? nothing : renderSourceLine(fact.sources, this.locale)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-fact-card': UprFactCard;
  }
}
