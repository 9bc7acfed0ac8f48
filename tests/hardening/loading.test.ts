import { aTimeout, expect } from '@open-wc/testing';
import { byId, dataset } from '../../src/internal/data.js';
import { strings } from '../../src/internal/i18n.js';
import { chartStrings } from '../../src/upr-recommendations-chart/upr-recommendations-chart.strings.js';
import { quoteStrings } from '../../src/upr-quote/upr-quote.strings.js';
import { timelineStrings } from '../../src/upr-timeline/upr-timeline.strings.js';
import { nextFrame, type PageRecord, TAGS, type Widget, widgetsIn } from '../helpers/frame.js';
import { normalize, part, parts } from '../helpers/shadow.js';

/**
 * How real pages load and handle the widgets: the bundle twice (tag managers), the ES module and the classic
 * build together, elements written before the script or created after it, widgets moved between containers,
 * hidden and shown, on a right-to-left page, and 200 of them at once. Each page is an iframe that loads the
 * built bundle from its own script tag; a recorder script, first in the page, collects console output and
 * errors (tests/hardening/pages/recorder.ts).
 */

const MODULE = '/dist/upr-widgets.js';
const CLASSIC = '/dist/upr-widgets.iife.js';
const RECORDER = '/tests/hardening/pages/recorder.ts';

type FrameWindow = Window & typeof globalThis & { UprWidgets?: Record<string, unknown> };
interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  record: PageRecord;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function describeWidget(el: Element): string {
  return `<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
}

function isShown(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility === 'visible';
}

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

/** Loads a page (srcdoc) in an iframe; unless told not to, waits until the widgets on it have rendered. */
async function openFrame(html: string, { width = 800, height = 600, widgets = true } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'host page';
  // fixed at the top left: WebKit throttles animation frames (and so rendering updates) in iframes out of view
  iframe.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0`;
  iframe.srcdoc = html;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  const doc = iframe.contentDocument!;
  const record = (win as unknown as { __uprRecord?: PageRecord }).__uprRecord;
  if (!record) throw new Error('the recorder script did not run in the page');
  const frame = { iframe, win, doc, record };
  if (widgets) await rendered(frame);
  return frame;
}

/** Waits until every tag is defined and every widget on the page has rendered, and the page has painted. */
async function rendered({ win, doc, record }: Frame, timeoutMs = 10000): Promise<void> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`widgets not defined after ${timeoutMs} ms: ${record.problems.join('; ')}`)), timeoutMs);
  });
  await Promise.race([Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))), timeout]).finally(() =>
    window.clearTimeout(timer),
  );
  await Promise.all(widgetsIn(doc).map((el) => el.updateComplete));
  await nextFrame(win);
  await nextFrame(win);
}

/** Problems with a widget as a reader sees it: not upgraded, a fallback instead of content, not on screen. */
function renderProblems(el: Widget): string[] {
  const name = describeWidget(el);
  if (!el.matches(':defined') || !el.shadowRoot) return [`${name} is not upgraded`];
  const root = el.shadowRoot;
  const problems: string[] = [];
  if (root.querySelectorAll('[part~="base"]').length !== 1) problems.push(`${name} has ${root.querySelectorAll('[part~="base"]').length} bases`);
  // a term shows the page's words through a slot: its fallback is those words with nothing to tap
  const fallback = el.localName === 'upr-term' ? !part(el, 'trigger') : root.querySelector('[part~="unavailable"], slot');
  if (fallback) problems.push(`${name} shows its fallback`);
  if (!isShown(part(el, 'base'))) problems.push(`${name} is not on screen`);
  const key = {
    'upr-quote': 'quote',
    'upr-fact-card': 'value',
    'upr-timeline': 'title',
    'upr-recommendations-chart': el.getAttribute('view') === 'table' ? 'table' : 'chart',
    'upr-term': 'trigger',
    'upr-sources': 'list',
  }[el.localName]!;
  if (!isShown(part(el, key))) problems.push(`${name} shows no ${key}`);
  return problems;
}

