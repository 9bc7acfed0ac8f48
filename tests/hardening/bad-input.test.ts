import { expect, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { byId, dataset } from '../../src/internal/data.js';
import { strings } from '../../src/internal/i18n.js';
import { chartStrings } from '../../src/upr-recommendations-chart/upr-recommendations-chart.strings.js';
import { sourceListStrings } from '../../src/upr-sources/upr-sources.strings.js';
import { captureWarnings } from '../helpers/warnings.js';
import { classify, generate, SEED, WIDGETS, type Case, type ExpectedWarning, type Widget } from './bad-input-values.js';

/**
 * Bad input, generated (tests/hardening/bad-input-values.ts): more than 500 bad attribute values and combinations
 * per widget, rendered 50 at a time. For each case: no uncaught error, no markup from the value anywhere in the
 * page or the widget's shadow DOM, exactly one warning per bad value naming element, attribute and value, and the
 * documented fallback on screen. Every failure names its case number, its kind and its attributes.
 */

const BATCH = 50;
const UNAVAILABLE = strings.en.unavailable;
/** What the widgets' templates are made of. Anything else in a shadow root came from somewhere it should not. */
const SHADOW_ELEMENTS = new Set([
  'a', 'blockquote', 'button', 'caption', 'cite', 'data', 'dfn', 'div', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5',
  'h6', 'li', 'ol', 'p', 'rect', 'slot', 'span', 'strong', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr',
  'ul',
]);
/** Attributes that hold a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'cite', 'poster', 'srcset', 'background', 'xlink:href', 'data']);

type Widgetish = HTMLElement & { updateComplete: Promise<unknown> };

function describeCase(c: Case): string {
  const attrs = Object.entries(c.attributes)
    .map(([name, value]) => `${name}=${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`)
    .join(' ');
  return `#${c.n} ${c.widget} [${c.label}] ${attrs}`;
}

/** The start of the one warning a bad value must cause: `<tag>: attribute="value" ` (long values shortened). */
function warningHead(tag: string, { attribute, value }: ExpectedWarning): string {
  if (value.length <= 80) return `<${tag}>: ${attribute}=${JSON.stringify(value)} `;
  // the warning shortens long values; compare their start, never splitting a surrogate pair
  const cut = /[\ud800-\udbff]/.test(value[59]) ? 59 : 60;
  return `<${tag}>: ${attribute}=${JSON.stringify(value.slice(0, cut)).slice(0, -1)}`;
}

function create(c: Case): Widgetish {
  const el = document.createElement(c.widget) as Widgetish;
  for (const [name, value] of Object.entries(c.attributes)) el.setAttribute(name, value);
  if (c.widget === 'upr-term' && c.authorContent !== undefined) el.append(c.authorContent);
  else if (c.authorContent !== undefined) {
    const p = document.createElement('p');
    p.className = 'author-fallback';
    p.textContent = c.authorContent;
    el.append(p);
  }
  return el;
}

function shown(node: Element | null | undefined): boolean {
  return !!node && node.getBoundingClientRect().height > 0;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element of a shadow root and of the shadow roots inside it. */
function shadowElements(root: ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? shadowElements(el.shadowRoot) : [])]);
}

/** A URL as a browser reads it: white space and control characters inside the scheme do not count. */
function scheme(value: string): string {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1].toLowerCase() ?? '';
}

/** Markup or script that reached the element, its light DOM or its shadow DOM. */
function injection(el: Widgetish, c: Case): string[] {
  const problems: string[] = [];
  const sorted = (entries: [string, string][]) => JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
  const hostAttributes = Array.from(el.attributes, (a): [string, string] => [a.name, a.value]);
  if (sorted(hostAttributes) !== sorted(Object.entries(c.attributes))) {
    problems.push(`the element's attributes changed: ${hostAttributes.map(([n]) => n).join(' ')}`);
  }
  const light = Array.from(el.querySelectorAll('*'));
  const expectedLight = c.authorContent === undefined || c.widget === 'upr-term' ? 0 : 1;
  if (light.length !== expectedLight || (expectedLight && text(el) !== c.authorContent)) {
    problems.push(`light DOM changed: ${light.map((e) => e.localName).join(' ')}`);
  }
  if (!el.shadowRoot) return [...problems, 'no shadow root'];
  for (const node of shadowElements(el.shadowRoot)) {
    if (!SHADOW_ELEMENTS.has(node.localName)) problems.push(`<${node.localName}> in the shadow DOM`);
    for (const { name, value } of Array.from(node.attributes)) {
      if (/^on/i.test(name)) problems.push(`${name} attribute on <${node.localName}>`);
      if (name === 'style') problems.push(`style attribute on <${node.localName}>: ${value.slice(0, 60)}`);
      const s = scheme(value);
      if (['javascript', 'vbscript', 'data', 'blob', 'file'].includes(s)) problems.push(`${s}: URL in ${name} on <${node.localName}>`);
      if (URL_ATTRIBUTES.has(name) && s !== 'https') problems.push(`${name}="${value.slice(0, 60)}" on <${node.localName}> is not https`);
    }
  }
  return problems;
}

