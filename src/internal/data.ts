/**
 * Typed access to the bundled dataset (data/*.json, validated at build time by
 * scripts/validate-data.mjs against data/schema.json). Widgets read the data
 * only through this module.
 *
 * The types describe the dataset as it ships: the builds leave out the fields no
 * widget reads (LEFT_OUT in scripts/ship-data.mjs: a source's description, seed
 * and via, a role's sources), so reading one fails to compile. To use one, take
 * it off that list and add it here.
 */
import cyclesJson from '../../data/cycles.json' with { type: 'json' };
import eventsJson from '../../data/events.json' with { type: 'json' };
import factsJson from '../../data/facts.json' with { type: 'json' };
import glossaryJson from '../../data/glossary.json' with { type: 'json' };
import peopleJson from '../../data/people.json' with { type: 'json' };
import quotesJson from '../../data/quotes.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import type { Locale } from './i18n.js';

/** Text in both languages. */
export type Localized = Readonly<Record<Locale, string>>;
/** An ISO calendar date at the precision known: "2009", "2009-05" or "2009-05-08". */
export type IsoDate = string;

export interface Source {
  readonly id: string;
  readonly kind: 'news' | 'un-document' | 'un-release' | 'government' | 'database';
  /** The outlet or body, as it names itself. */
  readonly outlet: string;
  /** The headline or document title as published, when the material states it. */
  readonly title?: string;
  readonly language: Locale;
  /** Absent only for a continuously updated database. */
  readonly published?: IsoDate;
  readonly url?: string;
  /** A UN document symbol such as "A/HRC/12/11". */
  readonly reference?: string;
}

export interface Role {
  readonly title: Localized;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export interface Person {
  readonly id: string;
  readonly name: Localized;
  readonly roles: readonly Role[];
}

export type EventKind =
  | 'mechanism'
  | 'review'
  | 'adoption'
  | 'report'
  | 'plan'
  | 'election'
  | 'membership'
  | 'session'
  | 'workshop'
  | 'candidacy'
  | 'resolution';

export type CycleNumber = 1 | 2 | 3 | 4;

export interface Figure {
  readonly value: number;
  readonly label: Localized;
}

export interface TimelineEvent {
  readonly id: string;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  /** An event this one is known to follow, for ordering when this date is less precise. */
  readonly after?: string;
  readonly kind: EventKind;
  readonly cycle?: CycleNumber;
  readonly title: Localized;
  readonly summary: Localized;
  readonly figures?: readonly Figure[];
  readonly sources: readonly string[];
  /** Where sources disagree, said in both languages. */
  readonly conflict?: Localized;
}

export interface NumberValue {
  readonly number: number;
  readonly unit?: Localized;
  readonly percent?: true;
  readonly qualifier?: 'at-least' | 'more-than' | 'about';
}

export interface TextValue {
  readonly text: Localized;
}

export interface Fact {
  readonly id: string;
  readonly value: NumberValue | TextValue;
  readonly label: Localized;
  readonly context: Localized;
  readonly asOf: IsoDate;
  readonly sources: readonly string[];
  /** Worked out from other figures (for example received minus accepted); no source states it. */
  readonly derived?: true;
  readonly conflict?: Localized;
}

export interface Quote {
  readonly id: string;
  /** `direct`: the speaker's words, verbatim. `paraphrase`: reported speech, never shown in quotation marks. */
  readonly kind: 'direct' | 'paraphrase';
  readonly speaker: string;
  /** The language of `text`; `translation` is in the other language. */
  readonly language: Locale;
  readonly text: string;
  readonly translation: string;
  readonly date: IsoDate;
  readonly occasion: Localized;
  readonly source: string;
}

export interface GlossaryTerm {
  readonly id: string;
  readonly term: Localized;
  readonly abbreviation?: Partial<Localized>;
  readonly definition: Localized;
  readonly sources: readonly string[];
}

export interface RecommendationCount {
  readonly count: number;
  readonly fromStates?: number;
  readonly derived?: true;
  readonly sources?: readonly string[];
}

export interface Cycle {
  readonly id: string;
  readonly number: CycleNumber;
  readonly years: { readonly from: number; readonly to: number };
  readonly review: IsoDate;
  readonly workingGroup: { readonly session: number; readonly from: IsoDate; readonly to: IsoDate; readonly reportAdopted?: IsoDate };
  readonly adoption: { readonly date: IsoDate; readonly councilSession: number };
  readonly recommendations: {
    readonly received: RecommendationCount;
    readonly accepted: RecommendationCount;
    readonly noted: RecommendationCount;
  };
  readonly countingMethod: Localized;
  readonly alternativeCount?: {
    readonly received: number;
    readonly accepted: number;
    readonly method: Localized;
    readonly sources: readonly string[];
  };
  readonly conflict?: Localized;
  readonly sources: readonly string[];
}

export interface Dataset {
  readonly sources: readonly Source[];
  readonly people: readonly Person[];
  readonly events: readonly TimelineEvent[];
  readonly facts: readonly Fact[];
  readonly quotes: readonly Quote[];
  readonly glossary: readonly GlossaryTerm[];
  readonly cycles: readonly Cycle[];
}

/** The whole dataset. JSON imports are typed loosely; the schema check at build time makes these casts true. */
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

const indexes = new Map<Collection, ReadonlyMap<string, unknown>>();

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
  return (dataset[collection] as readonly { id: string }[]).map((item) => item.id);
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
