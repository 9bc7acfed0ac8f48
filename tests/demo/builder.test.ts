/**
 * The embed-code builder (demo/builder.html), driven through its controls in an iframe: each widget of the
 * registry starts from its first example; an item found by searching, a language and options give the expected
 * snippet; the snippet pasted into an empty page renders the same widget as the preview (which also proves the
 * integrity hash: a wrong one blocks the script). Without a language of its own (the default), the element has
 * no `lang` and the preview shows it in the article's language the editor picks.
 */
import { expect } from '@open-wc/testing';
import { nextFrame, openFrame as openPage, widgetsRendered, type Frame as PageFrame } from '../helpers/frame.js';
import { normalize, wordsWithoutControls } from '../helpers/shadow.js';
import { specOf, specs, TAGS } from '../helpers/specs.js';

type FrameWindow = Window & typeof globalThis & { axe?: { run(context: Node): Promise<AxeResults> } };
interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** console.error/warn calls, uncaught errors, failed resource loads and unhandled rejections. */
  problems: string[];
  /** Whether the hooks went in before the page had done what `started` looks for (see openFrame). */
  hookedEarly: boolean;
}
type UprElement = HTMLElement & { updateComplete: Promise<boolean> };

/** One turn of the event loop, without the 4 ms clamp of nested timers. */
const turn = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function until(condition: () => boolean, what: string | (() => string), ms = 15000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Opens the builder's page in an iframe (a real URL: the builder reads its state from the query string) and
 * records its console problems.
 *
 * A new document comes with a new console and a new window, so hooks set on the iframe's first (about:blank)
 * window are lost. Instead the iframe is polled every event-loop turn from the moment it starts loading until its
 * document is replaced, and the hooks go in at once: console.error and console.warn are wrapped, and `error`
 * (in the capture phase, so failed script loads such as an integrity mismatch count too) and
 * `unhandledrejection` are recorded. `hookedEarly` records whether `started(document)` was still false when the
 * hooks went in. For the builder that is "the builder is not ready yet": it gets ready only after its module
 * scripts ran and two fetches came back, and it renders its first preview then, so whatever it or a widget
 * logs is caught; the tests assert it, so a late hook fails instead of hiding errors.
 */
async function openWatched(
  load: (iframe: HTMLIFrameElement) => void,
  started: (doc: Document) => boolean = () => false,
): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 800px; border: 0';
  document.body.append(iframe);
  const blank = iframe.contentDocument;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  load(iframe);
  const end = performance.now() + 15000;
  while (iframe.contentDocument === blank || iframe.contentDocument?.URL === 'about:blank') {
    if (performance.now() > end) throw new Error('the iframe never started loading');
    await turn();
  }
  const win = iframe.contentWindow as FrameWindow;
  const problems: string[] = [];
  const hookedEarly = !started(iframe.contentDocument!);
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | null;
      const what = target && 'localName' in target ? `<${target.localName}> ${target.getAttribute('src') ?? ''}` : '';
      problems.push(`error: ${event.message ?? `could not load ${what}`}`);
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
  await loaded;
  return { iframe, win, doc: iframe.contentDocument!, problems, hookedEarly };
}

async function openBuilder(query = ''): Promise<Frame> {
  const ready = (doc: Document) => doc.querySelector('#builder[data-ready]') !== null;
  const page = await openWatched((iframe) => (iframe.src = `/demo/builder.html${query}`), ready);
  await until(
    () => ready(page.doc),
    () => `the builder to start (${page.doc.getElementById('builder-error')?.textContent} ${page.problems.join('; ')})`,
  );
  await settle(page);
  return page;
}

// ---------------------------------------------------------------------------------------------
// driving the builder

function $<T extends Element = HTMLElement>(page: Frame, selector: string): T {
  const element = page.doc.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the builder`);
  return element;
}

function fire(element: Element, type: 'input' | 'change') {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

function choose(page: Frame, name: string, value: string) {
  $<HTMLInputElement>(page, `input[name="${name}"][value="${value}"]`).click();
}

function search(page: Frame, text: string) {
  const input = $<HTMLInputElement>(page, '#item-search');
  input.value = text;
  fire(input, 'input');
}

function listed(page: Frame): string[] {
  return Array.from($<HTMLSelectElement>(page, '#item-list').options, (option) => option.value);
}

function pick(page: Frame, id: string) {
  const list = $<HTMLSelectElement>(page, '#item-list');
  list.value = id;
  expect(list.value, `${id} is in the list`).to.equal(id);
  fire(list, 'change');
}

/** Sets an option control (select, text field or checkbox) the way an editor would, by its attribute name. */
function setOption(page: Frame, name: string, value: string | boolean) {
  const control = $<HTMLInputElement | HTMLSelectElement>(page, `#options [name="${name}"]`);
  if (typeof value === 'boolean') {
    if ((control as HTMLInputElement).checked !== value) control.click();
    return;
  }
  control.value = value;
  expect(control.value, `${name} accepts ${value}`).to.equal(value);
  fire(control, 'change');
}

function setScriptUrl(page: Frame, url: string) {
  const input = $<HTMLInputElement>(page, '#script-url');
  input.value = url;
  fire(input, 'input');
}

/** The light-DOM fallback the code wrote inside its element, if any (the last `codeLines()` read it). */
let writtenFallback = '';

