// Writes the dataset for journalists who want the data itself:
// dist/data/upr-data.json (every collection as a top-level array) and one CSV per
// collection, nested fields flattened to columns such as title.vi and title.en.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { COLLECTIONS, loadDataset } from './validate-data.mjs';

/** Flattens nested objects to dotted keys; lists of ids become "a; b"; lists of objects become JSON. */
export function flatten(value, prefix = '', row = {}) {
  if (Array.isArray(value)) {
    row[prefix] = value.every((v) => typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, row);
  } else {
    row[prefix] = value;
  }
  return row;
}

export function toCsv(items) {
  const rows = items.map((item) => flatten(item));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return Papa.unparse(rows, { columns, newline: '\r\n' });
}

export function exportDataset(outDir, dataset = loadDataset()) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/upr-data.json`, `${JSON.stringify(dataset, null, 2)}\n`);
  for (const name of COLLECTIONS) {
    // A byte-order mark so that spreadsheet programs read the Vietnamese as UTF-8.
    writeFileSync(`${outDir}/${name}.csv`, `\uFEFF${toCsv(dataset[name])}\r\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  exportDataset(process.argv[2] ?? fileURLToPath(new URL('../dist/data', import.meta.url)));
}
