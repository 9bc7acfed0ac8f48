import { aTimeout, expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import type { Source } from '../internal/data.js';
import { formatIsoDate } from '../internal/format.js';
import { strings } from '../internal/i18n.js';
import { sourceListStrings } from './upr-sources.strings.js';
import type { UprSources } from './upr-sources.js';
import { outletAs } from '../../tests/helpers/data-text.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';
import { normalize, part, partText, parts } from '../../tests/helpers/shadow.js';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const factSources = (id: string): readonly string[] => dataset.facts.find((f) => f.id === id)!.sources;
/** What a quote cites: its source, and those that give its date. */
const quoteSources = (id: string): string[] => {
  const quote = dataset.quotes.find((q) => q.id === id)!;
  return [quote.source, ...(quote.dateSources ?? [])];
};
const eventSources = (keep: (cycle: number | undefined) => boolean): string[] =>
  dataset.events.filter((e) => keep(e.cycle)).flatMap((e) => e.sources);

/**
 * What a reader sees for one source, written from the dataset: outlet (in English, one that names itself in
 * Vietnamese in English first, its own name in brackets), then the title in quotation marks (or the UN symbol, or
 * what the source is), the date as the language writes it, and, only when no title shows it, the source's
 * language when it is not the reader's.
 */
function expectedEntry(source: Source, lang: Lang): string {
  const t = strings[lang];
  const { open, close } = strings[source.language].quotationMarks;
  const named = source.title ? `${open}${source.title}${close}` : (source.reference ?? sourceListStrings[lang].kinds[source.kind]);
  const date = source.published ? formatIsoDate(source.published, lang) : sourceListStrings[lang].undated;
  const note = source.language === lang || source.title ? '' : ` (${sourceListStrings[lang].inLanguage(t.languageNames[source.language])})`;
  return normalize(`${outletAs(source, lang)}, ${named}, ${date}${note}`);
}

/** The entries as the reader reads them. */
const entries = (el: UprSources): string[] => parts(el, 'entry').map((li) => normalize(li.textContent));

/** The entries expected for these source ids: each once, whatever the order. */
function expectedEntries(ids: readonly string[], lang: Lang): string[] {
  return [...new Set(ids)].map((id) => expectedEntry(sourceById.get(id)!, lang)).sort();
}

/** Lets the widgets render, the registry notify and the list render again. */
async function settled(el: UprSources): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
}

async function page(template: ReturnType<typeof html>): Promise<{ wrapper: HTMLElement; list: UprSources }> {
  const wrapper = await fixture<HTMLElement>(template);
  const list = wrapper.localName === 'upr-sources' ? (wrapper as UprSources) : wrapper.querySelector('upr-sources')!;
  // every list (with the loader, each may wait for its own data)
  for (const each of wrapper.localName === 'upr-sources' ? [list] : wrapper.querySelectorAll<UprSources>('upr-sources')) await settled(each);
  return { wrapper, list };
}

