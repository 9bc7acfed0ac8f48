// Writes demo/article-en.html and demo/article-vi.html: the demo articles (demo/article-*.source.html, with bare
// widgets, as an editor writes them) with every widget prerendered in its light-DOM form, as a newsroom's build
// step or CMS would do it (upr-widgets prerender --light). The pages are built, not kept in git.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { prerender } = await import(`${root}dist/esm/src/prerender.js`);

export const ARTICLES = ['en', 'vi'];

for (const lang of ARTICLES) {
  const source = readFileSync(`${root}demo/article-${lang}.source.html`, 'utf8');
  const page = prerender(source, { form: 'light' }).replace(
    /^<!DOCTYPE html>/i,
    `<!doctype html>\n<!-- Built by scripts/demo-articles.mjs from article-${lang}.source.html: edit that file. -->`,
  );
  writeFileSync(`${root}demo/article-${lang}.html`, page);
}
