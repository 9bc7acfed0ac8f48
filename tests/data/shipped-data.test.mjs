// The dataset as it ships (scripts/ship-data.mjs) against data/*.json: every item, in order, and every field
// the types of src/internal/data.ts declare — the only fields a widget can read, since the code is strict
// TypeScript — with its value unchanged; only the fields in LEFT_OUT are gone, and the types declare none of
// them. Checked on the shipping function and on what `npm run build` wrote: dist/esm/data/*.json and the
// strings in dist/upr-widgets.js.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LEFT_OUT, shippedItems } from '../../scripts/ship-data.mjs';
import { COLLECTIONS, loadDataset } from '../../scripts/validate-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const acorn = createRequire(import.meta.url)('acorn');
const full = loadDataset();

/**
 * Every field path the types declare, per collection: "outlet", "roles[].title", "roles[].title.vi",
 * "value.number" (both members of a union), read from the `Dataset` interface with the type checker.
 */
function declaredPaths() {
  const file = join(root, 'src', 'internal', 'data.ts');
  const program = ts.createProgram([file], {
    strict: true,
    resolveJsonModule: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const dataset = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'Dataset');
  assert.ok(dataset, 'src/internal/data.ts declares interface Dataset');

  const elementOf = (type) => (checker.isArrayType(type) ? checker.getTypeArguments(type)[0] : undefined);
  function collect(type, prefix, paths) {
    const element = elementOf(type);
    if (element) return collect(element, `${prefix}[]`, paths);
    for (const member of type.isUnion() ? type.types : [type]) {
      if (!(member.flags & ts.TypeFlags.Object)) continue;
      for (const property of checker.getPropertiesOfType(member)) {
        const path = prefix ? `${prefix}.${property.name}` : property.name;
        paths.add(path.replace(/^\[\]\./, ''));
        collect(checker.getNonNullableType(checker.getTypeOfSymbol(property)), path, paths);
      }
    }
    return paths;
  }
  const byCollection = {};
  for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(dataset))) {
    byCollection[property.name] = collect(checker.getTypeOfSymbol(property), '', new Set());
  }
  return byCollection;
}

const declared = declaredPaths();

/** Calls visit(path, value) for every field of an item, "list[].key" for the keys of a list's entries. */
function eachField(value, visit, prefix = '') {
  if (Array.isArray(value)) {
    for (const entry of value) eachField(entry, visit, `${prefix}[]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix.replace(/^\[\]\./, '')}.${key}` : key;
      visit(path.replace(/^\[\]\./, ''), child);
      eachField(child, visit, path);
    }
  }
}

/** Every string in a value, as a list. */
const stringsIn = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : []);

/** The item as a widget can see it: only the fields the types declare. */
function declaredPart(value, paths, prefix = '') {
  if (Array.isArray(value)) return value.map((entry) => declaredPart(entry, paths, `${prefix}[]`));
  if (!value || typeof value !== 'object') return value;
  const kept = {};
  for (const [key, child] of Object.entries(value)) {
    const path = `${prefix}.${key}`.replace(/^\.|^\[\]\./, '');
    if (paths.has(path)) kept[key] = declaredPart(child, paths, path);
  }
  return kept;
}

describe('the shipped dataset', () => {
  const shipped = Object.fromEntries(COLLECTIONS.map((name) => [name, shippedItems(name, full[name])]));

  it('has a type for every collection in data/', () => {
    assert.deepEqual(Object.keys(declared).sort(), [...COLLECTIONS].sort());
  });

  it('holds every item of data/*.json, in the same order', () => {
    for (const name of COLLECTIONS) {
      assert.deepEqual(shipped[name].map((item) => item.id), full[name].map((item) => item.id), name);
    }
  });

  it('keeps every field the types declare, unchanged', () => {
    for (const name of COLLECTIONS) {
      full[name].forEach((item, i) => {
        assert.deepEqual(declaredPart(shipped[name][i], declared[name]), declaredPart(item, declared[name]), `${name}: ${item.id}`);
      });
    }
  });

  it('leaves out exactly the fields the types do not declare', () => {
    for (const name of COLLECTIONS) {
      const leftOut = new Set(LEFT_OUT[name] ?? []);
      for (const path of leftOut) assert.ok(!declared[name].has(path), `${name}: ${path} is left out but declared in src/internal/data.ts`);
      const inData = new Set();
      for (const item of full[name]) eachField(item, (path) => inData.add(path));
      for (const path of inData) {
        const isLeftOut = [...leftOut].some((field) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[]`));
        assert.equal(isLeftOut, !declared[name].has(path), `${name}: ${path} is ${isLeftOut ? 'left out but declared' : 'shipped but not declared in src/internal/data.ts'}`);
      }
      for (const item of shipped[name]) {
        eachField(item, (path) => assert.ok(!leftOut.has(path), `${name}: ${item.id} still has ${path}`));
      }
    }
  });

  it('keeps what the widgets show and what the coming ones need', () => {
    // <upr-sources>: outlet, title, date and link of each source; <upr-term>: the glossary whole;
    // <upr-recommendations-chart>: the cycles whole, counting method and sources included.
    for (const path of ['outlet', 'title', 'published', 'url', 'reference', 'language', 'kind']) assert.ok(declared.sources.has(path), path);
    assert.deepEqual(shipped.glossary, full.glossary);
    assert.deepEqual(shipped.cycles, full.cycles);
    for (const name of ['events', 'facts', 'quotes']) assert.deepEqual(shipped[name], full[name], name);
  });
});

describe('what npm run build wrote', () => {
  const built = (file) => join(root, 'dist', file);
  const missing = (file) => () => assert.fail(`${file} is missing: build first (npm run build)`);

  it('dist/esm/data/*.json: the shipped dataset, which the npm modules import', () => {
    for (const name of COLLECTIONS) {
      const file = built(`esm/data/${name}.json`);
      if (!existsSync(file)) return missing(`dist/esm/data/${name}.json`)();
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), shippedItems(name, full[name]), name);
    }
    return undefined;
  });

  it('dist/upr-widgets.js: every string of the shipped dataset, none only in a field left out', () => {
    const file = built('upr-widgets.js');
    if (!existsSync(file)) return missing('dist/upr-widgets.js')();
    const literals = new Set();
    acorn.parse(readFileSync(file, 'utf8'), {
      ecmaVersion: 'latest',
      sourceType: 'module',
      onToken: (token) => typeof token.value === 'string' && literals.add(token.value),
    });
    const kept = new Set();
    for (const name of COLLECTIONS) {
      for (const text of stringsIn(shippedItems(name, full[name]))) {
        assert.ok(literals.has(text), `${name}: ${JSON.stringify(text.slice(0, 80))} is not in the bundle`);
        kept.add(text);
      }
    }
    // Strings found only in fields left out (a source's description), not short words that code may hold too.
    for (const name of COLLECTIONS) {
      const onlyLeftOut = stringsIn(full[name]).filter((text) => !kept.has(text) && text.length > 12);
      for (const text of onlyLeftOut) assert.ok(!literals.has(text), `${name}: ${JSON.stringify(text.slice(0, 80))} was left out but is in the bundle`);
    }
    return undefined;
  });
});
