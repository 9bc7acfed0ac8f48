import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import type { Cycle } from '../internal/data.js';
import { ROMAN } from '../internal/cycles.js';
import type { UprRecommendationsChart } from './upr-recommendations-chart.js';
import { expectSides, outletAs } from '../../tests/helpers/data-text.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';
import { normalize, part, partText, parts, textOf as text } from '../../tests/helpers/shadow.js';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];
const SERIES = ['received', 'accepted', 'noted'] as const;
const NAMES = {
  en: { received: 'Received', accepted: 'Accepted', noted: 'Noted', share: 'Share accepted' },
  vi: { received: 'Nhận được', accepted: 'Chấp thuận', noted: 'Ghi nhận', share: 'Tỷ lệ chấp thuận' },
};
const CYCLE_LABELS = {
  en: ['Cycle I · 2009 review', 'Cycle II · 2014 review', 'Cycle III · 2019 review', 'Cycle IV · 2024 review'],
  vi: ['Chu kỳ I · rà soát năm 2009', 'Chu kỳ II · rà soát năm 2014', 'Chu kỳ III · rà soát năm 2019', 'Chu kỳ IV · rà soát năm 2024'],
};
// Accepted as a percentage of received, worked out by hand from data/cycles.json (96/123, 182/227, 241/291,
// 271/320), to one decimal.
const SHARES = { en: ['78.0%', '80.2%', '82.8%', '84.7%'], vi: ['78,0%', '80,2%', '82,8%', '84,7%'] };

async function chart(template: ReturnType<typeof html>): Promise<UprRecommendationsChart> {
  const found = await fixture(template);
  const el = (found.localName === 'upr-recommendations-chart' ? found : found.querySelector('upr-recommendations-chart')!) as UprRecommendationsChart;
  await el.updateComplete;
  return el;
}

const bars = (el: Element) => parts(el, 'bar');
const barName = (bar: Element) => text(bar.querySelector('.bar-name'));
const barValue = (bar: Element) => text(bar.querySelector('.bar-value'));
const tooltipOf = (bar: Element) => bar.querySelector<HTMLElement>('[part~="tooltip"]')!;
const isShown = (element: Element) => getComputedStyle(element).visibility === 'visible';
const table = (el: Element) => part(el, 'table') as HTMLTableElement;
const bodyRows = (el: Element) => Array.from(table(el).tBodies[0].rows);

/** The sources behind the counts shown (a derived count has none) and behind the other counts, in order. */
function expectedSources(cycles: readonly Cycle[]): string[] {
  const ids = cycles.flatMap((c) => SERIES.flatMap((s) => c.recommendations[s].sources ?? []));
  ids.push(...cycles.flatMap((c) => c.alternativeCount?.sources ?? []));
  ids.push(...cycles.flatMap((c) => c.conflict?.sides.flatMap((side) => side.sources) ?? []));
  // oldest first, undated last
  const date = (id: string) => dataset.sources.find((s) => s.id === id)?.published ?? '9999';
  return [...new Set(ids)].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}

afterEach(async () => {
  await resetMouse();
});

