// Validates the dataset in data/: the JSON schema for each file, then the
// rules that span files. Every message names the file, the item id and the
// field, so a journalist correcting an item knows where to look.
//
//   node scripts/validate-data.mjs        (exit 1 with the messages on failure)
//   import { loadDataset, validateDataset } from './validate-data.mjs'
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/**
 * The collections, in order: one data/<name>.json file each, named by the top-level properties of
 * data/schema.json. That is the only list of them: the scripts and tests loop over this, and the widgets' code
 * gets it through the types generated from the schema (src/internal/data.types.ts).
 */
export const COLLECTIONS = Object.keys(loadSchema().properties);

/** The schema definition a collection's items follow ("term" for the glossary), also the word for one item. */
function definitionOf(schema, collection) {
  return schema.properties[collection].items.$ref.replace('#/definitions/', '');
}

/** Fields written in our own words, which must differ between the languages. */
const PROSE_FIELDS = new Set(['summary', 'context', 'definition', 'description', 'countingMethod', 'method', 'note', 'label', 'title', 'occasion']);

export function loadDataset(dir = DATA_DIR) {
  const dataset = {};
  for (const name of COLLECTIONS) {
    dataset[name] = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
  }
  return dataset;
}

export function loadSchema(dir = DATA_DIR) {
  return JSON.parse(readFileSync(`${dir}schema.json`, 'utf8'));
}

/** Is this YYYY[-MM[-DD]] string a real calendar date? */
function isRealDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return true;
  if (d === undefined) return m >= 1 && m <= 12;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Compares dates of mixed precision by the earliest (start) or latest (end) day they may mean. */
