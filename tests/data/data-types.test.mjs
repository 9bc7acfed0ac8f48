// One definition of the data: src/internal/data.types.ts is what data/schema.json generates
// (scripts/data-types.mjs), so the types and the schema cannot drift apart. A failure names the types
// that differ and shows each as committed and as generated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { generateTypes, TYPES_FILE } from '../../scripts/data-types.mjs';
import { COLLECTIONS, loadSchema } from '../../scripts/validate-data.mjs';

/** Each top-level declaration of TypeScript code, by name, with its text and doc comment. */
function declarations(code) {
  const file = ts.createSourceFile('data.types.ts', code, ts.ScriptTarget.Latest, true);
  return new Map(file.statements.map((statement) => [statement.name?.text ?? statement.getText(file), statement.getFullText(file).trim()]));
}

/** Node's line diff of two texts: "-" committed, "+" generated. */
function lineDiff(committed, generated) {
  try {
    assert.equal(generated, committed);
    return '';
  } catch (error) {
    return error.message.split('\n').slice(2).join('\n');
  }
}

/** What differs between two versions of the generated code: the types, each with its line diff. */
function differences(committed, generated) {
  const [was, is] = [declarations(committed), declarations(generated)];
  const names = [...new Set([...was.keys(), ...is.keys()])].filter((name) => was.get(name) !== is.get(name));
  if (!names.length) return [`the same types, not the same file (their order, or the header):\n${lineDiff(committed, generated)}`];
  return names.map((name) => {
    if (!was.has(name)) return `${name}: new in the schema`;
    if (!is.has(name)) return `${name}: no longer in the schema`;
    return `${name} (- committed, + generated):\n${lineDiff(was.get(name), is.get(name))}`;
  });
}

describe('the types of the dataset', () => {
  it('src/internal/data.types.ts is what data/schema.json generates', async () => {
    const committed = readFileSync(TYPES_FILE, 'utf8');
    const generated = await generateTypes();
    if (committed === generated) return;
    assert.fail(`src/internal/data.types.ts is not what data/schema.json generates: run npm run data:types. Differs:\n\n${differences(committed, generated).join('\n\n')}`);
  });

  it('the drift check names the type that differs', async () => {
    const schema = loadSchema();
    schema.definitions.quote.properties.kind.enum.push('rumour');
    const found = differences(await generateTypes(), await generateTypes(schema));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /^Quote \(- committed, \+ generated\):\n/);
    assert.match(found[0], /\n- .*readonly kind: 'direct' \| 'paraphrase';/);
    assert.match(found[0], /\n\+ .*readonly kind: 'direct' \| 'paraphrase' \| 'rumour';/);
  });

  it('every collection of data/schema.json is a required array of items of one definition', () => {
    const schema = loadSchema();
    assert.deepEqual(COLLECTIONS.filter((name) => !schema.required.includes(name)), [], 'collections missing from "required"');
    assert.deepEqual(schema.required.filter((name) => !COLLECTIONS.includes(name)), [], 'required but not a collection');
    for (const name of COLLECTIONS) {
      assert.equal(schema.properties[name].type, 'array', name);
      assert.match(schema.properties[name].items.$ref, /^#\/definitions\/[a-zA-Z]+$/, name);
    }
  });
});
