import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { byId, idsOf, roleAt, type Person, type Quote } from '../internal/data.js';
import { formatIsoDate } from '../internal/format.js';
import { strings, type Locale } from '../internal/i18n.js';
import { quoteStrings } from './upr-quote.strings.js';
import { renderSourceLine, sourcesText } from '../internal/sources.js';
import { flag } from '../internal/flag.js';
import type { DataNeed } from '../internal/data-loading.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-quote.styles.js';

export const QUOTE_SIZES = ['default', 'compact'] as const;
export type QuoteSize = (typeof QUOTE_SIZES)[number];

/** What the copy button last reported; cleared after a few seconds. */
type CopyStatus = 'copied' | 'failed';

/** How long the copy feedback stays on screen. */
const STATUS_MS = 6000;

/** The paragraphs of a text: the dataset separates them with blank lines ("\n\n"). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A paragraph cut after each passage that keeps a speaker's error (`sic` in the data), in order: the words of each
 * piece, and whether the editor's mark follows it. The words themselves are never changed.
 */
function sicPieces(paragraph: string, passages: readonly string[]): { words: string; marked: boolean }[] {
  const ends = passages
    .flatMap((passage) => {
      const at: number[] = [];
      for (let i = paragraph.indexOf(passage); i !== -1; i = paragraph.indexOf(passage, i + passage.length)) at.push(i + passage.length);
      return at;
    })
    .sort((a, b) => a - b);
  const pieces: { words: string; marked: boolean }[] = [];
  let from = 0;
  for (const end of ends) {
    pieces.push({ words: paragraph.slice(from, end), marked: true });
    from = end;
  }
  pieces.push({ words: paragraph.slice(from), marked: false });
  return pieces;
}

/** The quote's source, then those that give its date when the source does not. */
function quoteSources(item: Quote): string[] {
  return [item.source, ...(item.dateSources ?? [])];
}

/** What the attributes select, read in willUpdate: what render() draws. */
interface Selection {
  item: Quote;
  person: Person;
  size: QuoteSize;
}

/** The text a reader sees and the language it is in. */
interface Shown {
  text: string;
  language: Locale;
  /** True when `text` is the dataset's translation rather than the original. */
  translated: boolean;
}

/**
 * A quotation or a piece of reported speech from the dataset, as a newspaper pull quote: the words in the page's
 * language (labelled when translated), the speaker with the role held at the time, the occasion, the date, the
 * source and a button that copies a plain-text citation.
 *
 * Direct quotes (verbatim) stand in a `<blockquote>` with typographic quotation marks. Paraphrases are reported
 * speech: labelled as such and never shown in quotation marks or a `<blockquote>`.
 *
 * To reserve the space before the script loads, a site can add
 * `upr-quote:not(:defined) { display: block; min-height: 14em; }` (about 10em with `size="compact"`).
 *
 * @tag upr-quote
 * @summary A quote or reported speech with the speaker, the role at the time, the occasion, the date and the source.
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest ancestor's `lang`, then `<html lang>`. A quote in the other language is shown in translation and labelled as such.
 *
 * @slot - Fallback content shown when the `quote` id is unknown, such as a plain `<blockquote>`.
 *
 * @csspart base - The widget's outer box.
 * @csspart figure - The `<figure>` holding the quote and its caption.
 * @csspart quote - The quoted text (a `<blockquote>` for a direct quote; a plain block for reported speech).
 * @csspart sic - The editor's mark after a speaker's error kept in a direct quote ("[sic]", "[nguyên văn]").
 * @csspart label - The "Reported speech" label above a paraphrase.
 * @csspart translation-note - "Translated from …" under a translated quote.
 * @csspart original-label - The heading above the original words (`show-original`).
 * @csspart original - The original words beneath a translation (`show-original`).
 * @csspart caption - The `<figcaption>`: speaker, role, occasion, date and source.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role at the time of the quote.
 * @csspart occasion - The occasion and date.
 * @csspart date - The `<time>` of the quote.
 * @csspart source - The source line: the quote's source, and any that gives its date.
 * @csspart copy-button - The "Copy citation" button (hidden in print).
 * @csspart copy-status - The polite live region that says whether the citation was copied.
 * @csspart unavailable - The notice shown when the id is unknown and there is no fallback content.
 *
 * @cssprop [--upr-quote-mark-color=var(--upr-color-accent)] - Quotation marks and the short rule above a direct quote.
 * @cssprop [--upr-quote-font-family=inherit] - Font of the quoted words (for example the site's serif).
 * @cssprop [--upr-color-accent=#0b5394] - Accent colour (dark theme `#8fc1f2`).
 * @cssprop [--upr-color-text=#1b1c1e] - Text colour (dark theme `#ecebe8`).
 * @cssprop [--upr-color-muted=#53575d] - Role, occasion, notes, source line and the button's outline (dark theme `#b5b3ad`).
 * @cssprop [--upr-color-rule=#c9c7c1] - Hairlines: above reported speech and beside the original (dark theme `#45474c`).
 * @cssprop [--upr-color-background=transparent] - Background (dark theme `#17181a`).
 * @cssprop [--upr-color-focus=#0b5394] - Focus ring of the button.
 * @cssprop [--upr-font-family=inherit] - Font of the whole widget.
 * @cssprop [--upr-font-size=1em] - Base size; everything else is in em.
 * @cssprop [--upr-line-height=1.55] - Line height of the caption.
 */
