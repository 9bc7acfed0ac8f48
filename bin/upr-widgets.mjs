#!/usr/bin/env node
// upr-widgets prerender [file] [--lang vi] [--light [--inline]]: the HTML of `file` (or standard input) with every
// widget prerendered (dist/esm/src/prerender.js), on standard output. Needs @lit-labs/ssr and parse5 installed beside upr-widgets.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';

const USAGE = `usage: upr-widgets prerender [file.html] [--lang vi|en] [--light [--inline]] > out.html
  Fills every upr-* element of an HTML document or fragment with what it renders (declarative shadow DOM).
  Without a file, reads standard input. --lang: the page's language where no ancestor of a widget has a lang.
  --light: the same rendering as plain content inside each element, for CMS bodies and sanitizers; the page then
  needs upr-widgets/dist/upr-fallback.css. --inline: with --light, only elements a paragraph may hold (wpautop).`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, light: { type: 'boolean' }, inline: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
const [command, file] = positionals;
if (values.help || command !== 'prerender' || (values.inline && !values.light)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
let prerender;
try {
  ({ prerender } = await import('../dist/esm/src/prerender.js'));
} catch (error) {
  process.stderr.write(`upr-widgets prerender: ${error.message}\n(it needs @lit-labs/ssr and parse5: npm install @lit-labs/ssr parse5)\n`);
  process.exit(1);
}
const source = readFileSync(file ?? 0, 'utf8');
process.stdout.write(
  prerender(source, {
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.light ? { form: 'light', inline: Boolean(values.inline) } : {}),
  }),
);
