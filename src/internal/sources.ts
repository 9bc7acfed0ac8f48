import { html, nothing, type TemplateResult } from 'lit';
import { sourcesOf, type Conflict, type Source } from './data.js';
import { formatIsoDate } from './format.js';
import { strings, type Locale } from './i18n.js';

/**
 * The outlet as the reader's language names it: on English pages, an outlet that names itself in Vietnamese is
 * given in English with its own name in brackets ("Ministry of Public Security (Bộ Công an)").
 */
export function outletName(source: Source, locale: Locale): string {
  return locale === 'en' && source.outletEnglish ? `${source.outletEnglish} (${source.outlet})` : source.outlet;
}

/** The language of an outlet's own name: Vietnamese for one with an English name, else the source's. */
export function outletLanguage(source: Source): Source['language'] {
  return source.outletEnglish ? 'vi' : source.language;
}

/** "VietnamPlus, 28/9/2022" or "United Nations, A/HRC/12/11, 2009": outlet, title or symbol, date. */
export function sourceLabel(source: Source, locale: Locale): string {
  const parts = [outletName(source, locale), source.title ?? source.reference];
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
  const title = source.title ?? source.reference;
  const date = source.published ? `, ${formatIsoDate(source.published, locale)}` : '';
  // The English name is the reader's; the outlet's own name is Vietnamese when it has an English one (an English
  // edition keeps its Vietnamese masthead), and the title is in the source's language.
  const own = html`<span lang=${outletLanguage(source)}>${source.outlet}</span>`;
  const outlet = locale === 'en' && source.outletEnglish ? html`${source.outletEnglish} (${own})` : own;
  return html`${outlet}${title ? html`, <span lang=${source.language}>${title}</span>` : nothing}${date}`;
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

/** "A, B and C" / "A, B và C". */
function namesList(names: readonly string[], locale: Locale): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${locale === 'vi' ? 'và' : 'and'} ${names.at(-1)}`;
}

/**
 * Where sources disagree, every side with the outlets that take it: "VietnamPlus and VOV: 122 states; nhanquyen.vn:
 * 121 states.", then the note, if any. An outlet on the page twice is told apart by its date ("VietnamPlus
 * (2019)"); the source line gives every source in full. The label ("Sources differ") is the widget's.
 */
export function conflictText(conflict: Conflict, locale: Locale): string {
  const all = conflict.sides.flatMap((side) => sourcesOf(side.sources));
  const twice = new Set(all.map((s) => s.outlet).filter((outlet, i, list) => list.indexOf(outlet) !== i));
  const name = (source: Source) =>
    twice.has(source.outlet) && source.published
      ? `${outletName(source, locale)} (${formatIsoDate(source.published, locale)})`
      : outletName(source, locale);
  const sides = conflict.sides.map(({ says, sources }) => {
    const names = [...new Set(sourcesOf(sources).map(name))];
    return `${namesList(names, locale)}: ${says[locale]}`;
  });
  const note = conflict.note?.[locale];
  return `${sides.join(strings[locale].listSeparator)}.${note ? ` ${note}` : ''}`;
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