/**
 * The code as [script tag, widget element], checking its form (README: "In your CMS"): the script (and, when the
 * fallback is included, the stylesheet that lays it out, from the script's folder), an empty line, then the
 * element on one line, between a `<div>` and a `</div>` on lines of their own unless it is set in a sentence (a
 * term), so that wpautop and Markdown leave it whole. The element is returned without its fallback, which
 * `writtenFallback` holds.
 */
/** Waits for the code the builder is writing (it writes the fallback once the preview has rendered). */
async function codeWritten(page: Frame) {
  for (let i = 0; $(page, '#code').hasAttribute('aria-busy'); i++) {
    if (i > 600) throw new Error('the builder never finished writing its code');
    await frame();
  }
}

async function codeLines(page: Frame): Promise<[string, string]> {
  await codeWritten(page);
  const lines = $(page, '#code').textContent!.split('\n');
  const blank = lines.indexOf('');
  expect(blank, 'an empty line between the script and the widget').to.be.above(0);
  // the loader's code may begin with the import map that pins its files
  const [script, ...head] = lines.slice(0, blank).filter((line) => !line.startsWith('<script type="importmap">'));
  const rest = lines.slice(blank + 1);
  const element = rest.length === 1 ? rest[0] : rest[1];
  const tag = /^<([a-z-]+)/.exec(element)?.[1] ?? '';
  const inSentence = specOf(tag).examples.some((example) => example.sentence);
  expect(rest, `${tag}: ${inSentence ? 'the element alone, for its sentence' : 'the element in a <div> of its own'}`).to.deep.equal(
    inSentence ? [element] : ['<div>', element, '</div>'],
  );
  const withFallback = $<HTMLInputElement>(page, '#include-fallback').checked && !inSentence;
  const src = /src="([^"]*)"/.exec(script)?.[1] ?? '';
  expect(head, 'the stylesheet of the fallback beside the script').to.deep.equal(
    withFallback ? [`<link rel="stylesheet" href="${src.replace(/(loader\/)?[^/]*$/, 'upr-fallback.css')}" />`] : [],
  );
  const open = element.indexOf('>') + 1;
  const close = element.lastIndexOf('</');
  writtenFallback = withFallback ? element.slice(open, close) : '';
  if (withFallback) {
    expect(writtenFallback, `${tag}: its fallback inside`).to.match(/^<span class="upr-fallback">.*<\/span>$|^$/);
    return [script, element.slice(0, open) + element.slice(close)];
  }
  return [script, element];
}

function previewElement(page: Frame): UprElement {
  const element = $(page, '#preview').firstElementChild as UprElement | null;
  expect(element, 'the preview holds an element').to.exist;
  return element!;
}

async function settle(page: Frame) {
  const element = page.doc.querySelector<UprElement>('#preview > *');
  if (element?.updateComplete) await element.updateComplete;
  await frame();
}

// ---------------------------------------------------------------------------------------------
// the pasted page, hashes, axe

/**
 * The snippet in an otherwise empty page, after the recorder of the hardening pages (console output, errors,
 * failed loads); resolves when its widget has rendered. A blocked script (a wrong integrity hash) never defines
 * the element: the wait fails the test, naming what the recorder saw.
 */
