// integrations/wordpress/src/fallback.js: the readable fallback the WordPress plugin writes inside each widget, and
// the file of fallbacks its shortcodes read. For every quote and fact in both languages the fallback holds the
// item's words (a direct quote verbatim, in a <blockquote>; reported speech labelled, never in a <blockquote> or
// quotation marks), who said it or whose figure it is, the date and the source, linked only where the dataset has
// an address; the markup uses only the fallback vocabulary of the allow-lists and survives parsing unchanged;
// text from the dataset never becomes markup; and the words, dates and numbers are the widgets' own: fallback.js
// imports the built widgets' strings and formatting from dist/esm, and what it writes again (the dataset's order and
// lookups, the source line, conflicts) is compared here with the built widgets' code. So `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { fallbackOf } from '../../scripts/allow-lists.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const LANGS = ['vi', 'en'];
const NBSP = '\u00a0';

/** The dataset the plugin's build reads (dist/data/upr-data.json), or the same collections from data/. */
function loadDataset() {
  if (existsSync(new URL('dist/data/upr-data.json', root))) return readJson('dist/data/upr-data.json');
  const { properties } = readJson('data/schema.json');
  return Object.fromEntries(Object.keys(properties).map((name) => [name, readJson(`data/${name}.json`)]));
}
const dataset = loadDataset();

/** The fallback vocabulary: element → allowed attributes. */
const vocabulary = existsSync(new URL('dist/allow-lists/upr-widgets.json', root)) ? readJson('dist/allow-lists/upr-widgets.json').fallback : fallbackOf();

// fallback.js imports the widgets' code from dist/esm: without it, say so rather than fail to find a module.
if (!existsSync(new URL('dist/esm/src/internal/format.js', root))) throw new Error('dist/esm is missing: run `npm run build` first');
const { allFallbacks, fallbackHtml, STRINGS } = await import('../../integrations/wordpress/src/fallback.js');

/** The widgets' own code, built (dist/esm). */
const built = {
  ...(await import(new URL('dist/esm/src/internal/format.js', root))),
  ...(await import(new URL('dist/esm/src/internal/sources.js', root))),
  ...(await import(new URL('dist/esm/src/internal/data.js', root))),
  ...(await import(new URL('dist/esm/src/internal/i18n.js', root))),
  ...(await import(new URL('dist/esm/src/upr-quote/upr-quote.strings.js', root))),
  ...(await import(new URL('dist/esm/src/upr-fact-card/upr-fact-card.strings.js', root))),
  ...(await import(new URL('dist/esm/src/upr-timeline/upr-timeline.strings.js', root))),
  ...(await import(new URL('dist/esm/src/upr-sources/upr-sources.strings.js', root))),
  ...(await import(new URL('dist/esm/src/upr-recommendations-chart/upr-recommendations-chart.strings.js', root))),
};

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;