/** What a timeline shows, to compare with a reference timeline given only the valid attributes. */
function timelineView(el: Element): string {
  const root = el.shadowRoot!;
  const items = Array.from(root.querySelectorAll<HTMLElement>('[part~="item"]'));
  return JSON.stringify({
    ids: items.map((li) => li.dataset.id),
    highlighted: items.filter((li) => li.getAttribute('aria-current') === 'true').map((li) => li.dataset.id),
    open: items.filter((li) => li.querySelector('[aria-expanded="true"]')).map((li) => li.dataset.id),
    empty: text(root.querySelector('[part="empty"]')),
    layout: Array.from(root.querySelector('.timeline')?.classList ?? []).filter((k) => k.startsWith('layout-')),
    headings: [...new Set(items.map((li) => li.querySelector('[part="title"]')?.localName))],
    theme: Array.from(root.querySelector('[part="base"]')?.classList ?? []).filter((k) => k.startsWith('theme-')),
  });
}

/** What a chart shows, to compare with a reference chart given only the valid attributes. */
function chartView(el: Element): string {
  const root = el.shadowRoot!;
  const texts = (selector: string) => Array.from(root.querySelectorAll(selector), (n) => text(n));
  return JSON.stringify({
    view: Array.from(root.querySelector('.chart')?.classList ?? []).filter((k) => k.startsWith('view-')),
    title: texts('[part~="title"]'),
    rows: texts('tbody th'),
    columns: texts('thead th'),
    bars: root.querySelectorAll('[part~="bar"]').length,
    theme: Array.from(root.querySelector('[part="base"]')?.classList ?? []).filter((k) => k.startsWith('theme-')),
  });
}

/** A widget's view, for those compared with a reference rendered with the valid attributes only. */
const VIEWS: Partial<Record<Widget, (el: Element) => string>> = { 'upr-timeline': timelineView, 'upr-recommendations-chart': chartView };
const referenceKey = (widget: Widget, sameAs: Readonly<Record<string, string>>) => `${widget} ${JSON.stringify(sameAs)}`;

