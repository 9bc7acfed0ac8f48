// Every direct quote is copied character for character from its source article
// (shared/seeds beside the repository or the one it was cloned from; UPR_SEEDS_DIR overrides). Reported speech
// is never dressed up as a quotation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../scripts/validate-data.mjs';

/**
 * shared/seeds beside the repository or, for a fresh clone elsewhere (CI clones into a temporary folder),
 * beside the local repository it was cloned from.
 */
function findSeeds() {
  if (process.env.UPR_SEEDS_DIR) return process.env.UPR_SEEDS_DIR;
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const beside = path.resolve(repo, '../shared/seeds');
  if (existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: repo, encoding: 'utf8' }).trim();
    const originPath = origin.startsWith('file://') ? fileURLToPath(origin) : origin;
    if (path.isAbsolute(originPath)) {
      const besideOrigin = path.resolve(originPath, '../shared/seeds');
      if (existsSync(besideOrigin)) return besideOrigin;
    }
  } catch {
    // not a git clone, or git is missing: the default below is reported
  }
  return beside;
}

const seedsDir = findSeeds();
const haveSeeds = existsSync(seedsDir);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const dataset = loadDataset();
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

describe('quotes', () => {
  it('have the source articles to be checked against', { skip: !haveSeeds && !ci && `no source articles at ${seedsDir} (set UPR_SEEDS_DIR)` }, () => {
    assert.ok(haveSeeds, `source articles not found at ${seedsDir}`);
  });

  for (const quote of dataset.quotes.filter((q) => q.kind === 'direct')) {
    it(`"${quote.id}" appears verbatim in its source`, { skip: !haveSeeds && !ci && 'no source articles' }, () => {
      const source = sources.get(quote.source);
      assert.ok(source?.seed, `${quote.source} has no seed file to check against`);
      const article = readFileSync(`${seedsDir}/${source.seed}`, 'utf8');
      assert.ok(article.includes(quote.text), `not found verbatim in ${source.seed}: ${quote.text.slice(0, 80)}…`);
    });
  }

  it('in reported speech are not written as quotations', () => {
    for (const quote of dataset.quotes.filter((q) => q.kind === 'paraphrase')) {
      assert.doesNotMatch(quote.text, /^\s*["“„«]/, quote.id);
      assert.doesNotMatch(quote.translation, /^\s*["“„«]/, quote.id);
    }
  });

  it('are attributed to a named person', () => {
    const people = new Set(dataset.people.map((p) => p.id));
    for (const quote of dataset.quotes) assert.ok(people.has(quote.speaker), quote.id);
  });
});
