import { expect, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { strings } from '../../src/internal/i18n.js';
import { normalize } from '../helpers/shadow.js';
import { captureWarnings } from '../helpers/warnings.js';
import { classify, generate, SEED, type Case, type ExpectedWarning } from './bad-input-values.js';
import { hardened, hardenedOf, shadowElements, shown } from './tools.js';

/**
 * Bad input, generated (tests/hardening/bad-input-values.ts, from each widget's `badInput` plan in its spec): more
 * than 500 bad attribute values and combinations per widget of the registry, rendered 50 at a time. For each case:
 * no uncaught error, no markup from the value anywhere in the page or the widget's shadow DOM, exactly one warning
 * per bad value naming element, attribute and value, and the documented fallback on screen. Every failure names
 * its case number, its kind and its attributes.
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

/** Whether a widget's author content is the words it is set in (a text node, shown through a slot). */
const wordsInside = (c: Case) => hardenedOf(c.widget).badInput.authorContentAs === 'words';

function create(c: Case): Widgetish {
  const el = document.createElement(c.widget) as Widgetish;
  for (const [name, value] of Object.entries(c.attributes)) el.setAttribute(name, value);
  if (wordsInside(c) && c.authorContent !== undefined) el.append(c.authorContent);
  else if (c.authorContent !== undefined) {
    const p = document.createElement('p');
    p.className = 'author-fallback';
    p.textContent = c.authorContent;
    el.append(p);
  }
  return el;
}

const text = (node: Node | null | undefined) => normalize(node?.textContent);

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
  const expectedLight = c.authorContent === undefined || wordsInside(c) ? 0 : 1;
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

const referenceKey = (widget: string, sameAs: Readonly<Record<string, string>>) => `${widget} ${JSON.stringify(sameAs)}`;

/**
 * The fallback the case documents, checked on screen: the theme; the base element's fallbacks (an unknown item:
 * the author's content, or the notice); otherwise nothing in place of the widget's content (except for a widget
 * whose content is the author's words), and the plan's own checks, and the same view as a reference element given
 * only the valid attributes.
 */
function fallback(el: Widgetish, c: Case, references: ReadonlyMap<string, string>): string[] {
  const spec = hardenedOf(c.widget);
  const problems: string[] = [];
  const root = el.shadowRoot!;
  const e = c.expected;
  const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
  const themes = spec.tools.classes(part('base'), 'theme-').join();
  if (themes !== `theme-${e.theme}`) problems.push(`theme: expected theme-${e.theme}, got ${themes || 'none'}`);
  const notice = part('unavailable');
  const slot = root.querySelector('slot');
  const author = el.querySelector('.author-fallback');
  if (e.show === 'unavailable') {
    if (text(notice) !== UNAVAILABLE || !shown(notice)) problems.push(`no "${UNAVAILABLE}" notice on screen`);
    if (slot) problems.push('a slot instead of the notice');
    return problems;
  }
  if (e.show === 'author') {
    if (!slot || !shown(author)) problems.push("the author's fallback content is not on screen");
    if (notice) problems.push("the notice instead of the author's content");
    return problems;
  }
  if (!wordsInside(c)) {
    // the author's content is only for browsers without the script
    if (notice || slot) problems.push(`a fallback instead of the ${e.show}`);
    if (author && shown(author)) problems.push("the author's content is on screen");
  }
  problems.push(...spec.badInput.check(el, e, c, spec.tools));
  if (e.sameAs) {
    const reference = references.get(referenceKey(c.widget, e.sameAs));
    const view = spec.badInput.view!(el, spec.tools);
    if (view !== reference) problems.push(`differs from a <${c.widget}> with ${JSON.stringify(e.sameAs)}:\n      got      ${view}\n      expected ${reference}`);
  }
  return problems;
}

/** Renders reference elements (valid attributes only) for the cases that need one; they must not warn. */
async function renderReferences(cases: readonly Case[], references: Map<string, string>): Promise<void> {
  const needed = new Map<string, Case>();
  for (const c of cases) {
    if (!('sameAs' in c.expected)) continue;
    const key = referenceKey(c.widget, c.expected.sameAs!);
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
      for (const [name, value] of Object.entries(c.expected.sameAs!)) el.setAttribute(name, value);
      return el;
    });
    box.append(...els);
    document.body.append(box);
    await Promise.all(els.map((el) => el.updateComplete));
    await nextFrame();
    entries.forEach(([key, c], i) => {
      const spec = hardenedOf(c.widget);
      references.set(key, spec.badInput.view!(els[i], spec.tools));
    });
    expect(capture.messages, 'reference elements (valid attributes only) warned').to.deep.equal([]);
  } finally {
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
  document.body.append(box);
  const settled = await Promise.allSettled(els.map((el) => el.updateComplete));
  settled.forEach((result, i) => {
    if (result.status === 'rejected') failures.push(`${describeCase(cases[i])}: render failed: ${String(result.reason)}`);
  });
  // resize observers, scrolling to a highlight: whatever follows the first render
  await nextFrame();
  await nextFrame();
  await Promise.allSettled(els.map((el) => el.updateComplete));
  // what the cases warned is in; the checks below may warn for real
  capture.restore();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);

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

