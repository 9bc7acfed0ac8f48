// Writes src/internal/data.types.ts, the TypeScript types of the dataset, from data/schema.json with
// json-schema-to-typescript: one type per definition (named by its `title`, else by its key), its fields'
// `description`s as doc comments, and `Dataset` for the whole; every field and array read-only. The file is committed, and
// tests/data/data-types.test.mjs fails, naming the types that differ, when it is not what the schema generates.
// Run it after changing the schema; nothing of it runs in the build or ships.
//
//   npm run data:types                 (node scripts/data-types.mjs)
//   import { generateTypes } from './data-types.mjs'
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { loadSchema } from './validate-data.mjs';

export const TYPES_FILE = fileURLToPath(new URL('../src/internal/data.types.ts', import.meta.url));

const BANNER = `// Generated from data/schema.json by scripts/data-types.mjs (npm run data:types): do not edit by hand.
// The dataset as data/*.json holds it. Widgets import the types from ./data.js, which leaves out what the
// builds do not ship (LEFT_OUT in scripts/ship-data.mjs).`;

/**
 * `{ $ref, description }` as `{ description, allOf: [{ $ref }] }`, which means the same. Given a `$ref` with
 * annotations beside it, json-schema-to-typescript writes out the referenced type instead of its name and may
 * drop the field's own description (its issue #363); through `allOf` it keeps both.
 */
function wrapAnnotatedRefs(schema) {
  if (Array.isArray(schema)) return schema.map(wrapAnnotatedRefs);
  if (!schema || typeof schema !== 'object') return schema;
  const { $ref, ...rest } = schema;
  const wrapped = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, wrapAnnotatedRefs(value)]));
  if ($ref === undefined) return wrapped;
  return Object.keys(rest).length ? { ...wrapped, allOf: [{ $ref }] } : { $ref };
}

/**
 * `readonly` before every field and array type of the generated code (json-schema-to-typescript has no option
 * for it): widgets never change the dataset. Placed by the TypeScript parser, not by matching text.
 */
function readonly(code) {
  const file = ts.createSourceFile('data.types.ts', code, ts.ScriptTarget.Latest, true);
  const starts = [];
  (function visit(node) {
    if (ts.isPropertySignature(node) || ts.isArrayTypeNode(node)) starts.push(node.getStart(file));
    ts.forEachChild(node, visit);
  })(file);
  return starts.sort((a, b) => b - a).reduce((text, at) => `${text.slice(0, at)}readonly ${text.slice(at)}`, code);
}

/** The text of src/internal/data.types.ts for a schema (data/schema.json by default). */
export async function generateTypes(schema = loadSchema()) {
  const code = await compile(wrapAnnotatedRefs(schema), 'Dataset', {
    bannerComment: BANNER,
    additionalProperties: false,
    // `minItems: 1` stays a plain array (with an @minItems note), not a tuple type.
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return readonly(code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TYPES_FILE, await generateTypes());
  console.log(`data types: wrote ${TYPES_FILE}`);
}