describe('<upr-sources> lists the sources of the widgets on the page', () => {
  it('each source once: a fact card, a quote, a filtered timeline and a card repeated with no-source', async () => {
    const { list } = await page(html`<div lang="en">
      <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
      <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
      <upr-timeline cycles="3"></upr-timeline>
      <upr-fact-card fact="cycle-4-acceptance-share" no-source variant="text"></upr-fact-card>
      <upr-sources></upr-sources>
    </div>`);
    const cited = [
      ...factSources('cycle-4-acceptance-share'),
      ...quoteSources('do-hung-viet-midterm-launch-groundwork'),
      ...eventSources((cycle) => cycle === 3),
    ];
    expect(new Set(cited).size, 'the page cites some sources twice').to.be.lessThan(cited.length);
    expect([...entries(list)].sort()).to.deep.equal(expectedEntries(cited, 'en'));
  });

  it('sorts the list oldest first, the source without a date last, whatever the order on the page', async () => {
    const undated = dataset.facts.find((f) => f.sources.some((id) => !sourceById.get(id)!.published))!;
    const { list } = await page(html`<div lang="en">
      <upr-fact-card fact=${undated.id}></upr-fact-card>
      <upr-timeline></upr-timeline>
      <upr-sources></upr-sources>
    </div>`);
    const dates = parts(list, 'entry').map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates.length).to.be.greaterThan(10);
    // A date known to the month or year counts from its start: "2024" comes before "2024-05".
    const starts = dates.map((d) => (d === '' ? '9999' : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d));
    expect(starts).to.deep.equal([...starts].sort());
    expect(dates.at(-1), 'the database, which has no date, comes last').to.equal('');
  });

  it('follows widgets added, removed and changed, and moved elsewhere on the page', async () => {
    const { wrapper, list } = await page(html`<div lang="en">
      <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
      <upr-sources></upr-sources>
    </div>`);
    const card = wrapper.querySelector('upr-fact-card')!;
    expect(entries(list).sort()).to.deep.equal(expectedEntries(factSources('cycle-4-acceptance-share'), 'en'));

    const quote = document.createElement('upr-quote');
    quote.setAttribute('quote', 'doan-cong-huynh-balanced-approach');
    wrapper.prepend(quote);
    await settled(list);
    expect(entries(list).sort(), 'after adding a quote').to.deep.equal(
      expectedEntries([...factSources('cycle-4-acceptance-share'), ...quoteSources('doan-cong-huynh-balanced-approach')], 'en'),
    );

    card.setAttribute('fact', 'hrc-election-2022-votes');
    await settled(list);
    expect(entries(list).sort(), 'after changing the fact').to.deep.equal(
      expectedEntries([...factSources('hrc-election-2022-votes'), ...quoteSources('doan-cong-huynh-balanced-approach')], 'en'),
    );

    quote.remove();
    await settled(list);
    expect(entries(list).sort(), 'after removing the quote').to.deep.equal(expectedEntries(factSources('hrc-election-2022-votes'), 'en'));

    // Moving an element disconnects and reconnects it without a new render: it must still count.
    const elsewhere = document.createElement('section');
    wrapper.append(elsewhere);
    elsewhere.append(card);
    await settled(list);
    expect(entries(list).sort(), 'after moving the card').to.deep.equal(expectedEntries(factSources('hrc-election-2022-votes'), 'en'));
  });

  it("follows a timeline's filters", async () => {
    const { wrapper, list } = await page(html`<div lang="vi">
      <upr-timeline cycles="4"></upr-timeline>
      <upr-sources></upr-sources>
    </div>`);
    const timeline = wrapper.querySelector('upr-timeline')!;
    expect(entries(list).sort()).to.deep.equal(expectedEntries(eventSources((c) => c === 4), 'vi'));
    timeline.setAttribute('cycles', '1,2');
    await settled(list);
    expect(entries(list).sort()).to.deep.equal(expectedEntries(eventSources((c) => c === 1 || c === 2), 'vi'));
    // A combination that selects no event cites nothing.
    timeline.setAttribute('kinds', 'election');
    await settled(list);
    expect(parts(list, 'entry')).to.have.length(0);
    expect(partText(list, 'empty')).to.equal(sourceListStrings.vi.empty);
  });

  it("counts widgets inside another element's shadow root, and forgets them when the host goes", async () => {
    const { wrapper, list } = await page(html`<div lang="en">
      <div class="host"></div>
      <upr-sources></upr-sources>
    </div>`);
    expect(parts(list, 'entry')).to.have.length(0);
    const host = wrapper.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'closed' });
    const inner = document.createElement('upr-quote');
    inner.setAttribute('quote', 'rana-flowers-un-support');
    root.append(inner);
    await settled(list);
    expect(entries(list)).to.deep.equal(expectedEntries([...quoteSources('rana-flowers-un-support')], 'en'));

    inner.setAttribute('quote', 'do-hung-viet-hundreds-of-recommendations');
    await settled(list);
    expect(entries(list)).to.deep.equal(expectedEntries([...quoteSources('do-hung-viet-hundreds-of-recommendations')], 'en'));

    host.remove();
    await settled(list);
    expect(parts(list, 'entry')).to.have.length(0);
  });

  it('counts nothing for widgets with an unknown or missing id', async () => {
    const warnings = captureWarnings();
    const { wrapper, list } = await page(html`<div lang="en">
      <upr-fact-card fact="cycle-4-acceptance-shares"></upr-fact-card>
      <upr-quote></upr-quote>
      <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
      <upr-sources></upr-sources>
    </div>`);
    expect(entries(list).sort()).to.deep.equal(expectedEntries(factSources('cycle-4-acceptance-share'), 'en'));
    // A valid id turned invalid takes its sources with it.
    wrapper.querySelectorAll('upr-fact-card')[1].setAttribute('fact', 'no-such-fact');
    await settled(list);
    expect(parts(list, 'entry')).to.have.length(0);
    expect(warnings.messages).to.have.length(3);
  });

  it('replaces a static list written inside it (for readers without JavaScript)', async () => {
    const { list } = await page(html`<div lang="en">
      <upr-quote quote="rana-flowers-un-support"></upr-quote>
      <upr-sources><ul class="static"><li>A list written by the editor</li></ul></upr-sources>
    </div>`);
    expect(list.querySelector('.static')!.getClientRects().length, 'the static list is not shown').to.equal(0);
    expect(entries(list)).to.deep.equal(expectedEntries([...quoteSources('rana-flowers-un-support')], 'en'));
  });

  it('shows the heading and a short notice, without a warning, when nothing on the page cites a source', async () => {
    for (const lang of LANGS) {
      const warnings = captureWarnings();
      const { list } = await page(html`<upr-sources lang=${lang}></upr-sources>`);
      expect(partText(list, 'heading')).to.equal(strings[lang].sources);
      expect(partText(list, 'empty')).to.equal(sourceListStrings[lang].empty);
      expect(part(list, 'list')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    }
  });
});

