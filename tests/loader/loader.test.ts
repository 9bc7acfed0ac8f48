// The on-demand loader as a page has it (dist/loader/upr-widgets.js, built by npm run build): it defines a widget
// when one appears, loads that widget's code and the data it shows in its language only, and no more.
// One page for the whole file: a page loads the loader once, and each test goes on from what the one before left.
import { expect, waitUntil } from '@open-wc/testing';
import { byId } from '../../src/internal/data.js';
import { captureWarnings } from '../helpers/warnings.js';

const LOADER = '/dist/loader/upr-widgets.js';
const TAGS = ['upr-quote', 'upr-fact-card', 'upr-timeline', 'upr-recommendations-chart', 'upr-term', 'upr-sources'];

/** The script files of the loader's folder that this page has requested so far, by name. */
function requested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/dist/loader/'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1));
}

function add(markup: string, parent: ParentNode = document.body): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild as HTMLElement;
  parent.append(element);
  return element;
}

async function rendered(element: Element): Promise<string> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part="base"]'), `<${element.localName}> did not render`, { timeout: 4000 });
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

let discover: (root: ShadowRoot) => void;

describe('the on-demand loader', () => {
  before(async () => {
    expect(TAGS.filter((tag) => customElements.get(tag)), 'defined before the loader ran').to.deep.equal([]);
    ({ discover } = await import(/* @vite-ignore */ LOADER));
  });

  after(() => document.querySelectorAll(TAGS.join(',')).forEach((element) => element.remove()));

  it('loads nothing but itself on a page without widgets', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested()).to.deep.equal(['upr-widgets.js']);
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('defines a quote added to the page, with its words in Vietnamese only, and loads nothing of the other widgets', async () => {
    const quote = add('<upr-quote lang="vi" quote="doan-cong-huynh-balanced-approach"><p>Lời trích dẫn</p></upr-quote>');
    await customElements.whenDefined('upr-quote');
    // defined once its data was there: it renders at once, or waits for its turn with its fallback laid out
    expect(quote.shadowRoot !== null || quote.matches(':state(upr-waiting)'), 'rendered or waiting as soon as the tag is defined').to.equal(true);
    const text = await rendered(quote);
    const item = byId('quotes', 'doan-cong-huynh-balanced-approach')!;
    expect(text).to.include(item.text.slice(0, 40));
    expect(text).to.include(byId('people', item.speaker)!.name.vi);
    const files = requested();
    expect(files.some((file) => file.startsWith('upr-quote-'))).to.equal(true);
    expect(files.filter((file) => /^upr-(fact-card|timeline|recommendations-chart|term|sources)-/.test(file))).to.deep.equal([]);
    const data = files.filter((file) => file.startsWith('data-') && !file.startsWith('data-quotes-D'));
    expect(data.filter((file) => /\.vi-/.test(file))).to.have.length(1);
    expect(data.filter((file) => /\.en-/.test(file)), 'English data').to.deep.equal([]);
    // chunk names carry their content hash
    expect(files.every((file) => file === 'upr-widgets.js' || /-[A-Za-z0-9_-]{8}\.js$/.test(file)), files.join()).to.equal(true);
  });

  it('loads the other language when a widget changes language, and shows it', async () => {
    const quote = document.querySelector('upr-quote')!;
    const before = await rendered(quote);
    quote.setAttribute('lang', 'en');
    await waitUntil(() => quote.shadowRoot!.textContent!.includes('Copy citation'), 'the quote did not change to English', { timeout: 4000 });
    expect(requested().filter((file) => file.startsWith('data-quotes-doan-cong-huynh-balanced-approach.en-'))).to.have.length(1);
    expect(await rendered(quote)).not.to.equal(before);
  });

  it('defines widgets added later, each with its own data', async () => {
    const card = add('<upr-fact-card lang="vi" fact="midterm-reports-filed-june-2021"></upr-fact-card>');
    expect(await rendered(card)).to.include('Nước đã nộp báo cáo giữa kỳ UPR');
    expect(requested().filter((file) => file.startsWith('data-facts-midterm-reports-filed-june-2021.vi-'))).to.have.length(1);
  });

  it('keeps the page’s fallback in place until the data is there', async () => {
    const card = add('<upr-fact-card lang="en" fact="cycle-3-acceptance-share"><p id="fallback">The figure</p></upr-fact-card>');
    // defined already: the element waits for its data without a shadow root, so the fallback is what shows
    expect(card.shadowRoot).to.equal(null);
    expect((card.querySelector('#fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    // which upr-fallback.css lays out as it does an undefined element's
    if (CSS.supports('selector(:state(upr-waiting))')) expect(card.matches(':state(upr-waiting)'), 'waiting').to.equal(true);
    await rendered(card);
    if (CSS.supports('selector(:state(upr-waiting))')) expect(card.matches(':state(upr-waiting)'), 'waiting once rendered').to.equal(false);
  });

  it('names the known ids when an id is unknown, and shows the fallback', async () => {
    const warnings = captureWarnings();
    const quote = add('<upr-quote quote="doan-cong-huynh-balanced-aproach"><p>Fallback</p></upr-quote>');
    await rendered(quote);
    expect(quote.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(warnings.messages.join('\n')).to.include('doan-cong-huynh-balanced-approach');
  });

  it('finds widgets in a shadow root only once told with discover(root)', async () => {
    const host = add('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    const term = add('<upr-term term="upr">UPR</upr-term>', root);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // (a boolean: chai's message for a failure would print the class)
    expect(customElements.get('upr-term') === undefined, 'defined without discover').to.equal(true);
    discover(root);
    await rendered(term);
    const later = add('<upr-timeline lang="vi"></upr-timeline>', root);
    await rendered(later);
    expect(requested().filter((file) => /^data-events\.vi-/.test(file))).to.have.length(1);
    expect(requested().filter((file) => /^data-events\.en-/.test(file))).to.deep.equal([]);
  });

  it('renders a page full of widgets in turns, top to bottom, with tasks between them in which the page can paint', async () => {
    const kinds = [
      '<upr-quote lang="vi" quote="doan-cong-huynh-balanced-approach"><p>Lời trích dẫn</p></upr-quote>',
      '<upr-fact-card lang="vi" fact="midterm-reports-filed-june-2021"><p>Số liệu</p></upr-fact-card>',
      '<p><upr-term term="upr">UPR</upr-term></p>',
    ];
    const page = add('<div></div>');
    // their code and data are here already (the tests above): what is left is rendering them
    page.innerHTML = Array.from({ length: 240 }, (_, i) => kinds[i % kinds.length]).join('');
    const widgets = [...page.querySelectorAll<HTMLElement>('upr-quote, upr-fact-card, upr-term')];
    // How many had rendered, seen from each task that ran meanwhile (a posted message: the same kind of task as the
    // widgets' turns, so the two take turns in the queue).
    // (It stops once every widget has rendered, or after 4 s: its messages would keep timers from running.)
    const seen: number[][] = [];
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const shown = widgets.flatMap((widget, i) => (widget.shadowRoot ? [i] : []));
        seen.push(shown);
        if (shown.length < widgets.length && performance.now() - start < 4000) channel.port2.postMessage(null);
        else resolve();
      };
      channel.port2.postMessage(null);
    });
    const counts = seen.map((indexes) => indexes.length);
    expect(counts.at(-1), `rendered by then: ${[...new Set(counts)].join(' ')}`).to.equal(widgets.length);
    expect(counts.some((count) => count > 0 && count < widgets.length), `rendered in one task: ${counts.join(' ')}`).to.equal(true);
    await Promise.all(widgets.map((widget) => rendered(widget)));
    for (const indexes of seen) {
      expect(indexes, 'rendered in the order of the page').to.deep.equal(indexes.map((_, i) => i));
    }
    page.remove();
  });
});
