/** The strings of <upr-quote>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { Locale } from '../internal/i18n.js';

export interface QuoteStrings {
  /** The label on a paraphrase, which is never shown in quotation marks. */
  reportedSpeech: string;
  /** Said under a translated quote or paraphrase; `language` is a name from `languageNames`. */
  translatedFrom: (language: string) => string;
  /** Said under reported speech summarised from a source in the other language: our words, not the speaker's. */
  summarisedFrom: (language: string) => string;
  /** Heading of the original shown beneath a translation (`show-original`): a direct quote, a paraphrase. */
  originalQuote: (language: string) => string;
  originalSummary: (language: string) => string;
  /** The copy-citation button and what it announces afterwards. */
  copyCitation: string;
  copied: string;
  copyFailed: string;
}

export const quoteStrings: Readonly<Record<Locale, QuoteStrings>> = {
  en: {
    reportedSpeech: 'Reported speech',
    translatedFrom: (language) => `Translated from ${language}`,
    summarisedFrom: (language) => `Summarised from a source in ${language}`,
    originalQuote: (language) => `Original in ${language}`,
    originalSummary: (language) => `Original summary in ${language}`,
    copyCitation: 'Copy citation',
    copied: 'Citation copied',
    copyFailed: 'Could not copy the citation',
  },
  vi: {
    reportedSpeech: 'Lời thuật lại',
    // "Bản dịch từ tiếng Anh", "Nguyên văn tiếng Anh", "Bản gốc bằng tiếng Anh".
    translatedFrom: (language) => `Bản dịch từ ${language}`,
    summarisedFrom: (language) => `Tóm lược từ nguồn ${language}`,
    originalQuote: (language) => `Nguyên văn ${language}`,
    originalSummary: (language) => `Bản gốc bằng ${language}`,
    copyCitation: 'Sao chép trích dẫn',
    copied: 'Đã sao chép trích dẫn',
    copyFailed: 'Không sao chép được trích dẫn',
  },
};
