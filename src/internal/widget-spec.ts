/**
 * What a widget's folder says about the widget to everything around the library: the gallery, the builder, the
 * benchmark, the hardening suites and the documentation. Each widget's `spec.ts` exports one `WidgetSpec`; the
 * registry (src/widgets.ts) names the widgets, and `<tag>/spec.ts` is found from the tag.
 *
 * A spec has no runtime imports (types only): the demo pages and the benchmark import its compiled form
 * (dist/esm) in the browser and in Node, where neither Lit nor the dataset's JSON modules can be loaded.
 * Functions in a spec receive what they need as arguments.
 */
import type { byId, Collection, Dataset, endOf, eventsInOrder, idsOf, startOf } from './data.js';
import type { Locale, UiStrings } from './i18n.js';

/** Attributes as written in HTML: name → value, `''` for a boolean attribute that is on. */
export type Attributes = Readonly<Record<string, string>>;

/** One configuration of a widget, as an editor would write it. */
export interface WidgetExample {
  /** A short title ("A direct quote in its own language"). */
  title: string;
  /** One sentence on what it shows and which attributes do it. */
  description: string;
  /** The attributes, the same in both languages. */
  attributes: Attributes;
  /**
   * Attributes per language, replacing `attributes` on that side: a quote "in its own language" needs another
   * quote in Vietnamese than in English.
   */
  byLanguage?: Readonly<Record<Locale, Attributes>>;
  /**
   * For a widget set inside a sentence (`<upr-term>`), per language: the text before the element, the words inside
   * it (the author's own, which it keeps) and the text after.
   */
  sentence?: Readonly<Record<Locale, readonly [before: string, words: string, after: string]>>;
  /** Where it is placed: `wide` takes a whole row of the page, `narrow` a column at most 20rem wide. */
  width?: 'wide' | 'narrow';
  /**
   * One of the variants whose layout differs most: the hardening pages (hostile CSS, the reader's settings,
   * loading, Content Security Policy) show the examples marked so, in both languages and themes by turns.
   */
  hardening?: true;
  /**
   * The README pictures the widget by this example: `en` in English on a light page, `vi` in Vietnamese on a dark
   * one (scripts/readme-screenshots.mjs). Each language is pictured by exactly one example of a widget.
   */
  picture?: readonly Locale[];
}

/** The attribute that names the item a widget shows, and the dataset collection it names it in. */
export interface ItemAttribute {
  attribute: string;
  collection: Collection;
}

export interface WidgetSpec {
  /** What the widget is for, in a sentence or two (the gallery's introduction to it). */
  intro: string;
  /** The item attribute, for widgets that show one item of the dataset (the builder offers a search for it). */
  item?: ItemAttribute;
  /**
   * Example configurations, the first being the default (the builder starts from it). The gallery shows all of
   * them; the benchmark and the hardening pages (those marked `hardening`) use them too.
   */
  examples: readonly WidgetExample[];
  /** Whether the folder has a strings module (`<tag>.strings.ts`), which the hardening checks below are given. */
  strings?: true;
  /** How the bad-input suite tries to break it, and what it must do then (tests/hardening/bad-input.test.ts). */
  badInput: BadInputPlan;
  /** What the host pages check on it (tests/hardening). */
  pageChecks: PageChecks;
}

/** A spec together with the tag it belongs to, as the registry's consumers see it. */
export interface RegisteredSpec extends WidgetSpec {
  tag: string;
}

// ---------------------------------------------------------------------------------------------------------------
// What the hardening suites (tests/hardening) need to know about a widget: its bad-input plan and its page checks.
// They loop over the registry and take everything widget-specific from here; the machinery (the seeded generator,
// the payloads, the host pages, the frames) stays in tests/hardening.
//
// The functions below run in the test browser only. They get the dataset, the strings and the helpers they need as
// arguments (`HardeningTools`), since a spec has no runtime imports. Those that take a widget-specific type
// (an expectation, the widget's strings) are declared as methods, so that a plan written for them is still a
// `BadInputPlan`: the suites only hand a plan what that plan itself produced.

