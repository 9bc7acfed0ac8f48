/** The strings of <upr-fact-card>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { DatePrecision, Locale } from '../internal/i18n.js';

export interface FactCardStrings {
  /** Words placed before a figure: "more than 150 delegates", "hơn 150 đại biểu". */
  qualifiers: Record<'at-least' | 'more-than' | 'about', string>;
  /** The date a figure holds for, at the precision of the data: "As of June 2021". */
  asOf: Record<DatePrecision, (date: string) => string>;
  /** The note on a figure worked out from others (`derived`): a lead-in, then the explanation. */
  derivedLabel: string;
  derivedNote: string;
  /** Lead-in of the note where sources disagree; the note itself comes from the data. */
  conflictLabel: string;
}

export const factCardStrings: Readonly<Record<Locale, FactCardStrings>> = {
  en: {
    qualifiers: { 'at-least': 'at least', 'more-than': 'more than', about: 'about' },
    asOf: {
      day: (date) => `As of ${date}`,
      month: (date) => `As of ${date}`,
      year: (date) => `As of ${date}`,
    },
    derivedLabel: 'Derived',
    derivedNote: 'worked out from the figures in the sources.',
    conflictLabel: 'Sources differ',
  },
  vi: {
    qualifiers: { 'at-least': 'ít nhất', 'more-than': 'hơn', about: 'khoảng' },
    // "Tính đến ngày 27/9/2024", "Tính đến tháng 6/2021", "Tính đến năm 2021".
    asOf: {
      day: (date) => `Tính đến ngày ${date}`,
      month: (date) => `Tính đến ${date}`,
      year: (date) => `Tính đến năm ${date}`,
    },
    derivedLabel: 'Số liệu tính toán',
    derivedNote: 'suy ra từ các con số trong nguồn.',
    conflictLabel: 'Các nguồn không thống nhất',
  },
};
