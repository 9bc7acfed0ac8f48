import { aTimeout, expect } from '@open-wc/testing';
import type { Locale } from '../../src/internal/i18n.js';
import type { PageContext } from '../../src/internal/widget-spec.js';
import { type Frame, nextFrame, openFrame, type Widget, widgetsIn, widgetsRendered } from '../helpers/frame.js';
import { normalize, part } from '../helpers/shadow.js';
import { byTurns, CLASSIC, hardeningExamples, html, MODULE, oneOfEach, type Placement, RECORDER, written } from './pages.js';
import { describeWidget, hardened, hardenedOf, popupPlacements, visible as isShown } from './tools.js';

/**
 * How real pages load and handle the widgets: the bundle twice (tag managers), the ES module and the classic
 * build together, elements written before the script or created after it, widgets moved between containers,
 * hidden and shown, on a right-to-left page, and 200 of them at once. Each page is an iframe that loads the
 * built bundle from its own script tag; a recorder script, first in the page, collects console output and
 * errors (tests/hardening/pages/recorder.ts). The widgets are every widget's hardening examples (src/<tag>/spec.ts)
 * and what a widget needs checked besides comes from its spec's `pageChecks`.
 */

type FrameWindow = Window & typeof globalThis & { UprWidgets?: Record<string, unknown> };

const checksOf = (el: Element) => hardenedOf(el.localName);
const text = (node: Node | null | undefined) => normalize(node?.textContent);
const pageOf = (frame: Frame): PageContext => ({ win: frame.win });
/** The list of the sources a page cites (`<upr-sources>`), and the widgets that cite them. */
const LIST = hardened.find((spec) => spec.pageChecks.sourceList)!;
const isList = (el: Element) => el.localName === LIST.tag;

function page(body: string, { head = MODULE_TAG, lang = 'en', dir = '' } = {}): string {
  return `<!DOCTYPE html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head>
  <meta charset="utf-8">
  <script src="${RECORDER}"></script>
  ${head}
</head>
<body>
${body}
</body>
</html>`;
}
const MODULE_TAG = `<script type="module" src="${MODULE}"></script>`;

/** The placements as markup, with the editor's own content inside where `fallback` is given. */
const markup = (placements: readonly Placement[], options: { pageLang?: Locale; fallback?: string } = {}) =>
  placements.map((p) => html(written(p, options))).join('\n');

/** Problems with a widget as a reader sees it: not upgraded, a fallback instead of content, not on screen. */
function renderProblems(el: Widget): string[] {
  const name = describeWidget(el);
  if (!el.matches(':defined') || !el.shadowRoot) return [`${name} is not upgraded`];
  const { pageChecks } = checksOf(el);
  const root = el.shadowRoot;
  const problems: string[] = [];
  if (root.querySelectorAll('[part~="base"]').length !== 1) problems.push(`${name} has ${root.querySelectorAll('[part~="base"]').length} bases`);
  // a widget set in a sentence shows the page's words through a slot: its fallback is those words with nothing to tap
  const key = pageChecks.content(el);
  const fallback = pageChecks.inline ? !part(el, key) : root.querySelector('[part~="unavailable"], slot');
  if (fallback) problems.push(`${name} shows its fallback`);
  if (!isShown(part(el, 'base'))) problems.push(`${name} is not on screen`);
  if (!isShown(part(el, key))) problems.push(`${name} shows no ${key}`);
  return problems;
}

function expectRendered(widgets: Widget[]): void {
  const problems = widgets.flatMap(renderProblems);
  expect(problems.slice(0, 20), problems.slice(0, 20).join('\n')).to.deep.equal([]);
}

function expectSilent(frame: Frame): void {
  expect(frame.record.problems, frame.record.problems.join('\n')).to.deep.equal([]);
}

/** What a reader does with each widget, and whether it answered (its spec's `use`); where its popup opens. */
async function expectWorking(frame: Frame, widgets: Widget[]): Promise<void> {
  const problems: string[] = [];
  for (const el of widgets) {
    const { pageChecks, tools } = checksOf(el);
    if (pageChecks.use) problems.push(...(await pageChecks.use(el, pageOf(frame), tools)));
  }
  problems.push(...(await popupPlacements(pageOf(frame), widgets)));
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** Lets the page lay out, deliver resize observations and re-render: a few frames and a moment. */
async function settled(win: Window): Promise<void> {
  await nextFrame(win);
  await nextFrame(win);
  await aTimeout(50);
  await nextFrame(win);
}

/** The widgets with a row that scrolls sideways (a horizontal timeline), and its parts. */
const scrollers = (root: ParentNode) => widgetsIn(root).filter((el) => checksOf(el).pageChecks.scroller?.applies(el));
const rowOf = (el: Widget) => part(el, checksOf(el).pageChecks.scroller!.row)!;
const buttonsOf = (el: Widget) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>(checksOf(el).pageChecks.scroller!.buttons));
/** aria-disabled of a scroller's back and on buttons (Earlier, Later). */
const buttonStates = (el: Widget) => buttonsOf(el).map((b) => b.getAttribute('aria-disabled'));