describe('<upr-recommendations-chart> the figures', () => {
  for (const lang of LANGS) {
    it(`shows every count of every cycle as the dataset has it, in the chart and in the table (${lang})`, async () => {
      const warnings = captureWarnings();
      const el = await chart(html`<upr-recommendations-chart lang=${lang}></upr-recommendations-chart>`);
      expect(parts(el, 'cycle').map((c) => text(c))).to.deep.equal(CYCLE_LABELS[lang]);
      const shown = bars(el);
      expect(shown).to.have.length(dataset.cycles.length * 3);
      dataset.cycles.forEach((cycle, i) => {
        SERIES.forEach((series, j) => {
          const bar = shown[i * 3 + j];
          const { count, derived } = cycle.recommendations[series];
          expect(barName(bar), cycle.id).to.equal(NAMES[lang][series]);
          expect(barValue(bar), `${cycle.id} ${series}`).to.equal(`${count}${derived ? '*' : ''}`);
        });
        const cells = Array.from(bodyRows(el)[i].cells, (cell) => text(cell));
        expect(cells[0]).to.equal(CYCLE_LABELS[lang][i]);
        expect(cells.slice(1), cycle.id).to.deep.equal(
          SERIES.map((s) => {
            const { count, derived } = cycle.recommendations[s];
            return derived ? `${count}* (${lang === 'vi' ? 'số liệu tính toán' : 'derived'})` : String(count);
          }),
        );
      });
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('draws each bar in proportion to its count, the longest across the whole width', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" style="width: 600px"></upr-recommendations-chart>`);
    const widths = bars(el).map((bar) => bar.querySelector('.length')!.getBoundingClientRect().width);
    const counts = dataset.cycles.flatMap((c) => SERIES.map((s) => c.recommendations[s].count));
    const track = bars(el)[0].querySelector('svg')!.getBoundingClientRect().width;
    const longest = Math.max(...counts);
    counts.forEach((count, i) => expect(widths[i], `bar ${i}`).to.be.closeTo((track * count) / longest, 1.5));
  });

  for (const lang of LANGS) {
    it(`metric="share" shows accepted as a percentage of received, one decimal, marked derived (${lang})`, async () => {
      const el = await chart(html`<upr-recommendations-chart lang=${lang} metric="share"></upr-recommendations-chart>`);
      expect(bars(el).map(barValue)).to.deep.equal(SHARES[lang].map((s) => `${s}*`));
      expect(bars(el).map(barName)).to.deep.equal(CYCLE_LABELS[lang].map((label) => label.split(' · ')[0]));
      expect(parts(el, 'cycle')).to.have.length(0);
      // The table gives the counts the share is worked out from.
      const headings = Array.from(table(el).tHead!.rows[0].cells, (cell) => text(cell));
      expect(headings.slice(1)).to.deep.equal([NAMES[lang].received, NAMES[lang].accepted, NAMES[lang].share]);
      bodyRows(el).forEach((row, i) => {
        const { received, accepted } = dataset.cycles[i].recommendations;
        const derived = lang === 'vi' ? 'số liệu tính toán' : 'derived';
        expect(Array.from(row.cells, (cell) => text(cell)).slice(1)).to.deep.equal([
          String(received.count),
          String(accepted.count),
          `${SHARES[lang][i]}* (${derived})`,
        ]);
      });
      const note = parts(el, 'note').find((n) => n.classList.contains('note-derived'))!;
      expect(text(note)).to.equal(
        lang === 'en'
          ? '* Derived: the number accepted as a percentage of the number received, worked out from the counts and rounded to one decimal place.'
          : '* Số liệu tính toán: tỷ lệ phần trăm giữa số khuyến nghị được chấp thuận và số nhận được, tính từ các con số trên và làm tròn đến một chữ số thập phân.',
      );
    });
  }

  it('draws a share against the whole: the bar is that percentage of its track', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" metric="share" style="width: 500px"></upr-recommendations-chart>`);
    bars(el).forEach((bar, i) => {
      const whole = bar.querySelector('.whole')!.getBoundingClientRect().width;
      const length = bar.querySelector('.length')!.getBoundingClientRect().width;
      const { received, accepted } = dataset.cycles[i].recommendations;
      expect(length / whole).to.be.closeTo(accepted.count / received.count, 0.005);
    });
  });
});

describe('<upr-recommendations-chart> notes and sources', () => {
  it('marks exactly the derived counts, says what they are worked out from, and not the others', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en"></upr-recommendations-chart>`);
    bars(el).forEach((bar, i) => {
      const series = SERIES[i % 3];
      const derived = !!dataset.cycles[Math.floor(i / 3)].recommendations[series].derived;
      expect(bar.querySelector('.mark') !== null, `${i} ${series}`).to.equal(derived);
      expect(bar.getAttribute('aria-label')!.endsWith('(derived)'), `${i} ${series}`).to.equal(derived);
    });
    const derivedNotes = parts(el, 'note').filter((n) => n.classList.contains('note-derived'));
    expect(derivedNotes.map((n) => text(n))).to.deep.equal(['* Derived: the number noted is received minus accepted; no source states it.']);
    el.lang = 'vi';
    await el.updateComplete;
    expect(text(parts(el, 'note').find((n) => n.classList.contains('note-derived')))).to.equal(
      '* Số liệu tính toán: số khuyến nghị ghi nhận bằng số nhận được trừ số chấp thuận, không nguồn nào nêu trực tiếp.',
    );
  });

  for (const lang of LANGS) {
    it(`states the dataset's counting method and the other count, word for word (${lang})`, async () => {
      const el = await chart(html`<upr-recommendations-chart lang=${lang}></upr-recommendations-chart>`);
      const notes = parts(el, 'note').map((n) => text(n));
      const method = normalize(dataset.cycles[0].countingMethod[lang]);
      expect(notes[0]).to.equal(`${lang === 'vi' ? 'Cách đếm' : 'How they are counted'}: ${method}`);
      const withOther = dataset.cycles.filter((c) => c.alternativeCount);
      expect(withOther.length).to.be.greaterThan(0);
      const other = notes.find((n) => n.startsWith(lang === 'vi' ? 'Cách đếm khác:' : 'Another count:'))!;
      expect(other).to.include(normalize(withOther[0].alternativeCount!.method[lang]));
      for (const cycle of withOther) {
        const { received, accepted } = cycle.alternativeCount!;
        expect(other).to.include(lang === 'vi' ? `${received} nhận được, ${accepted} chấp thuận` : `${received} received, ${accepted} accepted`);
      }
    });
  }

  it('says whose figures they are, for every count that comes from one party, in one note', async () => {
    const attributed = dataset.cycles.flatMap((c) => SERIES.flatMap((s) => (c.recommendations[s].claimant ? [{ cycle: c, series: s }] : [])));
    expect(attributed.length, 'the dataset attributes some counts').to.be.greaterThan(0);
    const words = { en: { received: 'received', accepted: 'accepted', noted: 'noted' }, vi: { received: 'số nhận được', accepted: 'số chấp thuận', noted: 'số ghi nhận' } };
    for (const lang of LANGS) {
      const el = await chart(html`<upr-recommendations-chart lang=${lang}></upr-recommendations-chart>`);
      const notes = parts(el, 'note').filter((n) => n.classList.contains('note-claimant')).map((n) => text(n));
      expect(notes, lang).to.have.length(1);
      expect(notes[0]).to.match(lang === 'vi' ? /^Nơi công bố số liệu: / : /^Who gives the figures: /);
      for (const { cycle, series } of attributed) {
        const claimant = cycle.recommendations[series].claimant![lang];
        // "the Government of Viet Nam (accepted, cycles III and IV)"
        const party = new RegExp(`${claimant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\([^)]*${words[lang][series]}, ${lang === 'vi' ? 'chu kỳ' : 'cycles?'} [^)]*\\b${ROMAN[cycle.number]}\\b`);
        expect(notes[0], `${lang}: ${claimant}, ${series} of cycle ${cycle.number}`).to.match(party);
      }
    }
  });

  it('names every side, with its sources, where sources disagree on a cycle shown', async () => {
    const disputed = dataset.cycles.filter((c) => c.conflict);
    for (const lang of LANGS) {
      const el = await chart(html`<upr-recommendations-chart lang=${lang}></upr-recommendations-chart>`);
      const notes = parts(el, 'note').filter((n) => n.classList.contains('note-conflict')).map((n) => text(n));
      expect(notes, lang).to.have.length(disputed.length);
      disputed.forEach((cycle, i) => {
        expect(notes[i]).to.match(new RegExp(`^${lang === 'vi' ? 'Các nguồn không thống nhất: Chu kỳ' : 'Sources differ: Cycle'} ${ROMAN[cycle.number]}: `));
        expectSides(notes[i], cycle.conflict!, lang, `cycle ${cycle.number}`);
      });
    }
  });

  it('says nothing of the number noted when it shows the share accepted', async () => {
    for (const lang of LANGS) {
      const el = await chart(html`<upr-recommendations-chart lang=${lang} metric="share"></upr-recommendations-chart>`);
      const notes = parts(el, 'note').filter((n) => !n.classList.contains('note-conflict')).map((n) => text(n)).join(' ');
      expect(notes, lang).not.to.match(lang === 'vi' ? /ghi nhận/i : /noted/i);
    }
  });

  it('says once that the number noted is received minus accepted', async () => {
    for (const lang of LANGS) {
      const el = await chart(html`<upr-recommendations-chart lang=${lang}></upr-recommendations-chart>`);
      const notes = parts(el, 'note').map((n) => text(n)).join(' ');
      const times = notes.split(lang === 'vi' ? /ghi nhận (?:bằng|là)/ : /noted is/).length - 1;
      expect(times, `${lang}: ${notes}`).to.equal(1);
    }
  });

  it('leaves out the other count when no cycle shown has one', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" cycles="3,4"></upr-recommendations-chart>`);
    expect(parts(el, 'note').map((n) => text(n)).some((n) => n.startsWith('Another count'))).to.equal(false);
    expect(dataset.cycles.filter((c) => c.number >= 3).some((c) => c.alternativeCount)).to.equal(false);
  });

  it('credits exactly the sources of the counts shown, of the other count and of the sides where sources disagree', async () => {
    for (const cycles of ['', '3,4', '1']) {
      const el = await chart(html`<upr-recommendations-chart lang="en" cycles=${cycles}></upr-recommendations-chart>`);
      const shown = dataset.cycles.filter((c) => !cycles || cycles.split(',').includes(String(c.number)));
      const expected = expectedSources(shown).map((id) => dataset.sources.find((s) => s.id === id)!);
      const cited = Array.from(part(el, 'source')!.querySelectorAll('a, cite'));
      expect(cited, cycles).to.have.length(expected.length);
      // "Outlet, title, date"; a database has neither title nor date.
      cited.forEach((c, i) => expect(`${text(c)},`.startsWith(`${outletAs(expected[i], 'en')},`), text(c)).to.equal(true));
      const links = cited.filter((c) => c.localName === 'a').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(expected.filter((s) => s.url).map((s) => s.url));
      expect(partText(el, 'source')).to.match(/^Sources: /);
    }
  });
});

