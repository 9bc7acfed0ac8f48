/**
 * UI strings: one typed table per language. Adding a key to `UiStrings` makes
 * the compiler demand it in both tables, so neither language can fall behind.
 */

export type Locale = 'vi' | 'en';
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How a date is written: a numeric date-fns `lightFormat` pattern, or
 * `Intl.DateTimeFormat` options through date-fns `intlFormat` where month
 * names are needed. Both keep date-fns's locale tables (7 KB gzip) out of
 * the bundle.
 */
export type DateStyle = { pattern: string } | { intl: Intl.DateTimeFormatOptions };

export interface UiStrings {
  /** BCP 47 tag for Intl number and date formatting. */
  intlLocale: string;
  /** Shown in place of a widget whose configuration is invalid. */
  unavailable: string;
  /** A date known to the day, the month or the year. */
  dates: Record<DatePrecision, DateStyle>;
  /** Label before one source or several. */
  source: string;
  sources: string;
  /** Separates items in a list read aloud or printed ("A; B"). */
  listSeparator: string;
  /** Names of the two languages, as written in this language. */
  languageNames: Record<Locale, string>;
  /** Strings of <upr-quote>; edit only this group when working on that widget. */
  quote: QuoteStrings;
  /** Strings of <upr-fact-card>. */
  factCard: FactCardStrings;
  /** Strings of <upr-timeline>. */
  timeline: TimelineStrings;
}

// Each widget's group: add keys here and in both tables below.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuoteStrings {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FactCardStrings {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TimelineStrings {}

const en: UiStrings = {
  intlLocale: 'en-GB',
  unavailable: 'Content unavailable',
  source: 'Source',
  sources: 'Sources',
  listSeparator: '; ',
  languageNames: { vi: 'Vietnamese', en: 'English' },
  quote: {},
  factCard: {},
  timeline: {},
  // "8 May 2009", "May 2009", "2009".
  dates: {
    day: { intl: { day: 'numeric', month: 'long', year: 'numeric' } },
    month: { intl: { month: 'long', year: 'numeric' } },
    year: { pattern: 'yyyy' },
  },
};

const vi: UiStrings = {
  intlLocale: 'vi-VN',
  unavailable: 'Nội dung không khả dụng',
  source: 'Nguồn',
  sources: 'Nguồn',
  listSeparator: '; ',
  languageNames: { vi: 'tiếng Việt', en: 'tiếng Anh' },
  quote: {},
  factCard: {},
  timeline: {},
  // Vietnamese newsrooms write numeric dates: "8/5/2009", "tháng 5/2009".
  dates: {
    day: { pattern: 'd/M/yyyy' },
    month: { pattern: "'tháng' M/yyyy" },
    year: { pattern: 'yyyy' },
  },
};

export const strings: Readonly<Record<Locale, UiStrings>> = { en, vi };

/** Vietnamese for any `vi*` tag, English for everything else (including none). */
export function localeFromTag(tag: string | null | undefined): Locale {
  return tag && /^vi(?:-|_|$)/i.test(tag.trim()) ? 'vi' : 'en';
}
