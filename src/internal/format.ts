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

// A page shows the same few dozen dates in many widgets: the formatted text is kept per page.
const formattedDates = new Map<string, string>();

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

/** A date range as its two dates' texts and what goes between them. */
export interface DateRangeText {
  start: string;
  separator: string;
  end: string;
}

/**
 * A date range written the way newspapers write it, with what the two dates share said once: "7–18 April 2008",
 * "18 June – 12 July 2024", "January–February 2022", "2014–2016"; in Vietnamese "7–18/4/2008", "18/6–12/7/2024",
 * "tháng 1–2/2022". Dates of different precision are written out in full, with a spaced dash. The dash never
 * starts a line.
 */
export function formatDateRange(from: string, to: string, locale: Locale): DateRangeText {
  const [a, b] = [parseIsoDate(from), parseIsoDate(to)];
  const full = (): DateRangeText => {
    const [start, end] = [formatIsoDate(from, locale), formatIsoDate(to, locale)];
    const numeric = locale === 'vi' && a?.precision === 'day' && b?.precision === 'day';
    return { start, separator: numeric || (a?.precision === 'year' && b?.precision === 'year') ? '\u2013' : '\u00a0\u2013 ', end };
  };
  if (!a || !b || a.precision !== b.precision || a.precision === 'year') return full();
  const [d1, d2] = [a.date, b.date];
  const sameYear = d1.getFullYear() === d2.getFullYear();
  if (!sameYear) return full();
  const end = formatIsoDate(to, locale);
  if (a.precision === 'month') {
    return locale === 'vi'
      ? { start: `tháng\u00a0${d1.getMonth() + 1}`, separator: '\u2013', end: end.replace(/^tháng\u00a0/, '') }
      : { start: formatIsoDate(from, locale).replace(/\u00a0\d+$/, ''), separator: '\u2013', end };
  }
  const sameMonth = d1.getMonth() === d2.getMonth();
  if (locale === 'vi') {
    return { start: sameMonth ? String(d1.getDate()) : `${d1.getDate()}/${d1.getMonth() + 1}`, separator: '\u2013', end };
  }
  const start = formatIsoDate(from, locale).replace(/\u00a0\d+$/, '');
  return sameMonth ? { start: String(d1.getDate()), separator: '\u2013', end } : { start, separator: '\u00a0\u2013 ', end };
}

/** Digits after the decimal point as the data writes the number (84.7 → 1), so that nothing is rounded away or added. */
export function decimalsOf(value: number): number {
  const written = String(value);
  return /e/i.test(written) ? 0 : (written.split('.')[1] ?? '').length;
}

/** The options of `formatNumber`: those of `Intl.NumberFormat` that the widgets use. */
export interface NumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  /** `percent`: the value is a fraction (0.847 is "84.7%"). */
  style?: 'decimal' | 'percent';
}

/**
 * `|value| × 10^shift` rounded half away from zero to `decimals` places, as whole and fraction digit strings.
 * Works on the number's shortest decimal text, as Intl does, so 1.005 rounds up to 1.01 and a percentage is
 * scaled without the error of `value * 100`.
 */
function roundedDigits(value: number, shift: number, decimals: number): [whole: string, fraction: string] {
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [int, frac = ''] = mantissa.split('.');
  let digits = int + frac;
  let point = int.length + Number(exponent) + shift;
  if (point < 0) [digits, point] = ['0'.repeat(-point) + digits, 0];
  digits = digits.padEnd(point + decimals + 1, '0');
  let kept = digits.slice(0, point + decimals);
  if (digits[point + decimals] >= '5') kept = String(BigInt(kept || '0') + 1n).padStart(kept.length, '0');
  const whole = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  return [whole, kept.slice(kept.length - decimals)];
}

/**
 * Grouping and decimal marks of the language: 1.234,5 in Vietnamese, 1,234.5 in English; the same text as
 * `Intl.NumberFormat` with vi-VN and en-GB (the tests compare them) and the same defaults (at most 3
 * decimals, 0 for percentages). Not through Intl because the first Intl formatter a page creates costs about
 * 20 ms of ICU start-up in Chromium (measured), a fifth of the budget for rendering a hundred widgets.
 */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  const percent = options.style === 'percent';
  const max = options.maximumFractionDigits ?? Math.max(options.minimumFractionDigits ?? 0, percent ? 0 : 3);
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const [whole, fraction] = roundedDigits(value, percent ? 2 : 0, max);
  const { group, decimal } = strings[locale].numbers;
  let digits = fraction;
  while (digits.length > min && digits.endsWith('0')) digits = digits.slice(0, -1);
  const text = whole.replace(/\B(?=(\d{3})+$)/g, group) + (digits ? decimal + digits : '');
  const zero = /^0*$/.test(whole + digits);
  return `${value < 0 && !zero ? '-' : ''}${text}${percent ? '%' : ''}`;
}