/** The fallback the case documents, checked on screen. */
function fallback(el: Widgetish, c: Case, references: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot!;
  const e = c.expected;
  const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
  const themes = Array.from(part('base')?.classList ?? []).filter((k) => k.startsWith('theme-'));
  if (themes.join() !== `theme-${e.theme}`) problems.push(`theme: expected theme-${e.theme}, got ${themes.join() || 'none'}`);
  const notice = part('unavailable');
  const slot = root.querySelector('slot');
  const author = el.querySelector('.author-fallback');
  switch (e.show) {
    case 'unavailable':
      if (text(notice) !== UNAVAILABLE || !shown(notice)) problems.push(`no "${UNAVAILABLE}" notice on screen`);
      if (slot) problems.push('a slot instead of the notice');
      break;
    case 'author':
      if (!slot || !shown(author)) problems.push("the author's fallback content is not on screen");
      if (notice) problems.push('the notice instead of the author\'s content');
      break;
    case 'quote': {
      if (notice || slot) problems.push('a fallback instead of the quote');
      const sizes = Array.from(part('figure')?.classList ?? []).filter((k) => k.startsWith('size-'));
      if (sizes.join() !== `size-${e.size}`) problems.push(`size: expected size-${e.size}, got ${sizes.join() || 'none'}`);
      if (!!part('original') !== e.original) problems.push(`original words ${e.original ? 'missing' : 'shown'}`);
      if (!!part('source') !== e.source) problems.push(`source line ${e.source ? 'missing' : 'shown'}`);
      if (!shown(part('quote'))) problems.push('the quoted words are not on screen');
      break;
    }
    case 'fact-card': {
      if (notice || slot) problems.push('a fallback instead of the fact');
      const variants = Array.from(root.querySelector('.card')?.classList ?? []).filter((k) => k.startsWith('variant-'));
      if (variants.join() !== `variant-${e.variant}`) problems.push(`variant: expected variant-${e.variant}, got ${variants.join() || 'none'}`);
      if (!!part('source') !== e.source) problems.push(`source line ${e.source ? 'missing' : 'shown'}`);
      if (!shown(part('value'))) problems.push('the value is not on screen');
      break;
    }
    case 'timeline': {
      // A timeline always renders, never the author's content: that is only for browsers without the script.
      if (notice || slot) problems.push('a fallback instead of the timeline');
      if (author && shown(author)) problems.push("the author's content is on screen");
      const layouts = Array.from(root.querySelector('.timeline')?.classList ?? []).filter((k) => k.startsWith('layout-'));
      if (!part('empty') && layouts.join() !== `layout-${e.layout}`) problems.push(`layout: expected layout-${e.layout}, got ${layouts.join()}`);
      const headings = new Set(Array.from(root.querySelectorAll('[part="title"]'), (h) => h.localName));
      if (headings.size && [...headings].join() !== `h${e.headingLevel}`) problems.push(`headings: expected h${e.headingLevel}, got ${[...headings].join()}`);
      const reference = references.get(referenceKey(c.widget, e.sameAs));
      const view = timelineView(el);
      if (view !== reference) problems.push(`differs from a timeline with ${JSON.stringify(e.sameAs)}:\n      got      ${view}\n      expected ${reference}`);
      break;
    }
    case 'chart': {
      // Always the chart: the author's content is only for browsers without the script.
      if (notice || slot) problems.push('a fallback instead of the chart');
      if (author && shown(author)) problems.push("the author's content is on screen");
      const views = Array.from(root.querySelector('.chart')?.classList ?? []).filter((k) => k.startsWith('view-'));
      if (views.join() !== `view-${e.view}`) problems.push(`view: expected view-${e.view}, got ${views.join() || 'none'}`);
      const title = chartStrings.en.title[e.metric as 'count' | 'share'];
      if (text(part('title')) !== title || !shown(part('title'))) problems.push(`no title "${title}" on screen`);
      if (!shown(part(e.view === 'table' ? 'table' : 'chart'))) problems.push(`no ${e.view} on screen`);
      const reference = references.get(referenceKey(c.widget, e.sameAs));
      const view = chartView(el);
      if (view !== reference) problems.push(`differs from a chart with ${JSON.stringify(e.sameAs)}:\n      got      ${view}\n      expected ${reference}`);
      break;
    }
    case 'term':
    case 'words': {
      // the author's words stay in the article (light DOM, through the slot); only a known term makes them a button
      if (notice) problems.push('the notice instead of the words');
      if (!slot || text(el) !== c.authorContent || !shown(el)) problems.push("the author's words are not on screen");
      const trigger = part('trigger');
      if (e.show === 'words') {
        const focusable = root.querySelectorAll('[tabindex], [role], a, button');
        if (focusable.length) problems.push(`something to tap or focus: ${Array.from(focusable, (n) => n.localName).join(' ')}`);
        if (part('popover')) problems.push('a definition');
        const underlined = shadowElements(root).filter((n) => getComputedStyle(n).textDecorationLine !== 'none');
        if (underlined.length) problems.push(`underlined: ${underlined.map((n) => n.getAttribute('part') ?? n.localName).join(' ')}`);
      } else {
        if (trigger?.getAttribute('role') !== 'button' || trigger.tabIndex !== 0) problems.push('the words are not a button in the tab order');
        if (trigger?.getAttribute('aria-expanded') !== 'false') problems.push('the definition is not closed');
        if (shown(part('popover'))) problems.push('the definition is on screen');
        const term = byId('glossary', c.attributes.term);
        if (text(part('definition')) !== term?.definition.en) problems.push(`not the definition of ${c.attributes.term}`);
      }
      break;
    }
    case 'sources': {
      // The list replaces whatever static list the author put inside.
      if (notice || slot) problems.push('a fallback instead of the list');
      if (author && shown(author)) problems.push("the author's content is on screen");
      const headings = Array.from(root.querySelectorAll('[part~="heading"]'), (h) => h.localName);
      const heading = e.headingLevel === 'none' ? [] : [`h${e.headingLevel}`];
      if (headings.join() !== heading.join()) problems.push(`heading: expected ${heading.join() || 'none'}, got ${headings.join() || 'none'}`);
      const entries = root.querySelectorAll('[part~="entry"]').length;
      if (e.all) {
        if (entries !== dataset.sources.length) problems.push(`${entries} sources listed with all, expected ${dataset.sources.length}`);
        if (!shown(part('list'))) problems.push('the list is not on screen');
        const label = part('list')?.getAttribute('aria-label') ?? part('list')?.getAttribute('aria-labelledby');
        if (!label) problems.push('the list has no name');
      } else if (entries || text(part('empty')) !== sourceListStrings.en.empty || !shown(part('empty'))) {
        problems.push(`no "${sourceListStrings.en.empty}" notice on a page that cites nothing (${entries} entries)`);
      }
      break;
    }
  }
  return problems;
}

