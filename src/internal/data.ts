/**
 * Typed access to the bundled dataset (data/*.json, validated at build time by
 * scripts/validate-data.mjs against data/schema.json). Widgets read the data
 * only through this module.
 *
 * The types are generated from data/schema.json into ./data.types.ts (`npm run
 * data:types`; data/README.md). Here they describe the dataset as it ships: the
 * builds leave out the fields no widget reads (LEFT_OUT in scripts/ship-data.mjs:
 * a source's description, seed and via, a role's sources), so reading one fails
 * to compile. To use one, take it off that list and out of the `Omit` below
 * (tests/data/shipped-data.test.mjs checks that the two agree).
 */
import cyclesJson from '../../data/cycles.json' with { type: 'json' };
import eventsJson from '../../data/events.json' with { type: 'json' };
import factsJson from '../../data/facts.json' with { type: 'json' };
import glossaryJson from '../../data/glossary.json' with { type: 'json' };
import peopleJson from '../../data/people.json' with { type: 'json' };
import quotesJson from '../../data/quotes.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
// Data.X: an item as data/*.json holds it.
import type * as Data from './data.types.js';
import type { Cycle, Fact, GlossaryTerm, IsoDate, Quote, TimelineEvent } from './data.types.js';

export type {
  Claimant,
  Conflict,
  ConflictSide,
  Cycle,
  CycleNumber,
  EventKind,
  Fact,
  Figure,
  GlossaryTerm,
  IsoDate,
  Localized,
  NumberValue,
  Quote,
  RecommendationCount,
  TextValue,
  TimelineEvent,
} from './data.types.js';
export type Source = Omit<Data.Source, 'description' | 'seed' | 'via'>;
export type Role = Omit<Data.Role, 'sources'>;
export interface Person extends Omit<Data.Person, 'roles'> {
  readonly roles: readonly Role[];
}

/** The dataset as the widgets ship it: one array per collection (the properties of data/schema.json). */
export interface Dataset extends Omit<Data.Dataset, 'sources' | 'people'> {
  readonly sources: readonly Source[];
  readonly people: readonly Person[];
}

/**
 * The dataset the widgets read. The one-file bundles, the npm modules and the prerenderer import every collection
 * whole. The on-demand loader's build (rollup.config.mjs, `loaderBuild`) resolves these JSON imports to empty
 * collections instead, and fills them with `addData` from the data chunks the page's widgets ask for: one item,
 * or one collection, in one language, with what it refers to (scripts/data-chunks.mjs).
 */
export const dataset: Dataset = {
  sources: sourcesJson as unknown as Source[],
  people: peopleJson as unknown as Person[],
  events: eventsJson as unknown as TimelineEvent[],
  facts: factsJson as unknown as Fact[],
  quotes: quotesJson as unknown as Quote[],
  glossary: glossaryJson as unknown as GlossaryTerm[],
  cycles: cyclesJson as unknown as Cycle[],
};

export type Collection = keyof Dataset;
type ItemOf<C extends Collection> = Dataset[C][number];

/**
 * A data chunk: items of any collections, each with its position in the whole collection (so that the collections
 * keep the dataset's order whatever order the chunks arrive in). An item may carry one language of its texts.
 */
export type DataChunk = { readonly [C in Collection]?: readonly (readonly [number, ItemOf<C>])[] };

const indexes = new Map<Collection, ReadonlyMap<string, unknown>>();

/** Each collection as positions, filled by addData (sparse in the loader's build). */
const slots = new Map<Collection, unknown[]>();

/** Every id of a collection, when the loader knows them before their items arrive (useCollectionIds). */
const knownIds = new Map<Collection, readonly string[]>();

/** Plain objects (not arrays) in a chunk's JSON. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The same item as two chunks give it, each with one language of its texts: both languages, in the object that was
 * there first (an item keeps its identity, as in the other builds).
 */
