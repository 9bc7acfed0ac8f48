/**
 * UI strings: one typed table per language. Adding a key to `UiStrings` makes
 * the compiler demand it in both tables, so neither language can fall behind.
 */

export type Locale = 'vi' | 'en';

export interface UiStrings {
  /** Shown in place of a widget whose configuration is invalid. */
  unavailable: string;
  /** date-fns patterns for a date known to the day, month or year. */
  datePattern: { day: string; month: string; year: string };
}

const en: UiStrings = {
  unavailable: 'Content unavailable',
  datePattern: { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' },
};

const vi: UiStrings = {
  unavailable: 'Nội dung không khả dụng',
  // Vietnamese newsrooms write numeric dates: "8/5/2009", "tháng 5/2009".
  datePattern: { day: 'd/M/yyyy', month: "'tháng' M/yyyy", year: 'yyyy' },
};

export const strings: Readonly<Record<Locale, UiStrings>> = { en, vi };

/** Vietnamese for any `vi*` tag, English for everything else (including none). */
export function localeFromTag(tag: string | null | undefined): Locale {
  return tag && /^vi(?:-|_|$)/i.test(tag.trim()) ? 'vi' : 'en';
}
