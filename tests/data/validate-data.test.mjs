// The dataset validator: the real data passes, and each kind of broken item is
// rejected with a message naming the file, the item id and the field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset, validateDataset } from '../../scripts/validate-data.mjs';

const clean = loadDataset();
const copy = () => structuredClone(clean);

/** Breaks a copy of the dataset, validates it, and returns the messages. */
function messagesAfter(breakIt) {
  const dataset = copy();
  breakIt(dataset);
  return validateDataset(dataset);
}

function assertRejected(messages, ...fragments) {
  assert.ok(messages.length > 0, 'expected the validator to reject the change');
  const found = messages.find((m) => fragments.every((f) => m.includes(f)));
  assert.ok(found, `no message contains ${fragments.map((f) => JSON.stringify(f)).join(' + ')}; got:\n${messages.join('\n')}`);
}

describe('the bundled dataset', () => {
  it('is valid', () => {
    assert.deepEqual(validateDataset(clean), []);
  });

  it('has the counts the widgets need', () => {
    assert.ok(clean.events.length >= 20, `events: ${clean.events.length}`);
    assert.ok(clean.facts.length >= 25, `facts: ${clean.facts.length}`);
    // Four direct quotes: the fifth, Bui Thanh Son's motto at HRC 49, is a slogan inside reported speech (issue 12).
    assert.ok(clean.quotes.filter((q) => q.kind === 'direct').length >= 4, 'direct quotes');
    assert.ok(clean.glossary.length >= 10, `glossary: ${clean.glossary.length}`);
    assert.deepEqual(clean.cycles.map((c) => c.number), [1, 2, 3, 4]);
  });

  it('covers Viet Nam\'s four reviews and adoptions, the elections and the mid-term report', () => {
    const ids = new Set(clean.events.map((e) => e.id));
    for (const n of [1, 2, 3, 4]) {
      assert.ok(clean.events.some((e) => e.kind === 'review' && e.cycle === n), `review of cycle ${n}`);
      assert.ok(clean.events.some((e) => e.kind === 'adoption' && e.cycle === n), `adoption of cycle ${n}`);
    }
    for (const id of ['hrc-created', 'upr-first-session', 'cycle-3-master-plan', 'midterm-report-workshop-2021', 'midterm-report-approved', 'midterm-report-launched', 'hrc-56th-session']) {
      assert.ok(ids.has(id), id);
    }
    for (const year of ['2013', '2022', '2025']) {
      assert.ok(clean.events.some((e) => e.kind === 'election' && e.date.startsWith(year)), `election ${year}`);
    }
  });

  it('keeps Vietnamese diacritics in Vietnamese text', () => {
    const vietnamese = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
    for (const event of clean.events) assert.match(event.summary.vi, vietnamese, event.id);
    for (const term of clean.glossary) assert.match(term.definition.vi, vietnamese, term.id);
  });
});

