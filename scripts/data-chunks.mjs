// The on-demand loader's build (dist/loader/): the Rollup plugins that split the widgets and the dataset into
// chunks a page loads as its widgets appear.
//
//   upr:widgets              the loader's list: each tag of the registry (src/widgets.ts) and how to import it
//   upr:widget/<tag>         a widget: its class, where the data chunks are, and define(elements on the page)
//   upr:data-indexes         where each collection lists its chunks (a module per collection, loaded on demand)
//   upr:data-index/<c>       a collection's chunks per language: one per item, or one for the whole collection
//   upr:data/<c>/<id>/<lang> a chunk: the item (or the collection) in one language, with what it refers to
//
// Items of quotes, facts and the glossary come one per chunk, since a widget shows one; events and cycles whole,
// since the timeline and the chart show them all; the sources whole for <upr-sources all>. A chunk carries the
// sources its items cite, and a quote its speaker, so a widget makes one data request.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shippedItems } from './ship-data.mjs';
import { COLLECTIONS, DATA_DIR, loadDataset } from './validate-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LANGUAGES = ['vi', 'en'];
/** Collections whose items are chunked one by one (a widget shows one item); the others come whole. */
export const PER_ITEM = ['quotes', 'facts', 'glossary'];
/** What a whole collection's chunk brings along, besides the sources its items cite. */
const WHOLE_WITH = { events: ['cycles'], cycles: [], sources: [] };

/** The registry's tags, in its order (src/widgets.ts imports each widget from ./<tag>/<tag>.js). */
export function registryTags() {
  const source = readFileSync(`${root}src/widgets.ts`, 'utf8');
  const list = source.match(/export const widgets = \[([^\]]*)\]/)?.[1];
  const classes = Object.fromEntries([...source.matchAll(/import \{ (\w+) \} from '\.\/(upr-[a-z-]+)\/\2\.js';/g)].map(([, name, tag]) => [name, tag]));
  if (!list) throw new Error('data-chunks: no `export const widgets = [...]` in src/widgets.ts');
  return list.split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    if (!classes[name]) throw new Error(`data-chunks: ${name} in src/widgets.ts is not imported from ./<tag>/<tag>.js`);
    return { tag: classes[name], className: name };
  });
}

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalized = (value) => isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => LANGUAGES.includes(key));

/** An item with one language of its texts: every {vi, en} keeps `lang` only. */
export function inLanguage(value, lang) {
  if (Array.isArray(value)) return value.map((entry) => inLanguage(entry, lang));
  if (isLocalized(value)) return lang in value ? { [lang]: value[lang] } : {};
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, inLanguage(entry, lang)]));
  return value;
}

/** The source ids an item cites, anywhere in it (`sources`, `source`, `dateSources`). */
function citedSources(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((entry) => citedSources(entry, found));
  else if (isRecord(value)) {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'source' && typeof entry === 'string') found.add(entry);
      else if ((key === 'sources' || key === 'dateSources') && Array.isArray(entry) && entry.every((id) => typeof id === 'string')) entry.forEach((id) => found.add(id));
      else citedSources(entry, found);
    }
  }
  return found;
}

/** The dataset as it ships, read once per build. */
export function loadShippedDataset() {
  const raw = loadDataset(DATA_DIR);
  return Object.fromEntries(COLLECTIONS.map((collection) => [collection, shippedItems(collection, raw[collection])]));
}

/** A chunk's content: `{ collection: [[position, item], …] }` (DataChunk in src/internal/data.ts). */
export function chunkContent(dataset, collection, id, lang) {
  const content = {};
  const add = (name, items) => {
    if (!items.length) return;
    content[name] = [...(content[name] ?? []), ...items.map((item) => [dataset[name].indexOf(item), inLanguage(item, lang)])];
  };
  const items = id === undefined ? dataset[collection] : dataset[collection].filter((item) => item.id === id);
  add(collection, items);
  for (const name of id === undefined ? WHOLE_WITH[collection] : []) add(name, dataset[name]);
  if (collection === 'quotes') add('people', dataset.people.filter((person) => items.some((quote) => quote.speaker === person.id)));
  if (collection !== 'sources') {
    const cited = citedSources(Object.values(content).flat().map(([, item]) => item));
    add('sources', dataset.sources.filter((source) => cited.has(source.id)));
  }
  return content;
}