/** The ids of the sources these widgets cite (their specs' `cites`), each once, sorted. */
function citedBy(widgets: readonly Widget[]): string[] {
  return [...new Set(widgets.flatMap((el) => [...checksOf(el).pageChecks.cites(el, checksOf(el).tools)]))].sort();
}

const listedIn = (list: Widget) => LIST.pageChecks.sourceList!.listed(list, LIST.tools);

/** Puts a widget into a container: a widget set in a sentence in a paragraph of its own. */
function placeIn(container: Element | ShadowRoot, el: Element, doc: Document): void {
  if (!checksOf(el).pageChecks.inline) {
    container.append(el);
    return;
  }
  const paragraph = doc.createElement('p');
  paragraph.append('At the ', el, '.');
  container.append(paragraph);
}

/** What a widget shows, to compare with the same widget made another way: its text, and each part's box kind. */
function view(el: Widget): string {
  const parts = Array.from(el.shadowRoot!.querySelectorAll('[part]'), (node) => `${node.getAttribute('part')}:${getComputedStyle(node).display}`);
  return JSON.stringify({ text: text(el.shadowRoot), parts });
}

// ---------------------------------------------------------------------------------------------------------------

describe('the bundle loaded twice', function () {
  this.timeout(30000);

  const PAGES = [
    {
      name: 'two module script tags with different query strings (a tag manager and the template)',
      head: `<script type="module" src="${MODULE}?from=template"></script>\n<script type="module" src="${MODULE}?from=tag-manager"></script>`,
    },
    {
      name: 'the ES module and then the classic build',
      head: `<script type="module" src="${MODULE}"></script>\n<script src="${CLASSIC}" defer></script>`,
    },
    {
      name: 'the classic build (blocking, in the head) and then the ES module',
      head: `<script src="${CLASSIC}"></script>\n<script type="module" src="${MODULE}"></script>`,
    },
  ];

  for (const { name, head } of PAGES) {
    describe(name, () => {
      let frame: Frame;
      before(async () => {
        frame = await openFrame({ html: page(markup(oneOfEach()), { head }) });
        // both copies have run: give the second one's definitions time to be refused, silently
        await aTimeout(50);
      });
      after(() => frame?.iframe.remove());

      it('renders every widget once, and they work', async () => {
        expectRendered(widgetsIn(frame.doc));
        expect(widgetsIn(frame.doc)).to.have.length(hardened.length);
        await expectWorking(frame, widgetsIn(frame.doc));
      });

      it('lists each source the widgets cite once, as with one copy of the script', () => {
        const widgets = widgetsIn(frame.doc);
        expect(listedIn(widgets.find(isList)!)).to.deep.equal(citedBy(widgets));
      });

      if (head.includes(CLASSIC)) {
        it('keeps the definitions of whichever build ran first', () => {
          const classic = (frame.win as FrameWindow).UprWidgets;
          expect(classic, 'window.UprWidgets').to.exist;
          const classicFirst = head.startsWith(`<script src="${CLASSIC}"`);
          // The on-demand loader (in the loader test group) defines a tag once its code has come, and none that is
          // defined already: which build defines a tag depends on which arrives first, and either is right.
          const loader = MODULE.includes('/loader/');
          for (const { tag } of hardened) {
            // the classic build's class for the tag (each carries its tag)
            const own = Object.values(classic!).find((value) => (value as { tag?: string }).tag === tag);
            expect(own, `window.UprWidgets has the class of <${tag}>`).to.exist;
            if (loader && !classicFirst) expect(frame.win.customElements.get(tag), tag).to.exist;
            else expect(frame.win.customElements.get(tag) === own, tag).to.equal(classicFirst);
          }
        });
      }

      it('logs no warning or error and throws nothing', () => {
        expectSilent(frame);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------

describe('elements written before the script, and created after it', function () {
  this.timeout(30000);
  const FALLBACK = 'Fallback written by the editor.';
  const PLACED = oneOfEach();
  let frame: Frame;
  /** Made by page scripts before the widgets' script, for each widget that shows an item. */
  const early: Widget[] = [];
  const detached: Widget[] = [];
  const propertyFirst: Widget[] = [];
  /** Another of its examples: what the elements made by scripts are given. */
  const otherExample = (spec: (typeof hardened)[number]) => {
    const examples = hardeningExamples(spec);
    return examples[1] ?? examples[0];
  };
  const attributesOf = (spec: (typeof hardened)[number]) => {
    const example = otherExample(spec);
    return { ...(example.byLanguage?.en ?? example.attributes) };
  };
  const wordsOf = (spec: (typeof hardened)[number]) => otherExample(spec).sentence?.en[1] ?? '';

  /** The same widgets written in markup, rendered next to the elements made otherwise: their views. */
  async function references(wanted: readonly { tag: string; attributes: Record<string, string>; words: string }[]): Promise<string[]> {
    const box = frame.doc.createElement('div');
    frame.doc.getElementById('article')!.append(box);
    box.insertAdjacentHTML(
      'beforeend',
      wanted
        .map(({ tag, attributes, words }) => html({ tag, attributes, ...(hardenedOf(tag).pageChecks.inline ? { sentence: { before: 'At the ', words, after: '.' } } : {}) }))
        .join('\n'),
    );
    await widgetsRendered(frame);
    const views = widgetsIn(box).map(view);
    box.remove();
    return views;
  }

  before(async () => {
    // markup first; the script comes later (as with a CMS that puts it at the end, or a consent manager)
    frame = await openFrame({ html: page(`<div id="article">${markup(PLACED, { fallback: FALLBACK })}</div>`, { head: '' }) }, { widgets: false });
  });
  after(() => frame?.iframe.remove());

  it("shows the editor's fallback content until the script runs", () => {
    const { doc } = frame;
    expect(widgetsIn(doc)).to.have.length(PLACED.length);
    for (const el of widgetsIn(doc)) {
      const name = describeWidget(el);
      expect(el.matches(':defined'), name).to.equal(false);
      expect(el.shadowRoot, name).to.equal(null);
      if (!checksOf(el).pageChecks.inline) {
        expect(isShown(el.querySelector('p')), `${name}: the fallback`).to.equal(true);
        continue;
      }
      // words in a sentence are the sentence's
      const { sentence } = written(PLACED.find((p) => p.spec.tag === el.localName)!);
      expect(text(el.closest('p')), `${name}: its words, in the sentence`).to.equal(normalize(`${sentence!.before}${sentence!.words}${sentence!.after}`));
      expect(isShown(el), `${name}: its words`).to.equal(true);
    }
  });

  it('upgrades every element already on the page once the script runs, including ones made with createElement before it', async () => {
    const { doc, win } = frame;
    const article = doc.getElementById('article')!;
    // created by page scripts before the widgets' script: one connected, one still detached, one given a property
    for (const spec of hardened.filter((s) => s.item)) {
      const { attribute } = spec.item!;
      const id = attributesOf(spec)[attribute];
      const connected = doc.createElement(spec.tag) as Widget;
      connected.setAttribute(attribute, id);
      placeIn(article, connected, doc);
      early.push(connected);
      const notYet = doc.createElement(spec.tag) as Widget;
      notYet.setAttribute(attribute, id);
      detached.push(notYet);
      const property = doc.createElement(spec.tag) as Widget;
      (property as unknown as Record<string, string>)[attribute] = id;
      placeIn(article, property, doc);
      propertyFirst.push(property);
    }

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = MODULE;
    doc.head.append(script);
    await widgetsRendered(frame);

    expectRendered(widgetsIn(doc));
    for (const el of widgetsIn(doc)) {
      if (!checksOf(el).pageChecks.inline) expect(isShown(el.querySelector('p')), `${describeWidget(el)}: the fallback, replaced`).to.equal(false);
    }
    const made = [...early, ...propertyFirst];
    const wanted = await references(made.map((el) => ({ tag: el.localName, attributes: { [checksOf(el).item!.attribute]: attributesOf(checksOf(el))[checksOf(el).item!.attribute] }, words: '' })));
    made.forEach((el, i) => {
      expect(view(el), `${describeWidget(el)}${propertyFirst.includes(el) ? ': a property set before the upgrade' : ''}`).to.equal(wanted[i]);
    });
    for (const { tag } of hardened) expect(win.customElements.get(tag), tag).to.exist;
  });

  it('renders elements created after the script, however they are made', async () => {
    const { doc, win } = frame;
    const article = doc.getElementById('article')!;
    /** Each made element, with how it was made and the attributes and words it was given. */
    const made: { el: Widget; how: string; attributes: Record<string, string>; words: string }[] = [];
    // appended after the definition, having been created before it
    for (const el of detached) {
      placeIn(article, el, doc);
      made.push({ el, how: 'created before the script', attributes: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])), words: '' });
    }
    for (const spec of hardened) {
      const attributes = attributesOf(spec);
      const words = wordsOf(spec);
      // createElement, attributes set after it is connected, then (a script that writes a sentence) its words
      const late = doc.createElement(spec.tag) as Widget;
      placeIn(article, late, doc);
      for (const [name, value] of Object.entries(attributes)) late.setAttribute(name, value);
      late.append(words);
      made.push({ el: late, how: 'attributes and words set once connected', attributes, words });
      // the constructor
      const Constructor = win.customElements.get(spec.tag)!;
      const constructed = new Constructor() as Widget;
      for (const [name, value] of Object.entries(attributes)) constructed.setAttribute(name, value);
      constructed.append(words);
      placeIn(article, constructed, doc);
      made.push({ el: constructed, how: 'the constructor', attributes, words });
      // markup inserted by a CMS preview or an infinite-scroll loader
      const loaded = doc.createElement('div');
      article.append(loaded);
      loaded.insertAdjacentHTML('beforeend', html({ tag: spec.tag, attributes, ...(spec.pageChecks.inline ? { sentence: { before: 'At the ', words, after: '.' } } : {}) }));
      made.push({ el: widgetsIn(loaded)[0], how: 'inserted markup', attributes, words });
      // a copy of a rendered widget
      const original = widgetsIn(article).find((el) => el.localName === spec.tag)!;
      const clone = original.cloneNode(true) as Widget;
      placeIn(article, clone, doc);
      made.push({ el: clone, how: 'a copy', attributes: Object.fromEntries(Array.from(original.attributes, (a) => [a.name, a.value])), words: text(original) });
    }
    await widgetsRendered(frame);

    expectRendered(made.map((m) => m.el));
    const wanted = await references(made.map(({ el, attributes, words }) => ({ tag: el.localName, attributes, words })));
    made.forEach(({ el, how, words }, i) => {
      expect(view(el), `${describeWidget(el)}, ${how}: the same as in markup`).to.equal(wanted[i]);
      // the words a script wrote stay where it wrote them
      if (checksOf(el).pageChecks.inline) expect(text(el), `${describeWidget(el)}, ${how}: its words`).to.equal(normalize(words));
    });
    // and they work: those a script made and then configured, for one
    await expectWorking(frame, made.filter((m) => m.how === 'attributes and words set once connected').map((m) => m.el));
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('widgets moved between containers', function () {
  this.timeout(30000);
  let frame: Frame;
  /** Every widget's hardening examples, in a Vietnamese container 360px wide; scrollers in a row 700px wide. */
  const PLACED = byTurns().map((p) => ({ ...p, lang: 'vi' as const }));
  const WIDTHS = { vi: 360, en: 900 };

  before(async () => {
    const withScrollers = PLACED.filter((p) => p.spec.pageChecks.scroller);
    frame = await openFrame(
      {
        html: page(
          `<div id="vi" lang="vi" style="width: ${WIDTHS.vi}px">${markup(PLACED, { pageLang: 'vi' })}</div>
          <div id="en" lang="en" style="width: ${WIDTHS.en}px"></div>
          <div id="hidden" hidden style="width: 700px"></div>
          <div id="row" style="width: 700px">${markup(withScrollers.map((p) => ({ ...p, lang: 'en' as const })))}</div>`,
          { lang: 'en' },
        ),
      },
      { width: 1000, height: 800 },
    );
  });
  after(() => frame?.iframe.remove());

  /** Problems with a widget's language and width in the container it is in. */
  function fitProblems(el: Widget, locale: Locale): string[] {
    const { pageChecks, tools } = checksOf(el);
    return [...(pageChecks.language?.(el, locale, tools) ?? []), ...(pageChecks.width?.(el, WIDTHS[locale], tools) ?? [])];
  }

  it('renders in the language of the container it starts in', () => {
    const problems = widgetsIn(frame.doc.getElementById('vi')!).flatMap((el) => fitProblems(el, 'vi'));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  for (const spec of hardened.filter((s) => s.pageChecks.language || s.pageChecks.moved || s.pageChecks.width)) {
    it(`re-renders <${spec.tag}> in the new container's language and width when moved, keeping what the reader did, and back`, async () => {
      const { doc } = frame;
      const widgets = widgetsIn(doc.getElementById('vi')!).filter((el) => el.localName === spec.tag);
      expect(widgets.length).to.be.greaterThan(0);
      const kept: (() => Promise<string[]>)[] = [];
      for (const el of widgets) if (spec.pageChecks.moved) kept.push(await spec.pageChecks.moved(el, pageOf(frame), spec.tools));
      for (const el of widgets) placeIn(doc.getElementById('en')!, el, doc);
      await Promise.all(widgets.map((el) => el.updateComplete));
      await nextFrame(frame.win);
      await nextFrame(frame.win);

      expectRendered(widgets);
      const problems = widgets.flatMap((el) => fitProblems(el, 'en'));
      for (const check of kept) problems.push(...(await check()));
      expect(problems, problems.join('\n')).to.deep.equal([]);

      // and back
      for (const el of widgets) placeIn(doc.getElementById('vi')!, el, doc);
      await Promise.all(widgets.map((el) => el.updateComplete));
      await nextFrame(frame.win);
      await nextFrame(frame.win);
      const back = widgetsIn(doc.getElementById('vi')!).filter((el) => el.localName === spec.tag).flatMap((el) => fitProblems(el, 'vi'));
      expect(back, back.join('\n')).to.deep.equal([]);
    });
  }

  it('keeps the Earlier/Later buttons in step with the row after a move, hidden and shown again', async () => {
    const { doc, win } = frame;
    const hidden = doc.getElementById('hidden')!;
    const rows = scrollers(doc.getElementById('row')!);
    expect(rows.length, 'scrollers in the row').to.be.greaterThan(0);
    for (const el of rows) {
      const name = describeWidget(el);
      const [earlier, later] = buttonsOf(el);
      const row = rowOf(el);
      // the reader goes to the end of the row
      row.scrollLeft = row.scrollWidth;
      for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'true'; i++) await nextFrame(win);
      expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), `${name}: at the end`).to.deep.equal(['false', 'true']);

      // the page moves it into a collapsed section, then opens the section: the row starts again at the beginning
      hidden.append(el);
      await nextFrame(win);
      hidden.hidden = false;
      for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'false'; i++) await nextFrame(win);
      expect(row.scrollLeft, `${name}: back at the start`).to.equal(0);
      expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), `${name}: at the start again`).to.deep.equal(['true', 'false']);

      // and a container wide enough for every card leaves nothing to scroll to
      hidden.style.width = '12000px';
      for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'true'; i++) await nextFrame(win);
      expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), `${name}: everything in view`).to.deep.equal(['true', 'true']);
      el.remove();
      hidden.hidden = true;
      hidden.style.width = '700px';
    }
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the sources list as widgets move, leave, come back and are copied', function () {
  this.timeout(30000);
  let frame: Frame;
  /** One of each widget in the article, and the list at the end of it. */
  let widgets: Widget[];
  let list: Widget;
  /** What they cite at the start. */
  let CITED: string[];
  /** A widget that cites a source no other widget of the page cites, and those sources: the checks see them come and go. */
  let sole: Widget | undefined;
  let soleSources: string[] = [];
  const movable = () => widgets.filter((el) => !checksOf(el).pageChecks.inline);

  /** Lets the widgets render and report, and every list render again. */
  async function listed(target = list): Promise<string[]> {
    await settled(frame.win);
    await Promise.all(widgetsIn(frame.doc).map((el) => el.updateComplete));
    await target.updateComplete;
    return listedIn(target);
  }

  before(async () => {
    const [first, ...others] = oneOfEach().filter((p) => p.spec !== LIST);
    frame = await openFrame(
      {
        html: page(
          `<div id="article" style="width: 700px">${markup([first, ...others])}</div>
          <div id="aside" style="width: 300px"></div>
          <div id="host"></div>
          <div id="collapsed" hidden></div>
          <footer id="end">${markup([{ spec: LIST, example: hardeningExamples(LIST)[0], lang: 'en', theme: 'light' }])}</footer>`,
        ),
      },
      { width: 800, height: 600 },
    );
    const all = widgetsIn(frame.doc);
    list = all.find(isList)!;
    widgets = all.filter((el) => !isList(el));
    CITED = citedBy(widgets);
    sole = movable().find((el) => citedBy([el]).some((id) => !citedBy(widgets.filter((w) => w !== el)).includes(id)));
    soleSources = sole ? citedBy([sole]).filter((id) => !citedBy(widgets.filter((w) => w !== sole)).includes(id)) : [];
    frame.doc.getElementById('host')!.attachShadow({ mode: 'open' });
  });
  after(() => frame?.iframe.remove());

  it('starts with the sources of every widget on the page, each once', async () => {
    expect(await listed()).to.deep.equal(CITED);
    // a widget cites a source nothing else does: the checks below see it come and go
    expect(sole, 'a widget with a source of its own').to.exist;
    expect(soleSources.length).to.be.greaterThan(0);
  });

  it('keeps the list when widgets move to another container, into a shadow root and into a hidden section', async () => {
    const { doc } = frame;
    const places = [doc.getElementById('aside')!, doc.getElementById('host')!.shadowRoot!, doc.getElementById('collapsed')!];
    movable().forEach((el, i) => places[i % places.length].append(el));
    expect(await listed()).to.deep.equal(CITED);
    doc.getElementById('article')!.append(...movable());
    expect(await listed()).to.deep.equal(CITED);
  });

  it("drops a widget's sources when it leaves the page, and lists them again when it comes back", async () => {
    sole!.remove();
    expect(await listed()).to.deep.equal(CITED.filter((id) => !soleSources.includes(id)));
    frame.doc.getElementById('article')!.prepend(sole!);
    expect(await listed()).to.deep.equal(CITED);
  });

  it('lists the sources of copies of widgets once', async () => {
    const article = frame.doc.getElementById('article')!;
    const copies = movable().map((el) => el.cloneNode(true) as Widget);
    article.append(...copies);
    // the page cites the same sources twice over: still each once
    expect(await listed()).to.deep.equal(CITED);
    for (const copy of copies) copy.remove();
    expect(await listed()).to.deep.equal(CITED);
  });

  it('follows what the widgets show: each given the attributes of another of its examples, and back', async () => {
    const changed = widgets.flatMap((el) => {
      const other = hardeningExamples(checksOf(el))[1];
      return other ? [{ el, before: Array.from(el.attributes, (a) => [a.name, a.value] as const), after: Object.entries(other.byLanguage?.en ?? other.attributes) }] : [];
    });
    expect(changed.length).to.be.greaterThan(1);
    const give = (el: Widget, attributes: readonly (readonly [string, string])[]) => {
      for (const { name } of Array.from(el.attributes)) el.removeAttribute(name);
      for (const [name, value] of attributes) el.setAttribute(name, value);
    };
    for (const { el, after } of changed) give(el, after);
    // what a widget cites may depend on what it shows (a timeline's max-items keeps a window of its events)
    await Promise.all(changed.map(({ el }) => el.updateComplete));
    const now = citedBy(widgets);
    expect(now, 'what they cite now').not.to.deep.equal(CITED);
    expect(await listed()).to.deep.equal(now);
    for (const { el, before } of changed) give(el, before);
    expect(await listed(), 'as they were').to.deep.equal(CITED);
  });

  it('keeps listing when the list itself moves, and a second list says the same', async () => {
    const { doc } = frame;
    doc.getElementById('aside')!.append(list);
    expect(await listed()).to.deep.equal(CITED);
    const second = doc.createElement(LIST.tag) as Widget;
    doc.getElementById('host')!.shadowRoot!.append(second);
    expect(await listed(second)).to.deep.equal(CITED);
    expect(await listed()).to.deep.equal(CITED);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('widgets inside a display:none parent that is shown later', function () {
  this.timeout(30000);
  let frame: Frame;
  const WIDGETS = markup(byTurns());

  before(async () => {
    frame = await openFrame(
      { html: page(`<div id="shown" style="width: 760px">${WIDGETS}</div><div id="later" style="display: none; width: 760px">${WIDGETS}</div>`) },
      { width: 800, height: 600 },
    );
  });
  after(() => frame?.iframe.remove());

  it('renders while hidden, without taking space', () => {
    const hidden = widgetsIn(frame.doc.getElementById('later')!);
    expect(hidden).to.have.length(byTurns().length);
    for (const el of hidden) {
      expect(el.shadowRoot?.querySelector('[part~="base"]'), describeWidget(el)).to.exist;
      expect(el.getBoundingClientRect().height, describeWidget(el)).to.equal(0);
    }
  });

  it('has the same size, layout, scroll position and buttons as widgets that were never hidden, once shown', async () => {
    const { doc, win } = frame;
    doc.getElementById('later')!.style.display = 'block';
    await settled(win);
    const later = widgetsIn(doc.getElementById('later')!);
    expectRendered(later);
    const reference = widgetsIn(doc.getElementById('shown')!);
    const problems: string[] = [];
    later.forEach((el, i) => {
      const ref = reference[i];
      const { pageChecks, tools } = checksOf(el);
      const [h, hRef] = [el.getBoundingClientRect().height, ref.getBoundingClientRect().height];
      if (Math.abs(h - hRef) > 1) problems.push(`${describeWidget(el)}: ${h}px high, ${hRef}px when never hidden`);
      problems.push(...(pageChecks.sameAs?.(el, ref, tools) ?? []));
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('keeps the Earlier/Later buttons in step with the row when hidden and shown again (a tab panel)', async () => {
    const { doc, win } = frame;
    const column = doc.getElementById('shown')!;
    const rows = scrollers(column);
    expect(rows.length, 'scrollers').to.be.greaterThan(0);
    for (const el of rows) {
      el.scrollIntoView();
      rowOf(el).scrollLeft = rowOf(el).scrollWidth / 2;
      await settled(win);
      expect(buttonStates(el), `${describeWidget(el)}: in the middle of the row`).to.deep.equal(['false', 'false']);
    }
    column.style.display = 'none';
    await settled(win);
    column.style.display = 'block';
    await settled(win);
    for (const el of rows) {
      // engines differ in whether a shown scroller keeps its position; the buttons must say where it is
      const row = rowOf(el);
      const expected = [row.scrollLeft > 1, row.scrollLeft + row.clientWidth < row.scrollWidth - 1].map((can) => String(!can));
      expect(buttonStates(el), `${describeWidget(el)} at ${row.scrollLeft}px of ${row.scrollWidth}px`).to.deep.equal(expected);
    }
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('a right-to-left page (dir="rtl")', function () {
  this.timeout(30000);
  let rtl: Frame;
  let ltr: Frame;
  const BODY = `<div style="width: 600px">${markup(byTurns())}</div>`;

  before(async () => {
    ltr = await openFrame({ html: page(BODY) });
    rtl = await openFrame({ html: page(BODY, { dir: 'rtl' }) });
  });
  after(() => {
    ltr?.iframe.remove();
    rtl?.iframe.remove();
  });

  it('keeps every widget left-to-right, laid out exactly as on a left-to-right page', () => {
    const problems: string[] = [];
    const widgets = widgetsIn(rtl.doc);
    const reference = widgetsIn(ltr.doc);
    expectRendered(widgets);
    widgets.forEach((el, i) => {
      // a widget set in a sentence is the page's text and flows with it; what it draws itself is checked below
      if (checksOf(el).pageChecks.inline) return;
      const name = describeWidget(el);
      const ref = reference[i];
      if (getComputedStyle(part(el, 'base')!).direction !== 'ltr') problems.push(`${name} is right-to-left`);
      const origin = el.getBoundingClientRect();
      const refOrigin = ref.getBoundingClientRect();
      if (Math.abs(origin.height - refOrigin.height) > 1) problems.push(`${name}: ${origin.height}px high, ${refOrigin.height}px left-to-right`);
      const nodes = Array.from(el.shadowRoot!.querySelectorAll('[part]'));
      const refNodes = Array.from(ref.shadowRoot!.querySelectorAll('[part]'));
      nodes.forEach((node, j) => {
        const [a, b] = [node.getBoundingClientRect(), refNodes[j].getBoundingClientRect()];
        if (a.width === 0 && b.width === 0) return; // not displayed (a closed item's details)
        if (Math.abs(a.left - origin.left - (b.left - refOrigin.left)) > 1 || Math.abs(a.width - b.width) > 1) {
          problems.push(`${name}: [part="${node.getAttribute('part')}"] at ${Math.round(a.left - origin.left)}px, ${Math.round(b.left - refOrigin.left)}px left-to-right`);
        }
      });
    });
    expect(problems.slice(0, 20), problems.slice(0, 20).join('\n')).to.deep.equal([]);
  });

  for (const spec of hardened.filter((s) => s.pageChecks.popup && s.pageChecks.inline)) {
    const popup = spec.pageChecks.popup!;
    it(`opens the ${popup.name} of <${spec.tag}> beside its words, left-to-right`, async () => {
      const el = rtl.doc.querySelector<Widget>(spec.tag)!;
      expect(getComputedStyle(el.closest('p')!).direction, 'the paragraph').to.equal('rtl');
      await popup.open(el, pageOf(rtl), spec.tools);
      const [card, words] = [part(el, popup.part)!, part(el, popup.trigger)!];
      const [box, under] = [card.getBoundingClientRect(), words.getBoundingClientRect()];
      expect(isShown(card), 'open').to.equal(true);
      expect(Math.max(box.top - under.bottom, under.top - box.bottom), 'just below or above the words').to.be.within(0, 12);
      expect(box.left < under.right && box.right > under.left, 'where the words are').to.equal(true);
      const style = getComputedStyle(card);
      expect([style.direction, style.textAlign]).to.deep.equal(['ltr', 'start']);
      await popup.close(el, pageOf(rtl), spec.tools);
    });
  }

  for (const spec of hardened.filter((s) => s.pageChecks.scroller)) {
    it(`scrolls the row of <${spec.tag}> left-to-right: Later goes right`, async () => {
      const rows = scrollers(rtl.doc);
      const references = scrollers(ltr.doc);
      expect(rows.length, 'scrollers').to.be.greaterThan(0);
      for (const [i, el] of rows.entries()) {
        const row = rowOf(el);
        const start = row.scrollLeft;
        expect(start, `${describeWidget(el)}: scrolled as left-to-right (to its highlighted item)`).to.equal(rowOf(references[i]).scrollLeft);
        const [earlier, later] = buttonsOf(el);
        expect(later.getBoundingClientRect().left, 'Later to the right of Earlier').to.be.greaterThan(earlier.getBoundingClientRect().right);
        el.scrollIntoView();
        if (later.getAttribute('aria-disabled') === 'true') continue;
        later.click();
        for (let t = 0; t < 60 && row.scrollLeft <= start; t++) await aTimeout(50);
        expect(row.scrollLeft, describeWidget(el)).to.be.greaterThan(start);
      }
    });
  }

  it('logs no warning or error and throws nothing', () => {
    expectSilent(rtl);
    expectSilent(ltr);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('200 widgets on one page', function () {
  this.timeout(60000);
  let frame: Frame;
  let elapsed = 0;

  /**
   * 199 widgets: each widget but the list in turn, each time its next example (every example of the gallery),
   * interleaved, in both languages and both themes, and a list of their sources.
   */
  const WIDGETS = hardened.filter((spec) => spec !== LIST);
  const PLACED: Placement[] = Array.from({ length: 199 }, (_, i) => {
    const spec = WIDGETS[i % WIDGETS.length];
    const example = spec.examples[Math.floor(i / WIDGETS.length) % spec.examples.length];
    return { spec, example, lang: i % 2 ? 'vi' : 'en', theme: i % 3 === 0 ? 'dark' : 'light' };
  });
  PLACED.push({ spec: LIST, example: LIST.examples[0], lang: 'en', theme: 'light' });

  before(async () => {
    const started = performance.now();
    frame = await openFrame({ html: page(`<div id="column" style="width: 640px">${markup(PLACED)}</div>`) }, { width: 700, height: 600 });
    elapsed = performance.now() - started;
  });
  after(() => frame?.iframe.remove());

  it('renders all 200, of every kind', () => {
    const widgets = widgetsIn(frame.doc);
    expect(widgets).to.have.length(200);
    for (const { tag } of hardened) {
      expect(widgets.filter((el) => el.localName === tag), tag).to.have.length(PLACED.filter((p) => p.spec.tag === tag).length);
    }
    const problems = widgets.flatMap(renderProblems);
    expect(problems.slice(0, 20), problems.slice(0, 20).join('\n')).to.deep.equal([]);
  });

  it('lists the sources of all of them, each once', () => {
    const widgets = widgetsIn(frame.doc);
    const listed = listedIn(widgets.find(isList)!);
    expect(listed, 'each entry names one source, once').to.deep.equal([...new Set(listed.filter((id) => LIST.tools.byId('sources', id)))].sort());
    const cited = citedBy(widgets.filter((el) => !isList(el)));
    expect(cited.filter((id) => !listed.includes(id)), 'cited by a widget, and not listed').to.deep.equal([]);
  });

  it('loads and renders them within a generous time (10 s; the benchmark measures the real figure)', () => {
    expect(elapsed).to.be.below(10000);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});
