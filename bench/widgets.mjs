// The widgets the benchmark renders, as the markup an editor would type: every widget of the registry
// (src/widgets.ts) in the configurations its spec gives as examples (src/<tag>/spec.ts), so every id is one the
// widgets know (a bad id would measure the fallback instead of the widget). Both come from the compiled npm
// modules (dist/esm, written by `npm run build`): the registry module loads in Node, and a spec has no imports.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
/** The dataset's events (data/events.json), which a <upr-timeline> without filters shows, all of them. */
export const events = JSON.parse(readFileSync(new URL('data/events.json', root), 'utf8'));

/** The widget that comes once, last: an article ends with its list of sources. */
const AT_THE_END = 'upr-sources';
/** Every fourth round of the rotation is in Vietnamese. */
const VIETNAMESE_EVERY = 4;

/**
 * The registry's widgets with their specs, from a build (`dist`: the folder with esm/, as a file: URL); in the
 * registry's order, as `{ tag, examples, … }`.
 */
export async function loadSpecs(dist) {
  const { widgets } = await import(new URL('esm/src/widgets.js', dist));
  return Promise.all(
    widgets.map(async ({ tag }) => {
      const { spec } = await import(new URL(`esm/src/${tag}/spec.js`, dist));
      return { tag, ...spec };
    }),
  );
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributesOf(example, lang) {
  return { ...(example.byLanguage?.[lang] ?? example.attributes), ...(lang === 'vi' ? { lang: 'vi' } : {}) };
}

/** One example as markup; a widget set in a sentence (<upr-term>) in its sentence, a paragraph with the language. */
function markup(tag, example, lang) {
  if (example.sentence) {
    const [before, words, after] = example.sentence[lang];
    const attributes = example.byLanguage?.[lang] ?? example.attributes;
    return `<p${lang === 'vi' ? ' lang="vi"' : ''}>${escape(before)}${element(tag, attributes, words)}${escape(after)}</p>`;
  }
  return element(tag, attributesOf(example, lang));
}

function element(tag, attributes, words = '') {
  const list = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${list.join('')}>${escape(words)}</${tag}>`;
}

/**
 * `count` widgets of every kind in the registry, as an article has them. The kinds take turns in the registry's
 * order, each in its examples one after the other (a quote, a fact card, a timeline, a chart, a term; then each
 * one's second example, and so on); a term is set in its example's sentence (a paragraph around it, which is not
 * counted). Every fourth round is in Vietnamese (`lang="vi"`, or on a term's paragraph). The list of sources comes
 * once, last (from 2 widgets on), in its first example: it lists what the widgets before it cite. An example's
 * width (a narrow column) is not reproduced: the page is a phone's width anyway.
 */
export function mixedWidgets(count, specs) {
  const kinds = specs.filter((s) => s.tag !== AT_THE_END);
  const last = specs.find((s) => s.tag === AT_THE_END);
  const rotating = last && count > 1 ? count - 1 : count;
  const out = [];
  for (let i = 0; i < rotating; i += 1) {
    const { tag, examples } = kinds[i % kinds.length];
    const round = Math.floor(i / kinds.length);
    const lang = round % VIETNAMESE_EVERY === VIETNAMESE_EVERY - 1 ? 'vi' : 'en';
    out.push(markup(tag, examples[round % examples.length], lang));
  }
  if (rotating < count) out.push(markup(last.tag, last.examples[0], 'en'));
  return out;
}

/** What the mix holds, for the report: tag → how many. */
export function describeMix(count, specs) {
  const counts = Object.fromEntries(specs.map((s) => [s.tag, 0]));
  for (const item of mixedWidgets(count, specs)) {
    for (const [, tag] of item.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)) counts[tag] += 1;
  }
  return counts;
}

function mixLabel(count, specs) {
  return Object.entries(describeMix(count, specs))
    .map(([tag, n]) => `${n} ${tag.replace(/^upr-/, '')}`)
    .join(', ');
}

/** The render cases: name → widget markup, with what the case shows. */
export function renderCases(specs) {
  const highlight = 'cycle-4-review';
  if (!events.some((event) => event.id === highlight)) throw new Error(`bench: no event ${highlight}`);
  return [
    { name: 'bundle-only', label: 'no widget (the bundle alone)', widgets: [] },
    { name: 'mixed-1', label: `1 widget (\`<${specs[0].tag}>\`, its first example)`, widgets: mixedWidgets(1, specs) },
    { name: 'mixed-10', label: `10 mixed widgets (${mixLabel(10, specs)})`, widgets: mixedWidgets(10, specs) },
    { name: 'mixed-100', label: `100 mixed widgets (${mixLabel(100, specs)})`, widgets: mixedWidgets(100, specs) },
    {
      name: 'timeline-all',
      label: `\`<upr-timeline>\` alone, all ${events.length} events, collapsed (default)`,
      widgets: ['<upr-timeline></upr-timeline>'],
      items: events.length,
    },
    {
      name: 'timeline-all-highlight',
      label: `\`<upr-timeline highlight="${highlight}">\`, all ${events.length} events, one open`,
      widgets: [`<upr-timeline highlight="${highlight}"></upr-timeline>`],
      items: events.length,
    },
  ];
}