const RUNS = new Map(hardened.map((spec) => [spec.tag, generate(spec)] as const));

/** The payloads the issue names: every attribute of every plan gets them, unmarked. */
const NAMED_PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>', 'NaN', 'x'.repeat(10000)];

describe('bad input: the generated cases', () => {
  it('are at least 500 bad values and combinations per widget, each with a warning of its own, the same every run', () => {
    for (const spec of hardened) {
      const widget = spec.tag;
      const { cases } = RUNS.get(widget)!;
      expect(cases.length, widget).to.be.at.least(500);
      // compared as JSON, reported as a fingerprint (the cases hold 10k-character values)
      expect(fingerprint(generate(spec).cases), `${widget}: the same for the same seed`).to.equal(fingerprint(cases));
      expect(fingerprint(generate(spec, SEED + 1).cases), `${widget}: the seed matters`).not.to.equal(fingerprint(cases));
      const heads = cases.flatMap((c) => c.warnings.map((w) => `${w.attribute} ${warningHead(widget, w)}`));
      expect(heads.length, widget).to.be.at.least(cases.length);
      // warnings are told apart by their start: no two alike, none the start of another
      const sorted = [...heads].sort();
      const clashes = sorted.filter((h, i) => i > 0 && h.startsWith(sorted[i - 1]));
      expect(clashes, `${widget}: warnings that cannot be told apart`).to.deep.equal([]);
    }
  });

  it('cover every kind of bad input the issue names, unmarked where the first of their kind', () => {
    const all = hardened.flatMap((spec) => RUNS.get(spec.tag)!.cases);
    const labels = new Set(all.map((c) => c.label.replace(/ \(marked\)$/, '')));
    for (const label of ['empty', 'white space only', 'very long (10k)', 'markup', 'CSS-looking', 'number', 'NaN/Infinity', 'unicode', 'upper case', 'mixed case']) {
      expect([...labels], label).to.include(label);
    }
    // white space around a value is never bad (ids and options alike): such values are among those taken silently
    const accepted = new Set(hardened.flatMap((spec) => RUNS.get(spec.tag)!.accepted).map((c) => c.label));
    for (const label of ['leading space', 'trailing space', 'tab and newline around']) expect([...accepted], label).to.include(label);
    expect([...labels].some((l) => l.startsWith('look-alike hyphen'))).to.equal(true);
    for (const spec of hardened) {
      const { cases, combinations } = RUNS.get(spec.tag)!;
      for (const { attribute } of spec.badInput.attributes(spec.tools)) {
        const values = cases.map((c) => c.attributes[attribute]);
        for (const payload of NAMED_PAYLOADS) expect(values, `${spec.tag} ${attribute}=${payload.slice(0, 30)}`).to.include(payload);
      }
      // every combination the plan makes gives cases
      expect(combinations.length, spec.tag).to.be.at.least(2);
      for (const label of combinations) expect(cases.some((c) => c.label === label), `<${spec.tag}>: ${label}`).to.equal(true);
    }
  });
});

for (const spec of hardened) {
  const widget = spec.tag;
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
      expect(accepted.length).to.be.at.least(spec.badInput.minimumAccepted ?? 10);
      const failures: string[] = [];
      for (let start = 0; start < accepted.length; start += BATCH) failures.push(...(await check(accepted.slice(start, start + BATCH), references)));
      expect(failures.length, report(failures)).to.equal(0);
    });
  });
}

/**
 * The contract spelled out in each plan (ids exact but for white space around them, options the HTML way), one row each, so that
 * the generator's idea of valid is itself checked: it must give exactly the row's warnings, and a row without any
 * must render silently, showing what the classification says.
 */
describe('bad input: values the widgets accept are not bad', () => {
  for (const spec of hardened) {
    spec.badInput.contract.forEach(({ attributes, warnings }, i) => {
      const element = `<${spec.tag} ${Object.entries(attributes).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}>`;
      const verdict = () => classify(spec, attributes, false);
      if (warnings.length) {
        const named = warnings.map((w) => `${w.attribute}=${JSON.stringify(w.value)}`).join(', ');
        it(`by the contract (ids exact but for white space around them, options read the HTML way): ${element} warns about ${named} (the generator agrees)`, () => {
          expect(verdict().warnings).to.deep.equal(warnings);
        });
        return;
      }
      it(`${element} renders without a warning`, async function () {
        // (a timeline through the loader took more than mocha's 5 s once in CI, three engines sharing two cores)
        this.timeout(20000);
        expect(verdict().warnings, 'the generator agrees').to.deep.equal([]);
        const c: Case = { n: i + 1, widget: spec.tag, label: 'the contract', attributes, ...verdict() };
        const failures = await check([c], new Map());
        expect(failures.length, report(failures)).to.equal(0);
      });
    });
  }
});
