import { strings, type DatePrecision, type Locale } from './i18n.js';

export type { DatePrecision };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses an ISO 8601 calendar date of reduced precision ("2009", "2009-05",
 * "2009-05-08"). The precision is the form of the string, so the data never
 * has to invent a day or a month it does not know.
 */
export function parseIsoDate(iso: string): { date: Date; precision: DatePrecision } | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const month = m ? Number(m) - 1 : 0;
  const day = d ? Number(d) : 1;
  // Local midnight, so the calendar date is the same in every time zone.
  const date = new Date(0);
  date.setFullYear(Number(y), month, day);
  date.setHours(0, 0, 0, 0);
  // Reject dates that roll over, such as 2019-02-30.
  if (date.getMonth() !== month || date.getDate() !== day) return undefined;
  return { date, precision: d ? 'day' : m ? 'month' : 'year' };
}

// A page shows the same few dozen dates and numbers in many widgets, and every Intl formatter is costly to
// create (a third of the render time of 100 widgets in the benchmark): formatted text and number formatters
// are kept per page.
const formattedDates = new Map<string, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats an ISO date at the precision it was written with; returns the input if it is not one. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const key = `${locale} ${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const parsed = parseIsoDate(iso);
    if (!parsed) return iso;
    text = strings[locale].dates[parsed.precision](parsed.date);
    formattedDates.set(key, text);
  }
  return text;
}

/** Grouping and decimal marks of the language: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(strings[locale].intlLocale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
