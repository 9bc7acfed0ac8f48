// Builds tests/ssr/eleventy-site/ with the real @11ty/eleventy into a temporary folder and writes the article's
// page on standard output: with the plugin (dist/esm/src/eleventy.js) by default, without it given `--plain`.
// For tests/ssr/eleventy.test.mjs and, through ssr-plugin.mjs, the browser tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';

const INPUT = fileURLToPath(new URL('eleventy-site/', import.meta.url));

/** The article's page as Eleventy builds it, with or without the plugin. */
export async function buildArticle({ prerender = true } = {}) {
  const { default: uprWidgets } = await import('../../dist/esm/src/eleventy.js');
  const output = mkdtempSync(join(tmpdir(), 'upr-eleventy-'));
  try {
    const eleventy = new Eleventy(INPUT, output, {
      quietMode: true,
      configPath: false,
      config(eleventyConfig) {
        if (prerender) eleventyConfig.addPlugin(uprWidgets);
      },
    });
    await eleventy.write();
    return readFileSync(join(output, 'article', 'index.html'), 'utf8');
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // the page is the only output: Eleventy's own report ("[11ty] Wrote 1 file…", printed even in quiet mode) and
  // the widgets' warnings would otherwise come before its doctype
  const { log, warn } = console;
  console.log = () => {};
  console.warn = () => {};
  const page = await buildArticle({ prerender: !process.argv.includes('--plain') });
  Object.assign(console, { log, warn });
  process.stdout.write(page);
}
