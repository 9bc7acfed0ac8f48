import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import { eventsInOrder, startOf } from '../internal/data.js';
import { formatDateRange, formatIsoDate } from '../internal/format.js';
import type { UprTimeline } from './upr-timeline.js';
import { normalize, textOf as text } from '../../tests/helpers/shadow.js';
import { expectSides } from '../../tests/helpers/data-text.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';

const ALL_IDS = eventsInOrder().map((event) => event.id);

function root(el: UprTimeline): ShadowRoot {
  return el.shadowRoot!;
}
function items(el: UprTimeline): HTMLLIElement[] {
  return Array.from(root(el).querySelectorAll<HTMLLIElement>('[part~="item"]'));
}
function idsShown(el: UprTimeline): string[] {
  return items(el).map((item) => item.dataset.id ?? '');
}
function item(el: UprTimeline, id: string): HTMLLIElement {
  const found = items(el).find((li) => li.dataset.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}
function toggle(li: Element): HTMLButtonElement {
  return li.querySelector<HTMLButtonElement>('[part="title"] button')!;
}
/** The panel a title's button controls (aria-controls). */
function details(li: Element): HTMLElement {
  return (li.getRootNode() as ShadowRoot).getElementById(toggle(li).getAttribute('aria-controls')!)!;
}
function visible(node: Element): boolean {
  return node.getBoundingClientRect().height > 0;
}
/** Waits for a condition that smooth scrolling brings about, checking every 50 ms for at most 3 s. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let waited = 0; waited < 3000 && !condition(); waited += 50) await aTimeout(50);
}
function list(el: UprTimeline): HTMLOListElement {
  return root(el).querySelector<HTMLOListElement>('[part="list"]')!;
}
function isHorizontal(el: UprTimeline): boolean {
  return getComputedStyle(list(el)).display === 'flex';
}
function dividers(el: UprTimeline): string[] {
  return Array.from(root(el).querySelectorAll('[part="cycle-divider"]'), (d) => text(d));
}
function focused(el: UprTimeline): Element | null {
  return root(el).activeElement;
}

/** Renders with warnings captured; returns the element and the warnings it logged. */
async function render(template: ReturnType<typeof html>): Promise<{ el: UprTimeline; warnings: string[] }> {
  const capture = captureWarnings();
  const host = await fixture(template);
  const el = (host.localName === 'upr-timeline' ? host : host.querySelector('upr-timeline')) as UprTimeline;
  await el.updateComplete;
  return { el, warnings: capture.messages };
}

describe('<upr-timeline> with no attributes', () => {
  it('shows every event of the dataset, in date order, in an ordered list', async () => {
    const { el, warnings } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(list(el).localName).to.equal('ol');
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
    // Dates never go backwards, except for an event placed after the one its sources say it followed.
    const placedByDate = new Set(eventsInOrder().filter((e) => !e.after).map((e) => e.id));
    const starts = items(el)
      .filter((li) => placedByDate.has(li.dataset.id!))
      .map((li) => startOf(li.querySelector('time')!.getAttribute('datetime')!));
    expect(starts).to.deep.equal([...starts].sort());
    expect(text(items(el)[0])).to.include('UN General Assembly creates the Human Rights Council');
    expect(isHorizontal(el)).to.equal(false);
  });

  it('starts with every item closed, showing date and title only', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    for (const li of items(el)) {
      expect(toggle(li).getAttribute('aria-expanded')).to.equal('false');
      expect(visible(details(li)), li.dataset.id).to.equal(false);
    }
    expect(root(el).querySelector('[part="item item-highlighted"]')).to.equal(null);
  });

  it('puts a <time datetime> on every date, at the precision of the data', async () => {
    const { el } = await render(html`<upr-timeline lang="vi"></upr-timeline>`);
    const times = Array.from(root(el).querySelectorAll('time'));
    const withDate = items(el).filter((li) => li.querySelector('[part="date"] time'));
    expect(withDate.length).to.equal(ALL_IDS.length);
    for (const time of times) expect(time.getAttribute('datetime')).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    const dateOf = (id: string) => text(item(el, id).querySelector('[part="date"]')!);
    expect(dateOf('cycle-1-review')).to.equal('8/5/2009');
    expect(dateOf('cycle-4-opening-session')).to.equal('tháng 11/2022');
    expect(dateOf('upr-cycle-length-res-16-21')).to.equal('2011');
    // Ranges: two <time> elements.
    expect(dateOf('hrc-membership-2014-2016')).to.equal('2014–2016');
    // what the two dates share is said once
    expect(dateOf('hrc-56th-session')).to.equal('18/6–12/7/2024');
    expect(item(el, 'hrc-56th-session').querySelectorAll('time')).to.have.length(2);
  });

  it('writes English dates with month names', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    const dateOf = (id: string) => text(item(el, id).querySelector('[part="date"]')!);
    expect(dateOf('cycle-1-review')).to.equal('8 May 2009');
    expect(dateOf('cycle-4-opening-session')).to.equal('November 2022');
    // a range of two months of one year names the year once
    expect(dateOf('cycle-3-closing-session')).to.equal('January–February 2022');
  });
});