export class UprQuote extends UprElement {
  static override readonly tag = 'upr-quote';

  static override styles = [UprElement.styles, styles];

  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** The quote and speaker the attributes name, read in willUpdate; none when `quote` names no quote. */
  private selection?: Selection;

  /** The result of the last copy, announced politely. */
  @state() private copyStatus: CopyStatus | undefined;

  /**
   * Id of the quote in the dataset (`npm run data:list`), exact but for spaces around it. Required; an unknown id
   * shows the fallback.
   */
  @property() quote?: string;

  /** The quote, with its speaker and sources. */
  protected override dataNeeded(): DataNeed {
    return { collection: 'quotes', id: this.quote?.trim() };
  }

  /** When the quote is shown in translation, also shows the original words beneath it. */
  @property({ type: Boolean, converter: flag, attribute: 'show-original' }) showOriginal = false;

  /** Hides the source line (the copied citation still names the source). */
  @property({ type: Boolean, converter: flag, attribute: 'no-source' }) noSource = false;

  /**
   * `default` (a pull quote in the article column) or `compact` (smaller, for a sidebar). Anything else warns and
   * uses `default`.
   */
  @property() size?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearStatus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Feedback about one quote must not linger on another.
    if (changed.has('quote') && changed.get('quote') !== undefined) this.clearStatus();
    // Read before the id: a bad size is worth a warning even while the id is wrong too.
    const size = this.option('size', this.size, QUOTE_SIZES, 'default');
    const item = byId('quotes', this.quote?.trim());
    const person = item && byId('people', item.speaker);
    if (!item || !person) {
      this.selection = undefined;
      this.reportUnknown('quote', this.quote, idsOf('quotes'));
      return;
    }
    this.selection = { item, person, size };
  }

  private clearStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    this.copyStatus = undefined;
  }

  /** Lit calls event listeners with the element as `this`. */
  private async onCopy(): Promise<void> {
    if (!this.selection) return;
    const { item, person } = this.selection;
    // Clear first, so that copying twice announces twice.
    this.clearStatus();
    await this.updateComplete;
    let status: CopyStatus = 'failed';
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(this.citation(item, person));
        status = 'copied';
      }
    } catch {
      // Permission refused or no focus: reported below.
    }
    this.copyStatus = status;
    this.statusTimer = setTimeout(() => this.clearStatus(), STATUS_MS);
  }

  /** The text shown for the page's language: the original, or the dataset's translation. */
  private shown(item: Quote): Shown {
    return item.language === this.locale
      ? { text: item.text, language: item.language, translated: false }
      : { text: item.translation, language: this.locale, translated: true };
  }

  /**
   * The plain-text citation: the words as shown (quotation marks only for a direct quote), a translation note,
   * then speaker, role at the time, occasion, date and source.
   */
  private citation(item: Quote, person: Person): string {
    const t = quoteStrings[this.locale];
    const shown = this.shown(item);
    const sic = this.strings.sic;
    const body = paragraphs(shown.text)
      .map((p) => sicPieces(p, shown.translated ? [] : (item.sic ?? [])).map((piece) => (piece.marked ? `${piece.words} ${sic}` : piece.words)).join(''))
      .join('\n');
    const marks = strings[shown.language].quotationMarks;
    const lines = [item.kind === 'direct' ? `${marks.open}${body}${marks.close}` : `${t.reportedSpeech}: ${body}`];
    const from = item.kind === 'direct' ? t.translatedFrom : t.summarisedFrom;
    if (shown.translated) lines.push(`(${from(this.strings.languageNames[item.language])})`);
    const who = [person.name[this.locale], roleAt(person, item.date)?.title[this.locale]].filter(Boolean).join(', ');
    lines.push(`\u2014 ${who}. ${item.occasion[this.locale]}, ${formatIsoDate(item.date, this.locale)}.`);
    lines.push(sourcesText(quoteSources(item), this.locale));
    // Plain spaces for whatever the citation is pasted into; on screen, dates keep their no-break spaces.
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** A direct quote in a `<blockquote>` with quotation marks on its first and last paragraphs; reported speech in plain paragraphs. */
  private renderText(item: Quote, text: string, language: Locale, part: string, cite: string | undefined): TemplateResult {
    const paras = paragraphs(text);
    if (item.kind === 'paraphrase') {
      return html`<div class="text reported" part=${part} lang=${language}>
        ${paras.map((p) => html`<p>${p}</p>`)}
      </div>`;
    }
    const { open, close } = strings[language].quotationMarks;
    const last = paras.length - 1;
    // The speaker's errors stand as said, each followed by the editor's mark in the reader's language.
    const passages = text === item.text ? (item.sic ?? []) : [];
    const words = (p: string) =>
      sicPieces(p, passages).map((piece) =>
        // the no-break space is the mark's, not the speaker's: the words stay exactly as said
        piece.marked ? html`${piece.words}<span class="sic" part="sic" lang=${this.locale}>&nbsp;${this.strings.sic}</span>` : piece.words,
      );
    return html`<blockquote class="text direct" part=${part} lang=${language} cite=${ifDefined(cite)}>
      ${paras.map(
        (p, i) =>
          html`<p>${i === 0 ? html`<span class="mark">${open}</span>` : nothing}${words(p)}${i === last
              ? html`<span class="mark">${close}</span>`
              : nothing}</p>`,
      )}
    </blockquote>`;
  }

  /** The quote's source, also with `no-source`. */
  protected override citedSources(): readonly string[] {
    return this.selection ? quoteSources(this.selection.item) : [];
  }

  protected renderContent(): TemplateResult | undefined {
    if (!this.selection) return undefined;
    const { item, person, size } = this.selection;
    const t = quoteStrings[this.locale];
    const locale = this.locale;
    const shown = this.shown(item);
    const role = roleAt(person, item.date);
    const url = byId('sources', item.source)?.url;
    const cite = url?.startsWith('https://') ? url : undefined;
    const originalName = this.strings.languageNames[item.language];

    return html`<figure class="figure panel size-${size} kind-${item.kind}" part="figure" lang=${locale}>
      ${item.kind === 'paraphrase' ? html`<p class="label" part="label">${t.reportedSpeech}</p>` : nothing}
      ${this.renderText(item, shown.text, shown.language, 'quote', cite)}
      ${shown.translated
        ? html`<p class="note" part="translation-note">
            ${item.kind === 'direct' ? t.translatedFrom(originalName) : t.summarisedFrom(originalName)}
          </p>`
        : nothing}
      ${shown.translated && this.showOriginal
        ? html`<div class="original-block">
            <p class="original-label" part="original-label">
              ${item.kind === 'direct' ? t.originalQuote(originalName) : t.originalSummary(originalName)}
            </p>
            ${this.renderText(item, item.text, item.language, 'original', cite)}
          </div>`
        : nothing}
      <figcaption class="caption" part="caption">
        <p class="attribution">
          <span class="speaker" part="speaker">${person.name[locale]}</span>${role
            ? html`<span class="role-separator">, </span><span class="role" part="role">${role.title[locale]}</span>`
            : nothing}
        </p>
        <p class="occasion" part="occasion">
          ${item.occasion[locale]},
          <time datetime=${item.date} part="date">${formatIsoDate(item.date, locale)}</time>
        </p>
        ${this.noSource ? nothing : renderSourceLine(quoteSources(item), locale)}
      </figcaption>
      <div class="actions">
        <button type="button" class="copy" part="copy-button" @click=${this.onCopy}>${t.copyCitation}</button>
        <span class="status" part="copy-status" role="status" aria-live="polite"
          >${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : ''}</span
        >
      </div>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'upr-quote': UprQuote;
  }
}
