/** What the dataset's structured notes must read as on screen, for tests of every widget that shows them. */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/index.js';
import type { Conflict, Source } from '../../src/internal/data.js';
import { formatIsoDate } from '../../src/internal/format.js';
import type { Locale } from '../../src/internal/i18n.js';
import { normalize } from './shadow.js';

/** How the outlet is named in a language: in English, a Vietnamese-named outlet is given in English first. */
export function outletAs(source: Pick<Source, 'outlet' | 'outletEnglish'>, lang: Locale): string {
  return lang === 'en' && source.outletEnglish ? `${source.outletEnglish} (${source.outlet})` : source.outlet;
}

/**
 * A note where sources disagree names every side: what it says, and each of its sources by outlet and date,
 * before what it says ("Thanh Niên (January 2019): 122 states"); then the note, if any.
 */
export function expectSides(shown: string, conflict: Conflict, lang: Locale, what: string): void {
  for (const side of conflict.sides) {
    const names = side.sources.map((id) => {
      const source = dataset.sources.find((s) => s.id === id)!;
      return source.published ? `${outletAs(source, lang)} (${formatIsoDate(source.published, lang)})` : outletAs(source, lang);
    });
    expect(shown, `${what}: a side of the conflict`).to.include(normalize(`${names.join(', ')}: ${side.says[lang]}`));
  }
  if (conflict.note) expect(shown, `${what}: the conflict's note`).to.include(normalize(conflict.note[lang]));
}