describe('<upr-recommendations-chart> in the page\'s list of sources', () => {
  it('cites the sources of the counts it shows to <upr-sources>, following its cycles', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <upr-recommendations-chart cycles="4"></upr-recommendations-chart>
      <upr-sources></upr-sources>
    </div>`);
    const el = wrapper.querySelector('upr-recommendations-chart')!;
    const list = wrapper.querySelector('upr-sources')!;
    const listed = async () => {
      await aTimeout(0);
      await list.updateComplete;
      return parts(list, 'entry').map((entry) => text(entry));
    };
    const outlets = (cycles: readonly Cycle[]) =>
      expectedSources(cycles).map((id) => outletAs(dataset.sources.find((s) => s.id === id)!, 'en'));
    const matches = (entries: string[], cycles: readonly Cycle[]) => {
      const expected = outlets(cycles);
      expect(entries).to.have.length(expected.length);
      for (const outlet of expected) expect(entries.some((entry) => entry.startsWith(outlet)), outlet).to.equal(true);
    };
    matches(await listed(), dataset.cycles.filter((c) => c.number === 4));
    el.cycles = '1';
    await el.updateComplete;
    matches(await listed(), dataset.cycles.filter((c) => c.number === 1));
    el.remove();
    expect(await listed()).to.deep.equal([]);
  });
});

describe('<upr-recommendations-chart> table', () => {
  it('view="table" shows a real table with a caption, column and row headers, and no chart', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" view="table"></upr-recommendations-chart>`);
    expect(part(el, 'chart')).to.equal(null);
    const t = table(el);
    expect(t.localName).to.equal('table');
    expect(t.getBoundingClientRect().width).to.be.greaterThan(200);
    expect(text(t.caption)).to.equal('UPR recommendations to Viet Nam: received, accepted and noted in each cycle');
    expect(isShown(t.caption!)).to.equal(true);
    // Set like the chart's title, not centred as browsers set captions.
    expect(['start', 'left']).to.include(getComputedStyle(t.caption!).textAlign);
    expect(t.caption!.getBoundingClientRect().height).to.be.greaterThan(10);
    const headings = Array.from(t.tHead!.rows[0].cells);
    expect(headings.map((h) => [h.localName, h.getAttribute('scope'), text(h)])).to.deep.equal([
      ['th', 'col', 'Cycle'],
      ['th', 'col', 'Received'],
      ['th', 'col', 'Accepted'],
      ['th', 'col', 'Noted'],
    ]);
    expect(bodyRows(el).map((row) => [row.cells[0].localName, row.cells[0].getAttribute('scope')])).to.deep.equal(
      dataset.cycles.map(() => ['th', 'row']),
    );
    // The notes and the sources stay.
    expect(parts(el, 'note').length).to.be.greaterThan(1);
    expect(part(el, 'source')).to.exist;
  });

  it('keeps the same table for screen readers in the chart view: in the accessibility tree, visually hidden', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en"></upr-recommendations-chart>`);
    const t = table(el);
    expect(t).to.exist;
    expect(part(el, 'chart')).to.exist;
    // Clipped to a pixel by the box around it.
    const box = t.parentElement!.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    expect(getComputedStyle(t.parentElement!).overflow).to.equal('hidden');
    // Not display: none, visibility: hidden or aria-hidden, any of which would take it from screen readers.
    for (let node: Element | null = t; node; node = node.parentElement) {
      expect(getComputedStyle(node).display, node.localName).not.to.equal('none');
      expect(getComputedStyle(node).visibility, node.localName).to.equal('visible');
      expect(node.getAttribute('aria-hidden'), node.localName).to.equal(null);
    }
    expect(text(t.caption)).to.equal(partText(el, 'title'));
    expect(bodyRows(el)).to.have.length(dataset.cycles.length);
    // The chart does not take the height of the hidden table.
    const withTable = el.getBoundingClientRect().height;
    el.view = 'table';
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).not.to.equal(withTable);
  });
});

