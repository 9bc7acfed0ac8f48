import { html, nothing, type TemplateResult } from 'lit';
import { sourcesOf, type Source } from './data.js';
import { formatIsoDate } from './format.js';
import { strings, type Locale } from './i18n.js';

/** "VietnamPlus, 28/9/2022" or "United Nations, A/HRC/12/11, 2009": outlet, title or symbol, date. */
export function sourceLabel(source: Source, locale: Locale): string {
  const parts = [source.outlet, source.title ?? source.reference];
  if (source.published) parts.push(formatIsoDate(source.published, locale));
  return parts.filter(Boolean).join(', ');
}

/** A plain-text source line, for citations copied to the clipboard. */
export function sourcesText(ids: readonly string[], locale: Locale): string {
  const list = sourcesOf(ids);
  const t = strings[locale];
  return `${list.length > 1 ? t.sources : t.source}: ${list.map((s) => sourceLabel(s, locale)).join(t.listSeparator)}`;
}

/** The label as markup: outlet and title are in the source's own language, the date in the reader's. */
function renderLabel(source: Source, locale: Locale): TemplateResult {
  const name = [source.outlet, source.title ?? source.reference].filter(Boolean).join(', ');
  const date = source.published ? `, ${formatIsoDate(source.published, locale)}` : '';
  return html`<span lang=${source.language}>${name}</span>${date}`;
}

/**
 * The source line every widget ends with. Links only to https URLs from the
 * dataset, and never lets the linked page reach back into the article.
 */
export function renderSourceLine(ids: readonly string[], locale: Locale): TemplateResult | typeof nothing {
  const list = sourcesOf(ids);
  if (!list.length) return nothing;
  const t = strings[locale];
  return html`<p class="source" part="source">
    <span class="source-label">${list.length > 1 ? t.sources : t.source}:</span>
    ${list.map(
      (source, i) => html`${i ? t.listSeparator : ' '}${source.url?.startsWith('https://')
        ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank" hreflang=${source.language}
            >${renderLabel(source, locale)}</a
          >`
        : html`<cite>${renderLabel(source, locale)}</cite>`}`,
    )}
  </p>`;
}