describe('<upr-timeline> every event in the dataset', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const id of ALL_IDS) {
      it(`finds, marks and opens ${id} with highlight (${lang}), without a warning`, async () => {
        const event = eventsInOrder().find((e) => e.id === id)!;
        const { el, warnings } = await render(html`<upr-timeline lang=${lang} highlight=${id}></upr-timeline>`);
        expect(warnings).to.deep.equal([]);
        expect(idsShown(el)).to.deep.equal(ALL_IDS);
        const li = item(el, id);
        expect(li.getAttribute('part')).to.equal('item item-highlighted');
        expect(li.getAttribute('aria-current')).to.equal('true');
        expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
        expect(toggle(li).getAttribute('aria-expanded')).to.equal('true');
        expect(visible(details(li))).to.equal(true);
        expect(text(li.querySelector('[part="title"]')!)).to.equal(event.title[lang]);
        const range = event.endDate && formatDateRange(event.date, event.endDate, lang);
        const date = range ? `${range.start}${range.separator}${range.end}` : formatIsoDate(event.date, lang);
        expect(text(li.querySelector('[part="date"]')!)).to.equal(normalize(date));
        expect(text(li.querySelector('[part="summary"]')!)).to.equal(event.summary[lang]);
        expect(li.querySelector('[part="source"]'), 'source line').to.exist;
        const claimant = li.querySelector('[part="claimant"]');
        if (event.claimant) expect(text(claimant), 'whose account').to.equal(lang === 'en' ? `According to ${event.claimant.en}` : `Theo ${event.claimant.vi}`);
        else expect(claimant, 'no claimant').to.equal(null);
        for (const figure of event.figures ?? []) expect(text(li.querySelector('[part="figures"]')!)).to.include(figure.label[lang]);
        if (event.conflict) expectSides(text(li.querySelector('[part="conflict"]')!), event.conflict, lang, event.id);
        else expect(li.querySelector('[part="conflict"]')).to.equal(null);
      });
    }
  }
});

describe('<upr-timeline> opened items', () => {
  it('shows figures formatted for the language, next to their labels', async () => {
    const vi = (await render(html`<upr-timeline lang="vi" highlight="cycle-2-adoption"></upr-timeline>`)).el;
    expect(text(item(vi, 'cycle-2-adoption').querySelector('[part="figures"]')!)).to.include('80,17% số khuyến nghị được chấp thuận');
    const en = (await render(html`<upr-timeline lang="en" highlight="upr-cycle-length-res-16-21"></upr-timeline>`)).el;
    const figures = text(item(en, 'upr-cycle-length-res-16-21').querySelector('[part="figures"]')!);
    expect(figures).to.include('4.5 years per cycle').and.include('14 sessions per cycle');
    expect(item(en, 'upr-cycle-length-res-16-21').querySelector('data')!.getAttribute('value')).to.equal('4.5');
  });

  it('labels the note where sources disagree, and names every side with its sources', async () => {
    const event = dataset.events.find((e) => e.conflict)!;
    for (const lang of ['en', 'vi'] as const) {
      const { el } = await render(html`<upr-timeline lang=${lang} highlight=${event.id}></upr-timeline>`);
      const note = text(item(el, event.id).querySelector('[part="conflict"]')!);
      expect(note).to.match(lang === 'en' ? /^Sources differ: / : /^Các nguồn không thống nhất: /);
      expectSides(note, event.conflict!, lang, event.id);
    }
  });

  it('shows the source line with the outlet and date', async () => {
    const { el } = await render(html`<upr-timeline lang="en" highlight="cycle-3-adoption"></upr-timeline>`);
    const source = text(item(el, 'cycle-3-adoption').querySelector('[part="source"]')!);
    expect(source).to.match(/^Sources: /).and.include('VietnamPlus');
  });
});

