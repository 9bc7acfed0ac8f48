/**
 * What a widget's folder says about the widget to everything around the library: the gallery, the builder, the
 * benchmark, the hardening suites and the documentation. Each widget's `spec.ts` exports one `WidgetSpec`; the
 * registry (src/widgets.ts) names the widgets, and `<tag>/spec.ts` is found from the tag.
 *
 * A spec has no runtime imports (types only): the demo pages and the benchmark import its compiled form
 * (dist/esm) in the browser and in Node, where neither Lit nor the dataset's JSON modules can be loaded.
 * Functions in a spec receive what they need as arguments.
 */
import type { Collection } from './data.js';
import type { Locale } from './i18n.js';

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
   * them; the benchmark, the CSP pages and the hostile pages use them too.
   */
  examples: readonly WidgetExample[];
}

/** A spec together with the tag it belongs to, as the registry's consumers see it. */
export interface RegisteredSpec extends WidgetSpec {
  tag: string;
}
