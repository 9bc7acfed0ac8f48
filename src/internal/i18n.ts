/**
 * The strings several widgets share, one typed table per language; each widget keeps its own in its folder
 * (`upr-x.strings.ts`). Adding a key to a strings interface makes the compiler demand it in both tables, so
 * neither language can fall behind.
 */

export type Locale = 'vi' | 'en';
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How a date is written, from a local-midnight `Date`. Written out here rather
 * than through `Intl.DateTimeFormat`: the first date formatter a page creates
 * costs about 20 ms of ICU start-up (measured in Chromium), more than rendering
 * a dozen widgets, and date-fns's own locale tables would add 7 KB gzip.
 */
export type DateStyle = (date: Date) => string;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface UiStrings {
  /** Thousands separator and decimal mark: 1.234,5 in Vietnamese, 1,234.5 in English. */
  numbers: { group: string; decimal: string };
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
  /** Typographic quotation marks around quoted words in this language (a direct quote, a headline). */
  quotationMarks: { open: string; close: string };
}

const en: UiStrings = {
  numbers: { group: ',', decimal: '.' },
  unavailable: 'Content unavailable',
  source: 'Source',
  sources: 'Sources',
  listSeparator: '; ',
  languageNames: { vi: 'Vietnamese', en: 'English' },
  quotationMarks: { open: '\u201c', close: '\u201d' },
  // "8 May 2009", "May 2009", "2009".
  dates: {
    day: (date) => `${date.getDate()} ${ENGLISH_MONTHS[date.getMonth()]} ${date.getFullYear()}`,
    month: (date) => `${ENGLISH_MONTHS[date.getMonth()]} ${date.getFullYear()}`,
    year: (date) => String(date.getFullYear()),
  },
};

const vi: UiStrings = {
  numbers: { group: '.', decimal: ',' },
  unavailable: 'Nội dung không khả dụng',
  source: 'Nguồn',
  sources: 'Nguồn',
  listSeparator: '; ',
  languageNames: { vi: 'tiếng Việt', en: 'tiếng Anh' },
  quotationMarks: { open: '\u201c', close: '\u201d' },
  // Vietnamese newsrooms write numeric dates: "8/5/2009", "tháng 5/2009".
  dates: {
    day: (date) => `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`,
    month: (date) => `tháng ${date.getMonth() + 1}/${date.getFullYear()}`,
    year: (date) => String(date.getFullYear()),
  },
};

export const strings: Readonly<Record<Locale, UiStrings>> = { en, vi };

/** Vietnamese for any `vi*` tag, English for everything else (including none). */
export function localeFromTag(tag: string | null | undefined): Locale {
  return tag && /^vi(?:-|_|$)/i.test(tag.trim()) ? 'vi' : 'en';
}