function merged(into: unknown, from: unknown): unknown {
  if (Array.isArray(into) && Array.isArray(from)) {
    from.forEach((entry, i) => (into[i] = i in into ? merged(into[i], entry) : entry));
    return into;
  }
  if (isRecord(into) && isRecord(from)) {
    for (const [key, value] of Object.entries(from)) into[key] = key in into ? merged(into[key], value) : value;
    return into;
  }
  return from;
}

/** Adds the items of a data chunk to the dataset (an item already there gains the chunk's languages). */
export function addData(chunk: DataChunk): void {
  for (const [collection, entries] of Object.entries(chunk) as [Collection, readonly (readonly [number, unknown])[]][]) {
    let positions = slots.get(collection);
    if (!positions) {
      positions = [...dataset[collection]];
      slots.set(collection, positions);
    }
    for (const [position, item] of entries) {
      positions[position] = positions[position] === undefined ? item : merged(positions[position], item);
    }
    (dataset as Record<Collection, unknown[]>)[collection] = positions.filter((item) => item !== undefined);
    indexes.delete(collection);
    if (collection === 'events') sortedEvents = undefined;
  }
}

/** Tells the dataset every id of a collection before its items are loaded, for the warnings about unknown ids. */
export function useCollectionIds(collection: Collection, ids: readonly string[]): void {
  knownIds.set(collection, ids);
}

/** Looks an item up by its exact id (ids are case-sensitive, as editors type them). */
export function byId<C extends Collection>(collection: C, id: string | null | undefined): ItemOf<C> | undefined {
  if (!id) return undefined;
  let index = indexes.get(collection);
  if (!index) {
    index = new Map((dataset[collection] as readonly { id: string }[]).map((item) => [item.id, item]));
    indexes.set(collection, index);
  }
  return index.get(id) as ItemOf<C> | undefined;
}

/** Every id of a collection, for validation messages and editor tools. */
export function idsOf(collection: Collection): string[] {
  return [...(knownIds.get(collection) ?? (dataset[collection] as readonly { id: string }[]).map((item) => item.id))];
}

/** The earliest day a date of any precision may mean, for ordering ("2009" sorts as 2009-01-01). */
export function startOf(date: IsoDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

let sortedEvents: readonly TimelineEvent[] | undefined;

/**
 * Orders ISO dates and ids (ASCII) by their characters. Not `localeCompare`, whose first call starts the
 * engine's ICU collator: about 10 ms of a page's first render in the benchmark's profile.
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Timeline events in date order. An event known only to the month or year sorts at the start of that period,
 * unless its sources say which event it followed (`after`): then it sorts right after that one.
 */
export function eventsInOrder(): readonly TimelineEvent[] {
  const key = (event: TimelineEvent): [string, number] => {
    const earlier = event.after ? byId('events', event.after) : undefined;
    return earlier ? [startOf(earlier.date), 1] : [startOf(event.date), 0];
  };
  sortedEvents ??= [...dataset.events].sort((a, b) => {
    const [[dateA, afterA], [dateB, afterB]] = [key(a), key(b)];
    return compareCodeUnits(dateA, dateB) || afterA - afterB || a.date.length - b.date.length || compareCodeUnits(a.id, b.id);
  });
  return sortedEvents;
}

/** The sources an item cites, in the order it cites them. */
export function sourcesOf(ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const source = byId('sources', id);
    return source ? [source] : [];
  });
}

/** The role a person held on a date (the validator guarantees exactly one for every quote). */
export function roleAt(person: Person, date: IsoDate): Role | undefined {
  // Dates of month or year precision are ranges: the role must overlap the range.
  const [first, last] = [startOf(date), endOf(date)];
  return person.roles.find(
    (role) => (!role.from || startOf(role.from) <= last) && (!role.to || endOf(role.to) >= first),
  );
}

/** The last day a date of any precision may mean. */
export function endOf(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}