/** What the hardening suites hand a spec's functions: the dataset, strings, and ways of reading a page. */
export interface HardeningTools<S = unknown> {
  dataset: Dataset;
  byId: typeof byId;
  idsOf: typeof idsOf;
  eventsInOrder: typeof eventsInOrder;
  startOf: typeof startOf;
  endOf: typeof endOf;
  /** The strings every widget shares (src/internal/i18n.ts). */
  ui: Readonly<Record<Locale, UiStrings>>;
  /** The widget's own strings (`<tag>.strings.ts`), for a spec with `strings: true`. */
  strings: Readonly<Record<Locale, S>>;
  /** A node's text with white space folded. */
  text(node: Node | null | undefined): string;
  /** The first element of a widget's shadow root with this part, or every one. */
  part(el: Element, name: string): HTMLElement | null;
  parts(el: Element, name: string): HTMLElement[];
  /** A part that must be there (it throws, naming the widget and the part, when it is not). */
  partOf(el: Element, name: string): HTMLElement;
  /** A widget's shadow root (it throws when there is none). */
  shadowOf(el: Element): ShadowRoot;
  /** The first match of a selector in a widget's shadow root, or every one. */
  find<E extends Element = HTMLElement>(el: Element, selector: string): E | null;
  findAll<E extends Element = HTMLElement>(el: Element, selector: string): E[];
  /** Every element of a shadow root, and of the shadow roots inside it. */
  shadowElements(root: ShadowRoot): Element[];
  /** Whether a node takes room on the page (its box has a height). */
  shown(node: Element | null | undefined): boolean;
  /** Whether a reader sees it: a box, `visibility: visible` and an opacity over 0.5. */
  visible(node: Element | null | undefined): boolean;
  /** The classes of a node that start with `prefix` ('theme-'). */
  classes(node: Element | null | undefined, prefix: string): string[];
  /** A computed length in px as a number (0 when it is not one). */
  px(value: string): number;
  /** The language a widget renders in: that of the closest `lang` attribute. */
  localeOf(el: Element): Locale;
  /** `<tag attr="value"> in #column`: the element as written, for messages. */
  describe(el: Element): string;
  /** `[part="x"]` or `tag.class`: a node inside a widget, for messages. */
  describeNode(node: Element): string;
  /** The boxes of a node's text, line by line. */
  textBoxes(node: Element): DOMRect[];
  /** Resolves at the next animation frame of that window. */
  nextFrame(win: Window): Promise<void>;
  /** Polls `condition` every 10 ms for up to `ms` (1000 unless told); resolves whether it came true. */
  until(condition: () => boolean, ms?: number): Promise<boolean>;
  /** Dispatches a keydown of `key` at a node, bubbling out of shadow roots, as a reader's key press reaches it. */
  press(node: Element, key: string): void;
  /** The alpha of an `rgb()` or `rgba()` colour. */
  alpha(color: string): number;
  /** Problems with a border of a node (in forced colours): none, thinner than 1px, or see-through. */
  borderProblems(node: Element | null, side: 'top' | 'left', what: string, pseudo?: string): string[];
}

// --- bad input (tests/hardening/bad-input.test.ts) ---

/** One attribute the generator gives bad values, one case at a time. */
export interface AttributePlan {
  attribute: string;
  /** Valid values the variations (typos, look-alikes, case, white space) start from. */
  bases: readonly string[];
  /** How many single-attribute cases to take. */
  quota: number;
  /** A list: its marker goes at the start, so that it is its first item (the one a warning names). */
  list?: boolean;
}

/** A warning a case must log exactly once: `<tag>: attribute="value" is not valid…`. */
export interface ExpectedWarning {
  attribute: string;
  /** The value as the warning names it: raw, trimmed or a list item, per the attribute's contract. */
  value: string;
}

