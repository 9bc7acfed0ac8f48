/**
 * UI strings: one typed table per language. Adding a key to `UiStrings` makes
 * the compiler demand it in both tables, so neither language can fall behind.
 */

import type { Source } from './data.js';

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
  /** Strings of <upr-quote>; edit only this group when working on that widget. */
  quote: QuoteStrings;
  /** Strings of <upr-fact-card>. */
  factCard: FactCardStrings;
  /** Strings of <upr-timeline>. */
  timeline: TimelineStrings;
  /** Strings of <upr-recommendations-chart>. */
  chart: ChartStrings;
  /** Strings of <upr-sources>. */
  sourceList: SourceListStrings;
}

// Each widget's group: add keys here and in both tables below.
export interface QuoteStrings {
  /** Typographic quotation marks around a direct quote in this language. */
  marks: { open: string; close: string };
  /** The label on a paraphrase, which is never shown in quotation marks. */
  reportedSpeech: string;
  /** Said under a translated quote or paraphrase; `language` is a name from `languageNames`. */
  translatedFrom: (language: string) => string;
  /** Heading of the original shown beneath a translation (`show-original`): a direct quote, a paraphrase. */
  originalQuote: (language: string) => string;
  originalSummary: (language: string) => string;
  /** The copy-citation button and what it announces afterwards. */
  copyCitation: string;
  copied: string;
  copyFailed: string;
}
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
export interface TimelineStrings {
  /** Accessible name of the list of events. */
  listLabel: string;
  /** The label before the first event of a UPR cycle; `numeral` is a Roman numeral ("IV"). */
  cycle: (numeral: string) => string;
  /** Under a review: whole years and months since the previous cycle's review. */
  afterReview: (years: number, months: number, numeral: string) => string;
  /** Lead-in of the note where sources disagree; the note itself comes from the data. */
  conflictLabel: string;
  /** Accessible name of the list of figures under an event. */
  figuresLabel: string;
  /** The scroll buttons of the horizontal layout, and the name of their group. */
  controlsLabel: string;
  earlier: string;
  later: string;
  /** Shown when the attributes select no event at all. */
  noMatch: string;
}

export interface ChartStrings {
  /** The chart's title (and the table's caption), for each metric. */
  title: Record<'count' | 'share', string>;
  /** Accessible name of the chart; the figures are also in the (visually hidden) table. */
  chartLabel: string;
  /** "Cycle IV", with a Roman numeral; and the year of its review, shown after it: "2024 review". */
  cycle: (numeral: string) => string;
  review: (year: string) => string;
  /** Heading of the table's first column. */
  cycleColumn: string;
  /** Names of the three counts, on their bars and as table headings. */
  series: Record<'received' | 'accepted' | 'noted', string>;
  /** The share metric: its name, and "271 of 320" for the counts behind a share. */
  share: string;
  shareOf: (accepted: string, received: string) => string;
  /** Lead-in of the note with the dataset's counting method. */
  methodLabel: string;
  /**
   * Marking of a derived figure: the note's lead-in, the word in a bar's label, and what it was worked out from
   * (`other`: a derived number received or accepted, which the data allows but does not have).
   */
  derivedLabel: string;
  derivedWord: string;
  derivedNote: Record<'noted' | 'share' | 'other', string>;
  /** Lead-in of the note with another source's count (UPR Info), and one cycle of it. */
  alternativeLabel: string;
  alternativeCycle: (cycle: string, received: string, accepted: string) => string;
}

export interface SourceListStrings {
  /** Stands for the title of a source that has neither a title nor a UN document symbol: what it is. */
  kinds: Record<Source['kind'], string>;
  /** Stands for the date of a database, which has none: it is updated continuously. */
  undated: string;
  /** After a source in the other language; `language` is a name from `languageNames`. */
  inLanguage: (language: string) => string;
  /** Shown when no widget on the page cites a source. */
  empty: string;
}

