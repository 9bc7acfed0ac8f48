/**
 * The widgets of the hardening pages, made from the specs' examples: those marked `hardening` (the variants whose
 * layout differs most), written as an editor writes them, in both languages and both themes by turns.
 */
import type { Locale } from '../../src/internal/i18n.js';
import type { WidgetExample } from '../../src/internal/widget-spec.js';
import { hardened, type HardenedSpec } from './tools.js';

/**
 * The ES module build (in the loader test group, web-test-runner.config.mjs, the on-demand loader instead: its page
 * sets `__uprHardeningModule`), the classic build, and the script that records what a page reports (first on each
 * page).
 */
export const MODULE = (globalThis as { __uprHardeningModule?: string }).__uprHardeningModule ?? '/dist/upr-widgets.js';
export const CLASSIC = '/dist/upr-widgets.iife.js';
export const RECORDER = '/tests/hardening/pages/recorder.ts';

export type Theme = 'light' | 'dark';

/** One example of one widget, in a language and a theme. */
export interface Placement {
  spec: HardenedSpec;
  example: WidgetExample;
  lang: Locale;
  theme: Theme;
}

/** A widget as written in a page, as data: what `html()` writes, and what the CSP pages' own script builds. */
export interface Written {
  tag: string;
  /** Its attributes, with `theme="dark"`, and `lang` where it is not the page's. */
  attributes: Record<string, string>;
  /** For a widget set inside a sentence: the paragraph around it (its `lang` where it is not the page's). */
  sentence?: { before: string; words: string; after: string; lang?: Locale };
  /** The editor's own content inside it, for browsers without the script: a paragraph. */
  fallback?: string;
}

/** Languages and themes in turn: English light, Vietnamese dark, Vietnamese light, English dark. */
const TURNS: readonly (readonly [Locale, Theme])[] = [
  ['en', 'light'],
  ['vi', 'dark'],
  ['vi', 'light'],
  ['en', 'dark'],
];

export const hardeningExamples = (spec: HardenedSpec) => spec.examples.filter((e) => e.hardening);

/** Every widget's hardening examples, the k-th of a widget in the k-th turn of language and theme. */
export function byTurns(): Placement[] {
  return hardened.flatMap((spec) =>
    hardeningExamples(spec).map((example, k) => ({ spec, example, lang: TURNS[k % TURNS.length][0], theme: TURNS[k % TURNS.length][1] })),
  );
}

/** Every widget's hardening examples in `lang`, each in the light and the dark theme. */
export function inBothThemes(lang: Locale = 'en'): Placement[] {
  return hardened.flatMap((spec) => hardeningExamples(spec).flatMap((example) => (['light', 'dark'] as const).map((theme) => ({ spec, example, lang, theme }))));
}

/** One of each widget: its first hardening example, in `lang` and the light theme. */
export function oneOfEach(lang: Locale = 'en'): Placement[] {
  return hardened.map((spec) => ({ spec, example: hardeningExamples(spec)[0], lang, theme: 'light' }));
}

/** A placement as written on a page in `pageLang`, with the editor's fallback content where asked for. */
export function written({ spec, example, lang, theme }: Placement, { pageLang = 'en' as Locale, fallback = undefined as string | undefined } = {}): Written {
  const attributes: Record<string, string> = { ...(example.byLanguage?.[lang] ?? example.attributes) };
  if (theme === 'dark') attributes.theme = 'dark';
  const own = lang === pageLang ? undefined : lang;
  if (example.sentence) {
    const [before, words, after] = example.sentence[lang];
    return { tag: spec.tag, attributes, sentence: { before, words, after, lang: own } };
  }
  if (own) attributes.lang = own;
  return { tag: spec.tag, attributes, fallback };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/**
 * The widget as HTML. A widget set in a sentence is its paragraph (with `paragraphClass`); `twin` adds the same
 * paragraph with the words in an element nobody defines, for a layout to compare with.
 */
export function html(w: Written, { paragraphClass = '', twin = false } = {}): string {
  const attributes = Object.entries(w.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  if (!w.sentence) return `<${w.tag}${attributes}>${w.fallback ? `<p>${escapeText(w.fallback)}</p>` : ''}</${w.tag}>`;
  const { before, words, after, lang } = w.sentence;
  const paragraph = (cls: string, inside: string) =>
    `<p${cls ? ` class="${cls}"` : ''}${lang ? ` lang="${lang}"` : ''}>${escapeText(before)}${inside}${escapeText(after)}</p>`;
  const element = paragraph(paragraphClass, `<${w.tag}${attributes}>${escapeText(words)}</${w.tag}>`);
  return twin ? `${element}\n${paragraph(`${paragraphClass} twin`.trim(), `<x-words>${escapeText(words)}</x-words>`)}` : element;
}

/** How many widgets of each tag a list of placements puts on a page. */
export function countByTag(placements: readonly Placement[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { spec } of placements) counts.set(spec.tag, (counts.get(spec.tag) ?? 0) + 1);
  return counts;
}
