// TypeScript types for the widgets in JSX (React 19's JSX.IntrinsicElements) and in Vue templates (Vue's
// GlobalComponents), generated from custom-elements.json into dist/types/ by `npm run build`:
//   dist/types/react.d.ts   import type {} from 'upr-widgets/types/react';
//   dist/types/vue.d.ts     import type {} from 'upr-widgets/types/vue';
// Each attribute's type is the builder's reading of it (demo/widget-model.js): a flag (true, false, '' or
// 'false', which is off), one of the values its documentation names, or a string. Events are typed from the
// manifest's @fires: `onupr-timeline-select` in React, `onUprTimelineSelect` (written @upr-timeline-select) in Vue.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSpecs } from '../bench/widgets.mjs';
import { widgetsFrom } from '../demo/widget-model.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('custom-elements.json');
const dataset = readJson('dist/data/upr-data.json');
const specs = await loadSpecs(pathToFileURL(path.join(root, 'dist/')));
const widgets = widgetsFrom(manifest, specs, dataset);
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const quoted = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const comment = (text) => `/** ${text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim()} */`;

/** The TypeScript type of an option as the builder reads it. */
function typeOf(option) {
  if (option.kind === 'boolean') return 'UprFlag';
  if (option.kind === 'enum') return option.values.map(quoted).join(' | ');
  return 'string';
}

function attributesInterface(widget) {
  const declaration = declarations.find((d) => d.tagName === widget.tag);
  const lines = [];
  if (widget.item) lines.push(`  ${comment(declaration.attributes.find((a) => a.name === widget.item.name)?.description ?? '')}\n  ${quoted(widget.item.name)}${widget.item.required ? '' : '?'}: string;`);
  lines.push("  /** The widget's language, `vi` or `en`; without it, the closest ancestor's `lang`. */\n  lang?: string;");
  for (const option of widget.options) lines.push(`  ${comment(option.description)}\n  ${quoted(option.name)}?: ${typeOf(option)};`);
  return `export interface ${pascal(widget.tag)}Attributes {\n${lines.join('\n')}\n}`;
}

function eventsOf(tag) {
  return (declarations.find((d) => d.tagName === tag).events ?? []).filter((e) => e.name);
}
const detailOf = (event) => /CustomEvent<(\w+)>/.exec(event.type?.text ?? '')?.[1];
const HEADER = `// Generated from custom-elements.json by scripts/framework-types.mjs (upr-widgets ${readJson('package.json').version}); do not edit.`;
const FLAG = "/** A flag attribute: on when present (`true`, `''`), off when absent, `false` or `'false'`. */\nexport type UprFlag = boolean | '' | 'false' | 'true';";
const DETAILS = "/** The detail of `upr-timeline-select`: the id of the event a reader opened. */\nexport interface UprTimelineSelectDetail {\n  id: string;\n}";
const shared = [FLAG, DETAILS, ...widgets.map(attributesInterface)].join('\n\n');

const react = `${HEADER}
// React 19: import type {} from 'upr-widgets/types/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

${shared}

type UprElementProps<A> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & A;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${widgets
  .map((w) => {
    const events = eventsOf(w.tag).map((e) => `'on${e.name}'?: (event: CustomEvent<${detailOf(e) ?? 'unknown'}>) => void`);
    return `      ${quoted(w.tag)}: UprElementProps<${pascal(w.tag)}Attributes${events.length ? ` & { ${events.join('; ')} }` : ''}>;`;
  })
  .join('\n')}
    }
  }
}
`;

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const vue = `${HEADER}
// Vue 3: import type {} from 'upr-widgets/types/vue'; (and compilerOptions.isCustomElement for upr-* tags)
import type { DefineComponent } from 'vue';

${shared}

declare module 'vue' {
  interface GlobalComponents {
${widgets
  .map((w) => {
    const events = eventsOf(w.tag).map((e) => `on${camel(`-${e.name}`)}?: (event: CustomEvent<${detailOf(e) ?? 'unknown'}>) => void`);
    return `    ${quoted(w.tag)}: DefineComponent<${pascal(w.tag)}Attributes${events.length ? ` & { ${events.join('; ')} }` : ''}>;`;
  })
  .join('\n')}
  }
}
`;

const out = path.join(root, 'dist/types');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'react.d.ts'), react);
writeFileSync(path.join(out, 'vue.d.ts'), vue);