function bound(iso, end) {
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== undefined) return iso;
  if (m !== undefined) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${iso}-${end ? String(last).padStart(2, '0') : '01'}`;
  }
  return end ? `${iso}-12-31` : `${iso}-01-01`;
}

function* walk(value, path = []) {
  yield [path, value];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, [...path, key]);
  }
}

/** Does the whole of a date (at its precision) lie within a role's from/to? */
function within(date, role) {
  return (!role.from || bound(role.from, false) <= bound(date, false)) && (!role.to || bound(date, true) <= bound(role.to, true));
}

/** Decimal places a number is written to: 80.17 → 2, 83 → 0. */
function decimals(number) {
  const [, fraction = ''] = String(number).split('.');
  return fraction.length;
}

/** The role a person held on a date, if exactly one of their roles covers it. */
export function rolesAt(person, date) {
  return person.roles.filter(
    (role) => (!role.from || bound(role.from, false) <= bound(date, true)) && (!role.to || bound(role.to, true) >= bound(date, false)),
  );
}

/**
 * Returns a list of messages; empty means valid. `dataset` maps file names
 * (sources, people, …) to arrays of items.
 */
export function validateDataset(dataset, schema = loadSchema()) {
  const messages = [];
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  ajv.addSchema(schema, 'schema');
  const collections = Object.keys(schema.properties);
  const where = (file, item, field) =>
    `data/${file}.json: ${definitionOf(schema, file)} ${item && typeof item.id === 'string' ? JSON.stringify(item.id) : '(no id)'}${field ? `: field "${field}"` : ''}`;

  for (const file of collections) {
    const items = dataset[file];
    if (!Array.isArray(items)) {
      messages.push(`data/${file}.json: must be a JSON array of items`);
      continue;
    }
    const validate = ajv.getSchema(`schema#/definitions/${definitionOf(schema, file)}`);
    items.forEach((item, index) => {
      if (validate(item)) return;
      for (const error of validate.errors ?? []) {
        // oneOf reports each branch; the branch errors say more than the summary.
        if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
        const path = error.instancePath.slice(1).replaceAll('/', '.');
        const missing = error.keyword === 'required' ? error.params.missingProperty : '';
        const field = [path, missing].filter(Boolean).join('.');
        const extra = error.keyword === 'additionalProperties' ? ` (${error.params.additionalProperty})` : '';
        const label = item && typeof item.id === 'string' ? where(file, item, field) : `data/${file}.json: item ${index}${field ? `: field "${field}"` : ''}`;
        messages.push(`${label} ${error.message}${extra}`);
      }
    });
  }
  if (messages.length) return messages;

  // Unique ids across every file: <upr-sources> and editors treat them as one namespace.
  const owner = new Map();
  for (const file of collections) {
    for (const item of dataset[file]) {
      if (owner.has(item.id)) messages.push(`${where(file, item, 'id')} duplicates the id of a ${definitionOf(schema, owner.get(item.id))} in data/${owner.get(item.id)}.json`);
      else owner.set(item.id, file);
    }
  }

  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const people = new Map(dataset.people.map((p) => [p.id, p]));

  for (const file of collections) {
    for (const item of dataset[file]) {
      for (const [path, value] of walk(item)) {
        const field = path.join('.');
        const key = path.at(-1);
        // Dates: real calendar dates only.
        if (typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) && ['date', 'endDate', 'published', 'asOf', 'from', 'to', 'review', 'reportAdopted'].includes(key) && !isRealDate(value)) {
          messages.push(`${where(file, item, field)} ${JSON.stringify(value)} is not a real calendar date`);
        }
        // References to sources.
        if (key === 'sources' && Array.isArray(value)) {
          for (const ref of value) if (!sourceIds.has(ref)) messages.push(`${where(file, item, field)} refers to unknown source ${JSON.stringify(ref)}`);
        }
        // Our own words in two languages: identical text means one language is missing.
        if (PROSE_FIELDS.has(key) && value && typeof value === 'object' && typeof value.vi === 'string' && value.vi.trim() === value.en?.trim() && !(file === 'people')) {
          messages.push(`${where(file, item, field)} has the same text in Vietnamese and English; one language is missing`);
        }
      }
    }
  }

  // Conflicts: every side names its sources, which are the item's own, and no source is on two sides.
  for (const file of collections) {
    for (const item of dataset[file]) {
      if (!item.conflict) continue;
      const own = new Set(item.sources ?? []);
      const sideOf = new Map();
      item.conflict.sides.forEach((side, i) => {
        const same = item.conflict.sides.findIndex((other) => other.says.en === side.says.en || other.says.vi === side.says.vi);
        if (same < i) messages.push(`${where(file, item, `conflict.sides.${i}.says`)} says what side ${same} says; sides of a conflict disagree`);
        for (const ref of side.sources) {
          if (!own.has(ref)) messages.push(`${where(file, item, `conflict.sides.${i}.sources`)} cites ${JSON.stringify(ref)}, which is not among the item's sources`);
          if (sideOf.has(ref)) messages.push(`${where(file, item, `conflict.sides.${i}.sources`)} cites ${JSON.stringify(ref)}, which is already on side ${sideOf.get(ref)}; a source says one thing`);
          else sideOf.set(ref, i);
        }
      });
    }
  }

  // Percentages: a share with counts equals them at the precision it is written to, unless it is the source's own
  // figure (then it must not, or the flag is wrong); "at least" and "more than" are bounds, not equalities, and
  // "nearly" is the rounded figure approached from below.
  for (const fact of dataset.facts) {
    const value = fact.value;
    if (!('number' in value)) continue;
    if (value.counts && !value.percent) messages.push(`${where('facts', fact, 'value.counts')} is only for a percentage`);
    if (value.sourceFigure && !value.counts) messages.push(`${where('facts', fact, 'value.sourceFigure')} needs the counts the figure departs from`);
    if (!value.percent || !value.counts) continue;
    const { part, whole } = value.counts;
    if (part > whole) {
      messages.push(`${where('facts', fact, 'value.counts')} has a part (${part}) larger than the whole (${whole})`);
      continue;
    }
    const places = decimals(value.number);
    const worked = Number(((part / whole) * 100).toFixed(places));
    // "nearly": the figure rounded, from below (241 of 291 is 82.8%, "nearly 83%")
    const holds =
      value.qualifier === 'at-least' ? worked >= value.number
      : value.qualifier === 'more-than' ? worked > value.number
      : value.qualifier === 'nearly' ? worked === value.number && (part / whole) * 100 < value.number
      : worked === value.number;
    if (value.sourceFigure && holds) {
      messages.push(`${where('facts', fact, 'value.sourceFigure')} is set, but ${part}/${whole} gives ${worked}%, the figure as written; drop the flag`);
    } else if (!value.sourceFigure && !holds) {
      messages.push(`${where('facts', fact, 'value.number')} is ${value.number}% but ${part}/${whole} is ${worked}% at that precision; correct it, or mark it "sourceFigure" if the source states it so`);
    }
  }

  // Claimants: whose figure it is, wherever it can only be one party's. A fact, event or cycle whose sources are
  // all government material; a percentage stated as the source gives it; and a share or a recommendation count
  // that rests on no UN document, UN release or database (Viet Nam's announced acceptances, the Foreign
  // Ministry's count) must each say whose it is.
  const sourceKind = new Map(dataset.sources.map((s) => [s.id, s.kind]));
  const ofRecord = (refs) => (refs ?? []).some((ref) => ['un-document', 'un-release', 'database'].includes(sourceKind.get(ref)));
  for (const file of ['facts', 'events', 'cycles']) {
    for (const item of dataset[file]) {
      if (item.claimant) continue;
      if (item.sources.every((ref) => sourceKind.get(ref) === 'government')) messages.push(`${where(file, item, 'claimant')} is missing: every source is government material, so the item must say whose statement it is`);
    }
  }
  for (const fact of dataset.facts) {
    if (fact.claimant || fact.derived || !fact.value.percent) continue;
    if (fact.value.sourceFigure) messages.push(`${where('facts', fact, 'claimant')} is missing: a percentage marked "sourceFigure" is someone's own figure`);
    else if (!ofRecord(fact.sources)) messages.push(`${where('facts', fact, 'claimant')} is missing: the percentage rests on no UN document, UN release or database`);
  }
  for (const cycle of dataset.cycles) {
    for (const key of ['received', 'accepted']) {
      const count = cycle.recommendations[key];
      if (count.derived || count.claimant || cycle.claimant || ofRecord(count.sources)) continue;
      messages.push(`${where('cycles', cycle, `recommendations.${key}.claimant`)} is missing: the count rests on no UN document, UN release or database`);
    }
  }

  // Outlets: an outlet that names itself in Vietnamese has an English name for English pages, and it differs.
  const vietnameseLetters = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
  for (const source of dataset.sources) {
    if (source.outletEnglish && source.outletEnglish === source.outlet) messages.push(`${where('sources', source, 'outletEnglish')} repeats the outlet; it is only for an outlet that names itself in Vietnamese`);
    if (!source.outletEnglish && source.language === 'vi' && vietnameseLetters.test(source.outlet)) {
      messages.push(`${where('sources', source, 'outletEnglish')} is missing: ${JSON.stringify(source.outlet)} names itself in Vietnamese, and English pages need its English name`);
    }
  }

  const events = new Map(dataset.events.map((e) => [e.id, e]));
  for (const event of dataset.events) {
    if (event.endDate && bound(event.endDate, true) < bound(event.date, false)) messages.push(`${where('events', event, 'endDate')} is before the date`);
    if (event.after) {
      const earlier = events.get(event.after);
      if (!earlier) messages.push(`${where('events', event, 'after')} refers to unknown event ${JSON.stringify(event.after)}`);
      // "after" only orders within the event's own date: 2024 after 2024-05-07, never 2023 after 2024-05-07.
      else if (bound(earlier.date, false) < bound(event.date, false) || bound(earlier.date, false) > bound(event.endDate ?? event.date, true)) {
        messages.push(`${where('events', event, 'after')} ${JSON.stringify(event.after)} (${earlier.date}) does not fall within ${event.date}`);
      }
    }
  }
  for (const person of dataset.people) {
    person.roles.forEach((role, i) => {
      if (role.from && role.to && bound(role.to, true) < bound(role.from, false)) messages.push(`${where('people', person, `roles.${i}.to`)} is before roles.${i}.from`);
    });
  }
  for (const quote of dataset.quotes) {
    if (!sourceIds.has(quote.source)) messages.push(`${where('quotes', quote, 'source')} refers to unknown source ${JSON.stringify(quote.source)}`);
    const person = people.get(quote.speaker);
    if (!person) {
      messages.push(`${where('quotes', quote, 'speaker')} refers to unknown person ${JSON.stringify(quote.speaker)}`);
      continue;
    }
    const roles = rolesAt(person, quote.date);
    if (roles.length !== 1) {
      messages.push(`${where('quotes', quote, 'date')} ${person.id} holds ${roles.length} roles on ${quote.date}; exactly one must cover the date of a quote`);
    } else if (!within(quote.date, roles[0])) {
      // "2022" overlaps a role held on 28 September 2022 but does not lie within it: the date must be as precise as the role.
      messages.push(`${where('quotes', quote, 'date')} ${quote.date} does not lie within ${person.id}'s role "${roles[0].title.en}" (${roles[0].from ?? '…'} to ${roles[0].to ?? '…'}); date the quote as precisely as the role, or widen the role with a source`);
    }
    const source = dataset.sources.find((s) => s.id === quote.source);
    if (source && source.language !== quote.language) {
      messages.push(`${where('quotes', quote, 'language')} is ${quote.language} but its source is in ${source.language}`);
    }
    // [sic]: each passage stands in the text exactly as written, and only a direct quote has a speaker's words to keep.
    (quote.sic ?? []).forEach((passage, i) => {
      if (quote.kind !== 'direct') messages.push(`${where('quotes', quote, `sic.${i}`)} marks [sic] in a paraphrase, which is in our own words; only a direct quote keeps a speaker's error`);
      else if (!quote.text.includes(passage)) messages.push(`${where('quotes', quote, `sic.${i}`)} ${JSON.stringify(passage)} does not occur in the quote's text exactly as written`);
    });
    (quote.dateSources ?? []).forEach((ref, i) => {
      if (!sourceIds.has(ref)) messages.push(`${where('quotes', quote, `dateSources.${i}`)} refers to unknown source ${JSON.stringify(ref)}`);
      else if (ref === quote.source) messages.push(`${where('quotes', quote, `dateSources.${i}`)} is the quote's own source; dateSources name the sources that give the date when it does not`);
    });
  }
  for (const cycle of dataset.cycles) {
    const { received, accepted, noted } = cycle.recommendations;
    if (accepted.count > received.count) messages.push(`${where('cycles', cycle, 'recommendations.accepted.count')} is more than received`);
    if (noted.derived && noted.count !== received.count - accepted.count) {
      messages.push(`${where('cycles', cycle, 'recommendations.noted.count')} is marked derived but is not received minus accepted (${received.count - accepted.count})`);
    }
    for (const key of ['received', 'accepted', 'noted']) {
      const count = cycle.recommendations[key];
      if (!count.derived && !count.sources) messages.push(`${where('cycles', cycle, `recommendations.${key}`)} needs sources, or "derived": true`);
      if (count.derived && count.sources) messages.push(`${where('cycles', cycle, `recommendations.${key}`)} is derived and cannot also cite a source for the number`);
    }
    if (cycle.id !== `cycle-${cycle.number}`) messages.push(`${where('cycles', cycle, 'id')} should be "cycle-${cycle.number}"`);
  }
  return messages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = validateDataset(loadDataset());
  if (messages.length) {
    console.error(`The dataset has ${messages.length} problem(s):\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
  const dataset = loadDataset();
  console.log(`data: valid (${Object.entries(dataset).map(([k, v]) => `${v.length} ${k}`).join(', ')})`);
}
