// Generated from data/schema.json by scripts/data-types.mjs (npm run data:types): do not edit by hand.
// The dataset as data/*.json holds it. Widgets import the types from ./data.js, which leaves out what the
// builds do not ship (LEFT_OUT in scripts/ship-data.mjs).

/**
 * Stable kebab-case slug; editors type it into articles, so it never changes once published.
 */
export type Id = string;
export type Text = string;
export type Language = 'vi' | 'en';
/**
 * An ISO 8601 calendar date at the precision known: "2009", "2009-05" or "2009-05-08" (YYYY, YYYY-MM or YYYY-MM-DD).
 */
export type IsoDate = string;
/**
 * @minItems 1
 */
export type SourceRefs = readonly Id[];
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
/**
 * Whose figure or statement it is, when it comes from one party (a government, a ministry, a state outlet, a UN agency speaking of its own work) rather than from a document of record, in both languages: "the Government of Viet Nam" / "Chính phủ Việt Nam". The widgets show it as "According to …" / "Theo …".
 */
export type Claimant = Localized;

/**
 * The whole dataset, as dist/data/upr-data.json exports it: one array per data file (data/<name>.json), in this order. These properties are the one list of the collections: the scripts loop over them, and the TypeScript types are generated from data/schema.json (scripts/data-types.mjs). Rules across files (references, unique ids, real calendar dates, derived numbers) are checked by scripts/validate-data.mjs.
 */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly people: readonly Person[];
  readonly events: readonly TimelineEvent[];
  readonly facts: readonly Fact[];
  readonly quotes: readonly Quote[];
  readonly glossary: readonly GlossaryTerm[];
  readonly cycles: readonly Cycle[];
}
export interface Source {
  readonly id: Id;
  readonly kind: 'news' | 'un-document' | 'un-release' | 'government' | 'database';
  /**
   * The outlet or body, as it names itself.
   */
  readonly outlet: Text;
  /**
   * The outlet's name in English, for an outlet that names itself in Vietnamese: its own English name where it uses one, otherwise a plain English rendering ("Lao Cai newspaper"). English pages give it with the original in brackets ("Ministry of Public Security (Bộ Công an)").
   */
  readonly outletEnglish?: Text;
  /**
   * The headline or document title as published, when the material states it.
   */
  readonly title?: Text;
  /**
   * What the source is, in our words, for the journalists' export.
   */
  readonly description: Localized;
  readonly language: Language;
  /**
   * Absent only for a continuously updated database or reference page (kind "database"), which has no single publication date.
   */
  readonly published?: IsoDate;
  readonly url?: string;
  /**
   * A UN document symbol such as "A/HRC/12/11".
   */
  readonly reference?: Text;
  readonly via?: Text;
  readonly seed?: string;
}
/**
 * Text in both languages.
 */
export interface Localized {
  readonly vi: Text;
  readonly en: Text;
}
export interface Person {
  readonly id: Id;
  readonly name: Localized;
  /**
   * @minItems 1
   */
  readonly roles: readonly Role[];
}
export interface Role {
  readonly title: Localized;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly sources: SourceRefs;
}
export interface TimelineEvent {
  readonly id: Id;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  /**
   * An event this one is known (from its sources) to follow, for ordering when this date is less precise than that one: "2024" after 2024-05-07.
   */
  readonly after?: Id;
  readonly kind: EventKind;
  readonly cycle?: CycleNumber;
  readonly title: Localized;
  readonly summary: Localized;
  readonly figures?: readonly Figure[];
  readonly claimant?: Claimant;
  readonly sources: SourceRefs;
  readonly conflict?: Conflict;
}
export interface Figure {
  readonly value: number;
  readonly label: Localized;
}
/**
 * Where sources disagree: each side, what it says and the sources that say it (at least two sides). The widgets name every side with its sources.
 */
export interface Conflict {
  /**
   * @minItems 2
   */
  readonly sides: readonly ConflictSide[];
  /**
   * What the disagreement is about or how to read it, when the sides alone do not say it.
   */
  readonly note?: Localized;
}
export interface ConflictSide {
  /**
   * What this side gives, as short as a table cell: "122 states", "2017–2022".
   */
  readonly says: Localized;
  /**
   * The sources on this side; each must also be among the item's sources.
   */
  readonly sources: SourceRefs;
}
export interface Fact {
  readonly id: Id;
  readonly value: NumberValue | TextValue;
  readonly label: Localized;
  readonly context: Localized;
  readonly asOf: IsoDate;
  readonly claimant?: Claimant;
  readonly sources: SourceRefs;
  /**
   * Worked out from other figures (for example received minus accepted); no source states it.
   */
  readonly derived?: true;
  readonly conflict?: Conflict;
}
export interface NumberValue {
  readonly number: number;
  readonly unit?: Localized;
  readonly percent?: true;
  readonly qualifier?: 'at-least' | 'more-than' | 'about' | 'nearly';
  /**
   * For a percentage: the counts it is worked out from (`part` of `whole`). The percentage must equal them at the precision it is written to, unless `sourceFigure`.
   */
  readonly counts?: {
    readonly part: number;
    readonly whole: number;
  };
  /**
   * The percentage as the source gives it, which its `counts` do not give at this precision (a figure cut off rather than rounded, say): the widgets label it as the source's figure and give the worked-out one.
   */
  readonly sourceFigure?: true;
}
export interface TextValue {
  readonly text: Localized;
}
export interface Quote {
  readonly id: Id;
  /**
   * `direct`: the speaker's words, verbatim. `paraphrase`: reported speech, never shown in quotation marks.
   */
  readonly kind: 'direct' | 'paraphrase';
  readonly speaker: Id;
  /**
   * The language of `text`; `translation` is in the other language.
   */
  readonly language: Language;
  readonly text: Text;
  readonly translation: Text;
  readonly date: IsoDate;
  readonly occasion: Localized;
  readonly source: Id;
  /**
   * Passages of `text`, each exactly as it stands there, that keep an error of the speaker's: the widgets mark each with [sic] and never change the words.
   *
   * @minItems 1
   */
  readonly sic?: readonly Text[];
  /**
   * Sources that give the date, when the quote's own source does not.
   */
  readonly dateSources?: SourceRefs;
}
export interface GlossaryTerm {
  readonly id: Id;
  readonly term: Localized;
  readonly abbreviation?: {
    readonly vi?: Text;
    readonly en?: Text;
  };
  readonly definition: Localized;
  readonly sources: SourceRefs;
}
export interface Cycle {
  readonly id: Id;
  readonly number: CycleNumber;
  readonly years: {
    readonly from: number;
    readonly to: number;
  };
  readonly review: IsoDate;
  readonly workingGroup: {
    readonly session: number;
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly reportAdopted?: IsoDate;
  };
  readonly adoption: {
    readonly date: IsoDate;
    readonly councilSession: number;
  };
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
    readonly sources: SourceRefs;
  };
  readonly conflict?: Conflict;
  /**
   * Whose record the whole cycle is, when every count and date in it comes from one party; when only some counts do, each of those counts names its own `claimant`.
   */
  readonly claimant?: Claimant;
  readonly sources: SourceRefs;
}
export interface RecommendationCount {
  readonly count: number;
  readonly fromStates?: number;
  readonly derived?: true;
  /**
   * Whose count it is, when it comes from one party (the accepted counts Viet Nam announces at the adoption, the received counts known only from the Foreign Ministry's announcement): the chart says so beside the count. Prefer this to the cycle's `claimant` when the counts of one cycle come from different parties.
   */
  readonly claimant?: Claimant;
  readonly sources?: SourceRefs;
}
