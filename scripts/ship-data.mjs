// The dataset as the widgets ship it: data/*.json without the fields that no widget reads, for the
// CDN bundles (through the Rollup plugin below) and for the npm modules (dist/esm/data, rewritten after tsc).
// data/*.json and the export for journalists (dist/data) keep every field.
//
//   node scripts/ship-data.mjs dist/esm/data    (rewrites the JSON files tsc copied there)
//
// The types in src/internal/data.ts leave these fields out too (an `Omit` each), so a widget that starts
// reading one fails to compile: then take it off the list below and out of the `Omit`. Kept although no
// widget reads them yet: the glossary and the cycles whole (<upr-term>, <upr-recommendations-chart>) and each
// source's outlet, title, date, link, UN symbol and kind (<upr-sources>).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, DATA_DIR } from './validate-data.mjs';

/** Per collection, the fields left out: a key of each item, or `list[].key` for a key of each entry of a list. */
export const LEFT_OUT = {
  // description: our words for the journalists' export; seed, via: notes for checking quotes against sources
  sources: ['description', 'seed', 'via'],
  // the widgets show the role a speaker held, not what documents it
  people: ['roles[].sources'],
};

function omit(item, field) {
  const [list, rest] = field.split('[].');
  if (rest === undefined) {
    return Object.fromEntries(Object.entries(item).filter(([key]) => key !== field));
  }
  return item[list] ? { ...item, [list]: item[list].map((entry) => omit(entry, rest)) } : item;
}

/** A collection's items as they ship: the same items in the same order, without the fields in LEFT_OUT. */
export function shippedItems(collection, items) {
  const fields = LEFT_OUT[collection] ?? [];
  return items.map((item) => fields.reduce(omit, item));
}

/** The collection a data/*.json module holds, or undefined for any other file. */
function collectionOf(file) {
  const { dir, name, ext } = path.parse(path.resolve(file));
  return ext === '.json' && path.resolve(dir) === path.resolve(DATA_DIR) && COLLECTIONS.includes(name) ? name : undefined;
}

/** Rollup plugin: leaves LEFT_OUT out of each data/*.json module. Place it before @rollup/plugin-json. */
export function shippedDataset() {
  return {
    name: 'upr-shipped-dataset',
    transform(code, id) {
      const collection = collectionOf(id);
      if (!collection) return null;
      return { code: JSON.stringify(shippedItems(collection, JSON.parse(code))), map: { mappings: '' } };
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/ship-data.mjs <directory with the data/*.json copies>');
  for (const collection of COLLECTIONS) {
    const file = path.join(dir, `${collection}.json`);
    const items = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(shippedItems(collection, items), null, 2)}\n`);
  }
}
