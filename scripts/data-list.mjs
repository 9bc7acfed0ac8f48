// npm run data:list: every id by type with its English title, so an editor can
// find what to embed (and which element takes it).
import { loadDataset } from './validate-data.mjs';

const dataset = loadDataset();
const people = new Map(dataset.people.map((p) => [p.id, p]));
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const shorten = (text, length = 70) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const sections = [
  ['Timeline events', 'shown by <upr-timeline> (highlight="ID")', dataset.events, (e) => `${e.date}  ${e.title.en}`],
  ['Facts', '<upr-fact-card fact="ID">', dataset.facts, (f) => f.label.en],
  ['Quotes', '<upr-quote quote="ID">', dataset.quotes, (q) => `${people.get(q.speaker)?.name.en ?? q.speaker}${q.kind === 'paraphrase' ? ' (reported speech)' : ''}: ${shorten(q.kind === 'direct' ? `“${q.text}”` : q.text.replace(/\s+/g, ' '), 60)}`],
  ['Glossary terms', 'glossary', dataset.glossary, (g) => g.term.en],
  ['Cycles', 'UPR cycles', dataset.cycles, (c) => `Cycle ${ROMAN[c.number]} (${c.years.from}–${c.years.to})`],
  ['People', 'speakers', dataset.people, (p) => p.name.en],
  ['Sources', 'cited by the items above', dataset.sources, (s) => `${s.outlet}${s.published ? `, ${s.published}` : ''}${s.title ? `: ${s.title}` : s.reference ? `: ${s.reference}` : ''}`],
];

for (const [heading, use, items, describe] of sections) {
  console.log(`\n${heading} (${items.length}) — ${use}`);
  const width = Math.max(...items.map((item) => item.id.length));
  for (const item of items) console.log(`  ${item.id.padEnd(width)}  ${shorten(describe(item), 100)}`);
}
