// Writes the README's element reference from custom-elements.json, so that the
// README lists every attribute, part, custom property and event the widgets
// document in their JSDoc, and never drifts from them. Run by the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- reference:start (generated from custom-elements.json by scripts/readme-reference.mjs) -->';
const END = '<!-- reference:end -->';

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function table(headings, rows) {
  if (!rows.length) return '';
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function referenceMarkdown(manifest) {
  return elementsOf(manifest)
    .map((el) => {
      const sections = [
        `### \`<${el.tagName}>\``,
        el.summary ?? '',
        table(
          ['attribute', 'type', 'default', 'description'],
          (el.attributes ?? []).map((a) => [`\`${a.name}\``, a.type?.text ? `\`${a.type.text}\`` : '', a.default ? `\`${a.default}\`` : '', a.description]),
        ),
        table(['event', 'description'], (el.events ?? []).map((e) => [`\`${e.name}\``, e.description])),
        table(['part', 'description'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
        table(
          ['custom property', 'default', 'description'],
          (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description]),
        ),
        table(['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description])),
      ];
      return sections.filter(Boolean).join('\n\n');
    })
    .join('\n\n');
}

export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${referenceMarkdown(manifest)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const next = updateReadme(readme, manifest);
  if (next !== readme) writeFileSync(`${root}README.md`, next);
}