describe('the validator rejects', () => {
  it('a reference to a source that does not exist', () => {
    assertRejected(messagesAfter((d) => d.events[0].sources.push('no-such-source')), 'data/events.json', `"${clean.events[0].id}"`, 'sources', 'no-such-source');
  });

  it('a quote by an unknown speaker or from an unknown source', () => {
    const id = clean.quotes[0].id;
    assertRejected(messagesAfter((d) => { d.quotes[0].speaker = 'nobody'; }), 'data/quotes.json', `"${id}"`, 'speaker', 'nobody');
    assertRejected(messagesAfter((d) => { d.quotes[0].source = 'nowhere'; }), 'data/quotes.json', `"${id}"`, 'source', 'nowhere');
  });

  it('a missing language', () => {
    const id = clean.facts[0].id;
    assertRejected(messagesAfter((d) => { delete d.facts[0].label.vi; }), 'data/facts.json', `"${id}"`, 'label.vi');
    assertRejected(messagesAfter((d) => { delete d.glossary[0].definition.en; }), 'data/glossary.json', `"${clean.glossary[0].id}"`, 'definition.en');
  });

  it('the same text in both languages', () => {
    assertRejected(messagesAfter((d) => { d.events[1].summary.vi = d.events[1].summary.en; }), 'data/events.json', `"${clean.events[1].id}"`, 'summary', 'same text');
  });

  it('an empty or blank field', () => {
    assertRejected(messagesAfter((d) => { d.events[2].title.en = ''; }), 'data/events.json', `"${clean.events[2].id}"`, 'title.en');
    assertRejected(messagesAfter((d) => { d.sources[0].outlet = '   '; }), 'data/sources.json', `"${clean.sources[0].id}"`, 'outlet');
  });

  it('a missing required field', () => {
    assertRejected(messagesAfter((d) => { delete d.facts[3].sources; }), 'data/facts.json', `"${clean.facts[3].id}"`, 'sources');
    assertRejected(messagesAfter((d) => { d.facts[3].sources = []; }), 'data/facts.json', `"${clean.facts[3].id}"`, 'sources');
  });

  it('a duplicate id, even across files', () => {
    assertRejected(messagesAfter((d) => { d.events[1].id = d.events[0].id; }), 'data/events.json', `"${clean.events[0].id}"`, 'duplicates');
    assertRejected(messagesAfter((d) => { d.facts[0].id = d.events[0].id; }), 'data/facts.json', `"${clean.events[0].id}"`, 'data/events.json');
  });

  it('an id that is not a kebab-case slug', () => {
    assertRejected(messagesAfter((d) => { d.glossary[0].id = 'UPR Term'; }), 'data/glossary.json', '"UPR Term"', 'id');
  });

  it('a malformed or impossible date', () => {
    const id = clean.events[0].id;
    assertRejected(messagesAfter((d) => { d.events[0].date = '15/03/2006'; }), 'data/events.json', `"${id}"`, 'date');
    assertRejected(messagesAfter((d) => { d.events[0].date = '2019-02-30'; }), 'data/events.json', `"${id}"`, 'date', 'not a real calendar date');
    assertRejected(messagesAfter((d) => { d.events[0].date = '2019-13'; }), 'data/events.json', `"${id}"`, 'date');
    assertRejected(messagesAfter((d) => { d.events[0].endDate = '2001'; }), 'data/events.json', `"${id}"`, 'endDate', 'before');
  });

  it('an event said to follow an unknown event, or one outside its own date', () => {
    const i = clean.events.findIndex((e) => e.id === 'mps-upr-seminar-2024');
    assertRejected(messagesAfter((d) => { d.events[i].after = 'no-such-event'; }), 'data/events.json', '"mps-upr-seminar-2024"', 'after', 'no-such-event');
    assertRejected(messagesAfter((d) => { d.events[i].after = 'cycle-1-review'; }), 'data/events.json', '"mps-upr-seminar-2024"', 'after', 'does not fall within');
  });

  it('a source without a publication date, unless it is a database', () => {
    const news = clean.sources.findIndex((s) => s.kind === 'news');
    assertRejected(messagesAfter((d) => { delete d.sources[news].published; }), 'data/sources.json', `"${clean.sources[news].id}"`, 'published');
  });

  it('a URL that is not https', () => {
    assertRejected(messagesAfter((d) => { d.sources[0].url = 'javascript:alert(1)'; }), 'data/sources.json', `"${clean.sources[0].id}"`, 'url');
  });

  it('a quote whose speaker held no role, or two roles, on its date', () => {
    const id = clean.quotes[0].id;
    assertRejected(messagesAfter((d) => { d.quotes[0].date = '1990'; }), 'data/quotes.json', `"${id}"`, 'date', '0 roles');
  });

  it('a quote in another language than its source', () => {
    const id = clean.quotes[0].id;
    assertRejected(messagesAfter((d) => { d.quotes[0].language = d.quotes[0].language === 'vi' ? 'en' : 'vi'; }), 'data/quotes.json', `"${id}"`, 'language');
  });

  it('a derived count that is not received minus accepted, or one that cites a source', () => {
    assertRejected(messagesAfter((d) => { d.cycles[0].recommendations.noted.count += 1; }), 'data/cycles.json', '"cycle-1"', 'recommendations.noted.count', 'derived');
    assertRejected(messagesAfter((d) => { d.cycles[0].recommendations.noted.sources = ['a-hrc-12-11']; }), 'data/cycles.json', '"cycle-1"', 'recommendations.noted');
  });

  it('a conflict in free text, or with one side', () => {
    const i = clean.facts.findIndex((f) => f.conflict);
    const id = clean.facts[i].id;
    assertRejected(messagesAfter((d) => { d.facts[i].conflict = { vi: 'Các nguồn khác nhau.', en: 'Sources differ.' }; }), 'data/facts.json', `"${id}"`, 'conflict');
    assertRejected(messagesAfter((d) => { d.facts[i].conflict.sides.splice(1); }), 'data/facts.json', `"${id}"`, 'conflict.sides');
  });

  it('a conflict side whose source is not among the item\'s sources, or is on two sides', () => {
    const i = clean.events.findIndex((e) => e.conflict);
    const id = clean.events[i].id;
    const other = clean.sources.find((s) => !clean.events[i].sources.includes(s.id)).id;
    assertRejected(messagesAfter((d) => { d.events[i].conflict.sides[1].sources.push(other); }), 'data/events.json', `"${id}"`, 'conflict.sides.1.sources', other, 'not among');
    const first = clean.events[i].conflict.sides[0].sources[0];
    assertRejected(messagesAfter((d) => { d.events[i].conflict.sides[1].sources.push(first); }), 'data/events.json', `"${id}"`, 'conflict.sides.1.sources', first, 'already on side 0');
  });

  it('two sides of a conflict that say the same', () => {
    const i = clean.events.findIndex((e) => e.conflict);
    const id = clean.events[i].id;
    assertRejected(messagesAfter((d) => { d.events[i].conflict.sides[1].says = { ...d.events[i].conflict.sides[0].says }; }), 'data/events.json', `"${id}"`, 'field "conflict.sides.1.says"', 'says what side 0 says');
  });

  it('a quote dated less precisely than the role it falls in', () => {
    const i = clean.quotes.findIndex((q) => q.id === 'le-thi-thu-hang-consistent-policy');
    // "2022" overlaps her role as spokesperson (22-28 September 2022) but does not lie within it: the old error.
    assertRejected(messagesAfter((d) => { d.quotes[i].date = '2022'; }), 'data/quotes.json', '"le-thi-thu-hang-consistent-policy"', 'field "date"', 'does not lie within', 'le-thi-thu-hang');
  });

  it('a [sic] passage that is not in the text, or one on reported speech', () => {
    const i = clean.quotes.findIndex((q) => q.sic);
    const id = clean.quotes[i].id;
    assertRejected(messagesAfter((d) => { d.quotes[i].sic[0] = 'will be laid'; }), 'data/quotes.json', `"${id}"`, 'field "sic.0"', 'does not occur');
    const p = clean.quotes.findIndex((q) => q.kind === 'paraphrase');
    assertRejected(messagesAfter((d) => { d.quotes[p].sic = [d.quotes[p].text.slice(0, 12)]; }), 'data/quotes.json', `"${clean.quotes[p].id}"`, 'field "sic.0"', 'paraphrase');
  });

  it('dateSources that do not exist, or that repeat the quote\'s own source', () => {
    const i = clean.quotes.findIndex((q) => q.dateSources);
    const id = clean.quotes[i].id;
    assertRejected(messagesAfter((d) => { d.quotes[i].dateSources = ['no-such-source']; }), 'data/quotes.json', `"${id}"`, 'field "dateSources.0"', 'no-such-source');
    assertRejected(messagesAfter((d) => { d.quotes[i].dateSources = [d.quotes[i].source]; }), 'data/quotes.json', `"${id}"`, 'field "dateSources.0"', 'own source');
  });

  it('a percentage that its counts do not give, or a source figure that they do', () => {
    const f = (id) => clean.facts.findIndex((x) => x.id === id);
    assertRejected(messagesAfter((d) => { d.facts[f('cycle-4-acceptance-share')].value.number = 84.6; }), 'data/facts.json', '"cycle-4-acceptance-share"', 'field "value.number"', '271/320', '84.7');
    assertRejected(messagesAfter((d) => { delete d.facts[f('cycle-2-acceptance-share')].value.sourceFigure; }), 'data/facts.json', '"cycle-2-acceptance-share"', 'field "value.number"', '80.18', 'sourceFigure');
    assertRejected(messagesAfter((d) => { d.facts[f('cycle-3-acceptance-share')].value.sourceFigure = true; }), 'data/facts.json', '"cycle-3-acceptance-share"', 'field "value.sourceFigure"', 'drop the flag');
    // "nearly 83%": 241/291 is 82.8%, below 83; 242/291 (83.2%) rounds to 83 too, but from above
    assertRejected(messagesAfter((d) => { d.facts[f('cycle-3-acceptance-share')].value.counts.part = 242; }), 'data/facts.json', '"cycle-3-acceptance-share"', 'field "value.number"', '242/291');
    assertRejected(messagesAfter((d) => { delete d.facts[f('cycle-2-acceptance-share')].value.counts; }), 'data/facts.json', '"cycle-2-acceptance-share"', 'field "value.sourceFigure"', 'counts');
    assertRejected(messagesAfter((d) => { d.facts[f('cycle-3-recommendations-accepted')].value.counts = { part: 241, whole: 291 }; }), 'data/facts.json', '"cycle-3-recommendations-accepted"', 'field "value.counts"', 'percentage');
  });

  it('a one-party figure without its claimant', () => {
    const f = (id) => clean.facts.findIndex((x) => x.id === id);
    assertRejected(messagesAfter((d) => { delete d.facts[f('cycle-2-acceptance-share')].claimant; }), 'data/facts.json', '"cycle-2-acceptance-share"', 'field "claimant"', 'sourceFigure');
    assertRejected(messagesAfter((d) => { delete d.facts[f('cycle-4-acceptance-share')].claimant; }), 'data/facts.json', '"cycle-4-acceptance-share"', 'field "claimant"', 'no UN document');
    assertRejected(messagesAfter((d) => { delete d.cycles[2].recommendations.accepted.claimant; }), 'data/cycles.json', '"cycle-3"', 'field "recommendations.accepted.claimant"', 'no UN document');
    const government = clean.sources.find((s) => s.kind === 'government').id;
    const e = clean.events.findIndex((x) => !x.claimant);
    assertRejected(messagesAfter((d) => { d.events[e].sources = [government]; }), 'data/events.json', `"${clean.events[e].id}"`, 'field "claimant"', 'government');
  });

  it('a Vietnamese-named outlet without its English name, or one that repeats it', () => {
    const i = clean.sources.findIndex((s) => s.outlet === 'Thanh Niên');
    const id = clean.sources[i].id;
    assertRejected(messagesAfter((d) => { delete d.sources[i].outletEnglish; }), 'data/sources.json', `"${id}"`, 'field "outletEnglish"', 'Thanh Niên');
    assertRejected(messagesAfter((d) => { d.sources[i].outletEnglish = d.sources[i].outlet; }), 'data/sources.json', `"${id}"`, 'field "outletEnglish"', 'repeats');
  });

  it('a field the schema does not know', () => {
    assertRejected(messagesAfter((d) => { d.facts[0].colour = 'red'; }), 'data/facts.json', `"${clean.facts[0].id}"`, 'colour');
  });
});