/** Renders reference timelines and charts (valid attributes only) for the cases that need one; they must not warn. */
async function renderReferences(cases: readonly Case[], references: Map<string, string>): Promise<void> {
  const needed = new Map<string, Case>();
  for (const c of cases) {
    if (!('sameAs' in c.expected)) continue;
    const key = referenceKey(c.widget, c.expected.sameAs);
    if (!references.has(key)) needed.set(key, c);
  }
  if (!needed.size) return;
  const capture = captureWarnings();
  const box = document.createElement('div');
  box.lang = 'en';
  try {
    const entries = [...needed];
    const els = entries.map(([, c]) => {
      const el = document.createElement(c.widget) as Widgetish;
      for (const [name, value] of Object.entries((c.expected as { sameAs: Record<string, string> }).sameAs)) el.setAttribute(name, value);
      return el;
    });
    box.append(...els);
    document.body.append(box);
    await Promise.all(els.map((el) => el.updateComplete));
    await nextFrame();
    entries.forEach(([key, c], i) => references.set(key, VIEWS[c.widget]!(els[i])));
    expect(capture.messages, 'reference timelines and charts (valid attributes only) warned').to.deep.equal([]);
  } finally {
    capture.restore();
    box.remove();
  }
}

/** Renders the cases together and returns every problem found, each naming its case. */
async function check(cases: readonly Case[], references: Map<string, string>): Promise<string[]> {
  await renderReferences(cases, references);
  const failures: string[] = [];
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`uncaught error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const before = new Set(document.querySelectorAll('*'));
  const sheets = [document.styleSheets.length, document.adoptedStyleSheets.length];
  const box = document.createElement('div');
  box.lang = 'en';
  const sentinel = document.createElement('p');
  sentinel.textContent = 'The article goes on.';
  const els = cases.map(create);
  box.append(sentinel, ...els);

  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const capture = captureWarnings();
  try {
    document.body.append(box);
    const settled = await Promise.allSettled(els.map((el) => el.updateComplete));
    settled.forEach((result, i) => {
      if (result.status === 'rejected') failures.push(`${describeCase(cases[i])}: render failed: ${String(result.reason)}`);
    });
    // resize observers, scrolling to a highlight: whatever follows the first render
    await nextFrame();
    await nextFrame();
    await Promise.allSettled(els.map((el) => el.updateComplete));
  } finally {
    capture.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }

  try {
    failures.push(...errors);
    // exactly one warning per bad value, naming element, attribute and value
    const messages = [...capture.messages];
    for (const c of cases) {
      for (const w of c.warnings) {
        const head = warningHead(c.widget, w);
        const matching = messages.filter((m) => m.startsWith(head));
        if (matching.length !== 1) {
          failures.push(`${describeCase(c)}: expected 1 warning starting ${JSON.stringify(head.slice(0, 140))}, got ${matching.length}`);
        }
        for (const m of matching) {
          messages.splice(messages.indexOf(m), 1);
          if (!m.includes('not valid')) failures.push(`${describeCase(c)}: unclear warning: ${m.slice(0, 200)}`);
          // shortened values keep the console readable: a pasted essay must not come back whole (80 characters at most,
          // each escaped to up to 6, twice, and three suggestions stay well under 2000)
          if (m.length > 2000) failures.push(`${describeCase(c)}: a warning of ${m.length} characters: ${m.slice(0, 200)}…`);
        }
      }
    }
    for (const m of messages) failures.push(`unexpected warning: ${m.slice(0, 300)}`);

    // nothing injected into the page, nothing hidden by it
    const added = Array.from(document.querySelectorAll('*')).filter((el) => !before.has(el) && !box.contains(el));
    if (added.length) failures.push(`elements added to the page: ${added.map((el) => el.outerHTML.slice(0, 80)).join(', ')}`);
    const boxElements = Array.from(box.querySelectorAll('*')).filter((el) => !els.includes(el as Widgetish) && el !== sentinel && !el.classList.contains('author-fallback'));
    if (boxElements.length) failures.push(`elements added next to the widgets: ${boxElements.map((el) => el.localName).join(' ')}`);
    if (document.styleSheets.length !== sheets[0] || document.adoptedStyleSheets.length !== sheets[1]) failures.push('the page gained a style sheet');
    if (!shown(sentinel) || getComputedStyle(sentinel).display === 'none') failures.push('the text of the page around the widgets is hidden');

    els.forEach((el, i) => {
      const c = cases[i];
      const problems = [...injection(el, c), ...fallback(el, c, references)];
      if (!(el instanceof customElements.get(c.widget)!)) problems.push('not upgraded');
      for (const problem of problems) failures.push(`${describeCase(c)}: ${problem}`);
    });
  } finally {
    box.remove();
  }
  return failures;
}

function report(failures: readonly string[]): string {
  const shown = failures.slice(0, 25);
  return `${failures.length} problem(s):\n  ${shown.join('\n  ')}${failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more` : ''}`;
}

function fingerprint(cases: readonly Case[]): string {
  const json = JSON.stringify(cases);
  let h = 0;
  for (let i = 0; i < json.length; i++) h = (Math.imul(h, 31) + json.charCodeAt(i)) | 0;
  return `${cases.length} cases, ${json.length} characters, hash ${h >>> 0}`;
}

const RUNS = new Map(WIDGETS.map((w) => [w, generate(w)] as const));

describe('bad input: the generated cases', () => {
  it('are at least 500 bad values and combinations per widget, each with a warning of its own, the same every run', () => {
    for (const widget of WIDGETS) {
      const { cases } = RUNS.get(widget)!;
      expect(cases.length, widget).to.be.at.least(500);
      // compared as JSON, reported as a fingerprint (the cases hold 10k-character values)
      expect(fingerprint(generate(widget).cases), `${widget}: the same for the same seed`).to.equal(fingerprint(cases));
      expect(fingerprint(generate(widget, SEED + 1).cases), `${widget}: the seed matters`).not.to.equal(fingerprint(cases));
      const heads = cases.flatMap((c) => c.warnings.map((w) => `${w.attribute} ${warningHead(widget, w)}`));
      expect(heads.length, widget).to.be.at.least(cases.length);
      // warnings are told apart by their start: no two alike, none the start of another
      const sorted = [...heads].sort();
      const clashes = sorted.filter((h, i) => i > 0 && h.startsWith(sorted[i - 1]));
      expect(clashes, `${widget}: warnings that cannot be told apart`).to.deep.equal([]);
    }
  });

  it('cover every kind of bad input the issue names, unmarked where the first of their kind', () => {
    const all = WIDGETS.flatMap((w) => RUNS.get(w)!.cases);
    const labels = new Set(all.map((c) => c.label.replace(/ \(marked\)$/, '')));
    for (const label of ['empty', 'white space only', 'very long (10k)', 'markup', 'CSS-looking', 'number', 'NaN/Infinity', 'unicode', 'upper case', 'leading space', 'mixed case']) {
      expect([...labels], label).to.include(label);
    }
    expect([...labels].some((l) => l.startsWith('look-alike hyphen'))).to.equal(true);
    for (const [widget, attribute] of [['upr-quote', 'quote'], ['upr-fact-card', 'fact'], ['upr-timeline', 'highlight'], ['upr-term', 'term']] as const) {
      const values = RUNS.get(widget)!.cases.map((c) => c.attributes[attribute]);
      for (const payload of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>', 'NaN', 'x'.repeat(10000)]) {
        expect(values, `${widget} ${attribute}=${payload.slice(0, 30)}`).to.include(payload);
      }
    }
    expect(RUNS.get('upr-timeline')!.cases.some((c) => c.label === 'from later than to')).to.equal(true);
    expect(RUNS.get('upr-timeline')!.cases.some((c) => c.label === 'layout=horizontal with max-items=0')).to.equal(true);
    expect(RUNS.get('upr-quote')!.cases.some((c) => c.label.startsWith('show-original on a quote in the page language'))).to.equal(true);
    expect(RUNS.get('upr-fact-card')!.cases.some((c) => c.label === 'no-source + variant=text with a bad fact')).to.equal(true);
    expect(RUNS.get('upr-recommendations-chart')!.cases.some((c) => c.label === 'bad cycles, view, metric and theme')).to.equal(true);
    expect(RUNS.get('upr-sources')!.cases.some((c) => c.label === 'bad theme, booleans given any value')).to.equal(true);
  });
});

for (const widget of WIDGETS) {
  describe(`bad input: <${widget}>`, () => {
    const { cases, accepted } = RUNS.get(widget)!;
    const references = new Map<string, string>();
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      it(`cases ${batch[0].n}–${batch.at(-1)!.n}: no error, nothing injected, one warning per bad value, the fallback shown`, async function () {
        this.timeout(30000);
        const failures = await check(batch, references);
        expect(failures.length, report(failures)).to.equal(0);
      });
    }

    it(`takes the ${accepted.length} generated values it accepts (trimmed, any case, empty filters) silently`, async function () {
      this.timeout(30000);
      expect(accepted.length).to.be.at.least(widget === 'upr-timeline' ? 30 : 10);
      const failures: string[] = [];
      for (let start = 0; start < accepted.length; start += BATCH) failures.push(...(await check(accepted.slice(start, start + BATCH), references)));
      expect(failures.length, report(failures)).to.equal(0);
    });
  });
}

