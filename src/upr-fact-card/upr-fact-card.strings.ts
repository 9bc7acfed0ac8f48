/** The strings of <upr-fact-card>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { DatePrecision, Locale } from '../internal/i18n.js';

export interface FactCardStrings {
  /** Words placed before a figure: "more than 150 delegates", "hơn 150 đại biểu". */
  qualifiers: Record<'at-least' | 'more-than' | 'about' | 'nearly', string>;
  /** The date a figure holds for, at the precision of the data: "As of June 2021". */
  asOf: Record<DatePrecision, (date: string) => string>;
  /** The note on a figure worked out from others (`derived`): a lead-in, then the explanation. */
  derivedLabel: string;
  derivedNote: string;
  /**
   * The note on a percentage given as its source gives it, which its counts do not give at that precision: a
   * lead-in, then the figure worked out from the counts ("182 of 227 is 80.18%").
   */
  sourceFigureLabel: string;
  sourceFigureNote: (part: string, whole: string, exact: string) => string;
}

export const factCardStrings: Readonly<Record<Locale, FactCardStrings>> = {
  en: {
    qualifiers: { 'at-least': 'at least', 'more-than': 'more than', about: 'about', nearly: 'nearly' },
    asOf: {
      day: (date) => `As of ${date}`,
      month: (date) => `As of ${date}`,
      year: (date) => `As of ${date}`,
    },
    derivedLabel: 'Derived',
    derivedNote: 'worked out from the figures in the sources.',
    sourceFigureLabel: 'The source’s figure',
    sourceFigureNote: (part, whole, exact) => `worked out from the counts, ${part} of ${whole} is ${exact}.`,
  },
  vi: {
    qualifiers: { 'at-least': 'ít nhất', 'more-than': 'hơn', about: 'khoảng', nearly: 'gần' },
    // "Tính đến ngày 27/9/2024", "Tính đến tháng 6/2021", "Tính đến năm 2021".
    asOf: {
      day: (date) => `Tính đến ngày\u00a0${date}`,
      month: (date) => `Tính đến ${date}`,
      year: (date) => `Tính đến năm\u00a0${date}`,
    },
    derivedLabel: 'Số liệu tính toán',
    derivedNote: 'suy ra từ các con số trong nguồn.',
    sourceFigureLabel: 'Số liệu theo nguồn',
    sourceFigureNote: (part, whole, exact) => `tính từ các con số, ${part} trên ${whole} là ${exact}.`,
  },
};
