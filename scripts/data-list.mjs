// npm run data:list: every id by type with its English title, so an editor can
// find what to embed (and which element takes it).
import { COLLECTIONS, loadDataset } from './validate-data.mjs';

const dataset = loadDataset();
const people = new Map(dataset.people.map((p) => [p.id, p]));
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const shorten = (text, length = 70) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Per collection, in the order an editor looks for them: a heading, what shows the items, one item's line. */
const LISTED = {
  events: ['Timeline events', 'shown by <upr-timeline> (highlight="ID")', (e) => `${e.date}  ${e.title.en}`],
  facts: ['Facts', '<upr-fact-card fact="ID">', (f) => f.label.en],
  quotes: ['Quotes', '<upr-quote quote="ID">', (q) => `${people.get(q.speaker)?.name.en ?? q.speaker}${q.kind === 'paraphrase' ? ' (reported speech)' : ''}: ${shorten(q.kind === 'direct' ? `“${q.text}”` : q.text.replace(/\s+/g, ' '), 60)}`],
  glossary: ['Glossary terms', 'glossary', (g) => g.term.en],
  cycles: ['Cycles', 'UPR cycles', (c) => `Cycle ${ROMAN[c.number]} (${c.years.from}–${c.years.to})`],
  people: ['People', 'speakers', (p) => p.name.en],
  sources: ['Sources', 'cited by the items above', (s) => `${s.outlet}${s.published ? `, ${s.published}` : ''}${s.title ? `: ${s.title}` : s.reference ? `: ${s.reference}` : ''}`],
};

// Every collection of the schema: those above in their order, then any other by its ids alone.
const order = Object.keys(LISTED);
const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
for (const name of [...COLLECTIONS].sort((a, b) => rank(a) - rank(b))) {
  const [heading, use, describe] = LISTED[name] ?? [name, `data/${name}.json`, () => ''];
  const items = dataset[name];
  console.log(`\n${heading} (${items.length}) — ${use}`);
  const width = Math.max(...items.map((item) => item.id.length));
  for (const item of items) console.log(`  ${item.id.padEnd(width)}  ${shorten(describe(item), 100)}`);
}
