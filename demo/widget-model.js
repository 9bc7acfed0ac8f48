// What the embed-code builder (demo/builder.js) and the WordPress plugin's blocks (integrations/wordpress/src)
// offer an editor, from the library's own knowledge: the registry's widgets with their specs (demo/specs.js in a
// page, bench/widgets.mjs in Node), their attributes from custom-elements.json, and the items of the dataset. No
// DOM here: the plugin's build runs it in Node.

export const oneLine = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Lower case without accents: "Rà soát" and "ra soat" both become "ra soat". */
export const fold = (text) =>
  String(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

export const firstWords = (text, count) => {
  const words = oneLine(text).split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
};

/** An example's attributes in a language: its `byLanguage` entry for that language, or the shared ones. */
export function attributesFor(example, lang) {
  return example.byLanguage?.[lang] ?? example.attributes;
}

/** Every value a widget's examples give an attribute, in either language. */
export function valuesUsed(spec, name) {
  const values = spec.examples.flatMap((example) => ['vi', 'en'].map((lang) => attributesFor(example, lang)[name]));
  return [...new Set(values.filter((value) => value !== undefined))];
}

/** The values of a type such as `'a' | 'b' | undefined`, or undefined for any other type. */
function literalUnion(typeText) {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length < 2 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** "`2` to `6` (default `3`)" in a description: the whole numbers from 2 to 6, or undefined. A list such as
 * cycles ("`1` to `4`, separated by commas") names no default there and stays a text field. */
function numberRange(description) {
  const [, from, to] = /`(\d+)` to `(\d+)` \(default `\d+`\)/.exec(description) ?? [];
  if (from === undefined) return undefined;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(Number(from) + i));
}

/**
 * What kind of control an attribute gets: `boolean` (a checkbox), `enum` (a select: the type is a
 * union of string literals, or the description names two or more `values` or a range "`2` to `6` (default `3`)"), or `text`.
 * `used` are the values the widget's examples give it: a value among them that the description does not name
 * (cycles="3,4" where it names `1` to `4`) makes it free text. A name in the description that is an attribute
 * (the widget's own, or a `data-` one such as the page's `data-upr-theme`) is not one of its values.
 */
export function describeAttribute(attribute, used = [], attributeNames = []) {
  const description = oneLine(attribute.description);
  const typeText = attribute.type?.text ?? '';
  const base = { name: attribute.name, description };
  if (typeText === 'boolean') return { ...base, kind: 'boolean' };
  const named = [...description.matchAll(/`([\w-]+)`/g)]
    .map((m) => m[1])
    .filter((name) => !name.startsWith('data-') && !attributeNames.includes(name));
  const values = literalUnion(typeText) ?? numberRange(description) ?? [...new Set(named)];
  // values are words or single digits; named examples of a form (the timeline's from: `2014`, `2014-02`) are not
  if (values.length < 2 || used.some((value) => !values.includes(value)) || !values.every((v) => /^[a-z][a-z-]*$|^\d$/.test(v))) {
    return { ...base, kind: 'text' };
  }
  const declared = attribute.default?.replace(/^(['"])(.*)\1$/, '$2');
  const marked = values.find((v) => description.includes(`\`${v}\` (default)`) || description.includes(`(default \`${v}\`)`));
  const fallback = declared ?? marked ?? (values.includes('default') ? 'default' : '');
  return { ...base, kind: 'enum', values, fallback };
}

/** The collection of the dataset that has an item with this id, if any. */
const collectionWith = (id, dataset) =>
  Object.keys(dataset).find((name) => Array.isArray(dataset[name]) && dataset[name].some((item) => item.id === id));

/**
 * The item the editor looks up in the dataset. The spec names the item a widget shows (`item`: quote="…",
 * term="…"), which the widget needs. A widget without one may still have an attribute that points at an item,
 * optionally: one whose values in the widget's examples are ids of the dataset (the timeline's highlight="…").
 */
function itemOf(spec, dataset) {
  if (spec.item) {
    const { attribute, collection } = spec.item;
    return { name: attribute, thing: attribute, collection, required: true };
  }
  for (const example of spec.examples) {
    for (const lang of ['vi', 'en']) {
      for (const [name, value] of Object.entries(attributesFor(example, lang))) {
        const collection = collectionWith(value, dataset);
        if (collection) return { name, thing: collection.replace(/s$/, ''), collection, required: false };
      }
    }
  }
  return undefined;
}

/** The registry's widgets (`specs`, in its order), each with its spec and its manifest declaration. */
export function widgetsFrom(manifest, specs, dataset) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return specs.map((spec) => {
    const declaration = declarations.find((d) => d.tagName === spec.tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${spec.tag}>: run npm run build`);
    const attributes = declaration.attributes ?? [];
    const item = itemOf(spec, dataset);
    // the page's own controls handle `lang` and the item; shared ones (theme) come first
    const options = attributes
      .filter((a) => a.name !== 'lang' && a.name !== item?.name)
      .sort((a, b) => Number(Boolean(b.inheritedFrom)) - Number(Boolean(a.inheritedFrom)))
      .map((a) => ({
        ...describeAttribute(a, valuesUsed(spec, a.name), attributes.map(({ name }) => name)),
        shared: Boolean(a.inheritedFrom),
      }));
    return {
      tag: spec.tag,
      summary: oneLine(declaration.description).split(/[:.]/)[0],
      item,
      options,
      examples: spec.examples,
      // set inside a sentence (<upr-term>): the element holds the article's words
      wrapsText: spec.examples.some((example) => example.sentence),
    };
  });
}

const people = new WeakMap();
/** The dataset's people by id. */
function peopleOf(dataset) {
  if (!people.has(dataset)) people.set(dataset, new Map(dataset.people.map((person) => [person.id, person])));
  return people.get(dataset);
}

/** How an item is listed in a language, and the folded text a search looks in (both languages). */
export function describeItem(collection, item, lang, dataset) {
  const both = (localized) => (localized ? [localized.vi, localized.en] : []);
  if (collection === 'quotes') {
    const speaker = peopleOf(dataset).get(item.speaker)?.name;
    const name = speaker?.[lang] ?? item.speaker;
    // reported speech often opens with the speaker's name: don't say it twice
    const said = item.language === lang ? item.text : item.translation;
    const words = said.startsWith(name) ? said.slice(name.length).trim() : said;
    return {
      label: `${name} — ${firstWords(words, 8)}`,
      text: [item.id, ...both(speaker), item.text, item.translation],
    };
  }
  if (collection === 'events') {
    return { label: `${item.date} · ${item.title[lang]}`, text: [item.id, item.date, ...both(item.title)] };
  }
  const title = item.label ?? item.title ?? item.term ?? item.name;
  return { label: title?.[lang] ?? item.id, text: [item.id, ...both(title)] };
}
