// The widgets the benchmark renders, as the markup an editor would type, built from the dataset so
// every id is valid (a bad id would measure the fallback instead of the widget).
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(`data/${name}.json`, root), 'utf8'));

export const dataset = {
  quotes: read('quotes'),
  facts: read('facts'),
  events: read('events'),
};

const TIMELINE_FILTERS = ['cycles="4"', 'cycles="3,4"', 'cycles="1"', 'cycles="2" layout="horizontal"', 'cycles="3"'];

/**
 * `count` widgets of mixed kinds, in a fixed order: quote, fact card, timeline, repeated (so 100 widgets are
 * 34 quotes, 33 fact cards and 33 timelines). Ids and options rotate through the dataset: every other quote
 * compact, every other fact card the `text` variant, timelines filtered to one or two cycles as an article
 * would (one in five horizontal), and every fourth group of three in Vietnamese (`lang="vi"`).
 */
export function mixedWidgets(count) {
  const { quotes, facts } = dataset;
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const group = Math.floor(i / 3);
    const lang = group % 4 === 3 ? ' lang="vi"' : '';
    switch (i % 3) {
      case 0: {
        const size = group % 2 ? ' size="compact"' : '';
        out.push(`<upr-quote quote="${quotes[group % quotes.length].id}"${size}${lang}></upr-quote>`);
        break;
      }
      case 1: {
        const variant = group % 2 ? ' variant="text"' : '';
        out.push(`<upr-fact-card fact="${facts[group % facts.length].id}"${variant}${lang}></upr-fact-card>`);
        break;
      }
      default:
        out.push(`<upr-timeline ${TIMELINE_FILTERS[group % TIMELINE_FILTERS.length]}${lang}></upr-timeline>`);
    }
  }
  return out;
}

/** What the mix holds, for the report. */
export function describeMix(count) {
  const tags = mixedWidgets(count).map((markup) => markup.slice(1, markup.indexOf(' ')));
  const counts = {};
  for (const tag of tags) counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

function mixLabel(count) {
  const counts = describeMix(count);
  return ['upr-quote', 'upr-fact-card', 'upr-timeline'].map((tag) => `${counts[tag] ?? 0} ${tag.slice(4)}`).join(', ');
}

/** The render cases: name → widget markup, with what the case shows. */
export function renderCases() {
  const highlight = 'cycle-4-review';
  if (!dataset.events.some((event) => event.id === highlight)) throw new Error(`bench: no event ${highlight}`);
  return [
    { name: 'bundle-only', label: 'no widget (the bundle alone)', widgets: [] },
    { name: 'mixed-1', label: '1 widget (a quote)', widgets: mixedWidgets(1) },
    { name: 'mixed-10', label: `10 mixed widgets (${mixLabel(10)})`, widgets: mixedWidgets(10) },
    { name: 'mixed-100', label: `100 mixed widgets (${mixLabel(100)})`, widgets: mixedWidgets(100) },
    {
      name: 'timeline-all',
      label: `\`<upr-timeline>\` alone, all ${dataset.events.length} events, collapsed (default)`,
      widgets: ['<upr-timeline></upr-timeline>'],
      items: dataset.events.length,
    },
    {
      name: 'timeline-all-highlight',
      label: `\`<upr-timeline highlight="${highlight}">\`, all ${dataset.events.length} events, one open`,
      widgets: [`<upr-timeline highlight="${highlight}"></upr-timeline>`],
      items: dataset.events.length,
    },
  ];
}