/** What an element must show for a set of attributes: the widget's own check reads the rest. */
export interface Expectation {
  /** What it shows, in the plan's words ('quote', 'timeline', 'words'…). */
  show: string;
  /** The theme it must be drawn in (`theme-<theme>` on its base part). */
  theme: string;
  /**
   * For a widget that ignores bad attributes: the valid ones. It must look exactly like a reference element
   * given only these (the plan's `view` compares them).
   */
  sameAs?: Attributes;
}

/**
 * The base element's fallback, when the item an id names does not exist: the author's content (`author`) or else
 * the localized "content unavailable" notice (`unavailable`). The suite checks these itself.
 */
export interface FallbackExpectation extends Expectation {
  show: 'author' | 'unavailable';
}

/** One generated case. */
export interface BadInputCase<E extends Expectation = Expectation> {
  /** Its number in the run (1-based), shown in every failure message. */
  n: number;
  widget: string;
  /** What kind of bad input it is, for failure messages. */
  label: string;
  attributes: Attributes;
  /** Text the author wrote inside the element (see `BadInputPlan.authorContentAs`). */
  authorContent?: string;
  warnings: readonly ExpectedWarning[];
  expected: E | FallbackExpectation;
}

/**
 * Reads a set of attributes by the widget's documented contract, collecting the warnings they must cause: what
 * `classify` is given. A bad attribute is left out of `valid()`.
 */
export interface AttributeReader {
  readonly attributes: Attributes;
  /** Whether the author wrote content inside the element. */
  readonly authorContent: boolean;
  has(attribute: string): boolean;
  /** A flag attribute as the widgets read it (flag.ts): present, unless its value is "false". */
  flag(attribute: string): boolean;
  /** Expects a warning naming `value`, unless it is undefined; the attribute is then ignored. Returns whether. */
  bad(attribute: string, value: string | undefined): boolean;
  /** Ignores an attribute without a warning of its own (the other of a pair warned). */
  ignore(attribute: string): void;
  /**
   * An enumerated option read the HTML way, trimmed and in any case: its value, or with a warning naming the raw
   * value, the fallback.
   */
  option(attribute: string, allowed: readonly string[], fallback: string): string;
  /** The `theme` option (light, dark or auto; light by default). */
  theme(): string;
  /** For a widget with an item attribute: whether its id, exact and case-sensitive, names nothing (and warns). */
  unknownItem(): boolean;
  /** The fallback of an element whose item does not exist: the author's content, or the notice. */
  fallback(): FallbackExpectation;
  /** The items of a list value, split at commas, semicolons and white space. */
  items(value: string): string[];
  /** Whether a list item names a UPR cycle: 1 to 4, or I to IV in any case. */
  cycle(item: string): boolean;
  /** The attributes not ignored: what a reference element is given. */
  valid(): Attributes;
}

/** What a plan's combinations are made with: the run's random numbers and its payloads. */
export interface CaseMaker {
  /**
   * Adds a case when the attributes are bad; a warning another case already has is made unique by marking the value
   * (with `mark` false, the case is dropped instead). `authorContent`: '#' becomes the case's number.
   */
  add(label: string, attributes: Record<string, string>, authorContent?: string, mark?: boolean): boolean;
  pick<T>(list: readonly T[]): T;
  /** A payload of the attribute's pool: bad, or for the classification to sort out. */
  value(attribute: string): string;
}

/**
 * A widget's bad-input plan: which attributes get bad values and from which valid contexts, what the documented
 * contract says they must do (`classify`), combinations, and how the fallback is checked on screen.
 */
