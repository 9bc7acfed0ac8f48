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

/** The most consecutive words a paraphrase may share with its source article. */
const MAX_SHARED_WORDS = 7;

const words = (text) => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The longest run of consecutive words that two texts share (case and punctuation aside). */
function longestSharedRun(a, b) {
  const x = words(a);
  const y = words(b);
  let best = 0;
  let end = 0;
  let previous = new Array(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      row[j] = previous[j - 1] + 1;
      if (row[j] > best) [best, end] = [row[j], i];
    }
    previous = row;
  }
  return x.slice(end - best, end);
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

  // Reported speech is told in our words: a paraphrase shares no run of more than MAX_SHARED_WORDS words with
  // the article it reports (names of bodies and documents fit within it), so it never passes off copied
  // wording as ours, nor reads as a quotation without the marks (issue 12: runs of 18 and 12 words).
  for (const quote of dataset.quotes.filter((q) => q.kind === 'paraphrase')) {
    it(`"${quote.id}" is in our own words, not the article's`, { skip: !haveSeeds && !ci && 'no source articles' }, () => {
      const source = sources.get(quote.source);
      assert.ok(source?.seed, `${quote.source} has no seed file to check against`);
      const article = readFileSync(`${seedsDir}/${source.seed}`, 'utf8');
      const run = longestSharedRun(quote.text, article);
      assert.ok(run.length <= MAX_SHARED_WORDS, `${run.length} consecutive words copied from ${source.seed}: "${run.join(' ')}"`);
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