describe('<upr-timeline> cycles and milestones', () => {
  it('puts a labelled divider before the first event of each cycle, with Roman numerals', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    expect(dividers(el)).to.deep.equal(['Cycle I', 'Cycle II', 'Cycle III', 'Cycle IV']);
    const firstOf = (label: string) =>
      Array.from(root(el).querySelectorAll('[part="cycle-divider"]')).find((d) => text(d) === label)!.closest('li')!.dataset.id;
    expect(firstOf('Cycle I')).to.equal('upr-first-session');
    // An event of no cycle goes by the cycle's years: Viet Nam's 2013 election came during cycle II (2012–2016).
    expect(firstOf('Cycle II')).to.equal('hrc-election-2013');
    expect(firstOf('Cycle III')).to.equal('cycle-3-national-report-approved');
    expect(firstOf('Cycle IV')).to.equal('cycle-4-opening-session');
    // Where cycle III ends and IV begins: the last cycle III event comes before the divider.
    const ids = idsShown(el);
    expect(ids.indexOf('midterm-report-launched')).to.be.lessThan(ids.indexOf('cycle-4-opening-session'));
  });

  it('names cycles in Vietnamese too, and only the cycles shown', async () => {
    const { el } = await render(html`<upr-timeline lang="vi" cycles="3,4"></upr-timeline>`);
    expect(dividers(el)).to.deep.equal(['Chu kỳ III', 'Chu kỳ IV']);
    const { el: early } = await render(html`<upr-timeline lang="vi" to="2007"></upr-timeline>`);
    expect(dividers(early)).to.deep.equal([]);
  });

  it('places events of no cycle by the cycles\' years, keeping a shared year in the cycle under way', async () => {
    const { el } = await render(html`<upr-timeline lang="en" kinds="election"></upr-timeline>`);
    const labels = items(el).map((li) => text(li.querySelector('[part="cycle-divider"]')));
    // 2013 falls in cycle II; 2022 in both III (2017–2022) and IV (2022–2027), so III, the earlier; 2025 in IV.
    expect(idsShown(el)).to.deep.equal(['hrc-election-2013', 'hrc-election-2022', 'hrc-election-2025']);
    expect(labels).to.deep.equal(['Cycle II', 'Cycle III', 'Cycle IV']);
    const { el: all } = await render(html`<upr-timeline lang="en" from="2022" to="2022-10"></upr-timeline>`);
    // In the full run of 2022, cycle III is under way, so nothing before cycle IV's opening session starts a cycle.
    expect(dividers(all)).to.deep.equal(['Cycle III']);
  });

  it('says how long after the previous cycle\'s review each later review came', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    const interval = (id: string) => item(el, id).querySelector('[part="interval"]');
    expect(interval('cycle-1-review')).to.equal(null);
    expect(text(interval('cycle-2-review')!)).to.equal('4 years 8 months after the cycle I review');
    expect(text(interval('cycle-3-review')!)).to.equal('4 years 11 months after the cycle II review');
    expect(text(interval('cycle-4-review')!)).to.equal('5 years 3 months after the cycle III review');
    expect(root(el).querySelectorAll('[part="interval"]')).to.have.length(3);
  });

  it('says it in Vietnamese, even when the earlier review is filtered out', async () => {
    const { el } = await render(html`<upr-timeline lang="vi" cycles="4"></upr-timeline>`);
    expect(text(item(el, 'cycle-4-review').querySelector('[part="interval"]')!)).to.equal('5 năm 3 tháng sau lần rà soát chu kỳ III');
  });
});