/** The ones from the brief, spelled out, so that the generator's idea of valid is itself checked. */
describe('bad input: values the widgets accept are not bad', () => {
  const cases: [Widget, Record<string, string>][] = [
    ['upr-quote', { quote: 'do-hung-viet-midterm-launch-groundwork', theme: ' DARK ' }],
    ['upr-fact-card', { fact: 'cycle-4-acceptance-share', variant: '\tText\n' }],
    ['upr-timeline', { highlight: ' cycle-4-review ', kinds: 'Review', 'max-items': ' 007 ' }],
  ];
  for (const [widget, attributes] of cases) {
    it(`<${widget} ${Object.entries(attributes).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}> renders without a warning`, async () => {
      const capture = captureWarnings();
      const el = document.createElement(widget) as Widgetish;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(capture.messages).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part="unavailable"]')).to.equal(null);
        if (attributes.theme) expect(el.shadowRoot!.querySelector('[part="base"]')!.classList.contains('theme-dark')).to.equal(true);
        if (attributes.variant) expect(el.shadowRoot!.querySelector('.card')!.classList.contains('variant-text')).to.equal(true);
        if (attributes.highlight) {
          expect(el.shadowRoot!.querySelector('[aria-current="true"]')?.getAttribute('data-id')).to.equal('cycle-4-review');
        }
      } finally {
        capture.restore();
        el.remove();
      }
    });
  }
  it('while ids are case-sensitive and exact: `Cycle-4-Review` or " id " name nothing (the generator agrees)', () => {
    expect(classify('upr-timeline', { highlight: 'Cycle-4-Review' }, false).warnings).to.deep.equal([{ attribute: 'highlight', value: 'Cycle-4-Review' }]);
    expect(classify('upr-fact-card', { fact: ' cycle-4-acceptance-share ' }, false).warnings).to.have.length(1);
    expect(classify('upr-timeline', { highlight: ' cycle-4-review ' }, false).warnings).to.deep.equal([]);
    expect(classify('upr-quote', { quote: 'do-hung-viet-midterm-launch-groundwork', theme: ' DARK ' }, false).warnings).to.deep.equal([]);
  });
});
