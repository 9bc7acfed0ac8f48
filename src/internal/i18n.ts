/**
 * The strings several widgets share, one typed table per language; each widget keeps its own in its folder
 * (`upr-x.strings.ts`). Adding a key to a strings interface makes the compiler demand it in both tables, so
 * neither language can fall behind.
 */

export type Locale = 'vi' | 'en';
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * How a date is written, from a local-midnight `Date`. The parts of a date never end a line apart: they are
 * joined by no-break spaces ("19 January 2022", "tháng 5/2009"), as newspapers set them.
 * Written out here rather
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
  /** Whose figure or statement it is (`claimant` in the data): "According to the Government of Viet Nam". */
  accordingTo: (claimant: string) => string;
  /** Lead-in of the note where sources disagree, then each side: "Thanh Niên (January 2019): 122 states". */
  conflictLabel: string;
  /** The editor's mark after a speaker's error kept in a direct quote. */
  sic: string;
}

const en: UiStrings = {
  numbers: { group: ',', decimal: '.' },
  unavailable: 'Content unavailable',
  source: 'Source',
  sources: 'Sources',
  listSeparator: '; ',
  languageNames: { vi: 'Vietnamese', en: 'English' },
  quotationMarks: { open: '\u201c', close: '\u201d' },
  accordingTo: (claimant) => `According to ${claimant}`,
  conflictLabel: 'Sources differ',
  sic: '[sic]',
  // "8 May 2009", "May 2009", "2009".
  dates: {
    day: (date) => `${date.getDate()}\u00a0${ENGLISH_MONTHS[date.getMonth()]}\u00a0${date.getFullYear()}`,
    month: (date) => `${ENGLISH_MONTHS[date.getMonth()]}\u00a0${date.getFullYear()}`,
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
  accordingTo: (claimant) => `Theo ${claimant}`,
  conflictLabel: 'Các nguồn không thống nhất',
  // "[nguyên văn]": the words are the speaker's, error included.
  sic: '[nguyên văn]',
  // Vietnamese newsrooms write numeric dates: "8/5/2009", "tháng 5/2009".
  dates: {
    day: (date) => `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`,
    month: (date) => `tháng\u00a0${date.getMonth() + 1}/${date.getFullYear()}`,
    year: (date) => String(date.getFullYear()),
  },
};

export const strings: Readonly<Record<Locale, UiStrings>> = { en, vi };

/** Vietnamese for any `vi*` tag, English for everything else (including none). */
export function localeFromTag(tag: string | null | undefined): Locale {
  return tag && /^vi(?:-|_|$)/i.test(tag.trim()) ? 'vi' : 'en';
}