/** The fallback parsed as the element's content: a <div> holding it. */
function parse(html) {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

const text = (node) => node?.textContent ?? '';
const by = (id, collection) => dataset[collection].find((item) => item.id === id);
const sourcesOf = (ids) => ids.map((id) => by(id, 'sources')).filter(Boolean);
const paragraphs = (value) =>
  value
    .split(/\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
/** Text without the editor's [sic] marks. */
function withoutSic(node) {
  const copy = node.cloneNode(true);
  for (const mark of copy.querySelectorAll('.sic')) mark.remove();
  return copy.textContent;
}
const outletAs = (source, lang) => (lang === 'en' && source.outletEnglish ? `${source.outletEnglish} (${source.outlet})` : source.outlet);

/** Problems with a fallback's markup: one wrapper, the vocabulary only, canonical HTML, lang only where it changes. */
function markupProblems(html, lang) {
  const problems = [];
  const host = parse(html);
  if (host.innerHTML !== html) problems.push(`not canonical HTML: the parser made\n${host.innerHTML}\nof\n${html}`);
  if (host.children.length !== 1 || host.firstElementChild.localName !== 'div' || host.firstElementChild.className !== 'embed-fallback') {
    problems.push('not one <div class="embed-fallback">');
  }
  if ([...host.childNodes].some((node) => node.nodeType === node.TEXT_NODE)) problems.push('text outside the wrapper');
  if (/\n/.test(html)) problems.push('a line break (wpautop would turn it into a <br>)');
  if (html !== html.normalize('NFC')) problems.push('text not in NFC');
  for (const el of host.querySelectorAll('*')) {
    const allowed = vocabulary[el.localName];
    if (!allowed) {
      problems.push(`element <${el.localName}>`);
      continue;
    }
    for (const { name } of el.attributes) if (!allowed.includes(name)) problems.push(`attribute ${name} on <${el.localName}>`);
    if (el.hasAttribute('lang')) {
      const inherited = el.parentElement.closest('[lang]')?.getAttribute('lang') ?? lang;
      if (el.getAttribute('lang') === inherited) problems.push(`lang="${inherited}" repeats the language around it: ${el.outerHTML.slice(0, 80)}`);
    }
    if (el.localName === 'a' && !el.getAttribute('href').startsWith('https://')) problems.push(`link to ${el.getAttribute('href')}`);
  }
  return problems;
}

/** What the source line must say and link: each source's outlet, and its address exactly where it has one. */
function checkSourceLine(line, ids, lang, what) {
  const t = STRINGS[lang];
  assert.ok(line, `${what}: no source line`);
  const list = sourcesOf(ids);
  assert.ok(text(line).startsWith(`${list.length > 1 ? t.sources : t.source}: `), `${what}: the source line starts "${text(line).slice(0, 20)}"`);
  const cites = line.querySelectorAll('cite');
  assert.equal(cites.length, list.length, `${what}: ${cites.length} <cite> for ${list.length} sources`);
  list.forEach((source, i) => {
    assert.ok(text(cites[i]).startsWith(outletAs(source, lang)), `${what}: source ${i + 1} does not name ${outletAs(source, lang)}: ${text(cites[i])}`);
    const link = cites[i].querySelector('a');
    if (source.url) assert.equal(link?.getAttribute('href'), source.url, `${what}: ${source.id} is not linked to its url`);
    else assert.equal(link, null, `${what}: ${source.id} has no url but a link`);
  });
  assert.equal(text(line), built.sourcesText(ids, lang), `${what}: the source line is not the widget's`);
}

describe('the fallback of a quote', () => {
  for (const quote of dataset.quotes) {
    for (const lang of LANGS) {
      it(`${quote.id} (${lang}): the words, the speaker, the date and the source`, () => {
        const html = fallbackHtml('upr-quote', { quote: quote.id }, lang, dataset);
        assert.deepEqual(markupProblems(html, lang), []);
        const host = parse(html);
        const t = STRINGS[lang];
        const translated = quote.language !== lang;
        const shown = translated ? quote.translation : quote.text;
        const person = by(quote.speaker, 'people');
        const original = STRINGS[lang].languageNames[quote.language];
        if (quote.kind === 'direct') {
          const block = host.querySelector('blockquote');
          assert.ok(block, 'a direct quote is in a <blockquote>');
          assert.equal(host.querySelectorAll('blockquote').length, 1);
          assert.deepEqual([...block.querySelectorAll('p')].map(withoutSic), paragraphs(shown), 'the words are not verbatim');
          if (!translated) {
            assert.ok(withoutSic(block).includes(paragraphs(quote.text).join('')), 'the original is not verbatim');
            for (const passage of quote.sic ?? []) {
              assert.ok(block.textContent.includes(`${passage}${NBSP}${t.sic}`), `the speaker's error "${passage}" is not marked`);
            }
          }
          assert.equal(host.querySelector('p.label'), null, 'a direct quote is not labelled as reported speech');
        } else {
          assert.equal(host.querySelector('blockquote'), null, 'reported speech in a <blockquote>');
          assert.equal(host.querySelector('q'), null);
          assert.equal(text(host.querySelector('p.label')), t.quote.reportedSpeech, 'reported speech is not labelled');
          const words = [...host.querySelectorAll('.reported p')];
          assert.deepEqual(words.map(text), paragraphs(shown), 'the summary is not the dataset\u2019s');
          for (const p of words) {
            assert.doesNotMatch(text(p), /^["'\u201c\u201e\u00ab\u2018]|["'\u201d\u00bb\u2019]$/, 'reported speech in quotation marks');
            assert.ok(!/[\u201c"]$/.test(text(p.previousSibling ?? p.parentElement.previousSibling)), 'a quotation mark before reported speech');
          }
          const all = text(host);
          for (const p of paragraphs(shown)) assert.ok(!all.includes(`\u201c${p}`) && !all.includes(`${p}\u201d`), 'quotation marks around reported speech');
        }
        const note = host.querySelector('p.note');
        if (translated) {
          const expected = quote.kind === 'direct' ? t.quote.translatedFrom(original) : t.quote.summarisedFrom(original);
          assert.equal(text(note), expected, 'a translation is not labelled');
        } else {
          assert.equal(note, null, 'words in the reader\u2019s language labelled as a translation');
        }
        const attribution = text(host.querySelector('.attribution'));
        assert.equal(text(host.querySelector('.attribution b')), person.name[lang]);
        const role = built.roleAt(person, quote.date);
        assert.equal(attribution, `${person.name[lang]}, ${role.title[lang]}`);
        const time = host.querySelector(`.occasion time[datetime="${quote.date}"]`);
        assert.ok(time, 'no <time> of the quote');
        assert.equal(text(time), built.formatIsoDate(quote.date, lang));
        assert.ok(text(host.querySelector('.occasion')).startsWith(`${quote.occasion[lang]}, `));
        checkSourceLine(host.querySelector('p.source'), [quote.source, ...(quote.dateSources ?? [])], lang, quote.id);
      });
    }
  }

  it('show-original adds the original words beneath a translation, in their language, marked [sic] where the speaker erred', () => {
    const html = fallbackHtml('upr-quote', { quote: 'do-hung-viet-midterm-launch-groundwork', 'show-original': '' }, 'vi', dataset);
    assert.deepEqual(markupProblems(html, 'vi'), []);
    const host = parse(html);
    const quote = by('do-hung-viet-midterm-launch-groundwork', 'quotes');
    const original = host.querySelector('blockquote.original');
    assert.equal(original.getAttribute('lang'), 'en');
    assert.equal(withoutSic(original), paragraphs(quote.text).join(''));
    assert.equal(text(host.querySelector('.original-label')), 'Nguyên văn tiếng Anh');
    assert.deepEqual([...original.querySelectorAll('.sic')].map((s) => [s.getAttribute('lang'), text(s)]), quote.sic.map(() => ['vi', `${NBSP}[nguyên văn]`]));
    // in the reader's language already: nothing beneath it
    const own = parse(fallbackHtml('upr-quote', { quote: quote.id, 'show-original': '' }, 'en', dataset));
    assert.equal(own.querySelectorAll('blockquote').length, 1);
    // reported speech: its original summary, still no blockquote
    const reported = parse(fallbackHtml('upr-quote', { quote: 'bui-thanh-son-hrc49-motto', 'show-original': '' }, 'vi', dataset));
    assert.equal(reported.querySelector('blockquote'), null);
    assert.equal(reported.querySelector('.original.reported').getAttribute('lang'), 'en');
  });

  it('says the widget\u2019s words: samples in both languages', () => {
    const en = parse(fallbackHtml('upr-quote', { quote: 'doan-cong-huynh-balanced-approach' }, 'en', dataset));
    assert.equal(text(en.querySelector('.note')), 'Translated from Vietnamese');
    assert.equal(text(en.querySelector('time')), `28${NBSP}September${NBSP}2022`);
    const vi = parse(fallbackHtml('upr-quote', { quote: 'do-hung-viet-hundreds-of-recommendations' }, 'vi', dataset));
    assert.equal(text(vi.querySelector('.note')), 'Bản dịch từ tiếng Anh');
    assert.equal(text(vi.querySelector('time')), '31/3/2022');
    const reported = parse(fallbackHtml('upr-quote', { quote: 'rana-flowers-un-support' }, 'vi', dataset));
    assert.equal(text(reported.querySelector('.label')), 'Lời thuật lại');
    assert.equal(text(reported.querySelector('.note')), 'Tóm lược từ nguồn tiếng Anh');
    assert.equal(text(reported.querySelector('.source')), `Nguồn: Vietnam News Agency (VNA), tháng${NBSP}3/2022; VietnamPlus, tháng${NBSP}3/2022`);
    const outlet = parse(fallbackHtml('upr-quote', { quote: 'bui-thanh-son-hrc49-motto' }, 'en', dataset)).querySelector('.source span[lang="vi"]');
    assert.equal(text(outlet), 'Quân đội nhân dân', 'a Vietnamese outlet name in an English fallback is marked as Vietnamese');
  });

  it('no-source leaves the source line out', () => {
    const host = parse(fallbackHtml('upr-quote', { quote: 'rana-flowers-un-support', 'no-source': '' }, 'en', dataset));
    assert.equal(host.querySelector('.source'), null);
    assert.ok(host.querySelector('.attribution'));
  });
});

describe('the fallback of a fact', () => {
  for (const fact of dataset.facts) {
    for (const lang of LANGS) {
      it(`${fact.id} (${lang}): the value, label, context, whose figure it is, the date and the source`, () => {
        const html = fallbackHtml('upr-fact-card', { fact: fact.id }, lang, dataset);
        assert.deepEqual(markupProblems(html, lang), []);
        const host = parse(html);
        const t = STRINGS[lang];
        const { value } = fact;
        const shown = text(host.querySelector('p.value'));
        if (value.text) assert.equal(shown, value.text[lang]);
        else {
          const figure = text(host.querySelector('.figure'));
          assert.match(figure, lang === 'vi' ? /^\d{1,3}(\.\d{3})*(,\d+)?%?$/ : /^\d{1,3}(,\d{3})*(\.\d+)?%?$/);
          assert.equal(Number(figure.replace(lang === 'vi' ? /\./g : /,/g, '').replace(',', '.').replace('%', '')), value.number, 'the figure is not the dataset\u2019s');
          assert.equal(figure.endsWith('%'), !!value.percent);
          const qualifier = value.qualifier ? `${t.factCard.qualifiers[value.qualifier]}${NBSP}` : '';
          assert.equal(shown, `${qualifier}${figure}${value.unit ? `${NBSP}${value.unit[lang]}` : ''}`);
          const digits = built.decimalsOf(value.number);
          const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
          const widget = value.percent ? built.formatNumber(value.number / 100, lang, { ...options, style: 'percent' }) : built.formatNumber(value.number, lang, options);
          assert.equal(figure, widget, 'the figure is not written as the widget writes it');
        }
        assert.equal(text(host.querySelector('p.label')), fact.label[lang]);
        assert.equal(text(host.querySelector('p.context')), fact.context[lang]);
        assert.equal(text(host.querySelector('p.claimant')), fact.claimant ? t.accordingTo(fact.claimant[lang]) : '', 'the claimant line');
        const asOf = host.querySelector(`p.as-of time[datetime="${fact.asOf}"]`);
        assert.ok(asOf, 'no <time> of the date the figure holds for');
        const precision = built.parseIsoDate(fact.asOf).precision;
        assert.equal(text(asOf), built.factCardStrings[lang].asOf[precision](built.formatIsoDate(fact.asOf, lang)));
        const notes = [...host.querySelectorAll('p.note')].map(text);
        assert.equal(notes.some((n) => n.startsWith(`${t.factCard.derivedLabel}:`)), !!fact.derived, 'the note on a derived figure');
        assert.equal(notes.some((n) => n.startsWith(`${t.factCard.sourceFigureLabel}:`)), !!(value.sourceFigure && value.counts), 'the note on the source\u2019s own figure');
        const conflict = notes.find((n) => n.startsWith(`${t.conflictLabel}:`));
        assert.equal(!!conflict, !!fact.conflict, 'the note on sources that differ');
        if (conflict) assert.equal(conflict, `${t.conflictLabel}: ${built.conflictText(fact.conflict, lang)}`);
        checkSourceLine(host.querySelector('p.source'), fact.sources, lang, fact.id);
      });
    }
  }

  it('writes figures as the widget does: samples in both languages', () => {
    const value = (id, lang, attributes = {}) => text(parse(fallbackHtml('upr-fact-card', { fact: id, ...attributes }, lang, dataset)).querySelector('p.value, b.value'));
    assert.equal(value('cycle-4-acceptance-share', 'en'), '84.7%');
    assert.equal(value('cycle-4-acceptance-share', 'vi'), '84,7%');
    assert.equal(value('cycle-2-acceptance-share', 'vi'), '80,17%');
    assert.equal(value('midterm-workshop-delegates-2021', 'en'), `more than${NBSP}150${NBSP}delegates`);
    assert.equal(value('midterm-workshop-delegates-2021', 'vi'), `hơn${NBSP}150${NBSP}đại biểu`);
    assert.equal(value('un-supported-accepted-recommendations', 'vi'), `ít nhất${NBSP}75%`);
    assert.equal(value('upr-cycle-length', 'vi'), `4,5${NBSP}năm`);
    assert.equal(value('upr-cycle-length', 'en', { variant: 'text' }), `4.5${NBSP}years`);
    const host = parse(fallbackHtml('upr-fact-card', { fact: 'cycle-2-acceptance-share' }, 'vi', dataset));
    assert.equal(text(host.querySelector('.as-of')), `Tính đến ngày${NBSP}20/6/2014`);
    assert.equal(text(host.querySelector('.note')), 'Số liệu theo nguồn: tính từ các con số, 182 trên 227 là 80,18%.');
  });

  it('variant="text" reads "Label: value"; no-source leaves the source line out', () => {
    const html = fallbackHtml('upr-fact-card', { fact: 'upr-cycle-length', variant: ' TEXT ', 'no-source': '' }, 'en', dataset);
    assert.deepEqual(markupProblems(html, 'en'), []);
    const host = parse(html);
    assert.equal(text(host.querySelector('.headline')), `Length of a UPR cycle (from cycle II): 4.5${NBSP}years`);
    assert.equal(host.querySelector('.source'), null);
  });
});

describe('the fallback of a list widget', () => {
  for (const lang of LANGS) {
    it(`timeline (${lang}): every event in date order, "date — title"`, () => {
      const html = fallbackHtml('upr-timeline', {}, lang, dataset);
      assert.deepEqual(markupProblems(html, lang), []);
      const items = [...parse(html).querySelectorAll('ol > li')];
      const order = built.eventsInOrder();
      assert.equal(items.length, dataset.events.length);
      order.forEach((event, i) => {
        const times = [...items[i].querySelectorAll('time')];
        assert.deepEqual(times.map((time) => time.getAttribute('datetime')), [event.date, event.endDate].filter(Boolean), `item ${i + 1}`);
        const range = event.endDate && built.formatDateRange(event.date, event.endDate, lang);
        const date = range ? `${range.start}${range.separator}${range.end}` : built.formatIsoDate(event.date, lang);
        assert.equal(text(items[i]), `${date} \u2014 ${event.title[lang]}`);
      });
    });

    it(`sources (${lang}): with all, every source, linked where it has an address; without, none`, () => {
      assert.equal(fallbackHtml('upr-sources', {}, lang, dataset), '');
      const html = fallbackHtml('upr-sources', { all: '' }, lang, dataset);
      assert.deepEqual(markupProblems(html, lang), []);
      const host = parse(html);
      assert.equal(text(host.querySelector('h2')), STRINGS[lang].sources);
      const items = [...host.querySelectorAll('ul > li')];
      assert.equal(items.length, dataset.sources.length);
      const listed = new Set();
      for (const item of items) {
        const source = dataset.sources.find((s) => text(item).startsWith(`${outletAs(s, lang)}, `) && (!s.title || text(item).includes(s.title)) && (!s.published || item.querySelector(`time[datetime="${s.published}"]`)) && (s.url ? item.querySelector('a')?.getAttribute('href') === s.url : !item.querySelector('a')) && !listed.has(s.id));
        assert.ok(source, `an entry names no source of the dataset: ${text(item)}`);
        listed.add(source.id);
      }
    });

    it(`recommendations chart (${lang}): a table of every cycle's figures as the dataset has them`, () => {
      const html = fallbackHtml('upr-recommendations-chart', {}, lang, dataset);
      assert.deepEqual(markupProblems(html, lang), []);
      const host = parse(html);
      assert.equal(text(host.querySelector('table > caption')), built.chartStrings[lang].title.count);
      const rows = [...host.querySelectorAll('tbody > tr')];
      assert.equal(rows.length, dataset.cycles.length);
      dataset.cycles.forEach((cycle, i) => {
        const cells = [...rows[i].querySelectorAll('td')].map(text);
        const { received, accepted, noted } = cycle.recommendations;
        assert.deepEqual(cells, [received, accepted, noted].map((count) => `${count.count}${count.derived ? '*' : ''}`));
        assert.ok(text(rows[i].querySelector('th')).includes(cycle.review.slice(0, 4)));
      });
      const notes = [...host.querySelectorAll('p.note')].map(text).join(' ');
      if (dataset.cycles.some((c) => c.recommendations.noted.derived)) assert.ok(notes.includes(built.chartStrings[lang].derivedNote.noted));
      for (const cycle of dataset.cycles) if (cycle.recommendations.accepted.claimant) assert.ok(notes.includes(cycle.recommendations.accepted.claimant[lang]));
      assert.ok(host.querySelector('p.source'));
    });
  }

  it('sources: heading-level and no-heading', () => {
    assert.ok(parse(fallbackHtml('upr-sources', { all: '', 'heading-level': '3' }, 'en', dataset)).querySelector('h3'));
    assert.ok(parse(fallbackHtml('upr-sources', { all: '', 'heading-level': '9' }, 'en', dataset)).querySelector('h2'));
    const bare = parse(fallbackHtml('upr-sources', { all: '', 'no-heading': '' }, 'vi', dataset));
    assert.equal(bare.querySelector('h2, h3, h4, h5, h6'), null);
    assert.equal(bare.querySelector('ul').getAttribute('aria-label'), 'Nguồn');
  });
});

describe('fallbackHtml', () => {
  it('reads a flag as the widgets do: "false" is off', () => {
    const quote = dataset.quotes[0].id;
    assert.ok(parse(fallbackHtml('upr-quote', { quote, 'no-source': 'false' }, 'en', dataset)).querySelector('.source'));
    assert.equal(parse(fallbackHtml('upr-quote', { quote, 'no-source': '' }, 'en', dataset)).querySelector('.source'), null);
    assert.equal(fallbackHtml('upr-sources', { all: ' FALSE ' }, 'en', dataset), '');
  });

  it('returns "" for an unknown or missing id, for <upr-term> and for an unknown tag', () => {
    assert.equal(fallbackHtml('upr-quote', { quote: 'no-such-quote' }, 'en', dataset), '');
    assert.equal(fallbackHtml('upr-quote', { quote: 'DOAN-CONG-HUYNH-BALANCED-APPROACH' }, 'en', dataset), '', 'ids are case-sensitive');
    assert.equal(fallbackHtml('upr-quote', {}, 'vi', dataset), '');
    assert.equal(fallbackHtml('upr-quote', { fact: 'cycle-4-acceptance-share' }, 'vi', dataset), '');
    assert.equal(fallbackHtml('upr-fact-card', { fact: 'doan-cong-huynh-balanced-approach' }, 'en', dataset), '', 'a quote id is no fact');
    assert.equal(fallbackHtml('upr-fact-card', { fact: '' }, 'en', dataset), '');
    assert.equal(fallbackHtml('upr-term', { term: dataset.glossary[0].id }, 'en', dataset), '');
    assert.equal(fallbackHtml('upr-nothing', {}, 'en', dataset), '');
    const orphan = structuredClone(dataset);
    orphan.quotes[0].speaker = 'nobody';
    assert.equal(fallbackHtml('upr-quote', { quote: orphan.quotes[0].id }, 'en', orphan), '', 'a quote without its speaker');
  });

  it('reads an id as the widgets do, trimmed; any `vi…` language is Vietnamese, anything else English', () => {
    const id = dataset.facts[0].id;
    assert.equal(fallbackHtml('upr-fact-card', { fact: ` ${id}\n` }, 'vi', dataset), fallbackHtml('upr-fact-card', { fact: id }, 'vi', dataset));
    assert.equal(fallbackHtml('upr-fact-card', { fact: id }, 'vi-VN', dataset), fallbackHtml('upr-fact-card', { fact: id }, 'vi', dataset));
    assert.equal(fallbackHtml('upr-fact-card', { fact: id }, 'fr', dataset), fallbackHtml('upr-fact-card', { fact: id }, 'en', dataset));
  });

  it('is deterministic: the same input gives the same string', () => {
    const first = JSON.stringify(allFallbacks(dataset));
    assert.equal(JSON.stringify(allFallbacks(structuredClone(dataset))), first);
    assert.equal(JSON.stringify(allFallbacks(dataset)), first);
  });

  it('writes text from the dataset as text: markup, quotes and ampersands in it stay characters', () => {
    const evil = '<script>alert("x")</script> & "quoted" <b>bold</b> \'single\'';
    const url = 'https://example.org/?q="><script>alert(1)</script>&x=\'1\'';
    const data = structuredClone(dataset);
    data.sources.push(
      { id: 'evil-source', kind: 'news', outlet: `Outlet ${evil}`, outletEnglish: `English ${evil}`, title: `Title ${evil}`, language: 'vi', published: '2022-03', url },
      { id: 'evil-link', kind: 'news', outlet: 'Plain', language: 'en', published: '2022', url: 'javascript:alert(1)' },
    );
    data.people.push({ id: 'evil-person', name: { vi: `Tên ${evil}`, en: `Name ${evil}` }, roles: [{ title: { vi: `Vai ${evil}`, en: `Role ${evil}` }, from: '2022', to: '2022' }] });
    for (const kind of ['direct', 'paraphrase']) {
      data.quotes.push({
        id: `evil-${kind}`,
        kind,
        speaker: 'evil-person',
        language: 'en',
        text: `Words ${evil}`,
        translation: `Lời ${evil}`,
        date: '2022-03-31',
        occasion: { vi: `Dịp ${evil}`, en: `Occasion ${evil}` },
        source: 'evil-source',
        dateSources: ['evil-link'],
        ...(kind === 'direct' ? { sic: ['<b>bold</b>'] } : {}),
      });
    }
    data.facts.push({
      id: 'evil-fact',
      value: { number: 1234.5, unit: { vi: `đơn vị ${evil}`, en: `unit ${evil}` } },
      label: { vi: `Nhãn ${evil}`, en: `Label ${evil}` },
      context: { vi: `Bối cảnh ${evil}`, en: `Context ${evil}` },
      claimant: { vi: `Bên ${evil}`, en: `the party ${evil}` },
      asOf: '2022-03-31',
      sources: ['evil-source', 'evil-link'],
      conflict: { sides: [{ says: { vi: `A ${evil}`, en: `A ${evil}` }, sources: ['evil-source'] }, { says: { vi: 'B', en: 'B' }, sources: ['evil-link'] }], note: { vi: evil, en: evil } },
    });
    data.events.push({ id: 'evil-event', date: '2022-03-31', kind: 'report', title: { vi: `Sự kiện ${evil}`, en: `Event ${evil}` }, summary: { vi: evil, en: evil }, sources: ['evil-source'] });
    const outputs = [
      ...['evil-direct', 'evil-paraphrase'].flatMap((quote) => LANGS.map((lang) => [lang, fallbackHtml('upr-quote', { quote, 'show-original': '' }, lang, data), true])),
      ...LANGS.map((lang) => [lang, fallbackHtml('upr-fact-card', { fact: 'evil-fact' }, lang, data), true]),
      ...LANGS.map((lang) => [lang, fallbackHtml('upr-timeline', {}, lang, data), false]),
      ...LANGS.map((lang) => [lang, fallbackHtml('upr-sources', { all: '' }, lang, data), true]),
    ];
    for (const [lang, html, cites] of outputs) {
      assert.ok(html, 'no fallback');
      assert.deepEqual(markupProblems(html, lang), []);
      const host = parse(html);
      assert.equal(host.querySelector('script, i, img'), null, 'text became markup');
      assert.ok(text(host).includes(evil), 'the text is not there as written');
      for (const b of host.querySelectorAll('b')) assert.ok(!text(b).startsWith('bold'), 'text became markup');
      const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      if (cites) assert.ok(links.includes(url), 'the address is not kept as written');
      assert.ok(!links.some((href) => href.startsWith('javascript:')), 'a javascript: link');
    }
    const direct = parse(fallbackHtml('upr-quote', { quote: 'evil-direct' }, 'en', data));
    assert.equal(withoutSic(direct.querySelector('blockquote')), `Words ${evil}`);
    assert.equal(text(direct.querySelector('.sic')), `${NBSP}[sic]`);
  });
});

describe('allFallbacks', () => {
  const all = allFallbacks(dataset);

  it('has every quote, every fact and the three defaults, in both languages, and nothing for <upr-term>', () => {
    assert.deepEqual(Object.keys(all).sort(), ['upr-fact-card', 'upr-quote', 'upr-recommendations-chart', 'upr-sources', 'upr-timeline']);
    assert.deepEqual(Object.keys(all['upr-quote']), dataset.quotes.map((q) => q.id));
    assert.deepEqual(Object.keys(all['upr-fact-card']), dataset.facts.map((f) => f.id));
    for (const tag of ['upr-timeline', 'upr-recommendations-chart']) assert.deepEqual(Object.keys(all[tag]), ['default']);
    assert.deepEqual(Object.keys(all['upr-sources']), ['all']);
    assert.equal(all['upr-term'], undefined);
  });

  it('holds what fallbackHtml gives, in the vocabulary of the allow-lists', () => {
    const attribute = { 'upr-quote': 'quote', 'upr-fact-card': 'fact' };
    for (const [tag, items] of Object.entries(all)) {
      for (const [id, both] of Object.entries(items)) {
        assert.deepEqual(Object.keys(both).sort(), ['en', 'vi'], `${tag} ${id}`);
        for (const lang of LANGS) {
          assert.ok(both[lang], `${tag} ${id} ${lang} is empty`);
          assert.equal(both[lang], fallbackHtml(tag, attribute[tag] ? { [attribute[tag]]: id } : id === 'all' ? { all: '' } : {}, lang, dataset));
          assert.deepEqual(markupProblems(both[lang], lang), [], `${tag} ${id} ${lang}`);
        }
        assert.notEqual(both.vi, both.en, `${tag} ${id}: the same in both languages`);
      }
    }
  });

  it('survives JSON, for the file the shortcodes read', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(all)), all);
  });
});

describe('the strings', () => {
  it('are the widgets\u2019 own: the built tables themselves, not copies', () => {
    for (const lang of LANGS) {
      const t = STRINGS[lang];
      for (const [key, value] of Object.entries(built.strings[lang])) assert.equal(t[key], value, key);
      assert.equal(t.quote, built.quoteStrings[lang]);
      assert.equal(t.factCard, built.factCardStrings[lang]);
      assert.equal(t.timeline, built.timelineStrings[lang]);
      assert.equal(t.sourceList, built.sourceListStrings[lang]);
      assert.equal(t.chart, built.chartStrings[lang]);
    }
  });

  it('give every date and number of the dataset as the widgets write them', () => {
    const dates = new Set();
    const walk = (value, key) => {
      if (typeof value === 'string' && /^(date|endDate|published|asOf|review|from|to|reportAdopted)$/.test(key ?? '')) dates.add(value);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
    };
    walk(dataset);
    // every date of the dataset, through a fallback that shows it: a source's publication date in the list of sources
    const ordered = [...dates].filter((d) => built.parseIsoDate(d)).sort();
    const data = structuredClone(dataset);
    data.sources = ordered.map((date, i) => ({ id: `s${i}`, kind: 'news', outlet: `O${i}`, language: 'en', published: date }));
    for (const lang of LANGS) {
      const items = [...parse(fallbackHtml('upr-sources', { all: '' }, lang, data)).querySelectorAll('li')];
      assert.equal(items.length, ordered.length);
      for (const item of items) {
        const date = ordered[Number(/^O(\d+),/.exec(text(item))[1])];
        assert.equal(item.querySelector('time').getAttribute('datetime'), date);
        assert.equal(text(item.querySelector('time')), built.formatIsoDate(date, lang), date);
      }
    }
  });
});
