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
 * A note where sources disagree names every side: the outlets that take it ("A, B and C"; an outlet that comes
 * twice in the note is told apart by its date), then what it says ("VietnamPlus and VOV: 122 states"); then the
 * note, if any.
 */
export function expectSides(shown: string, conflict: Conflict, lang: Locale, what: string): void {
  const all = conflict.sides.flatMap((side) => side.sources.map((id) => dataset.sources.find((s) => s.id === id)!));
  const twice = (outlet: string) => all.filter((s) => s.outlet === outlet).length > 1;
  for (const side of conflict.sides) {
    const names = [
      ...new Set(
        side.sources.map((id) => {
          const source = dataset.sources.find((s) => s.id === id)!;
          return twice(source.outlet) && source.published ? `${outletAs(source, lang)} (${formatIsoDate(source.published, lang)})` : outletAs(source, lang);
        }),
      ),
    ];
    const list = names.length < 2 ? names[0] : `${names.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${names.at(-1)}`;
    expect(shown, `${what}: a side of the conflict`).to.include(normalize(`${list}: ${side.says[lang]}`));
  }
  if (conflict.note) expect(shown, `${what}: the conflict's note`).to.include(normalize(conflict.note[lang]));
}
