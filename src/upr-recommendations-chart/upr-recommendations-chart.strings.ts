/** The strings of <upr-recommendations-chart>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { Locale } from '../internal/i18n.js';

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
  /**
   * The note on whose figures they are, where one party gives them: its lead-in, and what a party gives, by count
   * and cycles ("accepted, cycles III and IV"; `what` is `undefined` for all of a cycle's figures).
   */
  claimantLabel: string;
  claimantGives: (what: 'received' | 'accepted' | 'noted' | undefined, numerals: readonly string[]) => string;
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

export const chartStrings: Readonly<Record<Locale, ChartStrings>> = {
  en: {
    title: {
      count: 'UPR recommendations to Viet Nam: received, accepted and noted in each cycle',
      share: 'Share of UPR recommendations Viet Nam accepted in each cycle',
    },
    chartLabel: 'Bar chart; the same figures are in the table that follows',
    cycle: (numeral) => `Cycle\u00a0${numeral}`,
    review: (year) => `${year}\u00a0review`,
    cycleColumn: 'Cycle',
    series: { received: 'Received', accepted: 'Accepted', noted: 'Noted' },
    share: 'Share accepted',
    shareOf: (accepted, received) => `${accepted} of ${received}`,
    claimantLabel: 'Who gives the figures',
    claimantGives: (what, numerals) => {
      const cycles = numerals.length > 1 ? `cycles ${numerals.slice(0, -1).join(', ')} and ${numerals.at(-1)}` : `cycle\u00a0${numerals[0]}`;
      return what ? `${what}, ${cycles}` : `all figures, ${cycles}`;
    },
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
  vi: {
    title: {
      count: 'Khuyến nghị UPR dành cho Việt Nam: số nhận được, chấp thuận và ghi nhận qua từng chu kỳ',
      share: 'Tỷ lệ khuyến nghị UPR được Việt Nam chấp thuận qua từng chu kỳ',
    },
    chartLabel: 'Biểu đồ thanh; số liệu có trong bảng ngay sau',
    cycle: (numeral) => `Chu kỳ\u00a0${numeral}`,
    review: (year) => `rà soát năm\u00a0${year}`,
    cycleColumn: 'Chu kỳ',
    series: { received: 'Nhận được', accepted: 'Chấp thuận', noted: 'Ghi nhận' },
    share: 'Tỷ lệ chấp thuận',
    shareOf: (accepted, received) => `${accepted} trên ${received}`,
    claimantLabel: 'Nơi công bố số liệu',
    claimantGives: (what, numerals) => {
      const cycles = `chu kỳ\u00a0${numerals.length > 1 ? `${numerals.slice(0, -1).join(', ')} và ${numerals.at(-1)}` : numerals[0]}`;
      const words = { received: 'số nhận được', accepted: 'số chấp thuận', noted: 'số ghi nhận' };
      return what ? `${words[what]}, ${cycles}` : `mọi số liệu, ${cycles}`;
    },
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
};
