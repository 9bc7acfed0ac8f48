// The data export for journalists: one JSON with every collection, one CSV each.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { exportDataset } from '../../scripts/export-data.mjs';
import { COLLECTIONS, loadDataset, loadSchema } from '../../scripts/validate-data.mjs';

describe('dataset export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upr-data-'));
  const dataset = loadDataset();
  exportDataset(dir, dataset);

  it('writes every collection as a top-level array of items with ids', () => {
    const json = JSON.parse(readFileSync(join(dir, 'upr-data.json'), 'utf8'));
    assert.deepEqual(Object.keys(json), COLLECTIONS);
    for (const name of COLLECTIONS) {
      assert.equal(json[name].length, dataset[name].length, name);
      assert.ok(json[name].every((item) => typeof item.id === 'string'), name);
    }
  });

  it('writes a JSON that data/schema.json describes as a whole', () => {
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(loadSchema());
    validate(JSON.parse(readFileSync(join(dir, 'upr-data.json'), 'utf8')));
    assert.deepEqual(validate.errors ?? [], []);
  });

  it('writes one CSV per collection that reads back with every row, both languages intact', () => {
    for (const name of COLLECTIONS) {
      const text = readFileSync(join(dir, `${name}.csv`), 'utf8').replace(/^\uFEFF/, '');
      const parsed = Papa.parse(text.trim(), { header: true });
      assert.deepEqual(parsed.errors, [], name);
      assert.equal(parsed.data.length, dataset[name].length, name);
      assert.deepEqual(parsed.data.map((row) => row.id), dataset[name].map((item) => item.id), name);
    }
    const events = Papa.parse(readFileSync(join(dir, 'events.csv'), 'utf8').replace(/^\uFEFF/, '').trim(), { header: true }).data;
    assert.equal(events[0]['title.vi'], dataset.events[0].title.vi);
    assert.equal(events[0]['title.en'], dataset.events[0].title.en);
  });

  it('keeps a quote\'s line breaks and quotation marks inside one CSV cell', () => {
    const quotes = Papa.parse(readFileSync(join(dir, 'quotes.csv'), 'utf8').replace(/^\uFEFF/, '').trim(), { header: true }).data;
    const multiParagraph = dataset.quotes.find((q) => q.text.includes('\n'));
    assert.ok(multiParagraph);
    assert.equal(quotes.find((row) => row.id === multiParagraph.id).text, multiParagraph.text);
  });
});