describe('<upr-timeline> filters', () => {
  const byCycle = (...cycles: number[]) => eventsInOrder().filter((e) => e.cycle && cycles.includes(e.cycle)).map((e) => e.id);
  const byKind = (...kinds: string[]) => eventsInOrder().filter((e) => kinds.includes(e.kind)).map((e) => e.id);

  it('cycles="3,4" shows the events of those cycles only', async () => {
    const { el, warnings } = await render(html`<upr-timeline cycles="3,4"></upr-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(idsShown(el)).to.deep.equal(byCycle(3, 4));
    expect(idsShown(el)).to.include('cycle-3-review').and.include('cycle-4-adoption').and.not.include('hrc-election-2022');
  });

  it('cycles accepts Roman numerals, any case and spaces', async () => {
    const { el, warnings } = await render(html`<upr-timeline cycles=" ii  iv "></upr-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(idsShown(el)).to.deep.equal(byCycle(2, 4));
  });

  it('kinds="review,report" shows events of those kinds only, in any case', async () => {
    const { el, warnings } = await render(html`<upr-timeline kinds="Review, report"></upr-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(idsShown(el)).to.deep.equal(byKind('review', 'report'));
  });

  it('from="2014" keeps events that reach 2014 or later', async () => {
    const { el } = await render(html`<upr-timeline from="2014"></upr-timeline>`);
    const ids = idsShown(el);
    expect(ids[0]).to.equal('hrc-membership-2014-2016');
    expect(ids).not.to.include('hrc-election-2013');
    expect(ids.at(-1)).to.equal(ALL_IDS.at(-1));
  });

  it('from counts an event whose range reaches into it (a 2014–2016 term is shown from="2015")', async () => {
    const { el } = await render(html`<upr-timeline from="2015"></upr-timeline>`);
    expect(idsShown(el)[0]).to.equal('hrc-membership-2014-2016');
    expect(idsShown(el)[1]).to.equal('cycle-3-national-report-approved');
  });

  it('to="2009" keeps events up to the end of 2009; ISO dates work too', async () => {
    const { el } = await render(html`<upr-timeline to="2009"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(['hrc-created', 'upr-rules-adopted', 'upr-first-session', 'cycle-1-review', 'cycle-1-adoption']);
    const { el: day } = await render(html`<upr-timeline from="2014-02-05" to="2014-06-20"></upr-timeline>`);
    expect(idsShown(day)).to.deep.equal(['hrc-membership-2014-2016', 'cycle-2-review', 'cycle-2-adoption']);
    // An event known only to the year may have happened in any month of it, so "2011" overlaps March 2011.
    const { el: month } = await render(html`<upr-timeline from="2011-03" to="2011-03"></upr-timeline>`);
    expect(idsShown(month)).to.deep.equal(['upr-cycle-length-res-16-21']);
  });

  it('combines filters: an event must pass all of them', async () => {
    const { el } = await render(html`<upr-timeline cycles="2,3,4" kinds="review,adoption" from="2014" to="2019"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(['cycle-2-review', 'cycle-2-adoption', 'cycle-3-review', 'cycle-3-adoption']);
  });

  it('max-items shows the first events after filtering', async () => {
    const { el } = await render(html`<upr-timeline max-items="3" kinds="review"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(['cycle-1-review', 'cycle-2-review', 'cycle-3-review']);
    const { el: many } = await render(html`<upr-timeline max-items="500"></upr-timeline>`);
    expect(idsShown(many)).to.deep.equal(ALL_IDS);
  });

  it('max-items with highlight shows a window around the highlighted event', async () => {
    const at = ALL_IDS.indexOf('cycle-2-review');
    const { el } = await render(html`<upr-timeline max-items="5" highlight="cycle-2-review"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(ALL_IDS.slice(at - 2, at + 3));
    const { el: first } = await render(html`<upr-timeline max-items="3" highlight="hrc-created"></upr-timeline>`);
    expect(idsShown(first)).to.deep.equal(ALL_IDS.slice(0, 3));
    const { el: last } = await render(html`<upr-timeline max-items="4" highlight=${ALL_IDS.at(-1)!}></upr-timeline>`);
    expect(idsShown(last)).to.deep.equal(ALL_IDS.slice(-4));
  });

  it('follows filter changes at run time', async () => {
    const { el } = await render(html`<upr-timeline></upr-timeline>`);
    el.setAttribute('cycles', '1');
    await el.updateComplete;
    expect(idsShown(el)).to.deep.equal(byCycle(1));
    el.kinds = 'review';
    await el.updateComplete;
    expect(idsShown(el)).to.deep.equal(['cycle-1-review']);
    el.removeAttribute('cycles');
    el.kinds = undefined;
    await el.updateComplete;
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
  });

  it('treats empty attributes as not set, silently', async () => {
    const { el, warnings } = await render(
      html`<upr-timeline cycles="" kinds=" " from="" to="" highlight="" max-items="" heading-level="3"></upr-timeline>`,
    );
    expect(warnings).to.deep.equal([]);
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
  });

  it('shows a localized notice when valid filters together select nothing, without a warning', async () => {
    const { el, warnings } = await render(html`<upr-timeline lang="vi" kinds="election" cycles="3"></upr-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(items(el)).to.have.length(0);
    expect(text(root(el).querySelector('[part="empty"]')!)).to.equal('Không có sự kiện nào phù hợp với lựa chọn này.');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="empty"]')!)).to.equal('No events match this selection.');
    const { el: future } = await render(html`<upr-timeline from="2090"></upr-timeline>`);
    expect(root(future).querySelector('[part="empty"]')).to.exist;
  });
});

describe('<upr-timeline> invalid filter values', () => {
  it('cycles: warns once naming the bad value and the nearest cycle, and ignores the filter', async () => {
    const { el, warnings } = await render(html`<upr-timeline cycles="3,5"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<upr-timeline>').and.include('cycles="5"').and.include('"4"').and.include('3,5');
    el.requestUpdate();
    await el.updateComplete;
    const { warnings: again } = await render(html`<upr-timeline cycles="5"></upr-timeline>`);
    expect(again).to.deep.equal([]);
  });

  /** One bad value each, or a bad combination: the filter is ignored, with one warning naming the value. */
  const cases: { title: string; attributes: Record<string, string>; shows?: readonly string[]; warning: readonly string[] }[] = [
    { title: 'cycles: warns for a word that is not a cycle', attributes: { cycles: 'third' }, warning: ['cycles="third"'] },
    {
      title: 'kinds: warns with the closest kind and ignores the filter',
      attributes: { kinds: 'reviews,adoption' },
      warning: ['kinds="reviews"', '"review"'],
    },
    {
      title: 'from: warns for a value that is not a year or ISO date, with the closest years',
      attributes: { from: '2014a' },
      warning: ['from="2014a"', '"2014"'],
    },
    { title: 'to: warns for an impossible date and ignores it', attributes: { to: '2019-02-30' }, warning: ['to="2019-02-30"'] },
    {
      title: 'from later than to: one warning suggesting the swap, both ignored',
      attributes: { from: '2023', to: '2013' },
      warning: ['from="2023"', 'to="2013"', 'from="2013" to="2023"'],
    },
    {
      title: 'keeps the valid filters when another one is invalid',
      attributes: { kinds: 'review', cycles: 'nine' },
      shows: ['cycle-1-review', 'cycle-2-review', 'cycle-3-review', 'cycle-4-review'],
      warning: ['cycles="nine"'],
    },
    ...['0', '-2', '2.5', 'ten'].map((bad) => ({
      title: `max-items="${bad}": warns once and shows every event`,
      attributes: { 'max-items': bad },
      warning: [`max-items="${bad}"`, 'positive whole number'],
    })),
    {
      title: 'max-items="3.5" suggests the whole numbers on either side',
      attributes: { 'max-items': '3.5' },
      warning: ['max-items="3.5"', '"3"', '"4"'],
    },
  ];
  for (const { title, attributes, shows = ALL_IDS, warning } of cases) {
    it(title, async () => {
      const capture = captureWarnings();
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('upr-timeline');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      wrapper.append(el);
      await el.updateComplete;
      expect(idsShown(el)).to.deep.equal(shows);
      expect(capture.messages).to.have.length(1);
      for (const fragment of ['<upr-timeline>', ...warning]) expect(capture.messages[0]).to.include(fragment);
    });
  }
});

describe('<upr-timeline> highlight', () => {
  it('warns for an unknown id with the closest ids, and shows the timeline without a highlight', async () => {
    const { el, warnings } = await render(html`<upr-timeline highlight="cycle-4-reveiw"></upr-timeline>`);
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
    expect(root(el).querySelector('[aria-current]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('highlight="cycle-4-reveiw"').and.include('"cycle-4-review"');
  });

  it('shows the timeline, not the author\'s fallback content, when the id is unknown', async () => {
    const { el, warnings } = await render(
      html`<upr-timeline highlight="no-such-event-here"><p>Author fallback</p></upr-timeline>`,
    );
    expect(warnings).to.have.length(1);
    expect(root(el).querySelector('slot')).to.equal(null);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    expect(idsShown(el)).to.deep.equal(ALL_IDS);
    expect(text(root(el))).not.to.include('Content unavailable');
  });

  it('warns when the other filters leave the highlighted event out, and marks nothing', async () => {
    const { el, warnings } = await render(html`<upr-timeline cycles="4" highlight="cycle-1-review"></upr-timeline>`);
    expect(root(el).querySelector('[aria-current]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('highlight="cycle-1-review"').and.include('left out');
  });

  it('opens a newly highlighted item at run time', async () => {
    const { el } = await render(html`<upr-timeline highlight="cycle-1-review"></upr-timeline>`);
    el.highlight = 'cycle-2-review';
    await el.updateComplete;
    expect(item(el, 'cycle-2-review').getAttribute('aria-current')).to.equal('true');
    expect(toggle(item(el, 'cycle-2-review')).getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'cycle-1-review').hasAttribute('aria-current')).to.equal(false);
  });

  it('never scrolls the page, vertically or horizontally', async () => {
    window.scrollTo(0, 0);
    const wrapper = await fixture(html`<div>
      <div style="height: 2000px"></div>
      <upr-timeline highlight="cycle-4-review"></upr-timeline>
      <div style="width: 600px"><upr-timeline layout="horizontal" highlight="cycle-4-adoption"></upr-timeline></div>
    </div>`);
    const [vertical, horizontal] = Array.from(wrapper.querySelectorAll('upr-timeline'));
    await vertical.updateComplete;
    await horizontal.updateComplete;
    await nextFrame();
    expect(window.scrollY).to.equal(0);
    expect(window.scrollX).to.equal(0);
    // The horizontal timeline scrolled itself to bring the highlight into view (with the loader, a frame later).
    await eventually(() => list(horizontal).scrollLeft > 0);
    const scroller = list(horizontal).getBoundingClientRect();
    const marked = item(horizontal, 'cycle-4-adoption').getBoundingClientRect();
    expect(list(horizontal).scrollLeft).to.be.greaterThan(0);
    expect(marked.left).to.be.at.least(scroller.left - 1);
    expect(marked.right).to.be.at.most(scroller.right + 1);
  });
});

describe('<upr-timeline> opening items', () => {
  it('is a disclosure: a button inside the heading, with aria-expanded and aria-controls', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    const li = item(el, 'cycle-1-review');
    const button = toggle(li);
    expect(button.localName).to.equal('button');
    expect(button.parentElement!.localName).to.match(/^h[2-6]$/);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details(li)).to.exist;
    expect(li.contains(details(li))).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(details(li))).to.equal(true);
    expect(text(details(li))).to.include('123 recommendations received');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(details(li))).to.equal(false);
  });

  it('opens and closes with Enter and Space on the focused title', async () => {
    const { el } = await render(html`<upr-timeline lang="en"></upr-timeline>`);
    const button = toggle(item(el, 'cycle-2-review'));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' }); // the space bar (Firefox's BiDi keyboard knows no "Space")
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('dispatches upr-timeline-select with the id when a reader opens an item, not when closing it', async () => {
    const { el } = await render(html`<upr-timeline></upr-timeline>`);
    const button = toggle(item(el, 'cycle-3-review'));
    setTimeout(() => button.click());
    // Heard outside the element: it bubbles and crosses the shadow root.
    const event = (await oneEvent(document, 'upr-timeline-select')) as CustomEvent<{ id: string }>;
    expect(event.detail).to.deep.equal({ id: 'cycle-3-review' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
    let count = 0;
    const count1 = () => (count += 1);
    el.addEventListener('upr-timeline-select', count1);
    button.click(); // closes
    await el.updateComplete;
    expect(count).to.equal(0);
    el.removeEventListener('upr-timeline-select', count1);
  });

  it('does not dispatch for the highlighted item opening by itself, but does when the reader reopens it', async () => {
    let count = 0;
    const count1 = () => (count += 1);
    document.addEventListener('upr-timeline-select', count1);
    try {
      const { el } = await render(html`<upr-timeline highlight="cycle-1-adoption"></upr-timeline>`);
      expect(count).to.equal(0);
      const button = toggle(item(el, 'cycle-1-adoption'));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(count).to.equal(1);
    } finally {
      document.removeEventListener('upr-timeline-select', count1);
    }
  });
});

describe('<upr-timeline> headings', () => {
  it('uses heading-level 2 to 6 when given', async () => {
    for (const level of ['2', '3', '4', '5', '6']) {
      const { el, warnings } = await render(html`<div><h2>Section</h2><upr-timeline kinds="review" heading-level=${level}></upr-timeline></div>`);
      expect(warnings).to.deep.equal([]);
      expect(Array.from(root(el).querySelectorAll('[part="title"]'), (h) => h.localName)).to.deep.equal(Array(4).fill(`h${level}`));
    }
  });

  /** By default the item headings continue the page's outline: one level below the heading before the timeline. */
  const outlines: { where: string; page: (timeline: TemplateResult) => TemplateResult; level: string }[] = [
    { where: 'with no heading before it', page: (t) => html`<div><p>Text</p>${t}</div>`, level: 'h2' },
    { where: "after the article's only heading, its h1", page: (t) => html`<article><h1>Title</h1><p>Lead</p>${t}</article>`, level: 'h2' },
    { where: 'in a section under an h2', page: (t) => html`<div><h1>Title</h1><section><h2>Section</h2><p>Text</p>${t}</section></div>`, level: 'h3' },
    { where: 'after an h4, with an h2 after it', page: (t) => html`<div><h2>A</h2><h4>B</h4>${t}<h2>C</h2></div>`, level: 'h5' },
    { where: 'under an h6', page: (t) => html`<div><h6>Small</h6>${t}</div>`, level: 'h6' },
    { where: 'after an element with role="heading" and aria-level="3"', page: (t) => html`<div><p role="heading" aria-level="3">Box</p>${t}</div>`, level: 'h4' },
  ];
  for (const { where, page, level } of outlines) {
    it(`uses ${level} by default ${where}`, async () => {
      const { el, warnings } = await render(page(html`<upr-timeline kinds="review"></upr-timeline>`));
      expect(warnings).to.deep.equal([]);
      expect(Array.from(root(el).querySelectorAll('[part="title"]'), (h) => h.localName)).to.deep.equal(Array(4).fill(level));
    });
  }

  it("follows the outline of the place it is moved to, and looks out of another element's shadow root", async () => {
    const { el } = await render(html`<div><h1>Title</h1><upr-timeline kinds="review"></upr-timeline><section id="later"><h3>Later</h3></section></div>`);
    expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h2');
    el.ownerDocument.getElementById('later')!.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h4');
    const host = document.createElement('div');
    el.ownerDocument.getElementById('later')!.append(host);
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h4');
  });

  for (const bad of ['7', 'h2', '1']) {
    it(`heading-level="${bad}": warns once and uses the default, here level 3 under an h2`, async () => {
      const { el, warnings } = await render(html`<div><h2>Section</h2><upr-timeline kinds="review" heading-level=${bad}></upr-timeline></div>`);
      expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`heading-level="${bad}"`).and.include('Using "3"');
    });
  }
});

describe('<upr-timeline> layout', () => {
  it('is vertical by default and horizontal with layout="horizontal", with visible controls', async () => {
    const { el } = await render(html`<div style="width: 500px"><upr-timeline lang="en" layout="horizontal"></upr-timeline></div>`);
    expect(isHorizontal(el)).to.equal(true);
    const controls = root(el).querySelector<HTMLElement>('[part="controls"]')!;
    expect(visible(controls)).to.equal(true);
    expect(text(controls)).to.include('Earlier').and.include('Later');
    expect(list(el).scrollWidth).to.be.greaterThan(list(el).clientWidth);
    const { el: vertical } = await render(html`<upr-timeline></upr-timeline>`);
    expect(isHorizontal(vertical)).to.equal(false);
    expect(visible(root(vertical).querySelector('[part="controls"]')!)).to.equal(false);
  });

  it('layout="auto" is horizontal in a wide container and vertical in a narrow one, whatever the window', async () => {
    const { el: wide } = await render(html`<div style="width: 900px"><upr-timeline layout="auto"></upr-timeline></div>`);
    expect(isHorizontal(wide)).to.equal(true);
    expect(visible(root(wide).querySelector('[part="controls"]')!)).to.equal(true);
    const { el: narrow } = await render(html`<div style="width: 400px"><upr-timeline layout="auto"></upr-timeline></div>`);
    expect(isHorizontal(narrow)).to.equal(false);
    expect(visible(root(narrow).querySelector('[part="controls"]')!)).to.equal(false);
    // The same element switches when its container changes width.
    (narrow.parentElement as HTMLElement).style.width = '800px';
    await nextFrame();
    expect(isHorizontal(narrow)).to.equal(true);
  });

  it('warns once for an unknown layout and shows the vertical one', async () => {
    const { el, warnings } = await render(html`<upr-timeline layout="Horizontl"></upr-timeline>`);
    expect(isHorizontal(el)).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('layout="Horizontl"').and.include('"horizontal"');
  });

  it('scrolls with the Earlier and Later buttons, which say when there is nothing more', async () => {
    const { el } = await render(html`<div style="width: 500px"><upr-timeline lang="en" layout="horizontal"></upr-timeline></div>`);
    await nextFrame();
    await el.updateComplete;
    const [earlier, later] = Array.from(root(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button'));
    // the buttons follow the row's measured scroll range, once it has been laid out (with the loader, a frame later)
    await eventually(() => later.getAttribute('aria-disabled') === 'false');
    expect(earlier.getAttribute('aria-disabled')).to.equal('true');
    expect(later.getAttribute('aria-disabled')).to.equal('false');
    later.click();
    // Smooth scrolling, then the scroll event updates the buttons.
    await eventually(() => list(el).scrollLeft > 0 && earlier.getAttribute('aria-disabled') === 'false');
    expect(list(el).scrollLeft).to.be.greaterThan(0);
    expect(earlier.getAttribute('aria-disabled')).to.equal('false');
  });

  it('keeps its height once rendered, until a reader opens an item', async () => {
    for (const layout of ['vertical', 'horizontal']) {
      const { el } = await render(html`<div style="width: 600px"><upr-timeline layout=${layout} highlight="cycle-3-review"></upr-timeline></div>`);
      const before = el.getBoundingClientRect().height;
      await aTimeout(100);
      await nextFrame();
      expect(el.getBoundingClientRect().height, layout).to.equal(before);
    }
  });
});

describe('<upr-timeline> keyboard', () => {
  it('moves focus between items with ArrowRight, ArrowLeft, Home and End when horizontal', async () => {
    const { el } = await render(html`<div style="width: 600px"><upr-timeline layout="horizontal" kinds="review,adoption"></upr-timeline></div>`);
    const buttons = items(el).map(toggle);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons.at(-1));
    const lastInView = () => items(el).at(-1)!.getBoundingClientRect().right <= list(el).getBoundingClientRect().right + 1;
    await eventually(lastInView); // smooth scrolling, unless reduced motion
    expect(lastInView(), 'the last item is scrolled into view').to.equal(true);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]);
    expect(window.scrollX).to.equal(0);
  });

  it('leaves the arrow keys alone in the vertical layout; Tab goes from title to title', async () => {
    const { el } = await render(html`<upr-timeline kinds="review"></upr-timeline>`);
    const buttons = items(el).map(toggle);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons[0]);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons[1]);
  });

  it('shows a visible focus ring on a title reached with Tab', async () => {
    const { el } = await render(html`<upr-timeline kinds="review"></upr-timeline>`);
    const buttons = items(el).map(toggle);
    buttons[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons[1]);
    const style = getComputedStyle(buttons[1]);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<upr-timeline> language and theme', () => {
  it('switches language at run time: its own lang, then an ancestor\'s', async () => {
    const wrapper = await fixture(html`<div lang="en"><upr-timeline kinds="review"></upr-timeline></div>`);
    const el = wrapper.querySelector('upr-timeline')!;
    await el.updateComplete;
    expect(text(root(el))).to.include("Viet Nam's first UPR review (cycle I)").and.include('8 May 2009');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(text(root(el))).to.include('Việt Nam được rà soát UPR lần đầu (chu kỳ I)').and.include('8/5/2009');
    expect(list(el).getAttribute('aria-label')).to.equal('Dòng thời gian: Việt Nam và cơ chế UPR');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(text(root(el))).to.include("Viet Nam's first UPR review");
    wrapper.setAttribute('lang', 'vi-VN');
    await aTimeout(0);
    await el.updateComplete;
    expect(dividers(el)).to.deep.equal(['Chu kỳ I', 'Chu kỳ II', 'Chu kỳ III', 'Chu kỳ IV']);
  });

  it('switches theme at run time, and warns once for an unknown theme', async () => {
    const { el } = await render(html`<upr-timeline></upr-timeline>`);
    const base = () => getComputedStyle(root(el).querySelector('[part="base"]')!).backgroundColor;
    expect(base()).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(base()).to.equal('rgb(23, 24, 26)');
    const { el: odd, warnings } = await render(html`<upr-timeline theme="midnight"></upr-timeline>`);
    expect(getComputedStyle(root(odd).querySelector('[part="base"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('theme="midnight"');
  });

  it('colours the rule and markers through its custom properties', async () => {
    const { el } = await render(html`<upr-timeline
      style="--upr-timeline-line-color: rgb(1, 2, 3); --upr-timeline-marker-color: rgb(4, 5, 6)"
      kinds="adoption"
    ></upr-timeline>`);
    const li = items(el)[0];
    expect(getComputedStyle(li).borderLeftColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(li.querySelector('[part="date"]')!, '::before').borderTopColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('<upr-timeline> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme: vertical with an open item, horizontal, and no match`, async function () {
      this.timeout(20000); // axe on three timelines, with three engines busy at once
      const wrapper = await fixture(html`<div lang="vi" style="width: 800px">
        <upr-timeline theme=${theme} highlight="cycle-3-review" cycles="3"></upr-timeline>
        <upr-timeline theme=${theme} layout="horizontal" kinds="review,adoption" highlight="cycle-2-review"></upr-timeline>
        <upr-timeline theme=${theme} lang="en" kinds="election" cycles="1"></upr-timeline>
      </div>`);
      await Promise.all(Array.from(wrapper.querySelectorAll('upr-timeline'), (el) => el.updateComplete));
      await expect(wrapper).to.be.accessible();
    });
  }
});
