/** The strings of <upr-timeline>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { Locale } from '../internal/i18n.js';

export interface TimelineStrings {
  /** Accessible name of the list of events. */
  listLabel: string;
  /** The label before the first event of a UPR cycle; `numeral` is a Roman numeral ("IV"). */
  cycle: (numeral: string) => string;
  /** Under a review: whole years and months since the previous cycle's review. */
  afterReview: (years: number, months: number, numeral: string) => string;
  /** Accessible name of the list of figures under an event. */
  figuresLabel: string;
  /** The scroll buttons of the horizontal layout, and the name of their group. */
  controlsLabel: string;
  earlier: string;
  later: string;
  /** Shown when the attributes select no event at all. */
  noMatch: string;
}

export const timelineStrings: Readonly<Record<Locale, TimelineStrings>> = {
  en: {
    listLabel: 'Timeline: Viet Nam and the UPR',
    cycle: (numeral) => `Cycle\u00a0${numeral}`,
    afterReview: (years, months, numeral) =>
      `${[years && `${years}\u00a0${years === 1 ? 'year' : 'years'}`, months && `${months}\u00a0${months === 1 ? 'month' : 'months'}`]
        .filter(Boolean)
        .join(' ')} after the cycle\u00a0${numeral} review`,
    figuresLabel: 'Figures',
    controlsLabel: 'Scroll the timeline',
    earlier: 'Earlier',
    later: 'Later',
    noMatch: 'No events match this selection.',
  },
  vi: {
    listLabel: 'Dòng thời gian: Việt Nam và cơ chế UPR',
    cycle: (numeral) => `Chu kỳ\u00a0${numeral}`,
    // "5 năm sau lần rà soát chu kỳ III".
    afterReview: (years, months, numeral) =>
      `${[years && `${years}\u00a0năm`, months && `${months}\u00a0tháng`].filter(Boolean).join(' ')} sau lần rà soát chu kỳ\u00a0${numeral}`,
    figuresLabel: 'Số liệu',
    controlsLabel: 'Cuộn dòng thời gian',
    earlier: 'Trước đó',
    later: 'Tiếp theo',
    noMatch: 'Không có sự kiện nào phù hợp với lựa chọn này.',
  },
};