const en: UiStrings = {
  numbers: { group: ',', decimal: '.' },
  unavailable: 'Content unavailable',
  source: 'Source',
  sources: 'Sources',
  listSeparator: '; ',
  languageNames: { vi: 'Vietnamese', en: 'English' },
  quote: {
    marks: { open: '\u201c', close: '\u201d' },
    reportedSpeech: 'Reported speech',
    translatedFrom: (language) => `Translated from ${language}`,
    originalQuote: (language) => `Original in ${language}`,
    originalSummary: (language) => `Original summary in ${language}`,
    copyCitation: 'Copy citation',
    copied: 'Citation copied',
    copyFailed: 'Could not copy the citation',
  },
  factCard: {
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
  timeline: {
    listLabel: 'Timeline: Viet Nam and the UPR',
    cycle: (numeral) => `Cycle ${numeral}`,
    afterReview: (years, months, numeral) =>
      `${[years && `${years} ${years === 1 ? 'year' : 'years'}`, months && `${months} ${months === 1 ? 'month' : 'months'}`]
        .filter(Boolean)
        .join(' ')} after the cycle ${numeral} review`,
    conflictLabel: 'Sources differ',
    figuresLabel: 'Figures',
    controlsLabel: 'Scroll the timeline',
    earlier: 'Earlier',
    later: 'Later',
    noMatch: 'No events match this selection.',
  },
  chart: {
    title: {
      count: 'UPR recommendations to Viet Nam: received, accepted and noted in each cycle',
      share: 'Share of UPR recommendations Viet Nam accepted in each cycle',
    },
    chartLabel: 'Bar chart; the same figures are in the table that follows',
    cycle: (numeral) => `Cycle ${numeral}`,
    review: (year) => `${year} review`,
    cycleColumn: 'Cycle',
    series: { received: 'Received', accepted: 'Accepted', noted: 'Noted' },
    share: 'Share accepted',
    shareOf: (accepted, received) => `${accepted} of ${received}`,
    methodLabel: 'How they are counted',
    derivedLabel: 'Derived',
    derivedWord: 'derived',
    derivedNote: {
      noted: 'the number noted is received minus accepted; no source states it.',
      share: 'the number accepted as a percentage of the number received, worked out from the counts and rounded to one decimal place.',
      other: 'worked out from other figures; no source states it.',
    },
    alternativeLabel: 'Another count',
    alternativeCycle: (cycle, received, accepted) => `${cycle}: ${received} received, ${accepted} accepted`,
  },
  sourceList: {
    kinds: {
      news: 'article',
      'un-document': 'UN document',
      'un-release': 'news release',
      government: 'article',
      database: 'database',
    },
    undated: 'continuously updated',
    inLanguage: (language) => `in ${language}`,
    empty: 'No sources to list.',
  },
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
  quote: {
    marks: { open: '\u201c', close: '\u201d' },
    reportedSpeech: 'Lời thuật lại',
    // "Bản dịch từ tiếng Anh", "Nguyên văn tiếng Anh", "Bản gốc bằng tiếng Anh".
    translatedFrom: (language) => `Bản dịch từ ${language}`,
    originalQuote: (language) => `Nguyên văn ${language}`,
    originalSummary: (language) => `Bản gốc bằng ${language}`,
    copyCitation: 'Sao chép trích dẫn',
    copied: 'Đã sao chép trích dẫn',
    copyFailed: 'Không sao chép được trích dẫn',
  },
  factCard: {
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
  timeline: {
    listLabel: 'Dòng thời gian: Việt Nam và cơ chế UPR',
    cycle: (numeral) => `Chu kỳ ${numeral}`,
    // "5 năm sau lần rà soát chu kỳ III".
    afterReview: (years, months, numeral) =>
      `${[years && `${years} năm`, months && `${months} tháng`].filter(Boolean).join(' ')} sau lần rà soát chu kỳ ${numeral}`,
    conflictLabel: 'Các nguồn không thống nhất',
    figuresLabel: 'Số liệu',
    controlsLabel: 'Cuộn dòng thời gian',
    earlier: 'Trước đó',
    later: 'Tiếp theo',
    noMatch: 'Không có sự kiện nào phù hợp với lựa chọn này.',
  },
  chart: {
    title: {
      count: 'Khuyến nghị UPR dành cho Việt Nam: số nhận được, chấp thuận và ghi nhận qua từng chu kỳ',
      share: 'Tỷ lệ khuyến nghị UPR được Việt Nam chấp thuận qua từng chu kỳ',
    },
    chartLabel: 'Biểu đồ thanh; số liệu có trong bảng ngay sau',
    cycle: (numeral) => `Chu kỳ ${numeral}`,
    review: (year) => `rà soát năm ${year}`,
    cycleColumn: 'Chu kỳ',
    series: { received: 'Nhận được', accepted: 'Chấp thuận', noted: 'Ghi nhận' },
    share: 'Tỷ lệ chấp thuận',
    shareOf: (accepted, received) => `${accepted} trên ${received}`,
    methodLabel: 'Cách đếm',
    derivedLabel: 'Số liệu tính toán',
    derivedWord: 'số liệu tính toán',
    derivedNote: {
      noted: 'số khuyến nghị ghi nhận bằng số nhận được trừ số chấp thuận, không nguồn nào nêu trực tiếp.',
      share: 'tỷ lệ phần trăm giữa số khuyến nghị được chấp thuận và số nhận được, tính từ các con số trên và làm tròn đến một chữ số thập phân.',
      other: 'suy ra từ các con số khác, không nguồn nào nêu trực tiếp.',
    },
    alternativeLabel: 'Cách đếm khác',
    alternativeCycle: (cycle, received, accepted) => `${cycle}: ${received} nhận được, ${accepted} chấp thuận`,
  },
  sourceList: {
    kinds: {
      news: 'bài báo',
      'un-document': 'văn kiện Liên hợp quốc',
      'un-release': 'thông cáo',
      government: 'bài viết',
      database: 'cơ sở dữ liệu',
    },
    undated: 'cập nhật liên tục',
    inLanguage: (language) => language,
    empty: 'Không có nguồn nào để liệt kê.',
  },
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
