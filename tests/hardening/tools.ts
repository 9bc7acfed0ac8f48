/**
 * The registry's widgets as the hardening suites see them: each spec (src/<tag>/spec.ts) with its bad-input plan,
 * its page checks, and the tools those are given (the dataset, the strings, ways of reading a page), since a spec
 * has no runtime imports of its own.
 */
import { byId, dataset, endOf, eventsInOrder, idsOf, startOf } from '../../src/internal/data.js';
import { strings, type Locale } from '../../src/internal/i18n.js';
import type { HardeningTools, PageContext, RegisteredSpec } from '../../src/internal/widget-spec.js';
import { nextFrame } from '../helpers/frame.js';
import { normalize, part, parts } from '../helpers/shadow.js';
import { specs } from '../helpers/specs.js';

export interface HardenedSpec extends RegisteredSpec {
  tools: HardeningTools;
}

export const px = (value: string) => parseFloat(value) || 0;

/** The alpha of an `rgb()`/`rgba()` colour. */
export const alpha = (color: string) => (color.startsWith('rgba') ? Number(color.match(/[\d.]+/g)![3]) : 1);

/** `<upr-fact-card fact="x"> in #narrow`: the element as written (long values shortened), for messages. */
export function describeWidget(el: Element): string {
  const value = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${value(a.value)}"`).join('');
  const column = el.parentElement?.closest('[id]')?.id;
  return `<${el.localName}${attrs}>${column ? ` in #${column}` : ''}`;
}

export function describeNode(node: Element): string {
  const name = node.getAttribute('part');
  if (name) return `[part="${name}"]`;
  const cls = node.getAttribute('class');
  return `${node.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
}

/** Whether a reader sees it: a box, `visibility: visible` and an opacity over 0.5. */
export function visible(node: Element | null | undefined): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  const s = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && s.visibility === 'visible' && Number(s.opacity) > 0.5;
}

/** Whether a node takes room on the page. */
export function shown(node: Element | null | undefined): boolean {
  return !!node && node.getBoundingClientRect().height > 0;
}

/** Every element of a shadow root and of the shadow roots inside it. */
export function shadowElements(root: ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? shadowElements(el.shadowRoot) : [])]);
}

/** The language a widget renders in: that of the closest `lang`. */
export function localeOf(el: Element): Locale {
  return el.closest('[lang]')?.getAttribute('lang') === 'vi' ? 'vi' : 'en';
}

function textBoxes(node: Element): DOMRect[] {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
}

async function until(condition: () => boolean, ms = 1000): Promise<boolean> {
  for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() - start > ms) return false;
  }
  return true;
}

function borderProblems(node: Element | null, side: 'top' | 'left', what: string, pseudo?: string): string[] {
  const s = node && getComputedStyle(node, pseudo);
  const color = s?.getPropertyValue(`border-${side}-color`) ?? '';
  if (!s || s.getPropertyValue(`border-${side}-style`) === 'none' || px(s.getPropertyValue(`border-${side}-width`)) < 1) {
    return [`${what} has no ${side} border`];
  }
  return alpha(color) < 0.5 ? [`${what}: its border is see-through (${color})`] : [];
}

/** A widget's own strings module (`<tag>.strings.ts`): its one exported table, by language. */
async function ownStrings(spec: RegisteredSpec): Promise<Readonly<Record<Locale, unknown>>> {
  if (!spec.strings) return { en: {}, vi: {} };
  const module = (await import(`../../src/${spec.tag}/${spec.tag}.strings.ts`)) as Record<string, unknown>;
  const tables = Object.values(module).filter((value) => typeof value === 'object');
  if (tables.length !== 1) throw new Error(`src/${spec.tag}/${spec.tag}.strings.ts exports ${tables.length} tables, not one`);
  return tables[0] as Readonly<Record<Locale, unknown>>;
}

async function harden(spec: RegisteredSpec): Promise<HardenedSpec> {
  const tools: HardeningTools = {
    dataset,
    byId,
    idsOf,
    eventsInOrder,
    startOf,
    endOf,
    ui: strings,
    strings: await ownStrings(spec),
    text: (node) => normalize(node?.textContent),
    part,
    parts,
    partOf(el, name) {
      const found = tools.shadowOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);
      if (!found) throw new Error(`${describeWidget(el)} has no [part~="${name}"]`);
      return found;
    },
    shadowOf(el) {
      if (!el.shadowRoot) throw new Error(`${describeWidget(el)} has no shadow root`);
      return el.shadowRoot;
    },
    find: <E extends Element>(el: Element, selector: string) => el.shadowRoot?.querySelector<E>(selector) ?? null,
    findAll: <E extends Element>(el: Element, selector: string) => Array.from(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
    shadowElements,
    shown,
    visible,
    classes: (node, prefix) => Array.from(node?.classList ?? []).filter((k) => k.startsWith(prefix)),
    px,
    localeOf,
    describe: describeWidget,
    describeNode,
    textBoxes,
    nextFrame,
    until,
    press: (node, key) => node.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })),
    alpha,
    borderProblems,
  };
  return { ...spec, tools };
}

/** Every widget of the registry, in its order. */
export const hardened: readonly HardenedSpec[] = await Promise.all(specs.map(harden));

export function hardenedOf(tag: string): HardenedSpec {
  const found = hardened.find((s) => s.tag === tag);
  if (!found) throw new Error(`no widget <${tag}> in the registry`);
  return found;
}

/**
 * Opens each widget's popup (a term's definition) and returns the problems with where it opens (its spec's
 * `popup.placement`), closing it again.
 */
export async function popupPlacements(page: PageContext, widgets: readonly Element[]): Promise<string[]> {
  const problems: string[] = [];
  for (const el of widgets) {
    const { pageChecks, tools } = hardenedOf(el.localName);
    const popup = pageChecks.popup;
    if (!popup) continue;
    await popup.open(el as HTMLElement, page, tools);
    problems.push(...popup.placement(el as HTMLElement, tools));
    await popup.close(el as HTMLElement, page, tools);
  }
  return problems;
}
