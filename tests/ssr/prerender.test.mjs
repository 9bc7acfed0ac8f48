// prerender() and `upr-widgets prerender` (dist/esm/src/prerender.js, bin/upr-widgets.mjs; `npm run build` first):
// every widget of a document or a CMS fragment filled with its own rendering, where it is in the page. The
// browser side (each widget once, saying what it says without the server) is tests/ssr/hydrate.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements, shadowOf, text } from './tree.mjs';
import { parse, parseFragment } from 'parse5';

const root = new URL('../../', import.meta.url);
if (!existsSync(new URL('dist/esm/src/prerender.js', root))) throw new Error('dist/esm is missing: run `npm run build` first');
const { prerender } = await import(new URL('dist/esm/src/prerender.js', root));
const dataset = JSON.parse(readFileSync(new URL('dist/data/upr-data.json', root), 'utf8'));
const BIN = fileURLToPath(new URL('bin/upr-widgets.mjs', root));
const byId = (collection, id) => dataset[collection].find((item) => item.id === id);

const QUOTE = 'doan-cong-huynh-balanced-approach';
const FACT = 'cycle-4-acceptance-share';
const ARTICLE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Bài viết</title></head><body>
<h1>Tiêu đề bài</h1>
<p>Cơ chế <upr-term term="upr">UPR</upr-term> rà soát mọi quốc gia.</p>
<upr-quote quote="${QUOTE}"><p class="author">Lời của biên tập viên</p></upr-quote>
<h2>Các mốc</h2>
<upr-timeline cycles="4"></upr-timeline>
<div lang="en"><upr-fact-card fact="${FACT}"></upr-fact-card></div>
<upr-sources></upr-sources>
</body></html>`;

const find = (tree, tag) => elements(tree).find((e) => e.tagName === tag);

describe('prerender()', () => {
  const warn = console.warn;
  const tree = parse(prerender(ARTICLE));
  console.warn = warn;

  it('gives every widget a declarative shadow root, and leaves the rest of the page as it was', () => {
    for (const tag of ['upr-term', 'upr-quote', 'upr-timeline', 'upr-fact-card', 'upr-sources']) {
      const element = find(tree, tag);
      assert.ok(element, `<${tag}> is still there`);
      assert.ok(shadowOf(element), `<${tag}> has a <template shadowrootmode="open">`);
      assert.ok(text(shadowOf(element)).trim().length > 0, `<${tag}>'s shadow root has text`);
    }
    assert.equal(text(find(tree, 'title')), 'Bài viết');
    assert.equal(text(find(tree, 'h1')), 'Tiêu đề bài');
    assert.equal(find(tree, 'upr-term').parentNode.tagName, 'p', 'the term stays in its sentence');
  });

  it("renders each widget in its closest ancestor's language", () => {
    const quote = byId('quotes', QUOTE);
    assert.ok(text(shadowOf(find(tree, 'upr-quote'))).includes(quote.language === 'vi' ? quote.text.slice(0, 40) : quote.translation.slice(0, 40)), 'the quote in Vietnamese (the page)');
    assert.ok(text(shadowOf(find(tree, 'upr-fact-card'))).includes(byId('facts', FACT).label.en), 'the fact card in English (its <div lang="en">)');
  });

  it("keeps what the author wrote inside an element, as its light DOM after the shadow root", () => {
    const quote = find(tree, 'upr-quote');
    const after = quote.childNodes.filter((c) => c.tagName && c.tagName !== 'template');
    assert.deepEqual(after.map((c) => text(c)), ['Lời của biên tập viên']);
  });

  it("gives a widget's headings the level below the heading before it in the page (h3 under an h2)", () => {
    const titles = elements(shadowOf(find(tree, 'upr-timeline')).content).filter((e) => e.attrs.some((a) => a.name === 'part' && a.value.split(' ').includes('title')));
    assert.ok(titles.length > 0);
    assert.deepEqual([...new Set(titles.map((e) => e.tagName))], ['h3']);
  });

  it('lists in <upr-sources> what the widgets of the page cite', () => {
    const listed = text(shadowOf(find(tree, 'upr-sources')));
    const source = byId('sources', byId('quotes', QUOTE).source);
    assert.ok(listed.includes(source.outlet), `the quote's source ${source.outlet} is listed: ${listed.slice(0, 300)}`);
  });

  it('renders a widget in the theme its page writes in data-upr-theme, as the widget reads it in the browser', () => {
    const warn = console.warn;
    const [dark, plain] = elements(parseFragment(prerender(`<div data-upr-theme="dark"><upr-quote quote="${QUOTE}"></upr-quote></div><upr-quote quote="${QUOTE}"></upr-quote>`))).filter((e) => e.tagName === 'upr-quote');
    console.warn = warn;
    const base = (element) => elements(shadowOf(element).content).find((e) => e.attrs.some((a) => a.name === 'part' && a.value === 'base'));
    assert.match(base(dark).attrs.find((a) => a.name === 'class').value, /\btheme-dark\b/);
    assert.match(base(plain).attrs.find((a) => a.name === 'class').value, /\btheme-light\b/, 'the page before does not carry over');
  });

  it("takes a fragment (a CMS body) in the language given, and a widget's own lang over it", () => {
    const fragment = parseFragment(prerender(`<upr-fact-card fact="${FACT}"></upr-fact-card><upr-fact-card lang="en" fact="${FACT}"></upr-fact-card>`, { lang: 'vi' }));
    const [vi, en] = elements(fragment).filter((e) => e.tagName === 'upr-fact-card');
    assert.ok(text(shadowOf(vi)).includes(byId('facts', FACT).label.vi));
    assert.ok(text(shadowOf(en)).includes(byId('facts', FACT).label.en));
    assert.ok(!fragment.childNodes.some((c) => c.tagName === 'html'), 'a fragment stays a fragment');
  });
});

describe('upr-widgets prerender (the command)', () => {
  it('prerenders a file, and standard input, to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upr-prerender-'));
    try {
      const file = join(dir, 'article.html');
      writeFileSync(file, ARTICLE);
      const fromFile = execFileSync(process.execPath, [BIN, 'prerender', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      assert.ok(shadowOf(find(parse(fromFile), 'upr-quote')));
      const fromStdin = execFileSync(process.execPath, [BIN, 'prerender', '--lang', 'en'], { input: `<upr-fact-card fact="${FACT}"></upr-fact-card>`, encoding: 'utf8' });
      assert.ok(text(shadowOf(find(parseFragment(fromStdin), 'upr-fact-card'))).includes(byId('facts', FACT).label.en));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to use it when the command is unknown', () => {
    assert.throws(() => execFileSync(process.execPath, [BIN, 'nonsense'], { stdio: 'pipe' }), (error) => error.status === 2 && /usage: upr-widgets prerender/.test(String(error.stderr)));
  });
});