describe('<upr-recommendations-chart> keyboard, focus and hover', () => {
  it('is one tab stop; the arrow keys, Home and End move between the bars', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <button>before</button>
      <upr-recommendations-chart cycles="1,2"></upr-recommendations-chart>
    </div>`);
    const el = wrapper.querySelector('upr-recommendations-chart')!;
    await el.updateComplete;
    const all = bars(el);
    const last = all.length - 1;
    // The index of the focused bar (-1: none), compared as a number (chai would print whole elements).
    const focused = () => all.indexOf(el.shadowRoot!.activeElement as HTMLElement);
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
    };
    expect(all.map((bar) => bar.tabIndex)).to.deep.equal(all.map((_, i) => (i === 0 ? 0 : -1)));
    wrapper.querySelector('button')!.focus();
    await press('Tab');
    expect(focused()).to.equal(0);
    await press('ArrowDown');
    expect(focused()).to.equal(1);
    await press('ArrowRight');
    expect(focused()).to.equal(2);
    await press('ArrowUp');
    expect(focused()).to.equal(1);
    await press('End');
    expect(focused()).to.equal(last);
    await press('ArrowDown'); // stays on the last bar
    expect(focused()).to.equal(last);
    await press('Home');
    expect(focused()).to.equal(0);
    await press('ArrowLeft'); // stays on the first
    expect(focused()).to.equal(0);
    // Tab leaves the bars (for the links of the source line); coming back, Tab lands on the bar focused last.
    await press('ArrowDown');
    await press('Tab');
    expect(focused()).to.equal(-1);
    expect(el.shadowRoot!.activeElement?.closest('[part~="source"]')).to.exist;
    expect(all.map((bar) => bar.tabIndex)).to.deep.equal(all.map((_, i) => (i === 1 ? 0 : -1)));
    wrapper.querySelector('button')!.focus();
    await press('Tab');
    expect(focused()).to.equal(1);
  });

  it('shows the focused bar\'s cycle, name and value in a tooltip, and names the bar the same way', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" cycles="4"></upr-recommendations-chart>`);
    const [received, accepted, noted] = bars(el);
    expect(bars(el).some((bar) => isShown(tooltipOf(bar)))).to.equal(false);
    const before = el.getBoundingClientRect().height;
    accepted.focus();
    await el.updateComplete;
    expect(isShown(tooltipOf(accepted))).to.equal(true);
    expect(text(tooltipOf(accepted))).to.equal('Cycle IV · 2024 review – Accepted: 271');
    expect(accepted.getAttribute('role')).to.equal('img');
    expect(normalize(accepted.getAttribute('aria-label'))).to.equal('Cycle IV · 2024 review – Accepted: 271');
    expect(isShown(tooltipOf(received))).to.equal(false);
    // No layout shift: the tooltip lies over what follows.
    expect(el.getBoundingClientRect().height).to.equal(before);
    noted.focus();
    await el.updateComplete;
    expect(text(tooltipOf(noted))).to.equal('Cycle IV · 2024 review – Noted: 49 (derived)');
    expect(isShown(tooltipOf(accepted))).to.equal(false);
    // Escape hides it without moving focus; moving to another bar shows that one's.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isShown(tooltipOf(noted))).to.equal(false);
    expect(el.shadowRoot!.activeElement === noted, 'focus stays on the bar').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(isShown(tooltipOf(accepted))).to.equal(true);
  });

  it('shows the tooltip of the bar under the pointer', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="vi" metric="share" cycles="2"></upr-recommendations-chart>`);
    const [bar] = bars(el);
    const box = bar.querySelector('svg')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(isShown(tooltipOf(bar))).to.equal(true);
    expect(text(tooltipOf(bar))).to.equal('Chu kỳ II · rà soát năm 2014 – Tỷ lệ chấp thuận: 80,2% (182 trên 227; số liệu tính toán)');
    await sendMouse({ type: 'move', position: [0, 0] });
    await aTimeout(0);
    expect(isShown(tooltipOf(bar))).to.equal(false);
  });
});

describe('<upr-recommendations-chart> cycles', () => {
  const cases: { value: string; shown: number[] }[] = [
    { value: '3,4', shown: [3, 4] },
    { value: 'III IV', shown: [3, 4] },
    { value: ' ii ; 1 ', shown: [1, 2] },
    { value: '4,4', shown: [4] },
    { value: '', shown: [1, 2, 3, 4] },
    { value: '  ', shown: [1, 2, 3, 4] },
  ];
  for (const { value, shown } of cases) {
    it(`cycles="${value}" shows cycles ${shown.join(', ')}, silently`, async () => {
      const warnings = captureWarnings();
      const el = await chart(html`<upr-recommendations-chart lang="en" cycles=${value}></upr-recommendations-chart>`);
      expect(parts(el, 'cycle').map((c) => text(c))).to.deep.equal(shown.map((n) => CYCLE_LABELS.en[n - 1]));
      expect(bodyRows(el)).to.have.length(shown.length);
      expect(bars(el)).to.have.length(shown.length * 3);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('scales the bars to the longest count shown', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en" cycles="1" style="width: 500px"></upr-recommendations-chart>`);
    const [received] = bars(el);
    const track = received.querySelector('svg')!.getBoundingClientRect().width;
    expect(received.querySelector('.length')!.getBoundingClientRect().width).to.be.closeTo(track, 1);
  });

  it('changes at run time, and a focused bar that is filtered out gives its tab stop to the first', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en"></upr-recommendations-chart>`);
    bars(el)[10].focus();
    await el.updateComplete;
    el.cycles = '1';
    await el.updateComplete;
    expect(bars(el)).to.have.length(3);
    expect(bars(el).map((bar) => bar.tabIndex)).to.deep.equal([0, -1, -1]);
  });
});

