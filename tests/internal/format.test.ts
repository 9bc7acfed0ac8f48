import { expect } from '@open-wc/testing';
import { dataset } from '../../src/internal/data.js';
import { formatDateRange, formatIsoDate, formatNumber, parseIsoDate, type NumberOptions } from '../../src/internal/format.js';
import { localeFromTag } from '../../src/internal/i18n.js';
import { closestValues } from '../../src/internal/warn.js';

describe('dates at the precision the data has', () => {
  // No line break between the parts of a date: no-break spaces (U+00A0), written here as "\u00a0".
  it('formats a day, a month and a year in English, its parts held together', () => {
    expect(formatIsoDate('2009-05-08', 'en')).to.equal('8\u00a0May\u00a02009');
    expect(formatIsoDate('2009-05', 'en')).to.equal('May\u00a02009');
    expect(formatIsoDate('2009', 'en')).to.equal('2009');
  });

  it('formats a day, a month and a year in Vietnamese, its parts held together', () => {
    expect(formatIsoDate('2009-05-08', 'vi')).to.equal('8/5/2009');
    expect(formatIsoDate('2009-05', 'vi')).to.equal('tháng\u00a05/2009');
    expect(formatIsoDate('2009', 'vi')).to.equal('2009');
  });

  it('keeps the calendar date whatever the time zone', () => {
    const parsed = parseIsoDate('2024-01-01');
    expect(parsed?.precision).to.equal('day');
    expect(parsed?.date.getFullYear()).to.equal(2024);
    expect(parsed?.date.getMonth()).to.equal(0);
    expect(parsed?.date.getDate()).to.equal(1);
  });

  it('rejects what is not an ISO calendar date', () => {
    for (const bad of ['', '2009-5-8', '2019-02-30', '2009-13', '08/05/2009', '2009-05-08T00:00']) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
    expect(formatIsoDate('soon', 'en')).to.equal('soon');
  });
});

describe('date ranges as newspapers write them', () => {
  const show = (text: string) => text.replace(/\u00a0/g, '~');
  const cases: [from: string, to: string, en: string, vi: string][] = [
    ['2008-04-07', '2008-04-18', '7–18~April~2008', '7–18/4/2008'],
    ['2024-06-18', '2024-07-12', '18~June~– 12~July~2024', '18/6–12/7/2024'],
    ['2023-12-30', '2024-01-02', '30~December~2023~– 2~January~2024', '30/12/2023–2/1/2024'],
    ['2022-01', '2022-02', 'January–February~2022', 'tháng~1–2/2022'],
    ['2021-12', '2022-01', 'December~2021~– January~2022', 'tháng~12/2021~– tháng~1/2022'],
    ['2014', '2016', '2014–2016', '2014–2016'],
    ['2019', '2019-06', '2019~– June~2019', '2019~– tháng~6/2019'],
  ];
  for (const [from, to, en, vi] of cases) {
    it(`writes ${from} to ${to} as "${en}" and "${vi}" (~ for a no-break space)`, () => {
      for (const [locale, want] of [['en', en], ['vi', vi]] as const) {
        const { start, separator, end } = formatDateRange(from, to, locale);
        expect(show(`${start}${separator}${end}`), locale).to.equal(want);
      }
    });
  }
});

describe('numbers in the reader\'s language', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1234, 'vi')).to.equal('1.234');
    expect(formatNumber(1234, 'en')).to.equal('1,234');
    expect(formatNumber(84.7, 'vi')).to.equal('84,7');
  });

  it('formats percentages for the language', () => {
    expect(formatNumber(0.847, 'en', { style: 'percent', maximumFractionDigits: 1 })).to.equal('84.7%');
    expect(formatNumber(0.847, 'vi', { style: 'percent', maximumFractionDigits: 1 })).to.equal('84,7%');
  });

  // The widgets format numbers without Intl (its start-up is costly); the browser's Intl.NumberFormat with
  // vi-VN and en-GB is the reference they must match, for every number in the dataset and awkward ones.
  it('writes every number exactly as Intl.NumberFormat does in vi-VN and en-GB', () => {
    const fromData: number[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'number') fromData.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(dataset);
    expect(fromData.length).to.be.greaterThan(100);
    const awkward = [0, 1, 7, 12, 999, 1000, 1234, 12345, 123456, 1234567, 0.5, 1.005, 2.675, 80.17, 84.7, 99.95, 1e6, -1234.5];
    const optionSets: NumberOptions[] = [
      {},
      { minimumFractionDigits: 0, maximumFractionDigits: 0 },
      { minimumFractionDigits: 1, maximumFractionDigits: 1 },
      { minimumFractionDigits: 2, maximumFractionDigits: 2 },
      { maximumFractionDigits: 1 },
      { style: 'percent' },
      { style: 'percent', maximumFractionDigits: 1 },
      { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    ];
    const mismatches: string[] = [];
    for (const [locale, tag] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
      for (const options of optionSets) {
        const reference = new Intl.NumberFormat(tag, options);
        for (const n of [...fromData, ...awkward]) {
          const value = options.style === 'percent' ? n / 100 : n;
          const want = reference.format(value);
          const got = formatNumber(value, locale, options);
          if (got !== want) mismatches.push(`${tag} ${JSON.stringify(options)} ${value}: ${got}, Intl ${want}`);
        }
      }
    }
    expect(mismatches.slice(0, 20), `${mismatches.length} differ`).to.deep.equal([]);
  });
});

describe('language tags', () => {
  it('is Vietnamese for vi* and English otherwise', () => {
    expect(localeFromTag('vi')).to.equal('vi');
    expect(localeFromTag('VI-vn')).to.equal('vi');
    expect(localeFromTag(' vi ')).to.equal('vi');
    expect(localeFromTag('vie')).to.equal('en');
    expect(localeFromTag('en-GB')).to.equal('en');
    expect(localeFromTag('')).to.equal('en');
    expect(localeFromTag(null)).to.equal('en');
  });
});

describe('closest valid values', () => {
  it('ranks by edit distance, ignoring case', () => {
    const ids = ['cycle-1-review', 'cycle-2-review', 'midterm-report-launch', 'hrc-created'];
    expect(closestValues('Cycle-1-Reveiw', ids)[0]).to.equal('cycle-1-review');
    expect(closestValues('midterm-launch', ids)[0]).to.equal('midterm-report-launch');
    expect(closestValues('x', ids, 2)).to.have.length(2);
  });
});