describe('<upr-sources> entries', () => {
  for (const lang of LANGS) {
    it(`all: every source in the dataset once, each described, in ${lang}`, async () => {
      const { list } = await page(html`<div lang=${lang}>
        <upr-quote quote="rana-flowers-un-support"></upr-quote>
        <upr-sources all></upr-sources>
      </div>`);
      const shown = entries(list);
      expect(shown).to.have.length(dataset.sources.length);
      expect([...shown].sort()).to.deep.equal(expectedEntries(dataset.sources.map((s) => s.id), lang));
      expect(partText(list, 'heading')).to.equal(strings[lang].sources);
    });

    it(`says what each untitled source is, never leaving only the outlet and date, in ${lang}`, async () => {
      const { list } = await page(html`<upr-sources all lang=${lang}></upr-sources>`);
      const kinds = Object.values(sourceListStrings[lang].kinds);
      const untitled = dataset.sources.filter((s) => !s.title);
      expect(untitled.length, 'the dataset has untitled sources').to.be.greaterThan(20);
      for (const source of untitled) {
        const entry = entries(list).find((text) => text === expectedEntry(source, lang));
        expect(entry, source.id).to.be.a('string');
        const named = entry!.slice(outletAs(source, lang).length + 2).split(', ')[0];
        expect(source.reference ? [source.reference] : kinds, source.id).to.include(named);
      }
    });
  }

  it('writes outlet, title, date and language as a news bibliography in each language', async () => {
    const { wrapper } = await page(html`<div>
      <upr-sources all lang="en"></upr-sources>
      <upr-sources all lang="vi"></upr-sources>
    </div>`);
    const [en, vi] = Array.from(wrapper.querySelectorAll('upr-sources'));
    // Written out by hand from data/sources.json, as a reader should see them.
    // a title shows the source's language: it is not said again
    expect(entries(en)).to.include('VietnamPlus, “Việt Nam chú trọng hợp tác quốc tế trong việc bảo vệ quyền con người”, 28 September 2022');
    expect(entries(vi)).to.include('VietnamPlus, “Việt Nam chú trọng hợp tác quốc tế trong việc bảo vệ quyền con người”, 28/9/2022');
    expect(entries(en)).to.include('United Nations, A/HRC/12/11, 2009');
    expect(entries(vi)).to.include('United Nations, A/HRC/12/11, 2009 (tiếng Anh)');
    expect(entries(en)).to.include('VnExpress International, article, 11 October 2022');
    expect(entries(vi)).to.include('VnExpress International, bài báo, 11/10/2022 (tiếng Anh)');
    expect(entries(en)).to.include('UPR Info, database, continuously updated');
    // The outlet and title are marked in the source's language, the rest is the reader's.
    const entry = parts(en, 'entry').find((li) => li.textContent!.includes('Việt Nam chú trọng'))!;
    expect(Array.from(entry.querySelectorAll('[lang="vi"]'), (e) => normalize(e.textContent))).to.deep.equal([
      'VietnamPlus',
      '“Việt Nam chú trọng hợp tác quốc tế trong việc bảo vệ quyền con người”',
    ]);
    expect(entry.querySelector('time')!.getAttribute('datetime')).to.equal('2022-09-28');
  });

  it('links only https addresses from the dataset, with rel="noopener noreferrer", and cites the rest', async () => {
    const { list } = await page(html`<upr-sources all lang="en"></upr-sources>`);
    const linked = dataset.sources.filter((s) => s.url?.startsWith('https://'));
    expect(linked.length, 'the dataset has linked sources').to.be.greaterThan(5);
    const links = Array.from(part(list, 'list')!.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href')).sort()).to.deep.equal(linked.map((s) => s.url).sort());
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    for (const li of parts(list, 'entry')) {
      expect(li.querySelectorAll('a, cite'), normalize(li.textContent)).to.have.length(1);
    }
  });

  it('takes a heading level, or no heading with the list still named', async () => {
    const warnings = captureWarnings();
    const { wrapper } = await page(html`<div lang="en">
      <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
      <upr-sources></upr-sources>
      <upr-sources heading-level="4"></upr-sources>
      <upr-sources heading-level="h7"></upr-sources>
      <upr-sources no-heading></upr-sources>
    </div>`);
    const lists = Array.from(wrapper.querySelectorAll('upr-sources'));
    await Promise.all(lists.map(settled));
    expect(lists.map((el) => part(el, 'heading')?.localName ?? null)).to.deep.equal(['h2', 'h4', 'h2', null]);
    expect(part(lists[0], 'list')!.getAttribute('aria-labelledby')).to.equal(part(lists[0], 'heading')!.id);
    expect(part(lists[3], 'list')!.getAttribute('aria-label')).to.equal('Sources');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('heading-level="h7"');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme in both languages, with a list and with the notice`, async function () {
      // Two axe runs over the whole register ("all"): past 5 s when three engines share two cores.
      this.timeout(20000);
      const wrapper = await fixture(html`<div>
        <upr-quote quote="do-hung-viet-hundreds-of-recommendations" lang="en"></upr-quote>
        <upr-sources theme=${theme} lang="en"></upr-sources>
        <upr-sources theme=${theme} lang="vi" all heading-level="3"></upr-sources>
        <upr-sources theme=${theme} lang="vi" no-heading></upr-sources>
      </div>`);
      const lists = Array.from(wrapper.querySelectorAll('upr-sources'));
      await Promise.all(lists.map(settled));
      expect(parts(lists[0], 'entry')).to.have.length(quoteSources('do-hung-viet-hundreds-of-recommendations').length);
      await expect(wrapper).to.be.accessible();
      wrapper.querySelector('upr-quote')!.remove();
      await Promise.all(lists.map(settled));
      expect(part(lists[0], 'empty')).to.exist;
      await expect(wrapper).to.be.accessible();
    });
  }
});

describe('<upr-sources> and the other widgets', () => {
  it('<upr-term> cites the sources of its glossary term', async function () {
    if (!customElements.get('upr-term')) this.skip();
    const term = dataset.glossary[0];
    const { list } = await page(html`<p lang="en">
      The <upr-term term=${term.id}>${term.term.en}</upr-term> matters.
      <upr-sources></upr-sources>
    </p>`);
    expect(entries(list).sort()).to.deep.equal(expectedEntries(term.sources, 'en'));
  });

  it('<upr-recommendations-chart> cites the sources of the cycles it shows, as its own source line does', async function () {
    if (!customElements.get('upr-recommendations-chart')) this.skip();
    const { wrapper, list } = await page(html`<div lang="en">
      <upr-recommendations-chart cycles="4"></upr-recommendations-chart>
      <upr-sources></upr-sources>
    </div>`);
    const chart = wrapper.querySelector('upr-recommendations-chart')!;
    const cycle = dataset.cycles.find((c) => c.number === 4)!;
    const ofCycle = new Set(JSON.stringify(cycle).match(/"[a-z0-9-]+"/g)!.map((s) => s.slice(1, -1)).filter((s) => sourceById.has(s)));
    const shown = entries(list);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.length, 'as many sources as its source line names').to.equal(part(chart, 'source')!.querySelectorAll('a, cite').length);
    for (const text of shown) {
      const id = [...ofCycle].find((candidate) => expectedEntry(sourceById.get(candidate)!, 'en') === text);
      expect(id, `${text} is a source of cycle 4`).to.be.a('string');
    }
  });
});