function expectRendered(widgets: Widget[]): void {
  const problems = widgets.flatMap(renderProblems);
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

function expectSilent(frame: Frame): void {
  expect(frame.record.problems, frame.record.problems.join('\n')).to.deep.equal([]);
}

/** Lets the page lay out, deliver resize observations and re-render: a few frames and a moment. */
async function settled(win: Window): Promise<void> {
  await nextFrame(win);
  await nextFrame(win);
  await aTimeout(50);
  await nextFrame(win);
}

/** aria-disabled of a timeline's Earlier and Later buttons. */
function buttonStates(timeline: Element): (string | null)[] {
  return Array.from(timeline.shadowRoot!.querySelectorAll('[part~="controls"] button'), (b) => b.getAttribute('aria-disabled'));
}

/** Opens a term's definition by clicking its words, as a reader does; returns whether it opened beside them. */
async function openTerm(term: Widget, win: Window): Promise<boolean> {
  term.scrollIntoView({ block: 'nearest' });
  const words = part(term, 'trigger')!;
  words.click();
  await term.updateComplete;
  const card = part(term, 'popover')!;
  for (let i = 0; i < 20 && !card.style.top; i++) await nextFrame(win);
  await nextFrame(win);
  const [box, under] = [card.getBoundingClientRect(), words.getBoundingClientRect()];
  const beside = Math.max(box.top - under.bottom, under.top - box.bottom);
  return words.getAttribute('aria-expanded') === 'true' && isShown(card) && beside >= 0 && beside <= 12 && box.left < under.right && box.right > under.left;
}

/**
 * Goes through a chart's bars with the keyboard, as a reader does: Tab lands on the first, the arrow keys move
 * on; returns whether each bar took focus in turn and showed its tooltip.
 */
async function walkBars(chart: Widget): Promise<boolean> {
  const bars = Array.from(chart.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]'));
  const inTabOrder = bars.filter((bar) => bar.tabIndex === 0);
  if (bars.length < 2 || inTabOrder.length !== 1 || inTabOrder[0] !== bars[0]) return false;
  bars[0].focus();
  for (let i = 0; i < bars.length; i++) {
    if (chart.shadowRoot!.activeElement !== bars[i]) return false;
    if (getComputedStyle(bars[i].querySelector('[part~="tooltip"]')!).visibility !== 'visible') return false;
    bars[i].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await chart.updateComplete;
  }
  bars.at(-1)!.blur();
  return true;
}

/** Opens the first item of a timeline by clicking its title, as a reader does; returns whether it opened. */
async function openFirstItem(timeline: Widget): Promise<boolean> {
  const button = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!;
  const before = button.getAttribute('aria-expanded');
  button.click();
  await timeline.updateComplete;
  const details = timeline.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
  return before === 'false' && button.getAttribute('aria-expanded') === 'true' && isShown(details);
}

const SOME_WIDGETS = `
  <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
  <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
  <upr-timeline cycles="4"></upr-timeline>
  <upr-recommendations-chart cycles="3,4"></upr-recommendations-chart>
  <p>The <upr-term term="upr">UPR</upr-term> reviews every member state.</p>
  <upr-sources></upr-sources>
`;

/** The sources of a quote, a fact and a cycle's events, from the dataset: what a sources list must name, each once. */
const quoteSources = (id: string) => [byId('quotes', id)!.source];
const factSources = (id: string) => byId('facts', id)!.sources;
const cycleEventSources = (cycle: number) => dataset.events.filter((e) => e.cycle === cycle).flatMap((e) => e.sources);
const termSources = (id: string) => byId('glossary', id)!.sources;
/** What a chart of these cycles cites: the sources of its counts, and of the other count where there is one. */
const chartSources = (cycles: readonly number[]) =>
  dataset.cycles
    .filter((c) => cycles.includes(c.number))
    .flatMap((c) => [
      ...Object.values(c.recommendations).flatMap((count) => count.sources ?? []),
      ...(c.alternativeCount?.sources ?? []),
    ]);
const distinct = (ids: readonly string[]) => [...new Set(ids)].sort();
/** What SOME_WIDGETS cite. */
const SOME_WIDGETS_CITE = distinct([
  ...quoteSources('do-hung-viet-midterm-launch-groundwork'),
  ...factSources('cycle-4-acceptance-share'),
  ...cycleEventSources(4),
  ...chartSources([3, 4]),
  ...termSources('upr'),
]);

/**
 * The dataset ids of the sources a `<upr-sources>` lists, read from what the reader sees: each entry names one
 * source by its outlet, its title or symbol, and its date (the `datetime` of its `<time>`), which no two sources
 * share. An entry that matches no source, or several, is returned as a description, so that it fails a comparison.
 */
function listedIds(list: Element): string[] {
  return parts(list, 'entry')
    .map((entry) => {
      const text = entry.textContent ?? '';
      const date = entry.querySelector('time')?.getAttribute('datetime') ?? undefined;
      const matches = dataset.sources.filter(
        (s) => text.includes(s.outlet) && text.includes(s.title ?? s.reference ?? '') && s.published === date,
      );
      return matches.length === 1 ? matches[0].id : `(${matches.length} sources match "${normalize(text)}")`;
    })
    .sort();
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
        frame = await openFrame(page(SOME_WIDGETS, { head }));
        // both copies have run: give the second one's definitions time to be refused, silently
        await aTimeout(50);
      });
      after(() => frame?.iframe.remove());

      it('renders every widget once, and they work', async () => {
        expectRendered(widgetsIn(frame.doc));
        expect(await openFirstItem(frame.doc.querySelector<Widget>('upr-timeline')!), 'a title opens its item').to.equal(true);
        expect(await openTerm(frame.doc.querySelector<Widget>('upr-term')!, frame.win), 'a term opens its definition').to.equal(true);
        expect(await walkBars(frame.doc.querySelector<Widget>('upr-recommendations-chart')!), 'the keyboard goes through the bars').to.equal(true);
      });

      it('lists each source the widgets cite once, as with one copy of the script', () => {
        expect(listedIds(frame.doc.querySelector('upr-sources')!)).to.deep.equal(SOME_WIDGETS_CITE);
      });

      if (head.includes(CLASSIC)) {
        it('keeps the definitions of whichever build ran first', () => {
          const classic = frame.win.UprWidgets;
          expect(classic, 'window.UprWidgets').to.exist;
          const classicFirst = head.startsWith(`<script src="${CLASSIC}"`);
          for (const [tag, name] of [['upr-quote', 'UprQuote'], ['upr-fact-card', 'UprFactCard'], ['upr-timeline', 'UprTimeline'], ['upr-recommendations-chart', 'UprRecommendationsChart'], ['upr-term', 'UprTerm'], ['upr-sources', 'UprSources']]) {
            expect(frame.win.customElements.get(tag) === classic![name], tag).to.equal(classicFirst);
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
  let frame: Frame;
  let detached: Widget;
  let propertyFirst: Widget;

  before(async () => {
    // markup first; the script comes later (as with a CMS that puts it at the end, or a consent manager)
    frame = await openFrame(
      page(
        `<div id="article">
          <upr-quote quote="do-hung-viet-midterm-launch-groundwork">
            <blockquote>Fallback words written by the editor.</blockquote>
          </upr-quote>
          <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
          <upr-timeline cycles="4" highlight="cycle-4-review"></upr-timeline>
          <p id="story">The <upr-term term="upr">UPR</upr-term> reviews every member state.</p>
        </div>`,
        { head: '' },
      ),
      { widgets: false },
    );
  });
  after(() => frame?.iframe.remove());

  it('shows the editor\'s fallback content until the script runs', () => {
    const { doc } = frame;
    for (const el of widgetsIn(doc)) {
      expect(el.matches(':defined'), describeWidget(el)).to.equal(false);
      expect(el.shadowRoot, describeWidget(el)).to.equal(null);
    }
    expect(isShown(doc.querySelector('upr-quote blockquote')), 'the fallback quote').to.equal(true);
    expect(text(doc.getElementById('story')), "the term's words, in the sentence").to.equal('The UPR reviews every member state.');
    expect(isShown(doc.querySelector('upr-term')), "the term's words").to.equal(true);
  });

  it('upgrades every element already on the page once the script runs, including ones made with createElement before it', async () => {
    const { doc, win } = frame;
    // created by page scripts before the widgets' script: one connected, one still detached, one given a property
    const early = doc.createElement('upr-fact-card');
    early.setAttribute('fact', 'cycle-3-acceptance-share');
    doc.getElementById('article')!.append(early);
    detached = doc.createElement('upr-quote') as Widget;
    detached.setAttribute('quote', 'bui-thanh-son-hrc49-motto');
    propertyFirst = doc.createElement('upr-fact-card') as Widget;
    (propertyFirst as unknown as { fact: string }).fact = 'cycle-2-acceptance-share';
    doc.getElementById('article')!.append(propertyFirst);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = MODULE;
    doc.head.append(script);
    await rendered(frame);

    expectRendered(widgetsIn(doc));
    expect(isShown(doc.querySelector('upr-quote blockquote')), 'the fallback quote, replaced').to.equal(false);
    expect(text(part(early, 'value'))).to.equal('about 83%');
    expect(text(part(propertyFirst, 'value')), 'a property set before the upgrade').to.equal('80.17%');
    expect(win.customElements.get('upr-quote')).to.exist;
  });

  it('renders elements created after the script, however they are made', async () => {
    const { doc, win } = frame;
    const article = doc.getElementById('article')!;
    // appended after the definition, having been created before it
    article.append(detached);
    // createElement, attributes set after it is connected
    const timeline = doc.createElement('upr-timeline');
    article.append(timeline);
    timeline.setAttribute('cycles', '3');
    timeline.setAttribute('layout', 'horizontal');
    // the constructor
    const QuoteClass = win.customElements.get('upr-quote')!;
    const constructed = new QuoteClass() as Widget;
    constructed.setAttribute('quote', 'rana-flowers-un-support');
    article.append(constructed);
    // markup inserted by a CMS preview or an infinite-scroll loader
    article.insertAdjacentHTML('beforeend', '<div id="loaded"><upr-fact-card fact="hrc-election-2022-votes" variant="text"></upr-fact-card></div>');
    // a copy of a rendered widget
    const clone = doc.querySelector('upr-fact-card')!.cloneNode(true) as Widget;
    article.append(clone);
    // a term made by a script that writes a paragraph: the element, its attribute, then its words
    const paragraph = doc.createElement('p');
    const term = doc.createElement('upr-term') as Widget;
    paragraph.append('Read about the ', term, '.');
    article.append(paragraph);
    term.setAttribute('term', 'upr-cycle');
    term.append('cycles');
    await rendered(frame);

    const added = [detached, timeline as Widget, constructed, doc.querySelector<Widget>('#loaded upr-fact-card')!, clone, term];
    expectRendered(added);
    expect(text(part(detached, 'speaker'))).to.not.equal('');
    expect(getComputedStyle(part(timeline, 'list')!).display, 'horizontal after its attribute was set').to.equal('flex');
    expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(1);
    expect(text(part(clone, 'value'))).to.equal(text(part(doc.querySelector('upr-fact-card')!, 'value')));
    expect(text(paragraph), 'the words the script wrote').to.equal('Read about the cycles.');
    expect(await openTerm(term, win), 'the term opens its definition').to.equal(true);
    expect(text(part(term, 'name'))).to.equal(byId('glossary', 'upr-cycle')!.term.en);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('widgets moved between containers', function () {
  this.timeout(30000);
  let frame: Frame;
  const en = strings.en;
  const vi = strings.vi;

  before(async () => {
    frame = await openFrame(
      page(
        `<div id="vi" lang="vi" style="width: 360px">
          <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
          <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
          <upr-timeline layout="auto" cycles="3,4"></upr-timeline>
          <upr-recommendations-chart metric="share" cycles="3,4"></upr-recommendations-chart>
          <p>Tại <upr-term term="human-rights-council">Hội đồng Nhân quyền</upr-term>.</p>
        </div>
        <div id="en" lang="en" style="width: 900px"></div>
        <div id="hidden" hidden style="width: 700px"></div>
        <div id="row" style="width: 700px">
          <upr-timeline layout="horizontal"></upr-timeline>
        </div>`,
        { lang: 'en' },
      ),
      { width: 1000, height: 800 },
    );
  });
  after(() => frame?.iframe.remove());

  it('renders in the language of the container it starts in', () => {
    const [quote, card, timeline] = widgetsIn(frame.doc.getElementById('vi')!);
    expect(text(part(quote, 'copy-button'))).to.equal(quoteStrings.vi.copyCitation);
    expect(text(part(card, 'source'))).to.match(new RegExp(`^${vi.source}`));
    expect(part(timeline, 'list')!.getAttribute('aria-label')).to.equal(timelineStrings.vi.listLabel);
    expect(getComputedStyle(part(timeline, 'list')!).display, 'auto layout in 360px: vertical').not.to.equal('flex');
    const term = frame.doc.querySelector('#vi upr-term')!;
    expect(text(part(term, 'definition'))).to.equal(byId('glossary', 'human-rights-council')!.definition.vi);
  });

  it("gives a chart's title and figures in its new container's language, keeping the bar the reader was on", async () => {
    const { doc } = frame;
    const chart = doc.querySelector<Widget>('#vi upr-recommendations-chart')!;
    const bars = () => Array.from(chart.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]'));
    expect(text(part(chart, 'title'))).to.equal(chartStrings.vi.title.share);
    expect(bars().map((bar) => text(bar.querySelector('.bar-value')))).to.deep.equal(['82,8%*', '84,7%*']);
    bars()[0].focus();
    bars()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await chart.updateComplete;
    doc.getElementById('en')!.append(chart);
    await chart.updateComplete;
    expectRendered([chart]);
    expect(text(part(chart, 'title'))).to.equal(chartStrings.en.title.share);
    expect(bars().map((bar) => text(bar.querySelector('.bar-value')))).to.deep.equal(['82.8%*', '84.7%*']);
    expect(bars().map((bar) => bar.tabIndex), 'the second bar still the one in the tab order').to.deep.equal([-1, 0]);
    doc.getElementById('vi')!.append(chart);
    await chart.updateComplete;
  });

  it("gives a term's definition in the language of the paragraph it is moved to, closed by the move", async () => {
    const { doc, win } = frame;
    const term = doc.querySelector<Widget>('#vi upr-term')!;
    expect(await openTerm(term, win), 'opened before the move').to.equal(true);
    const paragraph = doc.createElement('p');
    paragraph.append('At the ', term, '.');
    doc.getElementById('en')!.append(paragraph);
    await term.updateComplete;
    expect(part(term, 'trigger')!.getAttribute('aria-expanded'), 'closed when it left its place').to.equal('false');
    expect(isShown(part(term, 'popover')), 'no definition left on screen').to.equal(false);
    expect(await openTerm(term, win), 'opens again').to.equal(true);
    expect(text(part(term, 'definition'))).to.equal(byId('glossary', 'human-rights-council')!.definition.en);
    part(term, 'trigger')!.click();
    await term.updateComplete;
  });

  it('re-renders in the new container\'s language and width when moved, keeping what the reader opened', async () => {
    const { doc } = frame;
    const [quote, card, timeline] = widgetsIn(doc.getElementById('vi')!);
    expect(await openFirstItem(timeline), 'opened before the move').to.equal(true);
    const items = timeline.shadowRoot!.querySelectorAll('[part~="item"]').length;
    doc.getElementById('en')!.append(quote, card, timeline);
    await Promise.all([quote, card, timeline].map((el) => el.updateComplete));
    await nextFrame(frame.win);

    expectRendered([quote, card, timeline]);
    expect(text(part(quote, 'copy-button'))).to.equal(quoteStrings.en.copyCitation);
    expect(part(quote, 'quote')!.getAttribute('lang')).to.equal('en');
    expect(text(part(card, 'source'))).to.match(new RegExp(`^${en.source}`));
    expect(text(part(card, 'value'))).to.equal('84.7%');
    expect(part(timeline, 'list')!.getAttribute('aria-label')).to.equal(timelineStrings.en.listLabel);
    expect(timeline.shadowRoot!.querySelectorAll('[part~="item"]').length, 'same items, none twice').to.equal(items);
    expect(getComputedStyle(part(timeline, 'list')!).display, 'auto layout in 900px: horizontal').to.equal('flex');
    expect(timeline.shadowRoot!.querySelector('[part~="title"] button')!.getAttribute('aria-expanded'), 'still open').to.equal('true');

    // and back
    doc.getElementById('vi')!.append(quote);
    await quote.updateComplete;
    expect(text(part(quote, 'copy-button'))).to.equal(quoteStrings.vi.copyCitation);
  });

  it('keeps the Earlier/Later buttons in step with the row after a move, hidden and shown again', async () => {
    const { doc, win } = frame;
    const timeline = doc.querySelector<Widget>('#row upr-timeline')!;
    const [earlier, later] = Array.from(timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button'));
    const row = part(timeline, 'list')!;
    // the reader goes to the end of the row
    row.scrollLeft = row.scrollWidth;
    for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'true'; i++) await nextFrame(win);
    expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), 'at the end').to.deep.equal(['false', 'true']);

    // the page moves it into a collapsed section, then opens the section: the row starts again at the beginning
    doc.getElementById('hidden')!.append(timeline);
    await nextFrame(win);
    doc.getElementById('hidden')!.hidden = false;
    for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'false'; i++) await nextFrame(win);
    expect(row.scrollLeft, 'back at the start').to.equal(0);
    expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), 'at the start again').to.deep.equal(['true', 'false']);

    // and a container wide enough for every card leaves nothing to scroll to
    doc.getElementById('hidden')!.style.width = '12000px';
    for (let i = 0; i < 20 && later.getAttribute('aria-disabled') !== 'true'; i++) await nextFrame(win);
    expect([earlier, later].map((b) => b.getAttribute('aria-disabled')), 'everything in view').to.deep.equal(['true', 'true']);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the sources list as widgets move, leave, come back and are copied', function () {
  this.timeout(30000);
  let frame: Frame;
  /** Widgets of SOME_WIDGETS (the chart and the term stay where they are), and the list at the end of the article. */
  let quote: Widget;
  let card: Widget;
  let timeline: Widget;
  let list: Widget;
  /** The quote's sources that no other widget of the page cites. */
  const QUOTE_ONLY = quoteSources('do-hung-viet-midterm-launch-groundwork').filter(
    (id) => ![...factSources('cycle-4-acceptance-share'), ...cycleEventSources(4), ...chartSources([3, 4]), ...termSources('upr')].includes(id),
  );

  /** Lets the widgets render and report, and every list render again. */
  async function listed(target = list): Promise<string[]> {
    await settled(frame.win);
    await Promise.all(widgetsIn(frame.doc).map((el) => el.updateComplete));
    await target.updateComplete;
    return listedIds(target);
  }

  before(async () => {
    frame = await openFrame(
      page(
        `<div id="article" style="width: 700px">${SOME_WIDGETS.replace('<upr-sources></upr-sources>', '')}</div>
        <div id="aside" style="width: 300px"></div>
        <div id="host"></div>
        <div id="collapsed" hidden></div>
        <footer id="end"><upr-sources></upr-sources></footer>`,
      ),
      { width: 800, height: 600 },
    );
    [quote, card, timeline, , , list] = widgetsIn(frame.doc);
    frame.doc.getElementById('host')!.attachShadow({ mode: 'open' });
  });
  after(() => frame?.iframe.remove());

  it('starts with the sources of every widget on the page, each once', async () => {
    expect(list.localName).to.equal('upr-sources');
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
    // the quote cites a source nothing else does: the checks below see it come and go
    expect(QUOTE_ONLY).to.have.length(1);
  });

  it('keeps the list when widgets move to another container, into a shadow root and into a hidden section', async () => {
    const { doc } = frame;
    doc.getElementById('aside')!.append(quote);
    doc.getElementById('host')!.shadowRoot!.append(card);
    doc.getElementById('collapsed')!.append(timeline);
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
    doc.getElementById('article')!.append(quote, card, timeline);
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
  });

  it("drops a widget's sources when it leaves the page, and lists them again when it comes back", async () => {
    quote.remove();
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE.filter((id) => !QUOTE_ONLY.includes(id)));
    frame.doc.getElementById('article')!.prepend(quote);
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
  });

  it('lists the sources of copies of widgets once', async () => {
    const article = frame.doc.getElementById('article')!;
    const copies = [quote, card, timeline].map((el) => el.cloneNode(true) as Widget);
    article.append(...copies);
    // the page cites the same sources twice over: still each once
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
    for (const copy of copies) copy.remove();
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
  });

  it("follows what a widget shows: the timeline's cycle", async () => {
    timeline.setAttribute('cycles', '3');
    expect(await listed()).to.deep.equal(
      distinct([
        ...quoteSources('do-hung-viet-midterm-launch-groundwork'),
        ...factSources('cycle-4-acceptance-share'),
        ...cycleEventSources(3),
        ...chartSources([3, 4]),
        ...termSources('upr'),
      ]),
    );
    timeline.setAttribute('cycles', '4');
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
  });

  it('keeps listing when the list itself moves, and a second list says the same', async () => {
    const { doc } = frame;
    doc.getElementById('aside')!.append(list);
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
    const second = doc.createElement('upr-sources') as Widget;
    doc.getElementById('host')!.shadowRoot!.append(second);
    expect(await listed(second)).to.deep.equal(SOME_WIDGETS_CITE);
    expect(await listed()).to.deep.equal(SOME_WIDGETS_CITE);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('widgets inside a display:none parent that is shown later', function () {
  this.timeout(30000);
  let frame: Frame;
  const WIDGETS = `
    <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
    <upr-fact-card fact="midterm-workshop-delegates-2021"></upr-fact-card>
    <upr-timeline cycles="3,4" highlight="cycle-3-review"></upr-timeline>
    <upr-timeline layout="horizontal" highlight="cycle-4-review"></upr-timeline>
    <upr-timeline layout="auto" highlight="cycle-4-review"></upr-timeline>
    <upr-recommendations-chart></upr-recommendations-chart>
    <p>The <upr-term term="upr">UPR</upr-term> reviews every member state.</p>
    <upr-sources></upr-sources>
  `;

  before(async () => {
    frame = await openFrame(
      page(`<div id="shown" style="width: 760px">${WIDGETS}</div><div id="later" style="display: none; width: 760px">${WIDGETS}</div>`),
      { width: 800, height: 600 },
    );
  });
  after(() => frame?.iframe.remove());

  it('renders while hidden, without taking space', () => {
    const hidden = widgetsIn(frame.doc.getElementById('later')!);
    expect(hidden).to.have.length(8);
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
      const name = describeWidget(el);
      const [h, hRef] = [el.getBoundingClientRect().height, ref.getBoundingClientRect().height];
      if (Math.abs(h - hRef) > 1) problems.push(`${name}: ${h}px high, ${hRef}px when never hidden`);
      if (el.localName !== 'upr-timeline') return;
      const list = part(el, 'list')!;
      const refList = part(ref, 'list')!;
      if (getComputedStyle(list).display !== getComputedStyle(refList).display) problems.push(`${name}: a different layout`);
      if (Math.abs(list.scrollLeft - refList.scrollLeft) > 1) problems.push(`${name}: scrolled to ${list.scrollLeft}px, ${refList.scrollLeft}px when never hidden`);
      const highlighted = part(el, 'item-highlighted');
      if (highlighted) {
        const [box, rowBox] = [highlighted.getBoundingClientRect(), list.getBoundingClientRect()];
        if (box.left < rowBox.left - 1 || box.right > rowBox.right + 1) problems.push(`${name}: the highlighted item is out of view`);
      }
      if (buttonStates(el).join() !== buttonStates(ref).join()) {
        problems.push(`${name}: Earlier/Later disabled ${buttonStates(el)}, ${buttonStates(ref)} when never hidden`);
      }
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('keeps the Earlier/Later buttons in step with the row when hidden and shown again (a tab panel)', async () => {
    const { doc, win } = frame;
    const column = doc.getElementById('shown')!;
    const timeline = column.querySelector<Widget>('upr-timeline[layout="horizontal"]')!;
    const row = part(timeline, 'list')!;
    timeline.scrollIntoView();
    row.scrollLeft = row.scrollWidth / 2;
    await settled(win);
    expect(buttonStates(timeline), 'in the middle of the row').to.deep.equal(['false', 'false']);
    column.style.display = 'none';
    await settled(win);
    column.style.display = 'block';
    await settled(win);
    // engines differ in whether a shown scroller keeps its position; the buttons must say where it is
    const expected = [row.scrollLeft > 1, row.scrollLeft + row.clientWidth < row.scrollWidth - 1].map((can) => String(!can));
    expect(buttonStates(timeline), `at ${row.scrollLeft}px of ${row.scrollWidth}px`).to.deep.equal(expected);
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
  const BODY = `<div style="width: 600px">
    <upr-quote quote="do-hung-viet-midterm-launch-groundwork"></upr-quote>
    <upr-fact-card fact="midterm-workshop-delegates-2021"></upr-fact-card>
    <upr-timeline cycles="3,4" highlight="cycle-4-review"></upr-timeline>
    <upr-timeline layout="horizontal" highlight="cycle-3-review"></upr-timeline>
    <upr-recommendations-chart></upr-recommendations-chart>
    <upr-recommendations-chart view="table" metric="share"></upr-recommendations-chart>
    <p>The <upr-term term="upr">UPR</upr-term> reviews every member state.</p>
    <upr-sources></upr-sources>
  </div>`;

  before(async () => {
    ltr = await openFrame(page(BODY));
    rtl = await openFrame(page(BODY, { dir: 'rtl' }));
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
      // a term's words are the page's text and flow with it; its definition is checked below
      if (el.localName === 'upr-term') return;
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

  it("opens a term's definition beside its words, left-to-right", async () => {
    const term = rtl.doc.querySelector<Widget>('upr-term')!;
    expect(getComputedStyle(term.closest('p')!).direction, 'the paragraph').to.equal('rtl');
    expect(await openTerm(term, rtl.win), 'opened beside the words').to.equal(true);
    const card = getComputedStyle(part(term, 'popover')!);
    expect([card.direction, card.textAlign]).to.deep.equal(['ltr', 'start']);
    part(term, 'trigger')!.click();
    await term.updateComplete;
  });

  it('scrolls the horizontal timeline left-to-right: Later goes right', async () => {
    const timeline = rtl.doc.querySelector<Widget>('upr-timeline[layout="horizontal"]')!;
    const row = part(timeline, 'list')!;
    const start = row.scrollLeft;
    expect(start, 'scrolled to the highlighted item, as left-to-right').to.equal(part(ltr.doc.querySelector('upr-timeline[layout="horizontal"]')!, 'list')!.scrollLeft);
    const [earlier, later] = Array.from(timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button'));
    expect(later.getBoundingClientRect().left, 'Later to the right of Earlier').to.be.greaterThan(earlier.getBoundingClientRect().right);
    timeline.scrollIntoView();
    later.click();
    for (let i = 0; i < 60 && row.scrollLeft <= start; i++) await aTimeout(50);
    expect(row.scrollLeft).to.be.greaterThan(start);
  });

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

  const QUOTES = [
    'doan-cong-huynh-balanced-approach',
    'le-thi-thu-hang-consistent-policy',
    'do-hung-viet-hundreds-of-recommendations',
    'do-hung-viet-midterm-launch-groundwork',
    'dang-hoang-giang-multilateralism-upr',
    'kamal-malhotra-midterm-report-commitment',
    'rana-flowers-un-support',
    'bui-thanh-son-hrc49-motto',
  ];
  const FACTS = [
    'cycle-4-acceptance-share',
    'midterm-workshop-delegates-2021',
    'epidemic-day-date',
    'cycle-2-acceptance-share',
    'hrc-election-2022-votes',
    'upr-cycle-length',
    'climate-resolution-core-group',
  ];
  const TIMELINES = [
    'cycles="4"',
    'cycles="3,4" highlight="cycle-3-review"',
    'layout="horizontal" max-items="8"',
    'kinds="review,adoption"',
    'from="2019" to="2022" layout="auto"',
    'max-items="5" highlight="cycle-4-review"',
  ];

  const TERMS = dataset.glossary.map((g) => g.id);

  const CHARTS = ['', 'cycles="3,4"', 'metric="share"', 'view="table"', 'cycles="1" metric="share" view="table"'];

  /**
   * 50 quotes, 49 fact cards, 40 timelines, 20 charts and 40 terms in paragraphs (half of them empty, showing the
   * term's name), interleaved, in both languages and both themes, and a list of their sources.
   */
  function manyWidgets(): string {
    const out: string[] = [];
    for (let i = 0; i < 199; i++) {
      const lang = i % 2 ? 'vi' : 'en';
      const theme = i % 3 === 0 ? ' theme="dark"' : '';
      const kind = i % 5 === 4 ? (i % 10 === 4 ? 4 : i % 20 === 9 ? 0 : 1) : i % 5;
      if (kind === 0) out.push(`<upr-quote lang="${lang}"${theme} quote="${QUOTES[i % QUOTES.length]}"${i % 4 === 0 ? ' size="compact"' : ''}></upr-quote>`);
      else if (kind === 1) out.push(`<upr-fact-card lang="${lang}"${theme} fact="${FACTS[i % FACTS.length]}"${i % 4 === 1 ? ' variant="text"' : ''}></upr-fact-card>`);
      else if (kind === 2) out.push(`<upr-timeline lang="${lang}"${theme} ${TIMELINES[i % TIMELINES.length]}></upr-timeline>`);
      else if (kind === 4) out.push(`<upr-recommendations-chart lang="${lang}"${theme} ${CHARTS[i % CHARTS.length]}></upr-recommendations-chart>`);
      else out.push(`<p lang="${lang}">A <upr-term${theme} term="${TERMS[i % TERMS.length]}">${i % 2 ? '' : 'term'}</upr-term> in a sentence.</p>`);
    }
    out.push('<upr-sources></upr-sources>');
    return `<div id="column" style="width: 640px">${out.join('\n')}</div>`;
  }

  before(async () => {
    const started = performance.now();
    frame = await openFrame(page(manyWidgets()), { width: 700, height: 600 });
    elapsed = performance.now() - started;
  });
  after(() => frame?.iframe.remove());

  it('renders all 200, of every kind', () => {
    const widgets = widgetsIn(frame.doc);
    expect(widgets).to.have.length(200);
    expect(widgets.filter((el) => el.localName === 'upr-quote')).to.have.length(50);
    expect(widgets.filter((el) => el.localName === 'upr-fact-card')).to.have.length(49);
    expect(widgets.filter((el) => el.localName === 'upr-timeline')).to.have.length(40);
    expect(widgets.filter((el) => el.localName === 'upr-recommendations-chart')).to.have.length(20);
    expect(widgets.filter((el) => el.localName === 'upr-term')).to.have.length(40);
    expect(widgets.filter((el) => el.localName === 'upr-sources')).to.have.length(1);
    const problems = widgets.flatMap(renderProblems);
    expect(problems.slice(0, 20), problems.slice(0, 20).join('\n')).to.deep.equal([]);
  });

  it('lists the sources of all of them, each once', () => {
    const listed = listedIds(frame.doc.querySelector('upr-sources')!);
    expect(listed, 'each entry names one source, once').to.deep.equal(distinct(listed.filter((id) => byId('sources', id))));
    const cited = distinct([
      ...QUOTES.flatMap(quoteSources),
      ...FACTS.flatMap(factSources),
      ...cycleEventSources(4),
      ...chartSources([1, 2, 3, 4]),
      ...TERMS.flatMap(termSources),
    ]);
    expect(cited.filter((id) => !listed.includes(id)), 'cited by a quote, a fact card, a chart, a term or the cycle IV timeline, and not listed').to.deep.equal([]);
  });

  it('loads and renders them within a generous time (10 s; the benchmark measures the real figure)', () => {
    expect(elapsed).to.be.below(10000);
  });

  it('logs no warning or error and throws nothing', () => {
    expectSilent(frame);
  });
});
