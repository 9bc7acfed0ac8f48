import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { byId, idsOf, type GlossaryTerm } from '../internal/data.js';
import { renderSourceLine } from '../internal/sources.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-term.styles.js';

/**
 * Between the words and their definition, and the least room kept between the definition and the viewport's edges
 * (px). The gap is small: the card covers the lines after the words, and a wider gap lets the tops of the next
 * line's letters show above it.
 */
const GAP = 3;
const EDGE = 8;

/** Terms whose definition is open: one at a time on a page, so opening another closes the one before. */
const openTerms = new Set<UprTerm>();

/**
 * A glossary term in the article's own words: the reader taps or clicks it, or focuses it and presses Enter or
 * Space, and a small card next to the word gives the term's name, its definition in the page's language and
 * its sources. Escape, a click elsewhere or moving focus away closes it; Escape puts focus back on the word.
 *
 * The words stay the author's: they remain in the article (light DOM), styled by the page, and the element adds
 * only a dotted underline, so the paragraph does not move when the script loads. The card opens in the top
 * layer (the Popover API), above sticky headers and outside containers that clip, and is kept inside the
 * viewport; in browsers without the Popover API it is a fixed-position box. The theme sets the colours of the
 * underline and of the card; the words keep the article's colours.
 *
 * @tag upr-term
 * @summary A word in the article that opens its glossary definition, with sources.
 *
 * @attr lang - Language of the definition: `vi…` for Vietnamese, anything else English. Defaults to the closest
 *   ancestor's `lang`, then `<html lang>`.
 *
 * @slot - Text of the article: the word or phrase that names the term, as the author wrote it (styled by the
 *   page). Left empty, the term's name in the widget's language is shown.
 *
 * @csspart base - The widget's outer box: an inline box around the words.
 * @csspart trigger - The words the reader taps, with the dotted underline (role `button`).
 * @csspart popover - The definition card.
 * @csspart name - The term's name and abbreviation at the top of the card.
 * @csspart definition - The definition.
 * @csspart source - The source line.
 *
 * @cssprop [--upr-color-accent=#0b5394] - The dotted underline (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-color-text=#1b1c1e] - Text of the card (`#ecebe8` in the dark theme).
 * @cssprop [--upr-color-muted=#53575d] - The source line (`#b5b3ad` in the dark theme).
 * @cssprop [--upr-color-rule=#c9c7c1] - The card's border and the rule above the sources (`#45474c` in the dark theme).
 * @cssprop [--upr-color-background=#fff] - Background of the card (`#17181a` in the dark theme).
 * @cssprop [--upr-color-focus=#0b5394] - Focus ring around the words (`#8fc1f2` in the dark theme).
 * @cssprop [--upr-font-family=inherit] - Font of the card; the words always keep the article's font.
 */
export class UprTerm extends UprElement {
  static override readonly tag = 'upr-term';

  static override styles = [UprElement.styles, styles];

  /** Stops following the word's position; set while the card is open. */
  private stopPlacing?: () => void;

  @query('.trigger') private trigger?: HTMLElement;
  @query('.popover') private card?: HTMLElement;

  @state() private open = false;

  /** The glossary entry `term` names, read in willUpdate; none when it names nothing. */
  private entry?: GlossaryTerm;

  /**
   * Id of the glossary term to show (`npm run data:list` lists them), exact but for spaces around it. Unknown or
   * missing: the words stay plain text (nothing to tap, no underline), and one console warning names the closest
   * ids.
   */
  @property() term?: string;

  /** The glossary entry, with its sources. */
  protected override dataNeeded(): DataNeed {
    return { collection: 'glossary', id: this.term?.trim() };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.entry = byId('glossary', this.term?.trim());
    if (!this.entry) this.reportUnknown('term', this.term, idsOf('glossary'));
    // The term changed to one that does not exist while its card was open.
    if (this.open && !this.entry) this.close(false);
  }

  protected override updated(): void {
    const { trigger, card } = this;
    if (!this.open || this.stopPlacing || !trigger || !card) return;
    if (card.hasAttribute('popover')) card.showPopover();
    this.stopPlacing = autoUpdate(trigger, card, () => void this.place(trigger, card));
    addEventListener('pointerup', this.onPagePointerUp, true);
    addEventListener('keydown', this.onPageKeyDown);
  }

  /** The definition's sources, for `<upr-sources>`, whether or not the card is open. */
  protected override citedSources(): readonly string[] {
    return this.entry?.sources ?? [];
  }

  private async place(trigger: HTMLElement, card: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(trigger, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // Below the word, above it when there is more room there, and slid along (or over the word, on a tiny
      // screen) to stay inside the viewport.
      middleware: [offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE, crossAxis: true })],
    });
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  }

  private toggle(): void {
    if (this.open) {
      this.close(false);
      return;
    }
    for (const other of openTerms) other.close(false);
    openTerms.add(this);
    this.open = true;
  }

  /** Closes the card, and puts focus back on the words when asked (Escape). */
  private close(refocus: boolean): void {
    openTerms.delete(this);
    if (!this.open) return;
    this.open = false;
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    removeEventListener('pointerup', this.onPagePointerUp, true);
    removeEventListener('keydown', this.onPageKeyDown);
    const { card } = this;
    if (card?.hasAttribute('popover') && card.matches(':popover-open')) card.hidePopover();
    if (refocus) this.trigger?.focus();
  }

  private onTriggerKeyDown(event: KeyboardEvent): void {
    if ((event.key !== 'Enter' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey) return;
    // Space would scroll the page.
    event.preventDefault();
    if (!event.repeat) this.toggle();
  }

  /** Escape closes the card wherever focus is (a click on the words does not focus them in every browser). */
  private readonly onPageKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close(true);
  };

  /** Focus moving to something outside the words and the card closes it (not focus leaving the window). */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.renderRoot.contains(next) && !this.contains(next)) this.close(false);
  }

  /**
   * A click or tap anywhere else closes the card. Pointer events, because iOS sends no click to the page for a
   * tap on plain text; `pointerup`, so that a finger starting to scroll the page (which cancels the pointer)
   * does not.
   */
  private readonly onPagePointerUp = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  protected renderContent(): TemplateResult | undefined {
    const term = this.entry;
    if (!term) return undefined;
    const name = term.term[this.locale];
    const abbreviation = term.abbreviation?.[this.locale];
    // The definition follows the words in the document, so Tab goes from the words to the card's links.
    return html`<span
        class="trigger"
        part="trigger"
        role="button"
        tabindex="0"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        aria-describedby="definition"
        @click=${this.toggle}
        @keydown=${this.onTriggerKeyDown}
        ><slot>${name}</slot></span
      ><div
        id="popover"
        class="base theme-${this.effectiveTheme} popover ${this.open ? 'open' : ''}"
        part="popover"
        .popover=${'manual'}
        tabindex="-1"
        lang=${this.locale}
      >
        <p class="name" part="name"><dfn>${name}</dfn>${abbreviation ? ` (${abbreviation})` : nothing}</p>
        <p class="definition" part="definition" id="definition">${term.definition[this.locale]}</p>
        ${renderSourceLine(term.sources, this.locale)}
      </div>`;
  }

  /** An inline box in the author's sentence; an unknown term leaves the author's words as they were. */
  protected override render(): TemplateResult {
    return html`<span
      part="base"
      class="base term theme-${this.effectiveTheme}"
      @focusout=${this.onFocusOut}
      >${this.renderContent() ?? html`<slot></slot>`}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-term': UprTerm;
  }
}