export interface BadInputPlan<E extends Expectation = Expectation, S = unknown> {
  /** The attributes to vary, one at a time, in this order. */
  attributes(tools: HardeningTools<S>): readonly AttributePlan[];
  /** Valid attributes the k-th single-attribute case of `attribute` starts from (never that attribute). */
  context(attribute: string, k: number, tools: HardeningTools<S>): Record<string, string>;
  /** The author's content for the k-th single-attribute case of `attribute` ('#': the case's number), or none. */
  authorContent(attribute: string, k: number): string | undefined;
  /**
   * How the author's content is written inside the element: a fallback paragraph (the default), or the words of
   * the sentence it is set in, as a text node.
   */
  authorContentAs?: 'paragraph' | 'words';
  /** What the attributes must do: the warnings (through `read`) and what the element shows. */
  classify(read: AttributeReader, tools: HardeningTools<S>): E | FallbackExpectation;
  /** Combinations and conflicting options, after the single-attribute cases. */
  combinations(make: CaseMaker, tools: HardeningTools<S>): void;
  /**
   * Problems with what a case shows, each said in a phrase: `expected` is what `classify` said, never a base
   * fallback (the suite checks those, and that nothing else takes the place of the widget's content).
   */
  check(el: HTMLElement, expected: E, c: BadInputCase<E>, tools: HardeningTools<S>): string[];
  /** What the widget shows, as a string, for plans whose expectations have `sameAs`. */
  view?(el: HTMLElement, tools: HardeningTools<S>): string;
  /** How many of the generated values it must accept (silently) at least: 10 unless told. */
  minimumAccepted?: number;
  /**
   * The contract spelled out: attributes and the warnings they must give, none for values that only look bad
   * (`theme=" DARK "`). The generator must agree; those without a warning are also rendered.
   */
  contract: readonly { attributes: Attributes; warnings: readonly ExpectedWarning[] }[];
}

// --- host pages (tests/hardening: hostile, loading, csp, privacy) ---

/** What a page check knows of the page: its window and, on the privacy page, what was copied to the clipboard. */
export interface PageContext {
  win: Window & typeof globalThis;
  /** The texts written to the clipboard so far, where the page records them (its clipboard then works). */
  copied?: () => readonly string[];
}

/** A popup a widget opens for the reader (a term's definition card). */
export interface Popup {
  /** The part that opens it on a click, and the popup's part. */
  trigger: string;
  part: string;
  /** What it is, for test titles and messages ("definition"). */
  name: string;
  /** Its font size in em of the widget's. */
  fontSize: number;
  /** Opens it as a reader's click does, with the widget in view, and waits until it is placed. */
  open(el: HTMLElement, page: PageContext, tools: HardeningTools): Promise<void>;
  /** Closes it, if it is open. */
  close(el: HTMLElement, page: PageContext, tools: HardeningTools): Promise<void>;
  /**
   * Problems with where it is, once open: just below or above what opened it, where that is (the hostile pages
   * check more: inside the viewport, on top of everything, its text inside it).
   */
  placement(el: HTMLElement, tools: HardeningTools): string[];
}

/** A row that scrolls sideways, with buttons that say whether there is more on either side (Earlier/Later). */
export interface Scroller {
  /** The part that scrolls. */
  row: string;
  /** The two buttons, back and on (a selector in the shadow root). */
  buttons: string;
  /** Whether this element has one (a horizontal timeline). */
  applies(el: Element): boolean;
}

/** What the reader's settings (tests/hardening/hostile.test.ts) ask of a widget. */
export interface ReaderSettings {
  /** In forced colours: borders, markers and underlines that must still be drawn. */
  forcedColors?(el: HTMLElement, page: PageContext, tools: HardeningTools): Promise<string[]>;
  /** The element a reader focuses first: its focus ring must show in forced colours. */
  focusable?(el: HTMLElement, tools: HardeningTools): HTMLElement | null;
  /**
   * Does something a reader does that animates while motion is allowed, and must not once it is reduced; resolves
   * whether there was something to do (a horizontal timeline has no chevrons to turn).
   */
  animate?(el: HTMLElement, page: PageContext, tools: HardeningTools): Promise<boolean>;
  /**
   * Print. `prepare`: what a reader has open before printing (a definition, a tooltip), undone by what it returns;
   * `ready`: whether the print layout has been drawn; `buttons`: the buttons that print as text (a selector), all
   * others must not print; `check`: the widget's own problems on paper.
   */
  print?: {
    prepare?(el: HTMLElement, page: PageContext, tools: HardeningTools): Promise<() => Promise<void>>;
    ready?(el: HTMLElement, tools: HardeningTools): boolean;
    buttons?: string;
    check(el: HTMLElement, tools: HardeningTools): string[];
  };
}