/**
 * A chunk as a module: an object literal, or (`format: 'json'`) `JSON.parse` of a string. Chosen by measurement
 * (npm run bench, "Data chunks"): for chunks this size (the largest, the events in one language, 34 KB) the two
 * take the same time in Chromium (3.7 and 4.0 ms, 2.3 and 2.4 ms for the sources, medians of 21), so the literal,
 * which needs no escaping; V8's advice for JSON.parse is for objects of 10 KB and much more, parsed once.
 */
export function chunkModule(content, format = 'literal') {
  const json = JSON.stringify(content);
  if (format === 'literal') return `export default ${json};\n`;
  return `export default JSON.parse('${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');\n`;
}

/** Rollup plugin: data/*.json as empty collections, for the loader's build, which fills them from chunks. */
export function emptyDataset() {
  const data = fileURLToPath(new URL('../data/', import.meta.url));
  return {
    name: 'upr-empty-dataset',
    transform(code, id) {
      if (!id.startsWith(data) || !id.endsWith('.json')) return null;
      return { code: '[]', map: { mappings: '' } };
    },
  };
}

const PREFIX = 'upr:';
const src = (file) => JSON.stringify(`${root}src/${file}`);

/** Rollup plugin: the virtual modules above. `format` is the chunks' (chunkModule). */
export function loaderModules({ format = 'literal' } = {}) {
  let dataset;
  const tags = registryTags();
  return {
    name: 'upr-loader-modules',
    buildStart() {
      dataset = loadShippedDataset();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [kind, ...rest] = id.slice(PREFIX.length + 1).split('/');
      if (kind === 'widgets') {
        return `export default {\n${tags.map(({ tag }) => `  ${JSON.stringify(tag)}: () => import('upr:widget/${tag}'),`).join('\n')}\n};\n`;
      }
      if (kind === 'widget') {
        const { tag, className } = tags.find((widget) => widget.tag === rest[0]);
        return [
          `import { defineElement } from ${src('internal/define.ts')};`,
          `import { useDataChunks } from ${src('internal/data-loading.ts')};`,
          `import { ${className} } from ${src(`${tag}/${tag}.ts`)};`,
          `import indexes from 'upr:data-indexes';`,
          `useDataChunks(indexes);`,
          // Defines the element once the data of the elements already on the page is here, so that they render at
          // once: until an element is defined, the page's :not(:defined) rules and fallbacks hold its place.
          `export async function define(elements, othersDefined) {`,
          `  await ${className}.loadDataFor(elements, othersDefined);`,
          `  defineElement(${className}.tag, ${className});`,
          `}`,
          // for the tests of the loader's build (web-test-runner.config.mjs): the widget, and the dataset it reads
          `export { ${className} as default };`,
          `export { addData, dataset } from ${src('internal/data.ts')};`,
        ].join('\n');
      }
      if (kind === 'data-indexes') {
        const chunked = [...PER_ITEM, ...Object.keys(WHOLE_WITH)];
        return `export default {\n${chunked.map((c) => `  ${c}: () => import('upr:data-index/${c}'),`).join('\n')}\n};\n`;
      }
      if (kind === 'data-index') {
        const [collection] = rest;
        const perLanguage = (lang) =>
          PER_ITEM.includes(collection)
            ? `{\n${dataset[collection].map(({ id: item }) => `    ${JSON.stringify(item)}: () => import('upr:data/${collection}/${item}/${lang}'),`).join('\n')}\n  }`
            : `() => import('upr:data/${collection}/*/${lang}')`;
        return `export default {\n${LANGUAGES.map((lang) => `  ${lang}: ${perLanguage(lang)},`).join('\n')}\n};\n`;
      }
      if (kind === 'data') {
        const [collection, item, lang] = rest;
        return chunkModule(chunkContent(dataset, collection, item === '*' ? undefined : item, lang), format);
      }
      throw new Error(`data-chunks: unknown module ${id.slice(1)}`);
    },
  };
}

/** Rollup `chunkFileNames`: what a chunk holds, then its content hash (file names that can be cached forever). */
export function chunkFileName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const [kind, ...rest] = id.startsWith(`\0${PREFIX}`) ? id.slice(PREFIX.length + 1).split('/') : [];
  if (kind === 'widget') return `${rest[0]}-[hash].js`;
  if (kind === 'data-index') return `data-${rest[0]}-[hash].js`;
  if (kind === 'data') return `data-${rest[0]}${rest[1] === '*' ? '' : `-${rest[1]}`}.${rest[2]}-[hash].js`;
  // the code every widget shares (Lit, the base class, the data loading) is named after one of its modules
  return `${chunk.name.startsWith('_upr_') ? 'shared' : chunk.name}-[hash].js`;
}