describe('<upr-recommendations-chart> invalid attributes', () => {
  const cases: { attribute: string; value: string; closest: string; check(el: UprRecommendationsChart): void }[] = [
    {
      attribute: 'view',
      value: 'graph-rc',
      closest: '"chart"',
      check: (el) => expect(part(el, 'chart')).to.exist,
    },
    {
      attribute: 'metric',
      value: 'percent-rc',
      closest: '"count"',
      check: (el) => expect(bars(el)).to.have.length(12),
    },
    {
      attribute: 'cycles',
      value: '3,5',
      closest: '"4"',
      check: (el) => expect(bars(el)).to.have.length(12),
    },
    {
      attribute: 'cycles',
      value: 'IV,V-rc',
      closest: '"1", "2", "3"',
      check: (el) => expect(bars(el)).to.have.length(12),
    },
  ];
  for (const { attribute, value, closest, check } of cases) {
    it(`${attribute}="${value}" warns once, naming the closest values, and falls back to the default`, async () => {
      const warnings = captureWarnings();
      const el = await chart(html`<upr-recommendations-chart lang="en"></upr-recommendations-chart>`);
      el.setAttribute(attribute, value);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      el.lang = 'vi';
      await el.updateComplete;
      check(el);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      const bad = attribute === 'cycles' ? value.split(',').find((t) => !/^(?:[1-4]|I{1,3}|IV)$/i.test(t))! : value;
      expect(warnings.messages[0]).to.include('<upr-recommendations-chart>').and.include(`${attribute}="${bad}"`).and.include(closest);
    });
  }

  it('reads view and metric the way HTML reads enumerated attributes: any case, spaces around', async () => {
    const warnings = captureWarnings();
    const el = await chart(html`<upr-recommendations-chart lang="en" view=" TABLE " metric="Share"></upr-recommendations-chart>`);
    expect(part(el, 'chart')).to.equal(null);
    expect(text(table(el).caption)).to.equal('Share of UPR recommendations Viet Nam accepted in each cycle');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('replaces the author\'s fallback content', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en"><p>A static table</p></upr-recommendations-chart>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<upr-recommendations-chart> language and theme', () => {
  it('follows an ancestor\'s lang, and its own, at run time', async () => {
    const wrapper = await fixture(html`<div lang="vi"><upr-recommendations-chart metric="share"></upr-recommendations-chart></div>`);
    const el = wrapper.querySelector('upr-recommendations-chart')!;
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('Tỷ lệ khuyến nghị UPR được Việt Nam chấp thuận qua từng chu kỳ');
    expect(bars(el).map(barValue)[0]).to.equal('78,0%*');
    expect(partText(el, 'source')).to.match(/^Nguồn: /);
    wrapper.setAttribute('lang', 'en-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('Share of UPR recommendations Viet Nam accepted in each cycle');
    expect(bars(el).map(barValue)[0]).to.equal('78.0%*');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(bars(el).map(barName)).to.deep.equal(['Chu kỳ I', 'Chu kỳ II', 'Chu kỳ III', 'Chu kỳ IV']);
    el.metric = 'count';
    await el.updateComplete;
    expect(parts(el, 'cycle').map((c) => text(c))).to.deep.equal(CYCLE_LABELS.vi);
  });

  it('is light by default, dark when asked, and switches at run time', async () => {
    const el = await chart(html`<upr-recommendations-chart lang="en"></upr-recommendations-chart>`);
    const base = part(el, 'base')!;
    const accepted = () => getComputedStyle(bars(el)[1].querySelector('.length rect')!).fill;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(accepted()).to.equal('rgb(11, 83, 148)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(23, 24, 26)');
    expect(accepted()).to.equal('rgb(143, 193, 242)');
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(accepted()).to.equal('rgb(11, 83, 148)');
  });

  it('lets a site set the bar colours', async () => {
    const el = await chart(html`<upr-recommendations-chart
      lang="en"
      style="--upr-chart-bar-color: rgb(1, 2, 3); --upr-chart-derived-color: rgb(4, 5, 6)"
    ></upr-recommendations-chart>`);
    const [received, accepted, noted] = bars(el).map((bar) => getComputedStyle(bar.querySelector('.length rect')!));
    expect(received.stroke).to.equal('rgb(1, 2, 3)');
    expect(accepted.fill).to.equal('rgb(1, 2, 3)');
    expect(noted.stroke).to.equal('rgb(4, 5, 6)');
  });
});

describe('<upr-recommendations-chart> narrow and wide', () => {
  /** Boxes of every label and bar of a chart; none may overlap another, and all stay inside the element. */
  function overlaps(el: Element): string[] {
    // Text boxes of the labels (their glyphs, not their grid cells), and the drawn bars.
    const boxOf = (node: Element) => {
      if (node instanceof SVGElement) return node.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    };
    const boxes: { what: string; box: DOMRect }[] = [];
    for (const cycle of parts(el, 'cycle')) boxes.push({ what: `cycle "${text(cycle)}"`, box: boxOf(cycle) });
    bars(el).forEach((bar, i) => {
      for (const selector of ['.bar-name', '.bar-value', '.length']) {
        const node = bar.querySelector(selector)!;
        boxes.push({ what: `bar ${i} ${selector} "${text(node)}"`, box: boxOf(node) });
      }
    });
    const outer = el.getBoundingClientRect();
    const problems: string[] = [];
    boxes.forEach(({ what, box }, i) => {
      if (box.width === 0) problems.push(`${what} has no width`);
      if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) problems.push(`${what} sticks out of the element`);
      for (const other of boxes.slice(i + 1)) {
        const x = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
        const y = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
        if (x > 0.5 && y > 0.5) problems.push(`${what} overlaps ${other.what}`);
      }
    });
    return problems;
  }

  for (const width of [280, 360, 1200]) {
    for (const lang of LANGS) {
      it(`no label overlaps another or a bar at ${width}px (${lang}, both metrics, both themes)`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="width: ${width}px; font-size: 16px">
          <upr-recommendations-chart></upr-recommendations-chart>
          <upr-recommendations-chart metric="share" theme="dark"></upr-recommendations-chart>
        </div>`);
        const charts = Array.from(wrapper.querySelectorAll('upr-recommendations-chart'));
        await Promise.all(charts.map((el) => el.updateComplete));
        for (const el of charts) {
          expect(overlaps(el), el.outerHTML).to.deep.equal([]);
          // Cycle names break as a whole, never "Cycle / III".
          for (const name of Array.from(el.shadowRoot!.querySelectorAll('.cycle-name'))) expect(name.getClientRects()).to.have.length(1);
          expect(el.shadowRoot!.querySelector('.chart')!.scrollWidth).to.be.at.most(width);
          // Every bar keeps room to be seen next to its labels.
          for (const bar of bars(el)) expect(bar.querySelector('svg')!.getBoundingClientRect().width).to.be.greaterThan(width / 4);
        }
      });
    }
  }
});

describe('<upr-recommendations-chart> the table on a phone', () => {
  for (const lang of LANGS) {
    for (const size of [16, 24]) {
      it(`fits 280px without scrolling sideways at ${size}px text${size === 16 ? ', cycle names unbroken' : ''} (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="width: 280px; font-size: ${size}px">
          <upr-recommendations-chart view="table"></upr-recommendations-chart>
          <upr-recommendations-chart view="table" metric="share" theme="dark"></upr-recommendations-chart>
        </div>`);
        const charts = Array.from(wrapper.querySelectorAll('upr-recommendations-chart'));
        await Promise.all(charts.map((el) => el.updateComplete));
        for (const el of charts) {
          const outer = el.getBoundingClientRect();
          const box = table(el).getBoundingClientRect();
          expect(box.left).to.be.at.least(outer.left - 0.5);
          expect(box.right, el.outerHTML).to.be.at.most(outer.right + 0.5);
          if (size > 16) continue;
          for (const name of Array.from(table(el).querySelectorAll('.cycle-name'))) expect(name.getClientRects()).to.have.length(1);
        }
      });
    }
  }
});

describe('<upr-recommendations-chart> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme: both views, both metrics, with a tooltip open`, async function () {
      this.timeout(20000);
      const wrapper = await fixture(html`<div lang="vi" style="width: 500px">
        <upr-recommendations-chart theme=${theme}></upr-recommendations-chart>
        <upr-recommendations-chart theme=${theme} lang="en" metric="share" cycles="1,2"></upr-recommendations-chart>
        <upr-recommendations-chart theme=${theme} view="table"></upr-recommendations-chart>
        <upr-recommendations-chart theme=${theme} lang="en" view="table" metric="share"></upr-recommendations-chart>
      </div>`);
      const charts = Array.from(wrapper.querySelectorAll('upr-recommendations-chart'));
      await Promise.all(charts.map((el) => el.updateComplete));
      bars(charts[0])[4].focus();
      await expect(wrapper).to.be.accessible();
    });
  }
});