/** The checks the host pages run on a widget, beyond those they run on every one. */
export interface PageChecks<S = unknown> {
  /**
   * Parts a reader must see on a hostile page, for this element's attributes: a part's name, or names separated by
   * spaces for a part inside another ('item-highlighted summary').
   */
  keyParts(el: Element): readonly string[];
  /** The part that holds what a reader came for (not a fallback): on screen once it renders. */
  content(el: Element): string;
  /**
   * For a widget set inside a sentence, whose words are the article's (its light DOM, styled by the paragraph on
   * purpose): the part it draws itself, which alone is compared with the control page. Such a widget is measured
   * against the same words in an element nobody defines, instead of filling its column.
   */
  inline?: { ownPart: string };
  /** Its own layout problems on a hostile page (a chart's labels over each other, bars not to scale). */
  layout?(el: HTMLElement, tools: HardeningTools<S>): string[];
  /** The typographic hierarchy a reader needs, whatever the page's CSS. */
  hierarchy(el: HTMLElement, tools: HardeningTools<S>): string[];
  /** Styles that prove its style sheets apply (under a Content Security Policy). */
  styled?(el: HTMLElement, tools: HardeningTools<S>): string[];
  /** The part of a short line whose text must start at the left edge on a right-to-left page. */
  shortLine?: string;
  /** Its other problems on a right-to-left page (a button that must stay at the left). */
  leftToRight?(el: HTMLElement, tools: HardeningTools<S>): string[];
  /** Links that must stay links a reader can use, whatever the page does to its own (a selector). */
  links?: string;
  popup?: Popup;
  scroller?: Scroller;
  /**
   * What a reader does with it, and whether each thing answered: problems, each naming the widget. (Where a popup
   * opens is its `placement`, which the suites check on pages of a few widgets.)
   */
  use?(el: HTMLElement, page: PageContext, tools: HardeningTools<S>): Promise<string[]>;
  /** The ids of the sources it cites as it is (those `<upr-sources>` must list). */
  cites(el: HTMLElement, tools: HardeningTools<S>): readonly string[];
  /** For the list of the sources a page cites (`<upr-sources>`). */
  sourceList?: {
    /** The ids of the sources it lists, read from what a reader sees, sorted. */
    listed(el: HTMLElement, tools: HardeningTools<S>): string[];
    /** Whether it lists every source of the dataset rather than those the page cites. */
    all(el: Element): boolean;
  };
  /** Problems with what says its language, for the language it must be in. */
  language?(el: HTMLElement, locale: Locale, tools: HardeningTools<S>): string[];
  /** Problems with its layout in a container `width` px wide (an automatic layout follows the width). */
  width?(el: HTMLElement, width: number, tools: HardeningTools<S>): string[];
  /**
   * What the reader does with it before it moves to another container (opens an item, goes to a bar): resolves to
   * the check, after the move, of what it must have kept (or, for a popup, closed).
   */
  moved?(el: HTMLElement, page: PageContext, tools: HardeningTools<S>): Promise<() => Promise<string[]>>;
  /**
   * What else a widget that was hidden must share with the same widget never hidden, beyond its height (a
   * timeline: its layout, where its row is scrolled to, its buttons).
   */
  sameAs?(el: HTMLElement, reference: HTMLElement, tools: HardeningTools<S>): string[];
  readerSettings?: ReaderSettings;
  /**
   * Configurations that together show every item it can show (for a widget with an item attribute, added to each
   * id of its collection): the privacy page has them all.
   */
  everyItem: readonly Attributes[];
}