async function paste(snippet: string, tag: string, articleLang?: string): Promise<PageFrame & { element: UprElement }> {
  const lang = articleLang ? ` lang="${articleLang}"` : '';
  const html = `<!doctype html><html${lang}><head><script src="/tests/hardening/pages/recorder.ts"></script></head><body>${snippet}</body></html>`;
  const page = await openPage({ html }, { width: 1000, height: 800, title: 'the pasted snippet' });
  expect(page.record.problems, 'the pasted page loads the script (a wrong integrity hash blocks it)').to.deep.equal([]);
  return { ...page, element: page.doc.querySelector<UprElement>(tag)! };
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function expectNoAxeViolations(page: Frame) {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.doc.head.append(script);
    await ready;
  }
  const { violations } = await page.win.axe!.run(page.doc);
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(summary).to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------

describe('demo/builder.html', function () {
  // iframes that each load the bundle, in three engines at once
  this.timeout(60000);

  let page: Frame;
  const localBundle = new URL('/dist/upr-widgets.js', location.href).href;
  const loaderPath = '/dist/loader/upr-widgets.js';
  const localLoader = new URL(loaderPath, location.href).href;

  before(async () => {
    page = await openBuilder();
  });

  after(() => {
    page?.iframe.remove();
  });

  // first, while every widget is still as the builder starts it
  it('starts each widget of the registry from the first example of its spec', async () => {
    for (const spec of specs) {
      choose(page, 'widget', spec.tag);
      await settle(page);
      const [example] = spec.examples;
      // no lang: the widget speaks the article's language (the preview's article is Vietnamese)
      const attributes = { ...(example.byLanguage?.vi ?? example.attributes) };
      const container = page.doc.createElement('div');
      container.innerHTML = (await codeLines(page))[1];
      const element = container.firstElementChild!;
      expect(element.localName).to.equal(spec.tag);
      expect(Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value])), spec.tag).to.deep.equal(attributes);
      // a widget set in a sentence holds the words of its item, as the example's sentence has them
      const words = example.sentence?.vi[1];
      if (words) expect(element.textContent, `${spec.tag}: the words inside`).to.equal(words);
      expect(previewElement(page).outerHTML, `${spec.tag}: the preview is the code`).to.equal(element.outerHTML);
      expect(previewElement(page).closest('[lang]')?.getAttribute('lang'), `${spec.tag}: previewed in a Vietnamese article`).to.equal('vi');
    }
  });

  it('offers the registry’s widgets, the options custom-elements.json documents, and the dataset’s items', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const radios = Array.from(page.doc.querySelectorAll<HTMLInputElement>('input[name="widget"]'), (r) => r.value);
    expect(radios).to.deep.equal([...TAGS]);

    const bundle = '/dist/upr-widgets.js';
    const { dataset } = (await import(/* @vite-ignore */ bundle)) as {
      dataset: Record<string, { id: string }[]>;
    };
    for (const tag of TAGS) {
      const declaration = declarations.find((d) => d.tagName === tag);
      expect(declaration, `${tag} in custom-elements.json`).to.exist;
      choose(page, 'widget', tag);
      // the item field, named after the attribute it sets: the spec's item, which the widget needs
      const list = $<HTMLSelectElement>(page, '#item-list');
      const item = $(page, '#item-field').hidden ? undefined : list.name;
      const { item: specItem } = specOf(tag);
      if (specItem) {
        expect(item, `${tag}: the item field`).to.equal(specItem.attribute);
        search(page, '');
        expect(listed(page), `${tag}: every item of ${specItem.collection}`).to.deep.equal(dataset[specItem.collection].map((i) => i.id));
      }
      const controls = Array.from(page.doc.querySelectorAll<HTMLInputElement>('#options [name]'), (c) => c.name);
      const expected = declaration!.attributes!.map((a) => a.name).filter((n) => n !== 'lang' && n !== item);
      expect([...controls].sort(), tag).to.deep.equal([...expected].sort());
      // every control has a label
      for (const control of page.doc.querySelectorAll<HTMLInputElement>('main input, main select')) {
        expect(control.labels?.length, `a label for ${control.name || control.id}`).to.be.greaterThan(0);
      }
    }
    // the timeline has no item of its own, but one to highlight, optionally: an event
    choose(page, 'widget', 'upr-timeline');
    expect($<HTMLSelectElement>(page, '#item-list').name).to.equal('highlight');
    expect($(page, '#item-legend').textContent).to.equal('Event to highlight (optional)');
    expect(listed(page)).to.deep.equal(['', ...dataset.events.map((e) => e.id)]);
  });

  it('builds <upr-quote>: found without diacritics, in English, with show-original and size="compact"', async () => {
    choose(page, 'widget', 'upr-quote');
    search(page, 'doan cong huynh can bang'); // “Đoàn Công Huynh … cân bằng”
    expect(listed(page)).to.deep.equal(['doan-cong-huynh-balanced-approach']);
    pick(page, 'doan-cong-huynh-balanced-approach');
    choose(page, 'lang', 'en');
    setOption(page, 'theme', ''); // not set, the default (the page's theme): left out of the code
    setOption(page, 'show-original', true);
    setOption(page, 'size', 'compact');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal(
      '<upr-quote quote="doan-cong-huynh-balanced-approach" lang="en" show-original size="compact"></upr-quote>',
    );
    expect(page.win.location.search).to.equal(
      '?widget=upr-quote&quote=doan-cong-huynh-balanced-approach&lang=en&show-original&size=compact',
    );
    setOption(page, 'size', 'default');
    expect((await codeLines(page))[1]).to.equal(
      '<upr-quote quote="doan-cong-huynh-balanced-approach" lang="en" show-original></upr-quote>',
    );
  });

  it('builds <upr-fact-card>: found by an English word, in Vietnamese, dark, variant="text" and no-source', async () => {
    choose(page, 'widget', 'upr-fact-card');
    search(page, 'Motto');
    expect(listed(page)).to.deep.equal(['hrc-motto-2023-2025']);
    // the list is one arrow key away from the search field
    const field = $(page, '#item-search');
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(page.doc.activeElement).to.equal($(page, '#item-list'));
    pick(page, 'hrc-motto-2023-2025');
    choose(page, 'lang', 'vi');
    // the list speaks the chosen language
    expect($(page, '#item-list option').textContent).to.equal('Phương châm nhiệm kỳ thành viên Hội đồng Nhân quyền 2023–2025');
    setOption(page, 'theme', 'dark');
    setOption(page, 'variant', 'text');
    setOption(page, 'no-source', true);
    await settle(page);
    expect((await codeLines(page))[1]).to.equal(
      '<upr-fact-card fact="hrc-motto-2023-2025" lang="vi" theme="dark" variant="text" no-source></upr-fact-card>',
    );
    // a dark widget is previewed on a dark page, not framed in white
    expect(page.win.getComputedStyle($(page, '#preview')).backgroundColor).to.equal('rgb(23, 24, 26)');
    setOption(page, 'theme', '');
    expect(page.win.getComputedStyle($(page, '#preview')).backgroundColor).not.to.equal('rgb(23, 24, 26)');
  });

  it('builds <upr-timeline>: a highlight found without diacritics, cycles="3,4" and layout="horizontal"', async () => {
    choose(page, 'widget', 'upr-timeline');
    search(page, 'ra soat chu ky IV'); // “rà soát … chu kỳ IV”
    // what the search finds, and nothing else: no "none" first, and the first match is the one chosen
    expect(listed(page)).to.deep.equal(['cycle-4-review']);
    expect($<HTMLSelectElement>(page, '#item-list').value).to.equal('cycle-4-review');
    expect($(page, '#item-count').textContent).to.contain('Clear the search for none (no highlight attribute).');
    pick(page, 'cycle-4-review');
    choose(page, 'lang', 'vi');
    setOption(page, 'theme', '');
    setOption(page, 'layout', 'horizontal');
    setOption(page, 'cycles', '3,4');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal(
      '<upr-timeline highlight="cycle-4-review" lang="vi" layout="horizontal" cycles="3,4"></upr-timeline>',
    );
    // the highlight is optional: "none" is the first choice of the whole list
    search(page, '');
    expect(listed(page)[0]).to.equal('');
    expect($(page, '#item-list option').textContent).to.equal('None (no highlight attribute)');
    expect($<HTMLSelectElement>(page, '#item-list').value, 'the event chosen stays chosen').to.equal('cycle-4-review');
    pick(page, '');
    expect((await codeLines(page))[1]).to.equal('<upr-timeline lang="vi" layout="horizontal" cycles="3,4"></upr-timeline>');
    // a search with "none" chosen: the first event found is chosen, not a blank
    search(page, 'ra soat chu ky IV');
    expect(listed(page)).to.deep.equal(['cycle-4-review']);
    expect((await codeLines(page))[1]).to.equal(
      '<upr-timeline highlight="cycle-4-review" lang="vi" layout="horizontal" cycles="3,4"></upr-timeline>',
    );
  });

  it('builds <upr-sources>: no item to choose, the boolean all, and heading-level 2 to 6', async () => {
    choose(page, 'widget', 'upr-sources');
    expect($(page, '#item-field').hidden, 'no item to choose').to.equal(true);
    choose(page, 'lang', 'en');
    const levels = $<HTMLSelectElement>(page, '#options [name="heading-level"]');
    expect(Array.from(levels.options, (o) => o.value)).to.deep.equal(['2', '3', '4', '5', '6']);
    expect(levels.selectedOptions[0].textContent, 'its first example sets no level: the default').to.equal('2 (default)');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal('<upr-sources lang="en"></upr-sources>');
    // alone in the preview, nothing is cited: the list says so
    expect(previewElement(page).shadowRoot!.querySelector('[part~="empty"]'), 'the "nothing to list" notice').to.exist;
    setOption(page, 'all', true);
    setOption(page, 'heading-level', '3');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal('<upr-sources lang="en" all heading-level="3"></upr-sources>');
    expect(page.win.location.search).to.equal('?widget=upr-sources&lang=en&all&heading-level=3');
    const bundle = '/dist/upr-widgets.js';
    const { dataset } = (await import(/* @vite-ignore */ bundle)) as { dataset: { sources: unknown[] } };
    const root = previewElement(page).shadowRoot!;
    expect(normalize(root.querySelector('h3')?.textContent)).to.equal('Sources');
    expect(root.querySelectorAll('[part~="entry"]')).to.have.length(dataset.sources.length);
    setOption(page, 'all', false);
    setOption(page, 'heading-level', '2');
  });

  it('builds <upr-recommendations-chart>: no item to choose; cycles, metric="share" and view="table"', async () => {
    choose(page, 'widget', 'upr-recommendations-chart');
    expect($(page, '#item-field').hidden, 'no item to choose').to.equal(true);
    choose(page, 'lang', 'vi');
    const metric = $<HTMLSelectElement>(page, '#options [name="metric"]');
    const view = $<HTMLSelectElement>(page, '#options [name="view"]');
    expect(Array.from(metric.options, (o) => o.value)).to.deep.equal(['count', 'share']);
    expect(Array.from(view.options, (o) => o.value)).to.deep.equal(['chart', 'table']);
    expect([metric.value, view.value], 'the defaults').to.deep.equal(['count', 'chart']);
    await settle(page);
    expect((await codeLines(page))[1]).to.equal('<upr-recommendations-chart lang="vi"></upr-recommendations-chart>');
    setOption(page, 'cycles', '3,4');
    setOption(page, 'metric', 'share');
    setOption(page, 'view', 'table');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal(
      '<upr-recommendations-chart lang="vi" cycles="3,4" view="table" metric="share"></upr-recommendations-chart>',
    );
    expect(page.win.location.search).to.equal('?widget=upr-recommendations-chart&lang=vi&cycles=3%2C4&view=table&metric=share');
    // the preview is that chart: two cycles' shares, in a table
    const root = previewElement(page).shadowRoot!;
    expect(root.querySelectorAll('[part~="table"] tbody tr')).to.have.length(2);
    expect(normalize(root.querySelector('[part~="table"] tbody td:last-child')?.textContent)).to.match(/^82,8%/);
    setOption(page, 'cycles', '');
    setOption(page, 'metric', 'count');
    setOption(page, 'view', 'chart');
  });

  it('builds <upr-term>: a glossary term found without diacritics, its name inside the element in the chosen language', async () => {
    choose(page, 'widget', 'upr-term');
    expect($(page, '#item-legend').textContent).to.equal('Term to show');
    search(page, 'pho quat'); // “phổ quát”
    expect(listed(page)).to.deep.equal(['upr']);
    pick(page, 'upr');
    choose(page, 'lang', 'vi');
    setOption(page, 'theme', '');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal('<upr-term term="upr" lang="vi">Cơ chế Rà soát định kỳ phổ quát</upr-term>');
    expect(previewElement(page).textContent).to.equal('Cơ chế Rà soát định kỳ phổ quát');
    choose(page, 'lang', 'en');
    setOption(page, 'theme', 'dark');
    await settle(page);
    expect((await codeLines(page))[1]).to.equal('<upr-term term="upr" lang="en" theme="dark">Universal Periodic Review</upr-term>');
    expect(previewElement(page).textContent).to.equal('Universal Periodic Review');
    expect(page.win.location.search).to.equal('?widget=upr-term&term=upr&lang=en&theme=dark');
    // the words around a dark term are readable: the preview is a dark page
    expect(page.win.getComputedStyle($(page, '#preview')).color).to.equal('rgb(236, 235, 232)');
    setOption(page, 'theme', '');
  });

  it('previews exactly the element in the code', async () => {
    choose(page, 'widget', 'upr-quote');
    search(page, 'hundreds');
    pick(page, 'do-hung-viet-hundreds-of-recommendations');
    setOption(page, 'show-original', true);
    await settle(page);
    const container = page.doc.createElement('div');
    container.innerHTML = (await codeLines(page))[1];
    expect(previewElement(page).outerHTML).to.equal(container.innerHTML);
  });

  it('writes the loader’s tag with its sha384 integrity hash, after an import map that pins every file it loads', async () => {
    const loaderHashes = (await (await fetch('/dist/loader/integrity.json', { cache: 'no-store' })).json()) as Record<string, string>;
    expect(loaderHashes['upr-widgets.js'], 'dist/loader/integrity.json matches the loader the server sends').to.equal(await sha384(loaderPath));
    expect(($<HTMLInputElement>(page, '#script-url')).value).to.equal(localLoader);
    const [map, tag] = $(page, '#code').textContent!.split('\n');
    expect(tag).to.equal(`<script type="module" src="${localLoader}" integrity="${loaderHashes['upr-widgets.js']}" crossorigin="anonymous"></script>`);
    const pinned = JSON.parse(/^<script type="importmap">(.*)<\/script>$/.exec(map)![1]) as { integrity: Record<string, string> };
    const expected = Object.fromEntries(
      Object.entries(loaderHashes)
        .filter(([file]) => file !== 'upr-widgets.js')
        .map(([file, hash]) => [new URL(file, localLoader).href, hash]),
    );
    expect(pinned.integrity).to.deep.equal(expected);
    // a file's hash is the file's: checked for one of them
    const [someFile, someHash] = Object.entries(pinned.integrity)[0];
    expect(await sha384(new URL(someFile).pathname)).to.equal(someHash);
    expect(normalize($(page, '#pin-help').textContent)).to.contain(`${Object.keys(expected).length} files`);
    // without pinning, the loader's tag alone
    const pin = $<HTMLInputElement>(page, '#pin-files');
    pin.checked = false;
    pin.dispatchEvent(new Event('change'));
    expect((await codeLines(page))[0]).to.equal(tag);
    expect($(page, '#code').textContent!.startsWith('<script type="importmap">')).to.equal(false);
    pin.checked = true;
    pin.dispatchEvent(new Event('change'));
    // the single files have no import map, and the pinning choice is not offered for them
    choose(page, 'script-kind', 'module');
    expect($(page, '#pin-field').hidden).to.equal(true);
    expect($(page, '#code').textContent!.startsWith('<script type="importmap">')).to.equal(false);
    choose(page, 'script-kind', 'loader');
    expect($(page, '#pin-field').hidden).to.equal(false);
    expect(($<HTMLInputElement>(page, '#script-url')).value).to.equal(localLoader);
  });

  it('writes a single file’s script tag with its sha384 integrity hash and crossorigin="anonymous"', async () => {
    choose(page, 'script-kind', 'module');
    const moduleHash = await sha384('/dist/upr-widgets.js');
    const written = (await (await fetch('/dist/integrity.json', { cache: 'no-store' })).json()) as Record<string, string>;
    expect(written['upr-widgets.js'], 'dist/integrity.json matches the bundle the server sends (is dist/ served as built?)').to.equal(moduleHash);
    expect(($<HTMLInputElement>(page, '#script-url')).value).to.equal(localBundle);
    expect((await codeLines(page))[0]).to.equal(
      `<script type="module" src="${localBundle}" integrity="${moduleHash}" crossorigin="anonymous"></script>`,
    );
    // what the editor is told: the hash is this build's, and another origin needs the CORS header
    const bundle = '/dist/upr-widgets.js';
    const { VERSION } = (await import(/* @vite-ignore */ bundle)) as { VERSION: string };
    const integrityHelp = normalize($(page, '#integrity-help').textContent);
    expect(integrityHelp).to.contain('belongs to this exact build');
    expect(integrityHelp).to.contain(`upr-widgets ${VERSION}`);
    expect(normalize($(page, '#script-url-help').textContent)).to.contain('must send Access-Control-Allow-Origin');
    expect($(page, '#script-url').getAttribute('aria-describedby')).to.equal('script-url-help integrity-help');

    choose(page, 'script-kind', 'classic');
    const classicHash = await sha384('/dist/upr-widgets.iife.js');
    const classicUrl = new URL('/dist/upr-widgets.iife.js', location.href).href;
    expect((await codeLines(page))[0]).to.equal(
      `<script src="${classicUrl}" integrity="${classicHash}" crossorigin="anonymous" defer></script>`,
    );
    choose(page, 'script-kind', 'module');
    expect((await codeLines(page))[0]).to.contain(`src="${localBundle}"`);

    // the URL is the site's own; attribute values are escaped
    setScriptUrl(page, 'https://cdn.example/upr-widgets.js?v=1&x="<>"');
    expect((await codeLines(page))[0]).to.equal(
      `<script type="module" src="https://cdn.example/upr-widgets.js?v=1&amp;x=&quot;&lt;&gt;&quot;" integrity="${moduleHash}" crossorigin="anonymous"></script>`,
    );
    setScriptUrl(page, localBundle);
    choose(page, 'script-kind', 'loader');
  });

  it('writes lang only when the editor picks a language; by default the widget follows the article, as the preview shows', async () => {
    choose(page, 'widget', 'upr-fact-card');
    search(page, 'motto');
    pick(page, 'hrc-motto-2023-2025');
    setOption(page, 'theme', '');
    setOption(page, 'variant', 'number');
    setOption(page, 'no-source', false);
    const labels = Array.from(page.doc.querySelectorAll<HTMLInputElement>('input[name="lang"]'), (input) => [
      input.value,
      normalize(input.labels![0].textContent),
    ]);
    expect(labels.map(([value]) => value)).to.deep.equal(['', 'vi', 'en']);
    expect(labels[0][1]).to.match(/^The article’s \(default\) No lang attribute/);
    const articleField = $<HTMLFieldSetElement>(page, '#article-lang-field');
    const shown = async () => {
      await settle(page);
      return normalize(previewElement(page).shadowRoot!.textContent);
    };

    // the article's language: no lang, the preview in the article language chosen
    choose(page, 'lang', '');
    choose(page, 'article-lang', 'en');
    expect((await codeLines(page))[1]).to.equal('<upr-fact-card fact="hrc-motto-2023-2025"></upr-fact-card>');
    expect(page.win.location.search).to.equal('?widget=upr-fact-card&fact=hrc-motto-2023-2025&article-lang=en');
    expect(articleField.disabled).to.equal(false);
    expect($(page, '#preview').lang).to.equal('en');
    expect(previewElement(page).hasAttribute('lang')).to.equal(false);
    expect($(page, '#item-list option:checked').textContent, 'the list speaks the article’s language').to.equal(
      'Motto for the 2023–2025 Council term',
    );
    const inEnglishArticle = await shown();
    choose(page, 'article-lang', 'vi');
    expect((await codeLines(page))[1]).to.equal('<upr-fact-card fact="hrc-motto-2023-2025"></upr-fact-card>');
    const inVietnameseArticle = await shown();
    expect(inVietnameseArticle).not.to.equal(inEnglishArticle);

    // a language of its own: lang, and the same widget as in an article of that language
    choose(page, 'lang', 'en');
    expect((await codeLines(page))[1]).to.equal('<upr-fact-card fact="hrc-motto-2023-2025" lang="en"></upr-fact-card>');
    expect(articleField.disabled, 'no article language to choose: the widget has its own').to.equal(true);
    expect(await shown()).to.equal(inEnglishArticle);
    choose(page, 'lang', 'vi');
    expect((await codeLines(page))[1]).to.equal('<upr-fact-card fact="hrc-motto-2023-2025" lang="vi"></upr-fact-card>');
    expect(await shown()).to.equal(inVietnameseArticle);
    expect(page.win.location.search).to.equal('?widget=upr-fact-card&fact=hrc-motto-2023-2025&lang=vi');

    // the link keeps the article's language
    const other = await openBuilder('?widget=upr-fact-card&fact=hrc-motto-2023-2025&article-lang=en');
    try {
      expect((await codeLines(other))[1]).to.equal('<upr-fact-card fact="hrc-motto-2023-2025"></upr-fact-card>');
      expect(other.doc.querySelector<HTMLInputElement>('input[name="lang"]:checked')!.value).to.equal('');
      expect($(other, '#preview').lang).to.equal('en');
      expect(other.problems).to.deep.equal([]);
    } finally {
      other.iframe.remove();
    }
  });

  it('offers the theme not set (the page’s, the default), light, dark or auto', () => {
    for (const tag of TAGS) {
      choose(page, 'widget', tag);
      const theme = $<HTMLSelectElement>(page, '#options [name="theme"]');
      expect(Array.from(theme.options, (o) => o.value), tag).to.deep.equal(['', 'light', 'dark', 'auto']);
    }
    setOption(page, 'theme', '');
  });

  it('on a phone (360 px), shows the preview above the settings, and a link back to it at the foot of the screen', async () => {
    const phone = await openBuilder();
    try {
      // in view at the top left: the builder watches whether its preview is on the screen
      phone.iframe.style.cssText = 'position: fixed; top: 0; left: 0; width: 360px; height: 740px; border: 0';
      await frame();
      const top = (selector: string) => $(phone, selector).getBoundingClientRect().top;
      expect(top('#preview'), 'the preview above the settings').to.be.below(top('#builder'));
      expect(top('#preview'), 'the preview on the first screen').to.be.below(740 - 200);
      expect(top('#code'), 'the code below the settings').to.be.above(top('#options-field'));
      // with the preview in view, no link back to it; halfway down the settings, the link is at the foot of the screen
      const link = $<HTMLAnchorElement>(phone, '.to-preview a');
      const visible = () => phone.win.getComputedStyle(link).visibility === 'visible';
      // the observer answers asynchronously, after the frame's move into view (a few frames on a loaded machine)
      await until(() => !visible(), 'no link while the preview is in view', 3000);
      phone.win.scrollTo(0, top('#options-field') + phone.win.scrollY - 300);
      await until(visible, 'the link back to the preview');
      const box = link.getBoundingClientRect();
      expect(box.bottom, 'at the foot of the screen').to.be.within(740 - 80, 740);
      expect(link.getAttribute('href')).to.equal('#preview-heading');
      expect(phone.doc.documentElement.scrollWidth, 'nothing sticks out sideways').to.be.at.most(360);
    } finally {
      phone.iframe.remove();
    }
    // side by side on a wide screen: no link, the preview beside the settings
    expect(page.win.getComputedStyle($(page, '.to-preview')).display).to.equal('none');
    expect($(page, '#preview').getBoundingClientRect().left).to.be.above($(page, '#builder').getBoundingClientRect().right);
  });

  /** Each pasted with the loader (and the import map pinning its files), but where a case names a single file. */
  const cases: { name: string; drive(): void; kind?: 'module' | 'classic'; articleLang?: string }[] = [
    {
      name: '<upr-quote> in English with the original, with the single file',
      kind: 'module',
      drive() {
        choose(page, 'widget', 'upr-quote');
        search(page, 'can bang');
        pick(page, 'doan-cong-huynh-balanced-approach');
        choose(page, 'lang', 'en');
        setOption(page, 'show-original', true);
        setOption(page, 'size', 'compact');
      },
    },
    {
      name: '<upr-fact-card> in Vietnamese, variant="text", dark',
      drive() {
        choose(page, 'widget', 'upr-fact-card');
        search(page, 'acceptance share cycle IV');
        pick(page, 'cycle-4-acceptance-share');
        choose(page, 'lang', 'vi');
        setOption(page, 'theme', 'dark');
        setOption(page, 'variant', 'text');
        setOption(page, 'no-source', true);
      },
    },
    {
      name: '<upr-timeline> in Vietnamese, cycles 3 and 4, horizontal, with the classic script',
      kind: 'classic',
      drive() {
        choose(page, 'widget', 'upr-timeline');
        search(page, 'ra soat chu ky IV');
        pick(page, 'cycle-4-review');
        choose(page, 'lang', 'vi');
        setOption(page, 'layout', 'horizontal');
        setOption(page, 'cycles', '3,4');
      },
    },
    {
      name: '<upr-sources> listing every source, in Vietnamese, dark, without a heading',
      drive() {
        choose(page, 'widget', 'upr-sources');
        choose(page, 'lang', 'vi');
        setOption(page, 'theme', 'dark');
        setOption(page, 'all', true);
        setOption(page, 'no-heading', true);
      },
    },
    {
      name: '<upr-recommendations-chart> in English, dark, cycles 1 and 2, the share accepted',
      drive() {
        choose(page, 'widget', 'upr-recommendations-chart');
        choose(page, 'lang', 'en');
        setOption(page, 'theme', 'dark');
        setOption(page, 'cycles', '1,2');
        setOption(page, 'metric', 'share');
      },
    },
    {
      name: '<upr-fact-card> without a lang of its own, in a Vietnamese article',
      articleLang: 'vi',
      drive() {
        choose(page, 'widget', 'upr-fact-card');
        search(page, 'acceptance share cycle IV');
        pick(page, 'cycle-4-acceptance-share');
        choose(page, 'lang', '');
        choose(page, 'article-lang', 'vi');
        setOption(page, 'theme', '');
        setOption(page, 'variant', 'number');
        setOption(page, 'no-source', false);
      },
    },
    {
      name: '<upr-term> in Vietnamese, dark, with the term\'s name inside',
      drive() {
        choose(page, 'widget', 'upr-term');
        search(page, 'core group');
        pick(page, 'core-group');
        choose(page, 'lang', 'vi');
        setOption(page, 'theme', 'dark');
      },
    },
  ];

  for (const { name, drive, kind = 'loader', articleLang } of cases) {
    it(`pasted into an empty page, renders the same ${name} as the preview`, async () => {
      choose(page, 'script-kind', kind);
      setScriptUrl(page, { loader: localLoader, module: localBundle, classic: localBundle.replace('upr-widgets.js', 'upr-widgets.iife.js') }[kind]);
      drive();
      await settle(page);
      const [, written] = await codeLines(page); // in its form
      const snippet = $(page, '#code').textContent!;
      const tag = previewElement(page).localName;
      if (articleLang) expect(written, 'no lang of its own').not.to.contain(' lang=');
      try {
        const pasted = await paste(snippet, tag, articleLang);
        const expected = normalize(previewElement(page).shadowRoot!.textContent);
        expect(expected).not.to.equal('');
        expect(normalize(pasted.element.shadowRoot!.textContent)).to.equal(expected);
        // inside the element: a term's words, or the fallback the code wrote
        const inside = writtenFallback ? pasted.element.innerHTML : pasted.element.textContent;
        expect(inside, 'what is inside the element').to.equal(writtenFallback || previewElement(page).textContent);
        expect(pasted.record.problems).to.deep.equal([]);
      } finally {
        for (const iframe of document.querySelectorAll('iframe[title="the pasted snippet"]')) iframe.remove();
        choose(page, 'script-kind', 'loader');
      }
    });
  }

  for (const { name, drive, articleLang } of cases) {
    it(`writes a fallback that takes the ${name}'s place, in its words, until the script runs`, async () => {
      // the loader: each widget waits for its code and its data, and still nothing moves
      setScriptUrl(page, localLoader);
      drive();
      await settle(page);
      await codeLines(page);
      const [script, ...rest] = $(page, '#code').textContent!.split('\n').filter((line) => !line.startsWith('<script type="importmap">'));
      const lang = articleLang ? ` lang="${articleLang}"` : '';
      const html = `<!doctype html><html${lang}><head></head><body><p>Before.</p>${rest.join('\n')}<p id="after">After.</p></body></html>`;
      const pasted = await openPage({ html }, { width: 1000, height: 800, title: 'the pasted snippet', recorder: false, widgets: false });
      try {
        await pasted.doc.fonts.ready;
        await nextFrame(pasted.win);
        const element = pasted.doc.querySelector<UprElement>(previewElement(page).localName)!;
        const measure = () => ({ height: element.getBoundingClientRect().height, after: pasted.doc.getElementById('after')!.getBoundingClientRect().top });
        const before = { ...measure(), words: normalize(element.innerText) };
        expect(before.words, 'words before the script').not.to.equal('');
        const loaded = pasted.doc.createElement('script');
        loaded.type = 'module';
        loaded.src = /src="([^"]*)"/.exec(script)![1];
        pasted.doc.head.append(loaded);
        await widgetsRendered(pasted);
        const after = measure();
        expect(Math.abs(after.height - before.height), `height ${before.height} → ${after.height}`).to.be.below(1);
        expect(Math.abs(after.after - before.after), 'the paragraph after it').to.be.below(1);
        if (writtenFallback) {
          // the widget's words but for its controls (the copy button and its status), which the fallback keeps unseen
          expect(before.words).to.equal(wordsWithoutControls(element));
        }
      } finally {
        pasted.iframe.remove();
      }
    });
  }

  it('leaves the fallback out when asked, and then writes no stylesheet', async () => {
    const box = $<HTMLInputElement>(page, '#include-fallback');
    choose(page, 'widget', 'upr-quote');
    box.checked = false;
    fire(box, 'change');
    try {
      await settle(page);
      const [, element] = await codeLines(page);
      expect(element).to.match(/^<upr-quote [^>]*><\/upr-quote>$/);
      expect($(page, '#code').textContent).not.to.contain('upr-fallback');
    } finally {
      box.checked = true;
      fire(box, 'change');
    }
  });

  it('reproduces its state from the link', async () => {
    const other = await openBuilder('?widget=upr-timeline&highlight=cycle-4-review&lang=vi&layout=horizontal&cycles=3%2C4');
    try {
      expect((await codeLines(other))[1]).to.equal(
        '<upr-timeline highlight="cycle-4-review" lang="vi" layout="horizontal" cycles="3,4"></upr-timeline>',
      );
      expect(other.hookedEarly, 'console hooks in before the builder started').to.be.true;
      expect(other.problems).to.deep.equal([]);
    } finally {
      other.iframe.remove();
    }
  });

  it('copies the code with the Copy code button, and says so', async () => {
    const copied: string[] = [];
    let refuse = false;
    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) => {
          copied.push(text);
          return refuse ? Promise.reject(new Error('not allowed')) : Promise.resolve();
        },
      },
    });
    const button = $<HTMLButtonElement>(page, '#copy');
    const status = $(page, '#copy-status');
    expect(button.localName).to.equal('button'); // keyboard-operable as it is
    expect(status.getAttribute('aria-live')).to.equal('polite');

    button.click();
    await until(() => status.textContent !== '', 'the copy feedback');
    expect(copied).to.deep.equal([$(page, '#code').textContent]);
    expect(status.textContent).to.match(/^Copied/);

    // a change clears the feedback; a refused copy selects the code and says what to do
    setOption(page, 'theme', 'auto');
    expect(status.textContent).to.equal('');
    refuse = true;
    button.click();
    await until(() => status.textContent !== '', 'the copy feedback');
    expect(status.textContent).to.contain('Ctrl+C');
    expect(page.win.getSelection()!.toString()).to.equal($(page, '#code').textContent);
    setOption(page, 'theme', '');
  });

  for (const width of [1000, 360]) {
    it(`passes axe at ${width} px with each widget`, async () => {
      const target = width === 1000 ? page : await openBuilder();
      target.iframe.style.width = `${width}px`;
      try {
        for (const tag of TAGS) {
          choose(target, 'widget', tag);
          // A first example written for the gallery's outline (<upr-sources heading-level="4">, under the row's
          // h3) skips a level under the builder's h2 "Preview": the level under that h2 instead.
          const level = target.doc.querySelector<HTMLSelectElement>('#options select[name="heading-level"]');
          if (level && Number(level.value) > 3) setOption(target, 'heading-level', '3');
          await settle(target);
          await expectNoAxeViolations(target);
        }
        // nothing sticks out sideways on a phone
        expect(target.doc.documentElement.scrollWidth).to.be.at.most(width);
        expect(target.problems).to.deep.equal([]);
      } finally {
        if (target !== page) target.iframe.remove();
      }
    });
  }

  it('logged no console errors or warnings', () => {
    expect(page.hookedEarly, 'console hooks in before the builder started').to.be.true;
    expect(page.problems).to.deep.equal([]);
  });
});
