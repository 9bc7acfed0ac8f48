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
 * A source's label as a link to it: only to an https URL from the dataset, and never letting the linked page
 * reach back into the article. A source without one is named in a `<cite>`.
 */
export function renderSourceLink(source: Source, label: TemplateResult): TemplateResult {
  return source.url?.startsWith('https://')
    ? html`<a class="source-link" href=${source.url} rel="noopener noreferrer" target="_blank" hreflang=${source.language}
        >${label}</a
      >`
    : html`<cite class="source-link">${label}</cite>`;
}

/** The source line every widget ends with. */
export function renderSourceLine(ids: readonly string[], locale: Locale): TemplateResult | typeof nothing {
  const list = sourcesOf(ids);
  if (!list.length) return nothing;
  const t = strings[locale];
  return html`<p class="source" part="source">
    <span class="source-label">${list.length > 1 ? t.sources : t.source}:</span>
    ${list.map(
      (source, i) => html`${i ? t.listSeparator : ' '}${renderSourceLink(source, renderLabel(source, locale))}`,
    )}
  </p>`;
}
