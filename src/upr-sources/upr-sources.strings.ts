/** The strings of <upr-sources>, in both languages; shared strings (dates, numbers, "Source") are in ../internal/i18n.ts. */
import type { Source } from '../internal/data.js';
import type { Locale } from '../internal/i18n.js';

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

export const sourceListStrings: Readonly<Record<Locale, SourceListStrings>> = {
  en: {
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
  vi: {
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
};
