import { expect } from '@open-wc/testing';
import { formatIsoDate, formatNumber, parseIsoDate } from '../../src/internal/format.js';
import { localeFromTag } from '../../src/internal/i18n.js';
import { closestValues } from '../../src/internal/warn.js';

describe('dates at the precision the data has', () => {
  it('formats a day, a month and a year in English', () => {
    expect(formatIsoDate('2009-05-08', 'en')).to.equal('8 May 2009');
    expect(formatIsoDate('2009-05', 'en')).to.equal('May 2009');
    expect(formatIsoDate('2009', 'en')).to.equal('2009');
  });

  it('formats a day, a month and a year in Vietnamese', () => {
    expect(formatIsoDate('2009-05-08', 'vi')).to.equal('8/5/2009');
    expect(formatIsoDate('2009-05', 'vi')).to.equal('tháng 5/2009');
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
